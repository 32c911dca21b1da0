import { S3Client } from '@aws-sdk/client-s3';
import { createDocumentClient, s3ClientConfig, type Clients } from './clients.ts';
import type { StoreConfig } from './env.ts';

/** Both clients, loaded eagerly: for the ingest handler, the command line, the local stack and tests. */
export function createClients(cfg: StoreConfig): Clients {
  return { s3: new S3Client(s3ClientConfig(cfg)), ddb: createDocumentClient(cfg) };
}
