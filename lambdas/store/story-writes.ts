import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LANGUAGE, analysisOf, type IndexTerm } from '../search/index.ts';
import { listingTime, summarize, versionRank, type StoryRecord } from '../story/index.ts';
import { facetItem } from './facet-writes.ts';
import { storyFacets } from './facets.ts';
import { indexVersion, indexedItem, stateOfCurrent } from './index-writes.ts';
import { CURRENT_SK, DF_SK, HASH_SK, STATS_ANALYSES, STATS_KEY, VERSION_SK_PREFIX, countsForDf, dfPk, hashPk, storyPk, versionSk, padSequencer } from './keys.ts';
import { commonEnough, queuedFields } from './posting-blocks.ts';
import { impactMap, postingItem, storyPostings } from './search-index.ts';
import { MAX_INLINE_RECORD_BYTES, encodeRecord } from './record-codec.ts';
import { RECORDS_PREFIX } from './constants.ts';
import { batchWrite, getItem, isConditionFailure, putIfAbsent, type WriteContext, type WriteRequest } from './table-writes.ts';
import type { SaveResult, UploadRef } from './types.ts';

export type { WriteContext };

const BULK_CHUNK = 250;
const BULK_WRITE_CONCURRENCY = 8;

export interface SaveOptions {
  /**
   * Re-parsing an upload already stored (`newswire reindex`): the version item is replaced when it
   * came from the same bytes, and the content-hash claim is left as it is.
   */
  readonly replace?: boolean;
}

/** Puts a version item unless the same version came from other bytes; false then. */
async function putIfSameBytes(ctx: WriteContext, item: Record<string, unknown>, hash: string): Promise<boolean> {
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName, Item: item,
      ConditionExpression: 'attribute_not_exists(pk) OR contentHash = :hash', ExpressionAttributeValues: { ':hash': hash },
    }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Stores one story version. There are no transactions (dynalite has none, ARCHITECTURE.md), so each
 * step is a conditional write that a redelivery of the same upload can repeat safely:
 *
 *   1. claim the content hash    – another upload with the same bytes → duplicate
 *   2. write the version item    – the same (id, version) from other bytes → duplicate
 *   3. move CURRENT forward      – only if this version ranks at or above it, and never past a kill
 *   4. list and index it         – facet entries and keyword postings, then the counters, then the
 *                                  replaced version's entries go (index-writes.ts indexVersion)
 */
export async function saveStory(ctx: WriteContext, record: StoryRecord, upload: UploadRef, opts: SaveOptions = {}): Promise<SaveResult> {
  const { id, version } = record;
  const hash = record.source.contentHash;

  const claimant = { key: upload.key, versionId: upload.versionId, sequencer: upload.sequencer };
  if (!(await putIfAbsent(ctx, { pk: hashPk(hash), sk: HASH_SK, id, version, ...claimant }))) {
    const claim = await getItem(ctx, hashPk(hash), HASH_SK);
    // the same S3 event delivered again (at-least-once) carries the same key, version and sequencer;
    // the same file uploaded again is a new event, and a duplicate. A reindex runs the very upload
    // that holds the claim again (its sequencer as the outcome keeps it, padded).
    const sameObject = claim?.key === claimant.key && claim?.versionId === claimant.versionId;
    const sameUpload = sameObject && (opts.replace || padSequencer(claim?.sequencer as string | null) === padSequencer(claimant.sequencer));
    if (!sameUpload) {
      return { status: 'duplicate', storyId: String(claim?.id ?? id), version: String(claim?.version ?? version),
        reason: `the same bytes were already uploaded as ${String(claim?.key ?? 'another file')}` };
    }
  }

  const rank = versionRank(record, upload.receivedAt);
  const versionItem = await versionItemFor(ctx, record, rank, upload);
  if (!(opts.replace ? await putIfSameBytes(ctx, versionItem, hash) : await putIfAbsent(ctx, versionItem))) {
    const existing = await getItem(ctx, storyPk(id), versionSk(rank));
    if (existing?.contentHash !== hash) {
      return { status: 'duplicate', storyId: id, version,
        reason: `version ${version} of this story was already stored from ${String(existing?.uploadKey ?? 'another file')}` };
    }
  }

  const killed = record.pubStatus === 'canceled';
  const listedAt = listingTime(record, upload.receivedAt);
  const facets = storyFacets(record);
  const postings = storyPostings(record);
  let previous: Record<string, unknown> | undefined;
  try {
    const result = await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName,
      Item: currentItem(record, rank, listedAt, facets, postings),
      // a kill is final: nothing but the kill itself (redelivered) may replace a canceled CURRENT;
      // and a kill takes the story down whatever version is current, even one that ranks above it
      ConditionExpression: killed
        ? 'attribute_not_exists(pk) OR #rank = :rank OR #status <> :canceled'
        : 'attribute_not_exists(pk) OR #rank = :rank OR (#rank < :rank AND #status <> :canceled)',
      ExpressionAttributeNames: { '#rank': 'rank', '#status': 'pubStatus' },
      ExpressionAttributeValues: { ':rank': rank, ':canceled': 'canceled' },
      ReturnValues: 'ALL_OLD',
    }));
    previous = result.Attributes;
  } catch (error) {
    if (isConditionFailure(error)) return { status: 'stored', storyId: id, version, current: false, rank, firstVersion: false };
    throw error;
  }

  await indexVersion(ctx, { id, rank, terms: postings.map((p) => p.term), facets, postings, listedAt, killed, analysis: analysisOf(record.language) }, previous ? stateOfCurrent(previous) : undefined);
  return { status: 'stored', storyId: id, version, current: true, rank, firstVersion: await lowestRank(ctx, id) === rank };
}

