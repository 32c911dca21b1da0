import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3EventRecord, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalQueue, type BatchHandler, type LocalQueueOptions } from '../../lib/local/queue.ts';
import { toSqsRecord } from '../../lib/local/s3-events.ts';
import { tempDataDir } from './helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function queueWith(handler: BatchHandler, opts: Partial<LocalQueueOptions> = {}): Promise<{ queue: LocalQueue; dir: string }> {
  const data = await tempDataDir();
  const queue = await LocalQueue.start({ handler, deadLetterFile: join(data.dir, 'dead-letter.jsonl'), batchWindowMs: 5, retryBaseMs: 5, ...opts });
  cleanups.push(data.remove, () => queue.stop());
  return { queue, dir: data.dir };
}

const message = (n: number) => toSqsRecord({ s3: { object: { key: `incoming/${n}.txt` } } } as S3EventRecord);

describe('LocalQueue', () => {
  it('hands out batches of at most 10, at most `concurrency` at a time', async () => {
    // Prepare
    const sizes: number[] = [];
    let running = 0;
    let most = 0;
    const { queue } = await queueWith(
      async (event: SQSEvent) => {
        sizes.push(event.Records.length);
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
      },
      { concurrency: 2 },
    );

    // Act
    for (let i = 0; i < 45; i++) queue.send(message(i));
    await queue.idle();

    // Assess
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(45);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    expect(most).toBe(2);
  });

  it('redelivers only the messages named in batchItemFailures', async () => {
    // Prepare
    const seen: string[] = [];
    const { queue } = await queueWith(async (event) => {
      seen.push(...event.Records.map((r) => `${JSON.parse(r.body).Records[0].s3.object.key}#${r.attributes.ApproximateReceiveCount}`));
      const first = event.Records.find((r) => r.body.includes('incoming/1.txt'));
      return { batchItemFailures: first && first.attributes.ApproximateReceiveCount === '1' ? [{ itemIdentifier: first.messageId }] : [] };
    });

    // Act
    queue.send(message(1));
    queue.send(message(2));
    await queue.idle();

    // Assess
    expect(seen.sort()).toEqual(['incoming/1.txt#1', 'incoming/1.txt#2', 'incoming/2.txt#1']);
  });

  it('fails the whole batch when batchItemFailures names a message not in it, as Lambda does', async () => {
    // Prepare
    const seen: string[] = [];
    const { queue } = await queueWith(async (event) => {
      seen.push(...event.Records.map((r) => r.attributes.ApproximateReceiveCount));
      return { batchItemFailures: seen.length <= 2 ? [{ itemIdentifier: 'not-a-message' }] : [] };
    });

    // Act
    queue.send(message(1));
    queue.send(message(2));
    await queue.idle();

    // Assess
    expect(seen).toEqual(['1', '1', '2', '2']);
  });

  it('dead-letters after maxReceives receives and appends the message to the dead-letter file', async () => {
    // Prepare
    const { queue, dir } = await queueWith(async () => {
      throw new Error('DynamoDB throttled');
    }, { maxReceives: 3 });

    // Act
    queue.send(message(7));
    await queue.idle();

    // Assess
    expect(queue.deadLetters()).toMatchObject([{ receiveCount: 3, reason: 'handler threw: DynamoDB throttled' }]);
    const line = JSON.parse((await readFile(join(dir, 'dead-letter.jsonl'), 'utf8')).trim());
    expect(line.record.attributes.ApproximateReceiveCount).toBe('3');
  });

  it('waits longer before each redelivery', async () => {
    // Prepare
    const times: number[] = [];
    const { queue } = await queueWith(async () => {
      times.push(Date.now());
      throw new Error('down');
    }, { retryBaseMs: 40, batchWindowMs: 1, maxReceives: 3 });

    // Act
    queue.send(message(1));
    await queue.idle();

    // Assess
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(75);
  });

  it('refuses messages once stopped', async () => {
    // Prepare
    const { queue } = await queueWith(async () => {});

    // Act
    await queue.stop();

    // Assess
    expect(() => queue.send(message(1))).toThrow(/stopped/);
  });
});
