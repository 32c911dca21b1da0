import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, FIXTURES_DIR, SETS, TARGETS } from '../../eval/score.ts';

// The development sets of labelled agency copy (eval/GOLD.md): the wire fields a desk relies on (provider,
// headline, dateline, times, paragraphs, status …) stay at or above issue 11's target on each (wire-heldout-2 to
// -10 became development sets after their first contact). The held-out sets (wire-heldout, entities-heldout) are
// scored by `npm run eval -- --set NAME` and recorded in BENCHMARKS.md, never asserted on, so that no change is
// made to pass them.
describe('Evaluation: wire fields of the development sets', () => {
  it.each(['agencies', 'wire', 'wire-2', 'wire-3', 'wire-4', 'wire-heldout-2', 'wire-heldout-3', 'wire-heldout-4', 'wire-heldout-5', 'wire-heldout-6', 'wire-heldout-7', 'wire-heldout-8', 'wire-heldout-9', 'wire-heldout-10', 'entities', 'entities-heldout-2'] as const)('reads at least 95 in 100 of the wire fields of %s right', async (set) => {
    // Act
    const report = await evaluate([join(FIXTURES_DIR, SETS[set])]);

    // Assess
    expect(report.stories).toBeGreaterThanOrEqual(10);
    expect(report.wireAll.right / report.wireAll.total).toBeGreaterThanOrEqual(TARGETS.wireFields);
  });
});
