import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runRedrive } from '../../lib/cli/redrive.ts';
import { localTarget } from '../../lib/cli/target.ts';
import { startTestStack, type TestStack } from './helpers.ts';

const running: TestStack[] = [];
afterAll(async () => Promise.all(running.map((t) => t.dispose())));

describe('newswire redrive', () => {
  it('sends dead letters back to the queue, where they are ingested once the cause is fixed', async () => {
    // Prepare: an ingest that fails until "fixed"
    let fixed = false;
    const handled: string[] = [];
    const t = await startTestStack({
      queue: { retryBaseMs: 1, batchWindowMs: 5 },
      handlers: {
        ingest: async (event) => {
          if (!fixed) return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
          handled.push(...event.Records.map((r) => r.messageId));
          return { batchItemFailures: [] };
        },
      },
    });
    running.push(t);
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/poison.txt', Body: 'x' }));
    await t.stack.queue.idle();
    expect(t.stack.queue.deadLetters()).toHaveLength(1);
    const status = await (await fetch(`${t.stack.apiUrl}/_local/queue`)).json();
    expect(status).toEqual({ queued: 0, deadLetters: 1 });
    fixed = true;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});

    // Act
    const code = await runRedrive(localTarget(t.stack.apiUrl));
    await t.stack.queue.idle();

    // Assess
    expect(code).toBe(0);
    expect(log).toHaveBeenCalledWith('sent 1 message back to the ingest queue');
    expect(handled).toHaveLength(1);
    expect(t.stack.queue.deadLetters()).toEqual([]);
    log.mockRestore();
  });

  it('exits 1 with a hint when no stack answers', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runRedrive(localTarget('http://127.0.0.1:9'))).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('newswire dev');
    error.mockRestore();
  });
});
