import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changePageSchema } from '../../lambdas/api/schemas.ts';
import type { Change } from '../../lambdas/story/index.ts';
import { VOID_AFTER_MS } from '../../lambdas/store/changes.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

let t: TestStack;
beforeAll(async () => { t = await startTestStack({ embargoClockMs: 200 }); });
afterAll(async () => t.dispose());

const feed = async (query: string): Promise<{ items: Change[]; nextCursor: string }> => {
  const response = await fetch(`${t.stack.apiUrl}/feed${query}`);
  expect(response.status).toBe(200);
  return changePageSchema.parse(await response.json()) as { items: Change[]; nextCursor: string };
};

/** Every change from the cursor on, until `done` says the follower has what it waits for. */
async function follow(from: string | undefined, done: (changes: Change[]) => boolean, timeoutMs = 20_000): Promise<{ changes: Change[]; cursor: string | undefined }> {
  const changes: Change[] = [];
  let cursor = from;
  const deadline = performance.now() + timeoutMs;
  while (!done(changes)) {
    if (performance.now() > deadline) throw new Error(`the feed did not give what was awaited: ${JSON.stringify(changes.map((c) => [c.kind, c.key]))}`);
    const page = await feed(`?limit=2&wait=1${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`);
    changes.push(...page.items);
    cursor = page.nextCursor;
  }
  return { changes, cursor };
}

/** The cursor at the end of the feed as it is now. */
async function endOfFeed(): Promise<string> {
  let cursor: string | undefined;
  for (;;) {
    const page = await feed(`?limit=100${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`);
    cursor = page.nextCursor;
    if (page.items.length === 0) return cursor;
  }
}

const upload = (key: string, body: string) => t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: body }));

const story = (opts: { stamp: string; lines?: string[]; body?: string }) => [
  ...(opts.lines ?? []),
  opts.stamp,
  '',
  'Harbour authority opens new ferry terminal',
  '',
  `HALIFAX (AP) — ${opts.body ?? 'The harbour authority opened a new ferry terminal on Tuesday, the first in the city for forty years.'}`,
  '',
  'Officials said the terminal would handle two million passengers a year once the new routes start in the spring.',
].join('\n');

