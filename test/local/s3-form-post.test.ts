import { request } from 'node:http';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingIngest, s3RecordOf, startTestStack, type TestStack } from './helpers.ts';

interface Presigned { url: string; fields: Record<string, string>; key: string; maxBytes: number }

/** The form a browser sends: every field, then the file. */
function formOf(fields: Record<string, string>, file: Blob | undefined): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', file, 'story.txt');
  return form;
}

/** A request with a Host header of our choosing (fetch will not send another host's name). */
function withHost(url: string, host: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Local S3 endpoint: form POSTs with a policy the API signed (issue 15)', () => {
  let t: TestStack;
  const ingest = recordingIngest();
  beforeAll(async () => {
    t = await startTestStack({ handlers: { ingest: ingest.handler } });
  });
  afterAll(async () => t.dispose());

  const presign = async (filename: string): Promise<Presigned> => {
    const response = await fetch(`${t.stack.apiUrl}/uploads/presigned`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filename }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Presigned;
  };

  it('stores the file of a presigned form POST under its key, and ingests it like any upload', async () => {
    // Prepare
    const presigned = await presign('wire story.txt');
    const origin = t.stack.apiUrl;

    // Act
    const answer = await fetch(presigned.url, { method: 'POST', headers: { origin }, body: formOf(presigned.fields, new Blob(['HALIFAX (AP) — A ferry terminal opened.'])) });

    // Assess
    expect(presigned.url).toBe(`${t.stack.s3Endpoint}/${t.stack.bucket}`);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
    const object = await t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: presigned.key }));
    expect(await object.Body!.transformToString()).toBe('HALIFAX (AP) — A ferry terminal opened.');
    await expect.poll(() => ingest.received.map((r) => decodeURIComponent(s3RecordOf(r).s3.object.key.replace(/\+/g, ' '))), { timeout: 10_000 }).toContain(presigned.key);
  });

  it('refuses the same policy for another key, a file over the limit, and an unsigned form', async () => {
    // Prepare
    const presigned = await presign('a.txt');
    const file = new Blob(['x']);

    // Act
    const otherKey = await fetch(presigned.url, { method: 'POST', body: formOf({ ...presigned.fields, key: 'incoming/elsewhere.txt' }, file) });
    const tooLarge = await fetch(presigned.url, { method: 'POST', body: formOf(presigned.fields, new Blob([Buffer.alloc(presigned.maxBytes + 1)])) });
    const unsigned = await fetch(presigned.url, { method: 'POST', headers: { origin: 'https://evil.example' }, body: formOf({ key: 'incoming/evil.txt' }, file) });

    // Assess
    expect(otherKey.status).toBe(403);
    expect(await otherKey.text()).toMatch(/<Code>AccessDenied<\/Code>/);
    expect(tooLarge.status).toBe(400);
    expect(unsigned.status).toBe(405);
    expect(unsigned.headers.get('access-control-allow-origin')).toBeNull();
    expect(await unsigned.text()).toMatch(/refuses form POST uploads/);
    for (const key of ['incoming/elsewhere.txt', 'incoming/evil.txt', presigned.key]) {
      await expect(t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: key }))).rejects.toThrow();
    }
  });

  it('answers only under the loopback names, so that a rebound name cannot read the API or the desk', async () => {
    expect(await withHost(`${t.stack.apiUrl}/health`, 'evil.example:80')).toBe(421);
    expect(await withHost(`${t.stack.apiUrl}/desk/`, `evil.example:${new URL(t.stack.apiUrl).port}`)).toBe(421);
    expect(await withHost(`${t.stack.apiUrl}/health`, `localhost:${new URL(t.stack.apiUrl).port}`)).toBe(200);
  });
});
