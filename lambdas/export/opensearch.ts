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

/** One signed request to the domain: its status and body text; throws SearchUnavailableError when no answer came. */
type SignedRequest = (method: 'POST' | 'PUT', path: string, body: string, contentType: string) => Promise<{ status: number; text: string }>;

function signedRequests(target: Pick<BulkTarget, 'endpoint' | 'region'>, opts: BulkClientOptions): SignedRequest {
  const origin = new URL(originOf(target.endpoint));
  const signer = new SignatureV4({ service: 'es', region: target.region, credentials: opts.credentials, sha256: Sha256 });
  const send = opts.fetch ?? fetch;
  return async (method, path, body, contentType) => {
    const signed = await signer.sign(
      {
        method, protocol: origin.protocol, hostname: origin.hostname, ...(origin.port ? { port: Number(origin.port) } : {}),
        path, query: {}, headers: { host: origin.host, 'content-type': contentType }, body,
      },
      opts.clock ? { signingDate: opts.clock() } : {},
    );
    let response: Response;
    try {
      response = await send(`${origin.origin}${path}`, {
        method, headers: signed.headers as Record<string, string>, body, signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      });
    } catch (error) {
      throw new SearchUnavailableError(0, `the search engine at ${origin.host} did not answer: ${(error as Error).message}`, { cause: error });
    }
    return { status: response.status, text: await response.text().catch(() => '') };
  };
}

const indexPath = (index: string): string => `/${encodeURIComponent(index)}`;

export function bulkSender(target: BulkTarget, opts: BulkClientOptions): BulkSender {
  const request = signedRequests(target, opts);
  const path = `${indexPath(target.index)}/_bulk`;
  return async (body) => {
    const { status, text } = await request('POST', path, body, 'application/x-ndjson');
    if (status < 200 || status >= 300) {
      throw new SearchUnavailableError(status, `the search engine answered ${status} to a bulk request: ${text.slice(0, ERROR_BODY_CHARS)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SearchUnavailableError(status, `the search engine's answer to a bulk request is not JSON: ${text.slice(0, ERROR_BODY_CHARS)}`, { cause: error });
    }
    const answer = parsed as Partial<BulkResponse> | null;
    if (answer === null || typeof answer !== 'object' || !Array.isArray(answer.items)) {
      throw new SearchUnavailableError(status, `the search engine's answer to a bulk request has no items: ${text.slice(0, ERROR_BODY_CHARS)}`);
    }
    return { errors: answer.errors === true, items: answer.items };
  };
}

/**
 * Creates the index with `body` (its settings and mapping, INDEX_BODY) unless it exists: `created`, or `exists` (the
 * engine's `resource_already_exists_exception`; its mapping is left as it is). For `newswire export-search
 * --create-index`, run by a person whose credentials may `es:ESHttpPut` the index; the export function may not.
 */
export async function ensureIndex(target: BulkTarget, body: unknown, opts: BulkClientOptions): Promise<'created' | 'exists'> {
  const { status, text } = await signedRequests(target, opts)('PUT', indexPath(target.index), JSON.stringify(body), 'application/json');
  if (status >= 200 && status < 300) return 'created';
  if (status === 400 && text.includes('resource_already_exists_exception')) return 'exists';
  throw new SearchUnavailableError(status, `the search engine answered ${status} to creating index ${target.index}: ${text.slice(0, ERROR_BODY_CHARS)}`);
}
