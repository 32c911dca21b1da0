import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { StoreConfig } from './env.ts';
import { retryWithoutQuota } from './retry.ts';

export interface Clients {
  readonly s3: S3Client;
  readonly ddb: DynamoDBDocumentClient;
}

/**
 * Attempts per request. Above the SDK's default 3: a throttled write retried in place is far
 * cheaper than the whole message going back to the queue. See retry.ts for why there is no quota.
 */
const MAX_ATTEMPTS = 5;

// s3rver accepts only this access key; dynalite accepts any (research/local-emulators.md)
const localCredentials = (cfg: StoreConfig) => (cfg.endpoints ? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } : undefined);

/** The only place that knows an endpoint means a local stand-in. */
export function s3ClientConfig(cfg: StoreConfig): S3ClientConfig {
  const local = cfg.endpoints !== undefined;
  return {
    region: cfg.region,
    endpoint: cfg.endpoints?.s3,
    forcePathStyle: local,
    credentials: localCredentials(cfg),
    retryStrategy: retryWithoutQuota(MAX_ATTEMPTS),
    // s3rver stores the aws-chunked framing of streamed uploads inside the object (research/local-emulators.md)
    requestChecksumCalculation: local ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
    responseChecksumValidation: local ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
  };
}

export function createDocumentClient(cfg: StoreConfig): DynamoDBDocumentClient {
  const dynamodb = new DynamoDBClient({ region: cfg.region, endpoint: cfg.endpoints?.dynamodb, credentials: localCredentials(cfg), retryStrategy: retryWithoutQuota(MAX_ATTEMPTS) });
  return DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } });
}
