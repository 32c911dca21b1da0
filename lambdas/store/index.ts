import type { StoreConfig } from './env.ts';
import { createDocumentClient, type Clients } from './clients.ts';
import type { CursorKey } from './cursor.ts';
import { cursorKeySource } from './cursor-key.ts';
import { lazyS3 } from './s3.ts';
import { bulkLoadStories as bulkLoad, saveStory, type BulkLoadOptions, type WriteContext } from './story-writes.ts';
import { getStory, getVersionRecord, listStories, listVersions } from './story-reads.ts';
import { searchStories } from './search-reads.ts';
import { retireUpload } from './story-retire.ts';
import { countUploads, listUploads, recordOutcome, getUpload } from './uploads.ts';
import { appendChange, readChanges, readFeed } from './changes.ts';
import { holdForEmbargo, releaseEmbargoes } from './embargoes.ts';
import { POSTING_BLOCKS, buildPostingBlocks, type PostingBlockOptions } from './posting-blocks.ts';
import type { ReadStore, Store, UploadRef } from './types.ts';
import type { StoryRecord } from '../story/index.ts';

export * from './types.ts';
export { ENV, configFromEnv, type StoreConfig } from './env.ts';
export { type Clients } from './clients.ts';
export { InvalidCursorError, NoSearchTermsError } from './errors.ts';
export { outcomeOfSaves } from './uploads.ts';
export { type CursorKey } from './cursor.ts';
export { RETENTION_DAYS as CHANGE_RETENTION_DAYS, VOID_AFTER_MS } from './changes.ts';
export { INCOMING_PREFIX, MAX_RECEIVES, MAX_UPLOAD_BYTES, RECORDS_PREFIX, REJECTED_PREFIX } from './constants.ts';
export { TABLE, createTableInput, LOCAL_TABLE_NAME } from './table.ts';
export { MAX_INDEXED_TERMS } from './search-index.ts';
export { POSTING_BLOCKS, type PostingBlockOptions } from './posting-blocks.ts';
export { type BulkLoadOptions } from './story-writes.ts';
export { type WriteRequest } from './table-writes.ts';

export interface StoreOptions {
  /** The cursor signing key. @default from the configuration (see cursor-key.ts) */
  readonly cursorKey?: CursorKey;
  /** When common terms get posting blocks. @default POSTING_BLOCKS */
  readonly blocks?: Partial<PostingBlockOptions>;
  /** The writers' clock. @default the system clock */
  readonly clock?: () => string;
}

function storeContext(cfg: StoreConfig, clients?: Clients, opts: StoreOptions = {}): WriteContext {
  const ddb = clients?.ddb ?? createDocumentClient(cfg);
  return {
    ddb, s3: lazyS3(cfg, clients?.s3), tableName: cfg.tableName, bucketName: cfg.bucketName,
    cursorKey: opts.cursorKey ?? cursorKeySource(cfg, ddb),
    clock: opts.clock ?? (() => new Date().toISOString()),
    blocks: { ...POSTING_BLOCKS, ...opts.blocks },
  };
}

const readsOf = (ctx: WriteContext): ReadStore => ({
  getStory: (id, now, version) => getStory(ctx, id, now, version),
  listVersions: (id, now) => listVersions(ctx, id, now),
  listStories: (query) => listStories(ctx, query),
  searchStories: (query) => searchStories(ctx, query),
  listUploads: (query) => listUploads(ctx, query),
  countUploads: () => countUploads(ctx),
  readChanges: (query) => readChanges(ctx, query),
  readFeed: (query) => readFeed(ctx, query),
});

/** The reads alone, for the API: nothing of the write path is bundled with it. */
export function createReadStore(cfg: StoreConfig, clients?: Clients, opts: StoreOptions = {}): ReadStore {
  return readsOf(storeContext(cfg, clients, opts));
}

/** The DynamoDB (and S3, for large records) store: reads and writes, for ingest and the CLI. */
export function createStore(cfg: StoreConfig, clients?: Clients, opts: StoreOptions = {}): Store {
  const ctx = storeContext(cfg, clients, opts);
  return {
    ...readsOf(ctx),
    saveStory: (record, upload, opts) => saveStory(ctx, record, upload, opts),
    retireUpload: (id, key, keep) => retireUpload(ctx, id, key, keep),
    getVersionRecord: (id, rank) => getVersionRecord(ctx, id, rank),
    getUpload: (key) => getUpload(ctx, key),
    recordOutcome: (outcome, sequencer) => recordOutcome(ctx, outcome, sequencer),
    appendChange: (draft, now) => appendChange(ctx, draft, now),
    holdForEmbargo: (held) => holdForEmbargo(ctx, held),
    releaseEmbargoes: (now) => releaseEmbargoes(ctx, now),
    buildPostingBlocks: (now) => buildPostingBlocks(ctx, now),
  };
}

/**
 * Writes many stories into an empty table at once: the items `saveStory` would write for each, in
 * unconditional batches. For the benchmark's 10,000-story corpus; never for a live table.
 */
export function bulkLoadStories(cfg: StoreConfig, clients: Clients | undefined, stories: readonly { record: StoryRecord; upload: UploadRef }[], opts?: BulkLoadOptions, storeOpts?: StoreOptions): Promise<void> {
  return bulkLoad(storeContext(cfg, clients, storeOpts), stories, opts);
}
