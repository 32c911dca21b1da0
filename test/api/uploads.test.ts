import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../lambdas/api/make-handler.ts';
import { presignUpload, safeFileName, type UploadSigning } from '../../lambdas/api/uploads.ts';
import { MAX_UPLOAD_BYTES } from '../../lambdas/store/constants.ts';
import { createStore } from '../../lambdas/store/index.ts';
import { checkFormPost, signingKey } from '../../lib/local/s3-post-policy.ts';
import { lambdaContext, makeApiEvent } from '../factories.ts';
import { startStoreServers } from '../store/local-servers.ts';
import { responseChecker } from './openapi-check.ts';

const KEY = { accessKeyId: 'NEWSWIRELOCALTEST', secretAccessKey: 'a-secret-only-this-test-knows', region: 'us-east-1' };
const signing: UploadSigning = {
  bucket: 'newswire-uploads', region: 'us-east-1', url: 'http://127.0.0.1:4569/newswire-uploads',
  credentials: async () => ({ accessKeyId: KEY.accessKeyId, secretAccessKey: KEY.secretAccessKey }),
};
const form = (fields: Record<string, string>) => new Map(Object.entries(fields).map(([name, value]) => [name.toLowerCase(), value]));

let stop: () => Promise<void>;
let post: (body: string | null, headers?: Record<string, string>, signed?: boolean) => Promise<{ status: number; type: string | undefined; body: any }>;
let check: (status: number, type: string | undefined, body: unknown) => string[];

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  const store = createStore(servers.config);
  const deps = { store, clock: () => '2026-01-01T00:00:00.000Z', log: () => {} };
  const configured = makeHandler({ ...deps, uploads: signing });
  const bare = makeHandler(deps);
  post = async (body, headers = { 'Content-Type': 'application/json' }, signed = true) => {
    const event = { ...makeApiEvent('/uploads/presigned'), httpMethod: 'POST', headers, body };
    const response = await (signed ? configured : bare)(event, lambdaContext);
    return { status: response.statusCode, type: response.headers?.['content-type'] as string | undefined, body: JSON.parse(response.body) };
  };
  const document = JSON.parse((await configured(makeApiEvent('/openapi.json'), lambdaContext)).body);
  const checker = responseChecker(document);
  check = (status, type, body) => checker('POST', '/uploads/presigned', status, type, body);
});
afterAll(async () => stop());

describe('API: POST /uploads/presigned', () => {
  it('hands out a POST policy for one key under incoming/, checked as S3 checks it', async () => {
    // Act
    const answer = await post(JSON.stringify({ filename: 'Bürgerschaft Wahl (final).xml' }));

    // Assess
    expect(answer.status).toBe(200);
    expect(check(answer.status, answer.type, answer.body)).toEqual([]);
    expect(answer.body.key).toMatch(/^incoming\/\d{4}-\d{2}-\d{2}\/[0-9a-f-]{36}-Burgerschaft-Wahl-final-.xml$/);
    expect(answer.body).toMatchObject({ url: signing.url, maxBytes: MAX_UPLOAD_BYTES, fields: { key: answer.body.key } });
    const policy = JSON.parse(Buffer.from(answer.body.fields.policy, 'base64').toString('utf8'));
    expect(policy.conditions).toContainEqual(['eq', '$key', answer.body.key]);
    expect(policy.conditions).toContainEqual(['content-length-range', 1, MAX_UPLOAD_BYTES]);
    expect(checkFormPost({ fields: form(answer.body.fields), fileBytes: 10 }, 'newswire-uploads', KEY)).toBeUndefined();
  });

  it('signs so that no other key, size, bucket, extra field or later time passes', async () => {
    // Prepare
    const { fields } = await presignUpload('a.txt', signing, new Date('2026-01-01T00:00:00Z'));
    const at = new Date('2026-01-01T00:01:00Z');
    const verdict = (changed: Record<string, string>, bytes = 10, bucket = 'newswire-uploads', now = at) =>
      checkFormPost({ fields: form({ ...fields, ...changed }), fileBytes: bytes }, bucket, KEY, now)?.code;

    // Act, Assess
    expect(verdict({})).toBeUndefined();
    expect(verdict({ key: 'incoming/other.txt' })).toBe('AccessDenied');
    expect(verdict({ key: 'records/evil.json' })).toBe('AccessDenied');
    expect(verdict({}, MAX_UPLOAD_BYTES + 1)).toBe('EntityTooLarge');
    expect(verdict({}, 0)).toBe('EntityTooSmall');
    expect(verdict({}, 10, 'another-bucket')).toBe('AccessDenied');
    expect(verdict({ 'Content-Type': 'text/html' })).toBe('AccessDenied');
    expect(verdict({}, 10, 'newswire-uploads', new Date('2026-01-01T00:10:01Z'))).toBe('AccessDenied');
    expect(verdict({ 'x-amz-signature': '0'.repeat(64) })).toBe('SignatureDoesNotMatch');
    expect(checkFormPost({ fields: form(fields), fileBytes: 10 }, 'newswire-uploads', { ...KEY, secretAccessKey: 'S3RVER' }, at)?.code).toBe('SignatureDoesNotMatch');
    const { policy: _, 'x-amz-signature': __, ...unsigned } = fields;
    expect(verdict({ ...unsigned, policy: '', 'x-amz-signature': '' })).toBe('SignatureDoesNotMatch');
    expect(checkFormPost({ fields: form({ key: 'incoming/x.txt' }), fileBytes: 10 }, 'newswire-uploads', KEY)).toMatchObject({ status: 405, code: 'MethodNotAllowed' });
  });

  it('derives SigV4 signing keys as AWS documents them', () => {
    // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4" (service iam)
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex'))
      .toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('adds the session token of temporary credentials to the fields and the policy', async () => {
    const answer = await presignUpload('a.txt', { ...signing, credentials: async () => ({ accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'x', sessionToken: 'token-1' }) });
    expect(answer.fields['x-amz-security-token']).toBe('token-1');
    expect(JSON.parse(Buffer.from(answer.fields.policy!, 'base64').toString('utf8')).conditions).toContainEqual({ 'x-amz-security-token': 'token-1' });
  });

  it('reads only a JSON body, and names what is wrong with it', async () => {
    expect(await post('{"filename":"a.txt"}', { 'content-type': 'text/plain' })).toMatchObject({ status: 415, type: 'application/problem+json' });
    expect(await post('{"filename":"a.txt"}', {})).toMatchObject({ status: 415 });
    expect(await post('not json')).toMatchObject({ status: 400, body: { parameter: 'body' } });
    expect(await post('{"filename":""}')).toMatchObject({ status: 400, body: { parameter: 'filename' } });
    expect(await post('{"filename":"a","bucket":"x"}')).toMatchObject({ status: 400, body: { parameter: 'bucket' } });
    for (const status of [415, 400]) expect(check(status, 'application/problem+json', { type: 'about:blank', title: 'x', status, detail: 'x' })).toEqual([]);
  });

  it('answers 501 where no bucket is configured to sign for', async () => {
    const answer = await post('{"filename":"a.txt"}', undefined, false);
    expect(answer).toMatchObject({ status: 501, type: 'application/problem+json' });
  });
});

describe('safeFileName', () => {
  it.each([
    ['story.xml', 'story.xml'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\wires\\AP feed.txt', 'AP-feed.txt'],
    ['..', 'upload'],
    ['.hidden', 'hidden'],
    ['Zürich–Genf.txt', 'Zurich-Genf.txt'],
    ['東京.txt', 'txt'],
    ['', 'upload'],
  ])('makes %j a safe key segment: %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});
