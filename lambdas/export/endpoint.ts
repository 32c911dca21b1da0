/**
 * Where the export writes: an Amazon OpenSearch Service domain's endpoint and an index in it. Pure, shared by the
 * CDK construct (which checks the stack's props and scopes the function's IAM policy to the domain's index) and
 * the handler (which signs for the domain's region).
 */

/** What an endpoint's host name says: `search-news-abc….eu-west-1.es.amazonaws.com` → news in eu-west-1. */
export interface DomainEndpoint {
  readonly domainName: string;
  readonly region: string;
}

/**
 * A domain's own endpoint (public `search-…`, or `vpc-…`): `<kind>-<domain name>-<domain id>.<region>.es.amazonaws.com`.
 * Domain names are 3–28 characters of a–z, 0–9 and `-`, starting with a letter (CreateDomain); the id is the last
 * `-` part. A custom endpoint (the domain's own DNS name) says neither, and needs `domainArn`.
 */
const DOMAIN_HOST = /^(?:search|vpc)-([a-z][a-z0-9-]{2,27})-([a-z0-9]+)\.([a-z]{2}(?:-[a-z]+)+-\d+)\.es\.amazonaws\.com(?:\.cn)?$/;

/** The domain and region an endpoint URL names, or undefined for a custom endpoint (or anything else). */
export function parseDomainEndpoint(url: string): DomainEndpoint | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const match = DOMAIN_HOST.exec(host);
  return match ? { domainName: match[1]!, region: match[3]! } : undefined;
}

/** `arn:aws:es:eu-west-1:123456789012:domain/news` → its parts. */
const DOMAIN_ARN = /^arn:(aws[a-z-]*):es:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):domain\/([a-z][a-z0-9-]{2,27})$/;

export function parseDomainArn(arn: string): { partition: string; region: string; account: string; domainName: string } | undefined {
  const match = DOMAIN_ARN.exec(arn);
  return match ? { partition: match[1]!, region: match[2]!, account: match[3]!, domainName: match[4]! } : undefined;
}

/**
 * Index names OpenSearch accepts, narrowed to the plain ones: lower case letters, digits, `-`, `_` and `.`, not
 * starting with `-`, `_` or `.` (`.` is for system indices), at most 255 bytes. No wildcard can appear, so the IAM
 * resource `…/domain/<name>/<index>/_bulk` names exactly one index.
 */
export const INDEX_NAME = /^[a-z0-9][a-z0-9._-]{0,254}$/;

/**
 * Problems with the export's target, each a sentence; none when it is usable. An endpoint is an `https://` origin
 * (no path, query or credentials).
 */
export function endpointProblems(target: { readonly endpoint: string; readonly index?: string; readonly domainArn?: string }): string[] {
  const problems: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(target.endpoint);
  } catch {
    problems.push(`endpoint must be a URL such as https://search-news-abc123.eu-west-1.es.amazonaws.com, got '${target.endpoint}'`);
  }
  if (url) {
    if (url.protocol !== 'https:') problems.push(`endpoint must use https, got '${target.endpoint}'`);
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
      problems.push(`endpoint must be the domain's origin alone (no path, query or credentials), got '${target.endpoint}'`);
    }
  }
  if (target.index !== undefined && !INDEX_NAME.test(target.index)) {
    problems.push(`index must be 1–255 characters of a–z, 0–9, '-', '_' and '.', not starting with '-', '_' or '.', got '${target.index}'`);
  }
  if (target.domainArn !== undefined) {
    const arn = parseDomainArn(target.domainArn);
    const fromEndpoint = parseDomainEndpoint(target.endpoint);
    if (!arn) problems.push(`domainArn must be an OpenSearch Service domain ARN (arn:aws:es:<region>:<account>:domain/<name>), got '${target.domainArn}'`);
    else if (fromEndpoint && (fromEndpoint.domainName !== arn.domainName || fromEndpoint.region !== arn.region)) {
      problems.push(`domainArn names domain ${arn.domainName} in ${arn.region}, but the endpoint is domain ${fromEndpoint.domainName} in ${fromEndpoint.region}`);
    }
  } else if (url && !parseDomainEndpoint(target.endpoint)) {
    problems.push(`endpoint ${url.hostname} is not a domain endpoint (search-<name>-<id>.<region>.es.amazonaws.com): give domainArn too`);
  }
  return problems;
}

/** The endpoint as an origin without a trailing slash, which request paths are appended to. */
export const originOf = (endpoint: string): string => new URL(endpoint).origin;
