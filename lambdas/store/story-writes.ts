import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, UpdateCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { IndexTerm } from '../search/index.ts';
import { listingTime, summarize, versionRank, type StoryRecord } from '../story/index.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LazyS3 } from './s3.ts';
import type { CursorKey } from './cursor.ts';
import { mapLimit } from './concurrency.ts';
import { storyFacets } from './facets.ts';
import {
  CURRENT_SK, DF_SK, FACET_SK_PREFIX, countsForDf, HASH_SK, STATS_KEY, dfPk, facetPartitionFor, hashPk, listingSk, postingSk, storyPk, versionSk, padSequencer,
} from './keys.ts';
import { impactMap, postingItem, storyPostings } from './search-index.ts';
import { MAX_INLINE_RECORD_BYTES, encodeRecord } from './record-codec.ts';
import { RECORDS_PREFIX } from './constants.ts';
import type { SaveResult, UploadRef } from './types.ts';

export interface WriteContext {
  readonly ddb: DynamoDBDocumentClient;
  readonly s3: LazyS3;
  readonly tableName: string;
  readonly bucketName: string;
  /** The key cursors are signed with (reads only), loaded on first use. */
  readonly cursorKey: CursorKey;
}

const FACET_WRITE_CONCURRENCY = 8;
const COUNTER_WRITE_CONCURRENCY = 16;
const BATCH_WRITE_CONCURRENCY = 4;
const BULK_CHUNK = 250;
const BULK_WRITE_CONCURRENCY = 8;

const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

/** Puts an item only if absent; false when it was there already. */
async function putIfAbsent(ctx: WriteContext, item: Record<string, unknown>): Promise<boolean> {
  try {
    await ctx.ddb.send(new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

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

const getItem = async (ctx: WriteContext, pk: string, sk: string) =>
  (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;

/**
 * Stores one story version. There are no transactions (dynalite has none, ARCHITECTURE.md), so each
 * step is a conditional write that a redelivery of the same upload can repeat safely:
 *
 *   1. claim the content hash    – another upload with the same bytes → duplicate
 *   2. write the version item    – the same (id, version) from other bytes → duplicate
 *   3. move CURRENT forward      – only if this version ranks at or above it, and never past a kill
 *   4. list it under its facets  – each entry keeps the rank that wrote it, so an older version
 *                                  racing a newer one cannot overwrite or delete the newer's entries
 *   5. index its keywords        – see writeIndex
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

  const rank = versionRank(record);
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
  const postings = storyPostings(record, facets.length);
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
    if (isConditionFailure(error)) return { status: 'stored', storyId: id, version, current: false };
    throw error;
  }

  const previousFacets = (previous?.facets as string[] | undefined) ?? [];
  const stale = previousFacets.filter((key) => !facets.includes(key));
  await mapLimit([...facets.map((key) => ({ key, put: true })), ...stale.map((key) => ({ key, put: false }))],
    FACET_WRITE_CONCURRENCY, ({ key, put }) => (put ? putFacet(ctx, id, rank, key, listedAt) : deleteFacet(ctx, id, rank, key, killed)));
  await writeIndex(ctx, id, rank, postings, previous);
  return { status: 'stored', storyId: id, version, current: true };
}

/** The CURRENT item: what every read verifies against, and the impacts a search scores with. */
function currentItem(record: StoryRecord, rank: string, listedAt: string, facets: string[], postings: readonly IndexTerm[]): Record<string, unknown> {
  return {
    pk: storyPk(record.id), sk: CURRENT_SK, id: record.id, version: record.version, rank, versionSk: versionSk(rank),
    pubStatus: record.pubStatus, embargoedUntil: record.embargoedUntil ?? undefined,
    listedAt, facets, ti: impactMap(postings), summary: summarize(record),
  };
}

/**
 * Keyword postings and their counters, after CURRENT moved to this version:
 *
 *   1. put this version's postings        – keyed by rank, so no other version's entry is touched;
 *                                            a redelivery puts the same items again
 *   2. delete the replaced version's      – named by the old CURRENT (its rank and terms)
 *   3. adjust document frequencies        – for the stories in the df sample (keys.ts), by the
 *                                            difference between the old CURRENT's terms and these:
 *                                            a redelivery finds its own CURRENT there and changes
 *                                            nothing, so counts are never doubled
 *   4. if a newer version became CURRENT meanwhile, take this version's postings back: the newer
 *      one may have deleted them before they were written
 */
async function writeIndex(ctx: WriteContext, id: string, rank: string, postings: readonly IndexTerm[], previous: Record<string, unknown> | undefined): Promise<void> {
  const previousRank = previous?.rank as string | undefined;
  const previousTerms = Object.keys((previous?.ti as Record<string, number> | undefined) ?? {});
  await batchWrite(ctx, postings.map((p) => ({ PutRequest: { Item: postingItem(id, rank, p) } })));
  const now = new Set(postings.map((p) => p.term));
  // the replaced version's postings go; so do a re-parsed version's terms that it no longer has
  const gone = previousRank === rank ? previousTerms.filter((term) => !now.has(term)) : previousTerms;
  if (previousRank !== undefined && gone.length > 0) {
    await batchWrite(ctx, gone.map((term) => ({ DeleteRequest: { Key: { pk: storyPk(id), sk: postingSk(previousRank, term) } } })));
  }

  const before = new Set(previousTerms);
  const deltas: [string, number][] = !countsForDf(id) ? [] : [
    ...[...now].filter((t) => !before.has(t)).map((t): [string, number] => [t, 1]),
    ...[...before].filter((t) => !now.has(t)).map((t): [string, number] => [t, -1]),
  ];
  const docsDelta = (now.size > 0 ? 1 : 0) - (before.size > 0 ? 1 : 0);
  await mapLimit(deltas, COUNTER_WRITE_CONCURRENCY, ([term, delta]) => addTo(ctx, { pk: dfPk(term), sk: DF_SK }, 'df', delta));
  if (docsDelta !== 0) await addTo(ctx, STATS_KEY, 'docs', docsDelta);

  if (postings.length > 0) {
    const current = await ctx.ddb.send(new GetCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: CURRENT_SK }, ConsistentRead: true,
      ProjectionExpression: '#rank', ExpressionAttributeNames: { '#rank': 'rank' },
    }));
    if (current.Item?.rank !== rank) {
      await batchWrite(ctx, postings.map((p) => ({ DeleteRequest: { Key: { pk: storyPk(id), sk: postingSk(rank, p.term) } } })));
    }
  }
}

const addTo = (ctx: WriteContext, key: { pk: string; sk: string }, counter: string, delta: number) =>
  ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: key, UpdateExpression: 'ADD #c :d',
    ExpressionAttributeNames: { '#c': counter }, ExpressionAttributeValues: { ':d': delta },
  }));

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };
const BATCH_WRITE_MAX = 25;

