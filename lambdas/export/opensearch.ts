import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { BulkResponse } from './bulk.ts';
import { SearchUnavailableError } from './errors.ts';
import { originOf } from './endpoint.ts';

/**
 * `POST /<index>/_bulk` to an OpenSearch Service domain, signed with SigV4 for the service `es` (no OpenSearch
 * client library: one signed request is all the export makes). The index is in the path and never in the lines,
 * so the function's IAM policy can name that one index's `_bulk`, and a domain that sets
 * `rest.action.multi.allow_explicit_index: false` (AWS's advice for index-level policies) takes the requests.
 */

export interface BulkTarget {
  /** The domain's endpoint, an `https://` origin. */
  readonly endpoint: string;
  readonly index: string;
  /** The region signatures are made for: the domain's. */
  readonly region: string;
}

export interface BulkClientOptions {
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** @default fetch */
  readonly fetch?: typeof fetch;
  /**
   * How long one request may take. Below the function's timeout (60 s), so that a hung domain fails the batch
   * (and the stream delivers it again) rather than the invocation.
   * @default 20 s
   */
  readonly timeoutMs?: number;
  /** For tests: the signing clock. @default now */
  readonly clock?: () => Date;
}

export type BulkSender = (body: string) => Promise<BulkResponse>;

const DEFAULT_TIMEOUT_MS = 20_000;
/** How much of a failed answer's body goes into the error: enough for OpenSearch's `{"error":{"type":…}}`. */
const ERROR_BODY_CHARS = 500;

export function bulkSender(target: BulkTarget, opts: BulkClientOptions): BulkSender {
  const origin = new URL(originOf(target.endpoint));
  const path = `/${encodeURIComponent(target.index)}/_bulk`;
  const signer = new SignatureV4({ service: 'es', region: target.region, credentials: opts.credentials, sha256: Sha256 });
  const send = opts.fetch ?? fetch;
  return async (body) => {
    const signed = await signer.sign(
      {
        method: 'POST', protocol: origin.protocol, hostname: origin.hostname, ...(origin.port ? { port: Number(origin.port) } : {}),
        path, query: {}, headers: { host: origin.host, 'content-type': 'application/x-ndjson' }, body,
      },
      opts.clock ? { signingDate: opts.clock() } : {},
    );
    let response: Response;
    try {
      response = await send(`${origin.origin}${path}`, {
        method: 'POST', headers: signed.headers as Record<string, string>, body, signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      throw new SearchUnavailableError(0, `the search engine at ${origin.host} did not answer: ${(error as Error).message}`, { cause: error });
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new SearchUnavailableError(response.status, `the search engine answered ${response.status} to a bulk request: ${text.slice(0, ERROR_BODY_CHARS)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SearchUnavailableError(response.status, `the search engine's answer to a bulk request is not JSON: ${text.slice(0, ERROR_BODY_CHARS)}`, { cause: error });
    }
    const answer = parsed as Partial<BulkResponse> | null;
    if (answer === null || typeof answer !== 'object' || !Array.isArray(answer.items)) {
      throw new SearchUnavailableError(response.status, `the search engine's answer to a bulk request has no items: ${text.slice(0, ERROR_BODY_CHARS)}`);
    }
    return { errors: answer.errors === true, items: answer.items };
  };
}
