import { describe, expect, it } from 'vitest';
import { parseStory } from '../../lambdas/ingest/parse-story.ts';
import { budgetOf, RejectionError } from '../../lambdas/story/index.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const story = encode(`Storm hits coast\n\n${'Heavy rain fell on Monday across the region, officials said. '.repeat(200)}`);

/** A clock that moves one millisecond each time it is read: the budget's checks are counted, not timed. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe('Parse budget', () => {
  it('rejects a parse that overruns its budget as parse-timeout, with a reason a person can act on', async () => {
    // Act
    const run = () => parseStory(story, { key: null, budget: budgetOf(20, tickingClock()) });

    // Assess
    await expect(run()).rejects.toThrow(RejectionError);
    await expect(run()).rejects.toThrow(expect.objectContaining({ code: 'parse-timeout', message: expect.stringMatching(/more than 0.02 s to parse.*split/) }));
  });

  it('parses the same story within a budget that lasts', async () => {
    // Act
    const record = await parseStory(story, { key: null, budget: budgetOf(1_000_000, tickingClock()) });

    // Assess
    expect(record.headline).toBe('Storm hits coast');
  });
});
