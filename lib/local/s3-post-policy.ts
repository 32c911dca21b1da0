import { createHmac, timingSafeEqual } from 'node:crypto';
import type { S3Refusal } from './s3-guard.ts';

/**
 * What S3 checks of a browser form POST upload (POST Object with a SigV4 policy), for the local S3 endpoint,
 * which refuses any form POST that does not pass (issue 10: a web page can send a form to it across origins).
 * s3rver takes form POSTs but checks no policy at all, so the check is done here, before it sees one.
 *
 * The signing key is the local stack's own, made at start and handed to the API that signs the policies
 * (lambdas/api/uploads.ts): s3rver's well-known `S3RVER` key would let any page sign a policy of its own.
 * See docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html.
 */

export interface PostPolicyKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
}

/** A form POST as read: its fields before the file (names lower-cased) and the file's size. */
export interface FormPost {
  readonly fields: ReadonlyMap<string, string>;
  readonly fileBytes: number;
}

const UNSIGNED_FIELDS = new Set(['policy', 'x-amz-signature', 'file']);

const refuse = (status: number, code: string, message: string): S3Refusal => ({ status, code, message });
const denied = (why: string): S3Refusal => refuse(403, 'AccessDenied', `Invalid according to Policy: ${why}`);

/** The SigV4 signing key (AWS4 + secret → date → region → service → aws4_request). */
export function signingKey(secret: string, shortDate: string, region: string, service = 's3'): Buffer {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, shortDate), region), service), 'aws4_request');
}

/** Whether a condition holds of the form; `undefined` when it is not one S3 knows. */
function holds(condition: unknown, post: FormPost, bucket: string, covered: Set<string>): boolean | undefined {
  const field = (name: string) => (name === 'bucket' ? bucket : post.fields.get(name));
  if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
    const entries = Object.entries(condition);
    if (entries.length !== 1) return undefined;
    const [name, value] = entries[0]!;
    covered.add(name.toLowerCase());
    return typeof value === 'string' && field(name.toLowerCase()) === value;
  }
  if (!Array.isArray(condition) || condition.length !== 3) return undefined;
  const [op, subject, value] = condition as unknown[];
  if (op === 'content-length-range') {
    return typeof subject === 'number' && typeof value === 'number' && post.fileBytes >= subject && post.fileBytes <= value;
  }
  if (typeof subject !== 'string' || !subject.startsWith('$') || typeof value !== 'string') return undefined;
  const name = subject.slice(1).toLowerCase();
  covered.add(name);
  const actual = field(name);
  if (op === 'eq') return actual === value;
  if (op === 'starts-with') return actual !== undefined && actual.startsWith(value);
  return undefined;
}

/**
 * Why S3 would refuse this form POST to `bucket`, or undefined when its policy allows it: a policy signed with
 * the given key, not expired, every condition true of the form and the file's size, every field covered.
 */
export function checkFormPost(post: FormPost, bucket: string, key: PostPolicyKey, now = new Date()): S3Refusal | undefined {
  const policy = post.fields.get('policy');
  const signature = post.fields.get('x-amz-signature');
  const credential = post.fields.get('x-amz-credential');
  if (policy === undefined || signature === undefined || credential === undefined) {
    return refuse(405, 'MethodNotAllowed', 'the local S3 endpoint refuses form POST uploads that carry no presigned policy (any web page could send one while newswire dev runs); ask the API for one (POST /uploads/presigned), or upload with PUT (newswire ingest, aws s3 cp, any S3 client)');
  }
  if (post.fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') return refuse(400, 'InvalidArgument', 'x-amz-algorithm must be AWS4-HMAC-SHA256');
  const [accessKeyId, shortDate, region, service, terminal] = credential.split('/');
  if (accessKeyId !== key.accessKeyId) return refuse(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  if (!shortDate || !/^\d{8}$/.test(shortDate) || region !== key.region || service !== 's3' || terminal !== 'aws4_request') {
    return refuse(400, 'InvalidArgument', 'x-amz-credential is not <key>/<yyyymmdd>/<region>/s3/aws4_request for this endpoint');
  }
  const expected = createHmac('sha256', signingKey(key.secretAccessKey, shortDate, region)).update(policy, 'utf8').digest();
  const given = /^[0-9a-f]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return refuse(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
  }
  let document: { expiration?: unknown; conditions?: unknown };
  try {
    document = JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as typeof document;
  } catch {
    return refuse(400, 'InvalidPolicyDocument', 'the policy is not base64-encoded JSON');
  }
  const expires = typeof document.expiration === 'string' ? Date.parse(document.expiration) : NaN;
  if (!Number.isFinite(expires)) return refuse(400, 'InvalidPolicyDocument', 'the policy has no expiration');
  if (expires <= now.getTime()) return denied('Policy expired.');
  if (!Array.isArray(document.conditions)) return refuse(400, 'InvalidPolicyDocument', 'the policy has no conditions');
  const covered = new Set<string>();
  for (const condition of document.conditions) {
    const verdict = holds(condition, post, bucket, covered);
    if (verdict === undefined) return refuse(400, 'InvalidPolicyDocument', `the policy has a condition S3 does not know: ${JSON.stringify(condition).slice(0, 200)}`);
    if (!verdict && Array.isArray(condition) && condition[0] === 'content-length-range') {
      // S3 answers a size out of range as the entity's fault, not the policy's
      const large = post.fileBytes > Number(condition[2]);
      return refuse(400, large ? 'EntityTooLarge' : 'EntityTooSmall', `Your proposed upload is ${large ? 'larger than the maximum' : 'smaller than the minimum'} allowed size`);
    }
    if (!verdict) return denied(`Policy Condition failed: ${JSON.stringify(condition).slice(0, 200)}`);
  }
  if (!covered.has('bucket')) return denied('Policy Condition failed: the policy names no bucket');
  if (!covered.has('key')) return denied('Policy Condition failed: the policy says nothing of the key');
  for (const name of post.fields.keys()) {
    if (!UNSIGNED_FIELDS.has(name) && !name.startsWith('x-ignore-') && !covered.has(name)) {
      return denied(`Extra input fields: ${name}`);
    }
  }
  return undefined;
}
