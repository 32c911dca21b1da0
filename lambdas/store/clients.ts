import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { StoreConfig } from './env.ts';

export interface Clients {
  readonly s3: S3Client;
  readonly ddb: DynamoDBDocumentClient;
}

/** The only place that knows an endpoint means a local stand-in. */
export function createClients(cfg: StoreConfig): Clients {
  const local = cfg.endpoints !== undefined;
  // s3rver accepts only this access key; dynalite accepts any (research/local-emulators.md)
  const credentials = local ? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } : undefined;
  const s3 = new S3Client({
    region: cfg.region,
    endpoint: cfg.endpoints?.s3,
    forcePathStyle: local,
    credentials,
    // s3rver stores the aws-chunked framing of streamed uploads inside the object (research/local-emulators.md)
    requestChecksumCalculation: local ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
    responseChecksumValidation: local ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
  });
  const dynamodb = new DynamoDBClient({ region: cfg.region, endpoint: cfg.endpoints?.dynamodb, credentials });
  const ddb = DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } });
  return { s3, ddb };
}
