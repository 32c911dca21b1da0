import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Checksum, SourceData } from '@smithy/types';

/** SHA-256 (or HMAC-SHA256 with a secret) for SigV4, on Node's crypto: nothing more to bundle. */
export class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(this.secret));
  }
  update(data: Uint8Array | string): void {
    this.hash.update(toBytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

const toBytes = (data: SourceData): Uint8Array =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

export interface SecretFetchOptions {
  readonly region: string;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** For tests: the signing time. @default now */
  readonly signingDate?: Date;
}

/**
 * `GetSecretValue` of AWS Secrets Manager as one signed HTTPS request (its JSON 1.1 protocol), so that
 * the API bundle needs no Secrets Manager SDK: SigV4 and the credentials come from the DynamoDB client
 * that is bundled anyway.
 */
export async function getSecretString(secretId: string, opts: SecretFetchOptions): Promise<string> {
  const hostname = `secretsmanager.${opts.region}.amazonaws.com`;
  const body = JSON.stringify({ SecretId: secretId });
  const signer = new SignatureV4({ service: 'secretsmanager', region: opts.region, credentials: opts.credentials, sha256: NodeSha256 });
  const signed = await signer.sign({
    method: 'POST', protocol: 'https:', hostname, path: '/', query: {},
    headers: { host: hostname, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'secretsmanager.GetSecretValue' },
    body,
  }, opts.signingDate ? { signingDate: opts.signingDate } : {});
  const response = await (opts.fetch ?? fetch)(`https://${hostname}/`, { method: 'POST', headers: signed.headers, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`Secrets Manager refused GetSecretValue for ${secretId}: HTTP ${response.status} ${text.slice(0, 200)}`);
  const secret = (JSON.parse(text) as { SecretString?: unknown }).SecretString;
  if (typeof secret !== 'string' || secret.length < 16) throw new Error(`secret ${secretId} has no SecretString of at least 16 characters`);
  return secret;
}
