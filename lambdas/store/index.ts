import type { StoreConfig } from './env.ts';
import { createDocumentClient, type Clients } from './clients.ts';
import { lazyS3 } from './s3.ts';
import { saveStory, type WriteContext } from './story-writes.ts';
import { getStory, listStories, listVersions } from './story-reads.ts';
import { listUploads, recordOutcome } from './uploads.ts';
import type { Store } from './types.ts';

export * from './types.ts';
export { ENV, configFromEnv, type StoreConfig } from './env.ts';
export { type Clients } from './clients.ts';
export { InvalidCursorError } from './errors.ts';
export { INCOMING_PREFIX, MAX_RECEIVES, MAX_UPLOAD_BYTES, RECORDS_PREFIX, REJECTED_PREFIX } from './constants.ts';
export { TABLE, createTableInput, LOCAL_TABLE_NAME } from './table.ts';

/** The DynamoDB (and S3, for large records) store behind both handlers. */
export function createStore(cfg: StoreConfig, clients?: Clients): Store {
  const ctx: WriteContext = {
    ddb: clients?.ddb ?? createDocumentClient(cfg), s3: lazyS3(cfg, clients?.s3), tableName: cfg.tableName, bucketName: cfg.bucketName,
  };
  return {
    saveStory: (record, upload) => saveStory(ctx, record, upload),
    recordOutcome: (outcome, sequencer) => recordOutcome(ctx, outcome, sequencer),
    getStory: (id, now) => getStory(ctx, id, now),
    listVersions: (id) => listVersions(ctx, id),
    listStories: (query) => listStories(ctx, query),
    listUploads: (query) => listUploads(ctx, query),
  };
}
