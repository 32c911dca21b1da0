import { Sha256 } from '@aws-crypto/sha256-js';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/**
 * Client commands against a deployed stack (`--stack NAME`, CONTRACT.md §2): the stack's outputs name
 * the API and the bucket, the credentials come from the standard AWS chain (environment, profile,
 * SSO, instance role …), and every API request is signed with SigV4 for `execute-api`.
 */

/** The outputs of a CloudFormation stack, by output key (`ApiUrl`, …). */
export async function stackOutputs(stackName: string, client = new CloudFormationClient({})): Promise<Record<string, string>> {
  try {
    const { Stacks = [] } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    const stack = Stacks[0];
    if (!stack) throw new Error(`no stack named ${stackName}`);
    return Object.fromEntries((stack.Outputs ?? []).flatMap((o) => (o.OutputKey && o.OutputValue ? [[o.OutputKey, o.OutputValue]] : [])));
  } finally {
    client.destroy();
  }
}

/** `https://abc123.execute-api.eu-west-1.amazonaws.com/v1/` → `eu-west-1`. */
export function regionOfApiUrl(url: string): string | undefined {
  return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(new URL(url).hostname)?.[1];
}

/** RFC 3986 encoding, as SigV4 canonicalises query strings: a request must be sent exactly as it was signed. */
export const rfc3986 = (text: string): string =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `base` + path + query, the query encoded the way SigV4 signs it. */
export function apiRequestUrl(base: string, path: string, query: Readonly<Record<string, string>>): string {
  const url = new URL(`${base.replace(/\/+$/, '')}${path}`);
  const search = Object.entries(query).map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join('&');
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}`;
}

export interface SigningOptions {
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  readonly region: string;
  /** @default 'execute-api' */
  readonly service?: string;
  /** For tests: the signing clock. @default now */
  readonly clock?: () => Date;
}

/** The headers that sign a GET of `url` (host, x-amz-date, authorization, and the session token if any). */
export async function signGet(url: string, opts: SigningOptions): Promise<Record<string, string>> {
  const parsed = new URL(url);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of parsed.searchParams) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  // no x-amz-content-sha256: API Gateway does not ask for it, and a GET has no body to protect
  const signer = new SignatureV4({ service: opts.service ?? 'execute-api', region: opts.region, credentials: opts.credentials, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(
    {
      method: 'GET', protocol: parsed.protocol, hostname: parsed.hostname, ...(parsed.port ? { port: Number(parsed.port) } : {}),
      // the path as sent (encoded once); the signer encodes it again, as every service but S3 expects
      path: parsed.pathname, query, headers: { host: parsed.host },
    },
    opts.clock ? { signingDate: opts.clock() } : {},
  );
  return signed.headers as Record<string, string>;
}

export type Fetcher = (url: string) => Promise<Response>;

/** fetch for a deployed API: each GET signed with SigV4 from the given (or the standard chain's) credentials. */
export function signedFetcher(opts: Partial<SigningOptions> & { region: string }, fetchImpl: typeof fetch = fetch): Fetcher {
  const credentials = opts.credentials ?? fromNodeProviderChain();
  return async (url) => fetchImpl(url, { headers: await signGet(url, { ...opts, credentials }), signal: AbortSignal.timeout(30_000) });
}