/** BatchWriteItem in chunks of 25, a few in flight, retrying what DynamoDB leaves unprocessed. */
export async function batchWrite(ctx: WriteContext, requests: readonly WriteRequest[], concurrency = BATCH_WRITE_CONCURRENCY): Promise<void> {
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) chunks.push(requests.slice(i, i + BATCH_WRITE_MAX));
  await mapLimit(chunks, concurrency, async (chunk) => {
    let pending: WriteRequest[] | undefined = chunk;
    for (let attempt = 0; pending && pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result: BatchWriteCommandOutput = await ctx.ddb.send(new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }));
      pending = result.UnprocessedItems?.[ctx.tableName] as WriteRequest[] | undefined;
    }
  });
}

/**
 * Loads stories into an empty table fast, for the benchmark: the very items `saveStory` writes for
 * one version of each story (hash claim, version, CURRENT, facets, postings) and the counters they
 * add up to, in unconditional batches. Only for a table that holds none of these stories yet.
 */
export async function bulkLoadStories(ctx: WriteContext, stories: readonly { record: StoryRecord; upload: UploadRef }[]): Promise<void> {
  const df = new Map<string, number>();
  let docs = 0;
  // a few hundred stories at a time: the items of 10,000 would hold a gigabyte of heap
  for (let start = 0; start < stories.length; start += BULK_CHUNK) {
    const items: WriteRequest[] = [];
    for (const { record, upload } of stories.slice(start, start + BULK_CHUNK)) {
      const rank = versionRank(record);
      const listedAt = listingTime(record, upload.receivedAt);
      const facets = storyFacets(record);
      const postings = storyPostings(record, facets.length);
      items.push(
        { PutRequest: { Item: { pk: hashPk(record.source.contentHash), sk: HASH_SK, id: record.id, version: record.version, key: upload.key, versionId: upload.versionId, sequencer: upload.sequencer } } },
        { PutRequest: { Item: await versionItemFor(ctx, record, rank, upload) } },
        { PutRequest: { Item: currentItem(record, rank, listedAt, facets, postings) } },
        ...facets.map((key) => ({ PutRequest: { Item: facetItem(record.id, rank, key, listedAt) } })),
        ...postings.map((p) => ({ PutRequest: { Item: postingItem(record.id, rank, p) } })),
      );
      if (countsForDf(record.id)) for (const { term } of postings) df.set(term, (df.get(term) ?? 0) + 1);
      if (postings.length > 0) docs += 1;
    }
    await batchWrite(ctx, items, BULK_WRITE_CONCURRENCY);
  }
  await batchWrite(ctx, [
    ...[...df].map(([term, count]) => ({ PutRequest: { Item: { pk: dfPk(term), sk: DF_SK, df: count } } })),
    { PutRequest: { Item: { ...STATS_KEY, docs } } },
  ], BULK_WRITE_CONCURRENCY);
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

const facetItem = (id: string, rank: string, key: string, listedAt: string): Record<string, unknown> => ({
  pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}`, gsi1pk: facetPartitionFor(key, id), gsi1sk: listingSk(listedAt, id), id, rank,
});

async function putFacet(ctx: WriteContext, id: string, rank: string, key: string, listedAt: string): Promise<void> {
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName,
      Item: facetItem(id, rank, key, listedAt),
      ConditionExpression: 'attribute_not_exists(pk) OR #rank <= :rank',
      ExpressionAttributeNames: { '#rank': 'rank' },
      ExpressionAttributeValues: { ':rank': rank },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // a newer version owns this entry
  }
}

/** Takes a listing entry away, unless a newer version owns it; a kill takes every entry away. */
async function deleteFacet(ctx: WriteContext, id: string, rank: string, key: string, killed = false): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName,
      Key: { pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}` },
      ...(killed
        ? { ConditionExpression: 'attribute_exists(pk)' }
        : { ConditionExpression: 'attribute_exists(pk) AND #rank <= :rank', ExpressionAttributeNames: { '#rank': 'rank' }, ExpressionAttributeValues: { ':rank': rank } }),
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // gone already, or a newer version owns it
  }
}

export { isConditionFailure };
