import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createClients } from '../lambdas/store/all-clients.ts';
import { mapLimit } from '../lambdas/store/concurrency.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { syntheticStories } from './corpus.ts';
import { round } from './stats.ts';

/** Waits until `check` is true, polling; throws after `timeoutMs`. */
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Counts outcomes under a key prefix through the API, page by page. */
async function countOutcomes(apiUrl: string, prefix: string): Promise<{ total: number; stored: number }> {
  let total = 0;
  let stored = 0;
  let cursor: string | null = null;
  do {
    const url = `${apiUrl}/uploads?limit=100&key=${encodeURIComponent(prefix)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await (await fetch(url)).json()) as { items: { status: string }[]; nextCursor: string | null };
    total += page.items.length;
    stored += page.items.filter((i) => i.status === 'stored').length;
    cursor = page.nextCursor;
  } while (cursor);
  return { total, stored };
}

/**
 * Upload → queryable through the API, on the local stack: N synthetic stories are put into the
 * bucket as fast as it takes them, and the clock stops when the API reports an outcome for each.
 */
export async function benchEndToEnd(count = 500, opts: { pollMs?: number; seed?: number } = {}): Promise<{ e2eStoriesPerSecond: number; uploadsPerSecond: number; itemsPerStory: number; stored: number; total: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newswire-bench-'));
  const stack = await startLocalStack({ dataDir });
  try {
    const clients = createClients(stack.config);
    const stories = syntheticStories(count, opts.seed ?? 42);
    const prefix = 'incoming/bench/';
    const start = performance.now();
    await mapLimit(stories, 16, (story) =>
      clients.s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `${prefix}${story.name}`, Body: story.text })));
    const uploadSeconds = (performance.now() - start) / 1000;
    let outcomes = { total: 0, stored: 0 };
    await until(async () => (outcomes = await countOutcomes(stack.apiUrl, prefix)).total >= count, 600_000, `${count} outcomes`, opts.pollMs);
    const seconds = (performance.now() - start) / 1000;

    let items = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await clients.ddb.send(new ScanCommand({ TableName: stack.tableName, Select: 'COUNT', ExclusiveStartKey: startKey }));
      items += page.Count ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return {
      e2eStoriesPerSecond: round(count / seconds, 1), uploadsPerSecond: round(count / uploadSeconds, 1),
      itemsPerStory: round(items / Math.max(1, outcomes.stored), 1), stored: outcomes.stored, total: outcomes.total,
    };
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
