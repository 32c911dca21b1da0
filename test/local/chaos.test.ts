import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit } from '../../lambdas/store/concurrency.ts';
import { syntheticStories } from '../../bench/corpus.ts';
import { localFetcher } from '../../lib/cli/target.ts';
import { startTestStack, type TestStack } from './helpers.ts';

const UPLOADS = 300;
let t: TestStack;
beforeAll(async () => { t = await startTestStack({ chaos: 0.3, queue: { retryBaseMs: 20, batchWindowMs: 10 } }); });
afterAll(async () => t.dispose());

/** A GET as `newswire` makes it: a 503 (the API's store calls outlived their retries) is asked again. */
async function getJson<T>(path: string): Promise<T> {
  const response = await localFetcher(`${t.stack.apiUrl}${path}`);
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

async function allPages(path: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: any[]; nextCursor: string | null } = await getJson<{ items: any[]; nextCursor: string | null }>(`${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('Local stack: --chaos', () => {
  it(`stores each of ${UPLOADS} uploads exactly once while 30 % of the handlers' requests fail`, async () => {
    // Prepare
    const stories = syntheticStories(UPLOADS, 99);
    // Act
    await mapLimit(stories, 16, (story) => t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: `incoming/chaos/${story.name}`, Body: story.text })));
    await t.stack.queue.idle();
    // Assess (the API too runs behind the chaos proxy, and retries)
    const outcomes = await allPages('/uploads?key=incoming/chaos/&limit=100');
    expect(outcomes.map((o) => o.status)).toEqual(Array(UPLOADS).fill('stored'));
    expect(new Set(outcomes.map((o) => o.storyId)).size).toBe(UPLOADS);
    expect(t.stack.queue.deadLetters()).toEqual([]);
    const listed = await allPages('/stories?limit=100&provider=Associated%20Press');
    expect(listed).toHaveLength(UPLOADS);
    const sample = await Promise.all(outcomes.slice(0, 30).map((o) => getJson<{ items: unknown[] }>(`/stories/${o.storyId}/versions`)));
    expect(sample.map((v) => v.items.length)).toEqual(Array(30).fill(1));
  }, 120_000);
});
