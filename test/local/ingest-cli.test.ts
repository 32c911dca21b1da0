import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyResult, SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runIngest } from '../../lib/cli/ingest.ts';
import { decodeS3EventKey } from '../../lib/local/s3-events.ts';
import { s3RecordOf, startTestStack, tempDataDir, type TestStack } from './helpers.ts';

/**
 * A fake pipeline: the ingest stand-in records one outcome per key (the latest, as the store does, with
 * the version the event names),
 * and the API stand-in lists them.
 */
interface Outcome { key: string; status: string; storyId: string | null; code: string | null; reason: string | null; receivedAt: string; etag: string; versionId: string | null }
const outcomes = new Map<string, Outcome>();
async function ingest(event: SQSEvent) {
  for (const record of event.Records) {
    const s3Record = s3RecordOf(record);
    const { key: encoded, eTag, versionId } = s3Record.s3.object;
    const key = decodeS3EventKey(encoded);
    const rejected = key.endsWith('.bin');
    const seen = outcomes.get(key)?.etag === eTag;
    outcomes.set(key, {
      key,
      status: rejected ? 'rejected' : seen ? 'duplicate' : 'stored',
      storyId: rejected ? null : `story-${key.length}`,
      code: rejected ? 'binary' : null,
      reason: rejected ? 'not text' : null,
      receivedAt: s3Record.eventTime,
      etag: eTag,
      versionId: versionId ?? null,
    });
  }
  return { batchItemFailures: [] };
}
async function api(event: { path: string; queryStringParameters: Record<string, string | undefined> | null }): Promise<APIGatewayProxyResult> {
  if (event.path === '/health') return { statusCode: 200, body: '{"status":"ok"}' };
  const prefix = event.queryStringParameters?.key ?? '';
  const items = [...outcomes.values()].filter((o) => o.key.startsWith(prefix));
  return { statusCode: 200, body: JSON.stringify({ items, nextCursor: null }) };
}

let t: TestStack;
let files: string;
let removeFiles: () => Promise<void>;
beforeAll(async () => {
  t = await startTestStack({ handlers: { ingest, api } });
  const tmp = await tempDataDir();
  files = tmp.dir;
  removeFiles = tmp.remove;
  await mkdir(join(files, 'wires', 'ap', '.git'), { recursive: true });
  await writeFile(join(files, 'wires', 'ap', 'story one.txt'), 'WASHINGTON (AP) — one');
  await writeFile(join(files, 'wires', 'ap', '.hidden.txt'), 'skipped');
  await writeFile(join(files, 'wires', 'ap', '.git', 'HEAD'), 'skipped');
  await writeFile(join(files, 'wires', 'reuters.xml'), '<newsMessage/>');
  await writeFile(join(files, 'image.bin'), Buffer.from([0, 1, 2]));
});
afterAll(async () => {
  await t.dispose();
  await removeFiles();
});

let out: string[];
afterEach(() => vi.restoreAllMocks());
function captureOutput() {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(`stderr: ${line}`));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}

describe('runIngest', () => {
  it('uploads a folder under its own name, skips dotfiles, and reports each outcome', async () => {
    // Prepare
    captureOutput();

    // Act
    const code = await runIngest([join(files, 'wires')], { wait: true, apiUrl: t.stack.apiUrl, s3Endpoint: t.stack.s3Endpoint, timeoutMs: 10_000 });

    // Assess
    expect(code).toBe(0);
    expect(out).toEqual([
      `stored    incoming/wires/ap/story one.txt  → story story-${'incoming/wires/ap/story one.txt'.length}`,
      `stored    incoming/wires/reuters.xml  → story story-${'incoming/wires/reuters.xml'.length}`,
    ]);
    const object = await t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/wires/ap/story one.txt' }));
    expect(await object.Body?.transformToString()).toBe('WASHINGTON (AP) — one');
  });

  it('reports the outcome of this upload, not that of an earlier upload of the same bytes', async () => {
    // Prepare
    captureOutput();
    const opts = { wait: true, apiUrl: t.stack.apiUrl, s3Endpoint: t.stack.s3Endpoint, timeoutMs: 10_000 };
    await runIngest([join(files, 'wires', 'reuters.xml')], opts);
    out.length = 0;

    // Act
    const code = await runIngest([join(files, 'wires', 'reuters.xml')], opts);

    // Assess
    expect(code).toBe(0);
    expect(out).toEqual([`duplicate incoming/reuters.xml  → story story-${'incoming/reuters.xml'.length}`]);
  });

  it('exits 3 and prints the code and reason when a file is rejected', async () => {
    // Prepare
    captureOutput();

    // Act
    const code = await runIngest([join(files, 'image.bin')], { wait: true, apiUrl: t.stack.apiUrl, s3Endpoint: t.stack.s3Endpoint, timeoutMs: 10_000 });

    // Assess
    expect(code).toBe(3);
    expect(out).toEqual(['rejected  incoming/image.bin  binary: not text']);
  });

  it('exits 3 and names the files without an outcome when the wait times out', async () => {
    // Prepare
    captureOutput();
    const quiet = await startTestStack({ handlers: { ingest: async () => ({ batchItemFailures: [] }), api } });

    try {
      // Act
      const code = await runIngest([join(files, 'wires', 'reuters.xml')], {
        wait: true,
        apiUrl: quiet.stack.apiUrl,
        s3Endpoint: quiet.stack.s3Endpoint,
        timeoutMs: 300,
      });

      // Assess
      expect(code).toBe(3);
      expect(out.join('\n')).toMatch(/no outcome after 0.3 s/);
      expect(out.join('\n')).toMatch(/stderr: 1 of 1 file\(s\) had no outcome after 0.3 s: reuters.xml/);
    } finally {
      await quiet.dispose();
    }
  });

  it('exits 1 with a hint when nothing listens at the endpoints', async () => {
    // Prepare
    captureOutput();

    // Act
    const code = await runIngest([join(files, 'image.bin')], { wait: true, apiUrl: 'http://127.0.0.1:9', s3Endpoint: 'http://127.0.0.1:9' });

    // Assess
    expect(code).toBe(1);
    expect(out).toEqual(['stderr: error: cannot reach the S3 endpoint http://127.0.0.1:9: is `newswire dev` running?']);
  });

  it('exits 2 for a path that does not exist', async () => {
    // Prepare
    captureOutput();

    // Act
    const code = await runIngest([join(files, 'nope.txt')], { wait: false, apiUrl: t.stack.apiUrl, s3Endpoint: t.stack.s3Endpoint });

    // Assess
    expect(code).toBe(2);
    expect(out[0]).toMatch(/nope\.txt: no such file or folder/);
  });
});
