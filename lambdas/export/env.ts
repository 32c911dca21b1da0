import { ExportConfigError } from './errors.ts';
import { DEFAULT_INDEX } from './document.ts';
import { INDEX_NAME, originOf, parseDomainEndpoint } from './endpoint.ts';

/** The export function's environment, set by the SearchExport construct (lib/search-export.ts). */
export const EXPORT_ENV = {
  /** The OpenSearch Service domain's endpoint, an https origin. */
  endpoint: 'NEWSWIRE_SEARCH_ENDPOINT',
  /** The index documents go to. */
  index: 'NEWSWIRE_SEARCH_INDEX',
  /** The region requests are signed for: the domain's. */
  region: 'NEWSWIRE_SEARCH_REGION',
  /** URL of the dead-letter queue that keeps documents the engine refused. */
  deadLetters: 'NEWSWIRE_SEARCH_DEAD_LETTERS',
} as const;

export interface ExportConfig {
  readonly endpoint: string;
  readonly index: string;
  readonly region: string;
  readonly deadLetterQueueUrl: string;
}

export function exportConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ExportConfig {
  const endpoint = env[EXPORT_ENV.endpoint];
  const deadLetterQueueUrl = env[EXPORT_ENV.deadLetters];
  if (!endpoint) throw new ExportConfigError(`environment variable ${EXPORT_ENV.endpoint} is required`);
  if (!deadLetterQueueUrl) throw new ExportConfigError(`environment variable ${EXPORT_ENV.deadLetters} is required`);
  const index = env[EXPORT_ENV.index] ?? DEFAULT_INDEX;
  if (!INDEX_NAME.test(index)) throw new ExportConfigError(`${EXPORT_ENV.index} is not a plain index name: '${index}'`);
  const region = env[EXPORT_ENV.region] ?? parseDomainEndpoint(endpoint)?.region ?? env.AWS_REGION;
  if (!region) throw new ExportConfigError(`environment variable ${EXPORT_ENV.region} is required for the endpoint ${endpoint}`);
  return { endpoint: originOf(endpoint), index, region, deadLetterQueueUrl };
}
