import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTail } from '../../lib/cli/tail.ts';
import { localTarget } from '../../lib/cli/target.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

const STORY = 'Council approves ferry terminal\n\nHALIFAX (AP) — The city council approved a new ferry terminal on Tuesday, the first in forty years.\n\nWork starts in the spring.';

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('newswire dev --webhook', () => {
  const received: { headers: IncomingHttpHeaders; body: any }[] = [];
  let refusals = 1; // the receiver is down for the first POST: it is tried again
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (refusals-- > 0) return void res.writeHead(503).end();
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  let t: TestStack;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t = await startTestStack({ webhook: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
  });
  afterAll(async () => {
    await t.dispose();
    server.close();
  });

  it('POSTs each change of the feed, as its event detail, again until the URL takes it', async () => {
    // Act
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/hook/story.txt', Body: STORY }));
    await until(() => received.length >= 1);

    // Assess
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({ seq: 1, kind: 'stored', story: { headline: 'Council approves ferry terminal' } });
    expect(received[0]!.headers).toMatchObject({ 'content-type': 'application/json', 'x-newswire-kind': 'stored', 'x-newswire-key': received[0]!.body.key });
  });
});

describe('newswire tail', () => {
  let t: TestStack;
  beforeAll(async () => { t = await startTestStack(); });
  afterAll(async () => t.dispose());

  it('prints each change from now on as it arrives, and on leaving the cursor to go on from', async () => {
    // Prepare: a change from before the tail starts, which it does not print
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/tail/before.txt', Body: '' }));
    await t.stack.queue.idle();
    const out: string[] = [];
    const err: string[] = [];
    const stop = new AbortController();

    // Act
    const tail = runTail(localTarget(t.stack.apiUrl), { json: false, signal: stop.signal }, { out: (l) => out.push(l), err: (l) => err.push(l) });
    await until(() => err.some((line) => line.startsWith('following the feed')));
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/tail/story.txt', Body: STORY }));
    await until(() => out.length >= 1);
    stop.abort();
    const code = await tail;

    // Assess
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^\S+Z? {2}stored {8}[0-9a-f]{24} v\S+ {2}Associated Press: Council approves ferry terminal$/);
    expect(err.at(-1)).toMatch(/^to go on from here: newswire tail --since \S+$/);
  });
});
