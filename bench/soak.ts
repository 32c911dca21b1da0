/**
 * `npm run soak [-- --requests N]`: the local stack under API load, resident memory sampled as it goes
 * (issue 10: RSS stays flat). A few hundred stories are ingested, then listings, counts, searches and
 * story reads are asked round-robin, one at a time; RSS is printed every 500 requests and compared at
 * the end against the level after the first 500 (the warm-up: caches, JIT).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createClients } from '../lambdas/store/all-clients.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { syntheticStories } from './corpus.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.AWS_LAMBDA_LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

export interface Soak { readonly requests: number; readonly rssStartMb: number; readonly rssEndMb: number; readonly samples: readonly number[] }

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

export async function soak(requests = 3000, log: (line: string) => void = () => {}): Promise<Soak> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newswire-soak-'));
  const stack = await startLocalStack({ dataDir });
  try {
    const s3 = createClients(stack.config).s3;
    const stories = syntheticStories(300, 5);
    for (const story of stories) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `incoming/soak/${story.name}`, Body: story.text }));
    await stack.queue.idle();
    s3.destroy();
    const first = (await (await fetch(`${stack.apiUrl}/stories?limit=1`)).json()) as { items: { id: string }[] };
    const paths = ['/stories?limit=20', '/uploads/counts', '/stories?q=budget%20talks', '/uploads?limit=50', `/stories/${first.items[0]!.id}`, '/stories?provider=Associated%20Press&limit=10', '/stories?q=drought'];
    const samples: number[] = [];
    for (let i = 1; i <= requests; i++) {
      const response = await fetch(`${stack.apiUrl}${paths[i % paths.length]!}`);
      await response.arrayBuffer();
      if (i % 500 === 0) {
        globalThis.gc?.();
        samples.push(mb(process.memoryUsage().rss));
        log(`${i} requests: RSS ${samples.at(-1)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`);
      }
    }
    return { requests, rssStartMb: samples[0]!, rssEndMb: samples.at(-1)!, samples };
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--requests');
  const result = await soak(at > 0 ? Number(process.argv[at + 1]) : 3000, (line) => console.log(line));
  console.log(`RSS ${result.rssStartMb} MB after the first 500 requests, ${result.rssEndMb} MB after ${result.requests}`);
}
