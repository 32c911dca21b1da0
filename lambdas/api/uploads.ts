import { createHmac, randomUUID } from 'node:crypto';
import { getSigningKey } from '@smithy/signature-v4';
import type { AwsCredentialIdentity } from '@smithy/types';
import { INCOMING_PREFIX, MAX_UPLOAD_BYTES } from '../store/constants.ts';
import { NodeSha256 } from '../store/secrets.ts';

/**
 * Presigned POST uploads for the desk (issue 15): the API signs an S3 POST policy that allows one object, at
 * one key under `incoming/`, of at most the ingest size limit; the browser then sends the file to S3 itself.
 *
 * The policy is signed here with the SDK's SigV4 key derivation rather than with `@aws-sdk/s3-presigned-post`:
 * that package pins its own `@aws-sdk/client-s3` (a second copy, another version than the repository's) and
 * would put the S3 client into the API bundle, for what is one HMAC over a JSON document
 * (docs.aws.amazon.com/AmazonS3/latest/API/sigv4-post-example.html). The local S3 endpoint checks the same
 * policy (lib/local/s3-post-policy.ts) before it takes a form POST.
 */

/** How long a presigned POST may be used. */
export const UPLOAD_POLICY_SECONDS = 600;
/** Longest file name kept in the key (after the date folder and the uuid). */
const MAX_NAME_CHARS = 100;

export interface UploadSigning {
  readonly bucket: string;
  readonly region: string;
  /** Where the form is POSTed: the bucket's virtual-hosted endpoint in the cloud, `endpoint/bucket` locally. */
  readonly url: string;
  /** The identity the upload is made as (in the cloud, the API function's role: it needs s3:PutObject on incoming/*). */
  readonly credentials: () => Promise<AwsCredentialIdentity>;
}

export interface PresignedUpload {
  readonly url: string;
  readonly fields: Record<string, string>;
  readonly key: string;
  readonly maxBytes: number;
  readonly expiresAt: string;
}

/**
 * A file name as a key segment: letters, digits, `.`, `_` and `-` only (accents folded, anything else a `-`),
 * no leading dot, at most {@link MAX_NAME_CHARS} characters; `upload` when nothing is left.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const folded = base.normalize('NFKD').replace(/\p{M}+/gu, '');
  const safe = folded.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[.-]+/, '').slice(0, MAX_NAME_CHARS).replace(/[.-]+$/, '');
  return safe || 'upload';
}

const amzDate = (now: Date): string => now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** The key, fields and signed policy of one upload. */
export async function presignUpload(filename: string, signing: UploadSigning, now = new Date(), id: string = randomUUID()): Promise<PresignedUpload> {
  const key = `${INCOMING_PREFIX}${now.toISOString().slice(0, 10)}/${id}-${safeFileName(filename)}`;
  const credentials = await signing.credentials();
  const date = amzDate(now);
  const shortDate = date.slice(0, 8);
  const credential = `${credentials.accessKeyId}/${shortDate}/${signing.region}/s3/aws4_request`;
  const signed: Record<string, string> = {
    'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    'x-amz-credential': credential,
    'x-amz-date': date,
    ...(credentials.sessionToken ? { 'x-amz-security-token': credentials.sessionToken } : {}),
  };
  const expiresAt = new Date(now.getTime() + UPLOAD_POLICY_SECONDS * 1000).toISOString();
  const policy = {
    expiration: expiresAt,
    conditions: [
      { bucket: signing.bucket },
      ['eq', '$key', key],
      ['content-length-range', 1, MAX_UPLOAD_BYTES],
      ...Object.entries(signed).map(([name, value]) => ({ [name]: value })),
    ],
  };
  const encoded = Buffer.from(JSON.stringify(policy), 'utf8').toString('base64');
  const signingKey = await getSigningKey(NodeSha256, credentials, shortDate, signing.region, 's3');
  const signature = createHmac('sha256', signingKey).update(encoded, 'utf8').digest('hex');
  return { url: signing.url, fields: { key, ...signed, policy: encoded, 'x-amz-signature': signature }, key, maxBytes: MAX_UPLOAD_BYTES, expiresAt };
}

/** The credentials Lambda gives the function in its environment (its role's session). */
export const lambdaCredentials = (env: NodeJS.ProcessEnv = process.env) => async (): Promise<AwsCredentialIdentity> => {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error('no AWS credentials in the environment to sign uploads with');
  return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
};

/** The bucket's POST endpoint in the cloud (virtual-hosted style, as browsers upload). */
export const cloudUploadUrl = (bucket: string, region: string): string => `https://${bucket}.s3.${region}.amazonaws.com/`;