/** The rank of the story's first version stored (its lowest); a redelivery answers as the first delivery did. */
async function lowestRank(ctx: WriteContext, id: string): Promise<string | null> {
  const first = await ctx.ddb.send(new QueryCommand({
    TableName: ctx.tableName, ConsistentRead: true, Limit: 1, ProjectionExpression: '#rank', ExpressionAttributeNames: { '#rank': 'rank' },
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)', ExpressionAttributeValues: { ':pk': storyPk(id), ':v': VERSION_SK_PREFIX },
  }));
  return (first.Items?.[0]?.rank as string | undefined) ?? null;
}

/** The CURRENT item: what every read verifies against, and the impacts a search scores with. */
export function currentItem(record: StoryRecord, rank: string, listedAt: string, facets: string[], postings: readonly IndexTerm[]): Record<string, unknown> {
  return {
    pk: storyPk(record.id), sk: CURRENT_SK, id: record.id, version: record.version, rank, versionSk: versionSk(rank),
    pubStatus: record.pubStatus, embargoedUntil: record.embargoedUntil ?? undefined,
    listedAt, facets, ti: impactMap(postings), summary: summarize(record),
    // its index and counters are tracked by the story's INDEXED item (index-writes.ts)
    tracked: true,
  };
}

export interface BulkLoadOptions {
  /** Told the number of stories loaded after each chunk. */
  readonly progress?: (loaded: number) => void;
  /** Where the items go; by default unconditional `BatchWriteItem`s through the table's API. */
  readonly write?: (items: readonly WriteRequest[]) => Promise<void>;
}

/**
 * Loads stories into an empty table fast, for the benchmark: the very items `saveStory` writes for
 * one version of each story (hash claim, version, CURRENT, INDEXED, facets, postings) and the counters they
 * add up to, in unconditional batches. Only for a table that holds none of these stories yet.
 */
export async function bulkLoadStories(ctx: WriteContext, stories: readonly { record: StoryRecord; upload: UploadRef }[], opts: BulkLoadOptions = {}): Promise<void> {
  const write = opts.write ?? ((items: readonly WriteRequest[]) => batchWrite(ctx, items, BULK_WRITE_CONCURRENCY));
  const df = new Map<string, number>();
  let docs = 0;
  const analyses = new Set<string>();
  // a few hundred stories at a time: the items of 10,000 would hold a gigabyte of heap
  for (let start = 0; start < stories.length; start += BULK_CHUNK) {
    const items: WriteRequest[] = [];
    for (const { record, upload } of stories.slice(start, start + BULK_CHUNK)) {
      const rank = versionRank(record, upload.receivedAt);
      const listedAt = listingTime(record, upload.receivedAt);
      const facets = storyFacets(record);
      const postings = storyPostings(record);
      items.push(
        { PutRequest: { Item: { pk: hashPk(record.source.contentHash), sk: HASH_SK, id: record.id, version: record.version, key: upload.key, versionId: upload.versionId, sequencer: upload.sequencer } } },
        { PutRequest: { Item: await versionItemFor(ctx, record, rank, upload) } },
        { PutRequest: { Item: currentItem(record, rank, listedAt, facets, postings) } },
        { PutRequest: { Item: indexedItem(record.id, { rank, terms: postings.map((p) => p.term), facets }, [], record.pubStatus === 'canceled') } },
        ...facets.map((key) => ({ PutRequest: { Item: facetItem(record.id, rank, key, listedAt) } })),
        // written when the story arrived, as far as the blocks' `since` is concerned
        ...postings.map((p) => ({ PutRequest: { Item: postingItem(record.id, rank, p, upload.receivedAt) } })),
      );
      if (countsForDf(record.id)) for (const { term } of postings) df.set(term, (df.get(term) ?? 0) + 1);
      if (postings.length > 0) docs += 1;
      if (postings.length > 0 && analysisOf(record.language) !== DEFAULT_LANGUAGE) analyses.add(analysisOf(record.language));
    }
    await write(items);
    opts.progress?.(Math.min(stories.length, start + BULK_CHUNK));
  }
  await write([
    // a term common enough is queued for its posting blocks at once (posting-blocks.ts)
    ...[...df].map(([term, count]) => ({ PutRequest: { Item: { pk: dfPk(term), sk: DF_SK, df: count, pending: count, ...(commonEnough(ctx, count) ? queuedFields(term) : {}) } } })),
    { PutRequest: { Item: { ...STATS_KEY, docs, ...(analyses.size > 0 ? { [STATS_ANALYSES]: analyses } : {}) } } },
  ]);
}

async function versionItemFor(ctx: WriteContext, record: StoryRecord, rank: string, upload: UploadRef): Promise<Record<string, unknown>> {
  const encoded = encodeRecord(record);
  const base = {
    pk: storyPk(record.id), sk: versionSk(rank), id: record.id, version: record.version, rank,
    versionCreated: record.versionCreated, pubStatus: record.pubStatus, signals: record.signals,
    contentHash: record.source.contentHash, uploadKey: upload.key,
  };
  if (encoded.byteLength <= MAX_INLINE_RECORD_BYTES) return { ...base, record: encoded };
  // the content hash in the key: a duplicate (same version, other bytes) must not overwrite the body
  // before its version item's condition has turned it away
  const recordKey = `${RECORDS_PREFIX}${record.id}/${rank}/${record.source.contentHash.slice(0, 16)}.json.gz`;
  const { client, sdk } = await ctx.s3();
  await client.send(new sdk.PutObjectCommand({ Bucket: ctx.bucketName, Key: recordKey, Body: encoded, ContentType: 'application/json', ContentEncoding: 'gzip' }));
  return { ...base, recordKey };
}
