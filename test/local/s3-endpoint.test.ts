import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIngest, s3RecordOf, startTestStack, tempDataDir, type TestStack } from './helpers.ts';

/** A raw HTTP request, so that `..` segments reach the server as sent (fetch would normalise them away). */
function raw(endpoint: string, method: string, path: string, body: string | Buffer = '', headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every file under a folder, as paths from it (`/a/b.txt`). */
function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)) : [];
}

describe('Local S3 endpoint: keys it would turn into paths, form POSTs, versions (issue 10)', () => {
  let t: TestStack;
  let root: Awaited<ReturnType<typeof tempDataDir>>;
  const ingest = recordingIngest();
  // The data folder sits deep in a folder of the test's own, so that a key escaping it would land there.
  const outside = () => filesUnder(root.dir).filter((f) => !f.startsWith('/a/b/data/'));
  beforeAll(async () => {
    root = await tempDataDir();
    t = await startTestStack({ handlers: { ingest: ingest.handler }, dataDir: join(root.dir, 'a', 'b', 'data') });
  });
  afterAll(async () => {
    await t.dispose();
    await root.remove();
  });

  it.each([
    ['raw ".." segments', '/newswire-uploads/incoming/../../../../escaped.txt'],
    ['percent-encoded ".." segments', '/newswire-uploads/incoming%2F..%2F..%2F..%2F..%2Fescaped.txt'],
    ['a "." segment', '/newswire-uploads/incoming/./escaped.txt'],
    ['an empty segment', '/newswire-uploads/incoming//escaped.txt'],
  ])('refuses a PUT whose key has %s, and writes nothing outside the data folder', async (_what, path) => {
    // Act
    const answer = await raw(t.stack.s3Endpoint, 'PUT', path, 'x');

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/<Code>InvalidArgument<\/Code>.*(?:outside their folder|empty segment)/s);
    expect(outside()).toEqual([]);
    expect(filesUnder(t.dataDir).filter((f) => f.includes('escaped'))).toEqual([]);
  });

  it('refuses a browser-style form POST upload, so that no web page can write into the bucket', async () => {
    // Prepare
    const boundary = 'x-boundary';
    const form = [`--${boundary}`, 'Content-Disposition: form-data; name="key"', '', 'incoming/../../form.txt', `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="f.txt"', 'Content-Type: text/plain', '', 'hello', `--${boundary}--`, ''].join('\r\n');

    // Act
    const answer = await raw(t.stack.s3Endpoint, 'POST', '/newswire-uploads', form, { 'content-type': `multipart/form-data; boundary=${boundary}` });

    // Assess
    expect(answer.status).toBe(405);
    expect(answer.body).toMatch(/refuses form POST uploads/);
    expect(outside()).toEqual([]);
    expect(filesUnder(t.dataDir).filter((f) => f.includes('form.txt'))).toEqual([]);
  });

  it('refuses a key segment too long for a file name with KeyTooLongError, and goes on serving', async () => {
    // Act
    const answer = await raw(t.stack.s3Endpoint, 'PUT', `/newswire-uploads/incoming/${'a'.repeat(250)}.txt`, 'x');
    const after = await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: 'incoming/after-long.txt', Body: 'still here' }));

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/<Code>KeyTooLongError<\/Code>/);
    expect(after.ETag).toBeDefined();
  });

  it('refuses a key over S3\'s 1,024 bytes with KeyTooLongError, as S3 does', async () => {
    // Act
    const answer = await raw(t.stack.s3Endpoint, 'PUT', `/newswire-uploads/incoming/${Array.from({ length: 6 }, () => 'a'.repeat(180)).join('/')}`, 'x');

    // Assess
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/<Code>KeyTooLongError<\/Code>.*more than S3(?:'|&#39;)s 1024/s);
  });

  it('keeps both versions of a key written twice back to back, and names each in its event', async () => {
    // Prepare
    const key = 'incoming/versions/twice.txt';

    // Act
    const first = await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: 'first version' }));
    const second = await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: 'second version' }));
    await t.stack.queue.idle();
    const read = async (versionId: string | undefined) => (await t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: key, VersionId: versionId }))).Body!.transformToString();

    // Assess
    expect(first.VersionId).toBeDefined();
    expect(second.VersionId).toBeDefined();
    expect(first.VersionId).not.toBe(second.VersionId);
    const events = ingest.received.map(s3RecordOf).filter((r) => r.s3.object.key === 'incoming/versions/twice.txt');
    expect(events.map((r) => r.s3.object.versionId)).toEqual([first.VersionId, second.VersionId]);
    expect(await read(first.VersionId)).toBe('first version');
    expect(await read(second.VersionId)).toBe('second version');
    expect(await read(undefined)).toBe('second version');
  });
});
