import { describe, expect, it } from 'vitest';
import { ADVERSARIAL, largeStory } from '../../bench/parse-limits.ts';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError } from '../../lambdas/story/index.ts';

/**
 * The bench's adversarial texts (issue 10): each parses to records or a rejection. Their time is the bench's
 * `parseWorstCaseMs` (about 0.2 s here); the generous per-test timeout only catches a stage gone
 * super-linear again, which took these texts from 30 s to minutes before.
 */
describe('Adversarial 100 KB texts', () => {
  it.each(Object.keys(ADVERSARIAL))('%s gives a record or a rejection', async (name) => {
    // Act
    let outcome: string;
    try {
      outcome = `${(await parseStories(new TextEncoder().encode(ADVERSARIAL[name]!()), { key: null })).length}`;
    } catch (error) {
      if (!(error instanceof RejectionError)) throw error;
      outcome = error.code;
    }

    // Assess
    expect(outcome).toMatch(/^\d+$|^(?:malformed|no-body|unknown-format)$/);
  }, 30_000);

  it('reads an ordinary story of 5 MB whole, with entities from its first 256 KiB', async () => {
    // Act
    const [record] = await parseStories(largeStory(), { key: null });

    // Assess
    expect(record!.body.paragraphs.length).toBeGreaterThan(20_000);
    expect(record!.people.length).toBeGreaterThan(0);
  }, 30_000);
});