describe('Feed: GET /feed on the local stack', () => {
  it('answers a long-poll as soon as a story is stored', async () => {
    // Prepare
    const after = await endOfFeed();
    const poll = feed(`?wait=20&after=${encodeURIComponent(after)}`);

    // Act
    await upload('incoming/feed/long-poll.txt', story({ stamp: '2025-03-04 09:00 GMT' }));
    const page = await poll;

    // Assess: a poll that ran out its wait would answer with no items
    expect(page.items.map((c) => c.kind)).toEqual(['stored']);
    expect(page.items[0]).toMatchObject({ kind: 'stored', story: { headline: 'Harbour authority opens new ferry terminal', provider: 'Associated Press' } });
  });

  it('gives a story\'s version, correction and kill in that order, each once', async () => {
    // Prepare
    const after = await endOfFeed();
    const key = 'incoming/feed/versions.txt';

    // Act: three versions of one story (one key: one story id), one after the other
    await upload(key, story({ stamp: '2025-03-04 10:00 GMT' }));
    await follow(after, (c) => c.length >= 1);
    await upload(key, story({ stamp: '2025-03-04 11:00 GMT', body: 'The harbour authority opened a new ferry terminal on Tuesday, the first in the city for forty years, with a second to follow.' }));
    await follow(after, (c) => c.length >= 2);
    await upload(key, story({ stamp: '2025-03-04 12:00 GMT', lines: ['Eds: CORRECTS year of the last terminal in 1st graf'] }));
    await follow(after, (c) => c.length >= 3);
    await upload(key, story({ stamp: '2025-03-04 13:00 GMT', lines: ['KILL KILL KILL', 'Eds: The story is withdrawn. There will be no substitute.'] }));
    const { changes } = await follow(after, (c) => c.length >= 4);

    // Assess
    expect(changes.map((c) => c.kind)).toEqual(['stored', 'version', 'correction', 'kill']);
    expect(new Set(changes.map((c) => (c.kind === 'rejected' ? '' : c.storyId))).size).toBe(1);
    expect(changes.map((c) => c.seq)).toEqual([...changes.map((c) => c.seq)].sort((a, b) => a - b));
  });

  it('pages by 2 from the start through every change once while uploads go on', async () => {
    // Prepare: uploads that keep arriving while the follower pages
    const keys = Array.from({ length: 12 }, (_, i) => `incoming/feed/paging-${i}.txt`);
    const uploads = (async () => {
      for (const [i, key] of keys.entries()) await upload(key, story({ stamp: `2025-03-05 ${String(8 + (i % 10)).padStart(2, '0')}:${String(i).padStart(2, '0')} GMT`, body: `Story number ${i} of the paging test, on a ferry terminal that opened on Tuesday in the city.` }));
    })();

    // Act
    const { changes } = await follow(undefined, (c) => keys.every((k) => c.some((change) => change.kind !== 'rejected' && change.story.excerpt?.includes(`number ${keys.indexOf(k)} of`))), 40_000);
    await uploads;

    // Assess: no change twice, no place skipped
    const seqs = changes.map((c) => c.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(new Set(changes.map((c) => c.key)).size).toBe(changes.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('gives a rejected upload with its code and reason', async () => {
    // Prepare
    const after = await endOfFeed();

    // Act
    await upload('incoming/feed/empty.txt', '');
    const { changes } = await follow(after, (c) => c.length >= 1);

    // Assess
    expect(changes[0]).toMatchObject({ kind: 'rejected', upload: { key: 'incoming/feed/empty.txt', code: 'empty' } });
  });

  it('puts a story under embargo in the feed when its embargo ends, not when it arrives', async () => {
    // Prepare
    const after = await endOfFeed();
    const ends = new Date(Date.now() + 8000);
    const embargo = `EMBARGOED UNTIL ${ends.toISOString().slice(11, 19)} GMT ${ends.toUTCString().slice(8, 11)} ${ends.getUTCDate()}, ${ends.getUTCFullYear()}`;

    // Act
    await upload('incoming/feed/embargo.txt', story({ stamp: '2025-03-06 09:00 GMT', lines: [embargo] }));
    const early = await feed(`?wait=1&after=${encodeURIComponent(after)}`);
    const { changes } = await follow(after, (c) => c.length >= 1);

    // Assess
    expect(early.items).toEqual([]);
    expect(changes[0]).toMatchObject({ kind: 'embargo-ended' });
    expect(Date.parse(changes[0]!.at)).toBeLessThanOrEqual(Date.now());
  });

  it('refuses a cursor it did not hand out, naming `after`', async () => {
    // Act
    const response = await fetch(`${t.stack.apiUrl}/feed?after=forged`);

    // Assess
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: 'after' });
  });
});

describe('Feed: under chaos (30 % of the handlers\' S3 and DynamoDB requests fail)', () => {
  let c: TestStack;
  beforeAll(async () => { c = await startTestStack({ chaos: 0.3, embargoClockMs: 200 }); });
  afterAll(async () => c.dispose());

  it('loses no change and doubles none', async () => {
    // Prepare
    const keys = Array.from({ length: 15 }, (_, i) => `incoming/chaos/story-${i}.txt`);

    // Act
    for (const [i, key] of keys.entries()) {
      await c.s3.send(new PutObjectCommand({ Bucket: c.stack.bucket, Key: key, Body: story({ stamp: `2025-03-07 09:${String(i).padStart(2, '0')} GMT`, body: `Chaos story ${i}: the harbour authority opened a ferry terminal on Tuesday in the city.` }) }));
    }
    await c.stack.queue.idle();
    const changes: Change[] = [];
    let cursor: string | undefined;
    // A place given out and never written (its answer lost to chaos) holds readers for VOID_AFTER_MS: follow until no
    // change has come for six times that (a lost change stalls the follower for good), not for a fixed time or a count
    // of reads, which a loaded machine's slow reads and the failed ones spend before every change is read. The time is
    // the monotonic clock's: a wall clock set forward while the test runs must not end the wait early
    const stall = 6 * VOID_AFTER_MS;
    let deadline = performance.now() + stall;
    while (changes.length < keys.length && performance.now() < deadline) {
      const response = await fetch(`${c.stack.apiUrl}/feed?limit=5&wait=1${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`);
      if (!response.ok) { // the API's own reads fail too: a follower waits a moment and asks again
        await new Promise((resolve) => setTimeout(resolve, 200));
        continue;
      }
      const page = (await response.json()) as { items: Change[]; nextCursor: string };
      changes.push(...page.items);
      cursor = page.nextCursor;
      if (page.items.length > 0) deadline = performance.now() + stall;
    }

    // Assess: one change per story, every story
    expect(c.stack.queue.deadLetters()).toEqual([]);
    expect(changes.map((change) => change.kind)).toEqual(keys.map(() => 'stored'));
    expect(new Set(changes.map((change) => change.key)).size).toBe(keys.length);
    expect(new Set(changes.map((change) => change.seq)).size).toBe(keys.length);
  }, 600_000);
});
