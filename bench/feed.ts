import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createClients } from '../lambdas/store/all-clients.ts';
import type { Change } from '../lambdas/story/index.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { syntheticStories } from './corpus.ts';
import { percentile, round } from './stats.ts';

/**
 * `feedLagMs` (CONTRACT.md §5, issue 14): from an upload's PUT returning to its change being read from
 * `GET /feed` by a follower long-polling it, on the local stack; uploads a few at a time, a steady trickle
 * as a wire desk sees, not a flood (the load bench measures that).
 */
export async function benchFeedLag(count = 60): Promise<{ feedLagMs: number; feedLagP95Ms: number; changes: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newswire-bench-feed-'));
  const stack = await startLocalStack({ dataDir });
  const { s3 } = createClients(stack.config);
  const sent = new Map<string, number>();
  const lags: number[] = [];
  try {
    let cursor: string | undefined;
    let following = true;
    const follower = (async () => {
      while (following || lags.length < count) {
        const url = `${stack.apiUrl}/feed?limit=100&wait=5${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await (await fetch(url)).json()) as { items: Change[]; nextCursor: string };
        const seen = Date.now();
        for (const change of page.items) {
          const key = change.kind === 'rejected' ? change.upload.key : change.story.excerpt ?? '';
          const at = [...sent].find(([marker]) => key.includes(marker))?.[1];
          if (at !== undefined) lags.push(seen - at);
        }
        cursor = page.nextCursor;
        if (!following && lags.length >= count) break;
      }
    })();
    for (const [i, story] of syntheticStories(count, 11).entries()) {
      // the first paragraph says `story <i>,`: the change's excerpt names its upload
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `incoming/bench/feed/${i}.txt`, Body: story.text }));
      sent.set(`story ${i},`, Date.now());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    following = false;
    await Promise.race([follower, new Promise((_, reject) => setTimeout(() => reject(new Error(`feed lag: ${lags.length} of ${count} changes seen in time`)), 120_000))]);
  } finally {
    s3.destroy();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return { feedLagMs: round(percentile(lags, 50), 1), feedLagP95Ms: round(percentile(lags, 95), 1), changes: lags.length };
}
