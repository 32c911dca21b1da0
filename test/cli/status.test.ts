import { PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readStatus, runStatus } from '../../lib/cli/status.ts';
import { localTarget } from '../../lib/cli/target.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
  const wire = readFileSync(new URL('../fixtures/wires/ap-bom-seoul.txt', import.meta.url));
  await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/status/one.txt', Body: wire }));
  await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/status/again.txt', Body: wire }));
  await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/status/empty.txt', Body: '' }));
  await t.stack.queue.idle();
});
afterAll(async () => t.dispose());

describe('newswire status', () => {
  it('counts outcomes, reads the queue and names the newest story', async () => {
    const status = await readStatus(localTarget(t.stack.apiUrl));
    expect(status.uploads).toEqual({ stored: { count: 1, capped: false }, duplicate: { count: 1, capped: false }, rejected: { count: 1, capped: false } });
    expect(status.queue).toEqual({ queued: 0, deadLetters: 0 });
    expect(status.newest?.provider).toBe('Associated Press');
  });

  it('prints a readable summary', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runStatus(localTarget(t.stack.apiUrl), { json: false })).toBe(0);
    const text = String(log.mock.calls[0]?.[0]);
    log.mockRestore();
    expect(text).toContain('1 stored, 1 duplicate, 1 rejected');
    expect(text).toContain('dead letters  0');
  });

  it('exits 1 with a hint when no stack answers', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runStatus(localTarget('http://127.0.0.1:9'), { json: false })).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('newswire dev');
    error.mockRestore();
  });
});
