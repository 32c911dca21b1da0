import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { listingTime, summarize, versionRank, type StoryRecord } from '../story/index.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LazyS3 } from './s3.ts';
import { mapLimit } from './concurrency.ts';
import { storyFacets } from './facets.ts';
import {
  CURRENT_SK, FACET_SK_PREFIX, HASH_SK, facetPartitionFor, hashPk, listingSk, storyPk, versionSk,
} from './keys.ts';
import { MAX_INLINE_RECORD_BYTES, encodeRecord } from './record-codec.ts';
import { RECORDS_PREFIX } from './constants.ts';
import type { SaveResult, UploadRef } from './types.ts';

export interface WriteContext {
  readonly ddb: DynamoDBDocumentClient;
  readonly s3: LazyS3;
  readonly tableName: string;
  readonly bucketName: string;
}

const FACET_WRITE_CONCURRENCY = 8;

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
 */
export async function saveStory(ctx: WriteContext, record: StoryRecord, upload: UploadRef): Promise<SaveResult> {
  const { id, version } = record;
  const hash = record.source.contentHash;

  const claimant = { key: upload.key, versionId: upload.versionId, sequencer: upload.sequencer };
  if (!(await putIfAbsent(ctx, { pk: hashPk(hash), sk: HASH_SK, id, version, ...claimant }))) {
    const claim = await getItem(ctx, hashPk(hash), HASH_SK);
    // the same S3 event delivered again (at-least-once) carries the same key, version and sequencer;
    // the same file uploaded again is a new event, and a duplicate
    const sameUpload = claim?.key === claimant.key && claim?.versionId === claimant.versionId && claim?.sequencer === claimant.sequencer;
    if (!sameUpload) {
      return { status: 'duplicate', storyId: String(claim?.id ?? id), version: String(claim?.version ?? version),
        reason: `the same bytes were already uploaded as ${String(claim?.key ?? 'another file')}` };
    }
  }

  const rank = versionRank(record);
  const versionItem = await versionItemFor(ctx, record, rank, upload);
  if (!(await putIfAbsent(ctx, versionItem))) {
    const existing = await getItem(ctx, storyPk(id), versionSk(rank));
    if (existing?.contentHash !== hash) {
      return { status: 'duplicate', storyId: id, version,
        reason: `version ${version} of this story was already stored from ${String(existing?.uploadKey ?? 'another file')}` };
    }
  }

  const listedAt = listingTime(record, upload.receivedAt);
  const facets = storyFacets(record);
  let previousFacets: string[];
  try {
    const result = await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName,
      Item: {
        pk: storyPk(id), sk: CURRENT_SK, id, version, rank, versionSk: versionSk(rank),
        pubStatus: record.pubStatus, embargoedUntil: record.embargoedUntil ?? undefined,
        listedAt, facets, summary: summarize(record),
      },
      // a kill is final: nothing but the kill itself (redelivered) may replace a canceled CURRENT
      ConditionExpression: 'attribute_not_exists(pk) OR #rank = :rank OR (#rank < :rank AND #status <> :canceled)',
      ExpressionAttributeNames: { '#rank': 'rank', '#status': 'pubStatus' },
      ExpressionAttributeValues: { ':rank': rank, ':canceled': 'canceled' },
      ReturnValues: 'ALL_OLD',
    }));
    previousFacets = (result.Attributes?.facets as string[] | undefined) ?? [];
  } catch (error) {
    if (isConditionFailure(error)) return { status: 'stored', storyId: id, version, current: false };
    throw error;
  }

  const stale = previousFacets.filter((key) => !facets.includes(key));
  await mapLimit([...facets.map((key) => ({ key, put: true })), ...stale.map((key) => ({ key, put: false }))],
    FACET_WRITE_CONCURRENCY, ({ key, put }) => (put ? putFacet(ctx, id, rank, key, listedAt) : deleteFacet(ctx, id, rank, key)));
  return { status: 'stored', storyId: id, version, current: true };
}

async function versionItemFor(ctx: WriteContext, record: StoryRecord, rank: string, upload: UploadRef): Promise<Record<string, unknown>> {
  const encoded = encodeRecord(record);
  const base = {
    pk: storyPk(record.id), sk: versionSk(rank), id: record.id, version: record.version, rank,
    versionCreated: record.versionCreated, pubStatus: record.pubStatus, signals: record.signals,
    contentHash: record.source.contentHash, uploadKey: upload.key,
  };
  if (encoded.byteLength <= MAX_INLINE_RECORD_BYTES) return { ...base, record: encoded };
  const recordKey = `${RECORDS_PREFIX}${record.id}/${rank}.json.gz`;
  const { client, sdk } = await ctx.s3();
  await client.send(new sdk.PutObjectCommand({ Bucket: ctx.bucketName, Key: recordKey, Body: encoded, ContentType: 'application/json', ContentEncoding: 'gzip' }));
  return { ...base, recordKey };
}

async function putFacet(ctx: WriteContext, id: string, rank: string, key: string, listedAt: string): Promise<void> {
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName,
      Item: { pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}`, gsi1pk: facetPartitionFor(key, id), gsi1sk: listingSk(listedAt, id), id, rank },
      ConditionExpression: 'attribute_not_exists(pk) OR #rank <= :rank',
      ExpressionAttributeNames: { '#rank': 'rank' },
      ExpressionAttributeValues: { ':rank': rank },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // a newer version owns this entry
  }
}

async function deleteFacet(ctx: WriteContext, id: string, rank: string, key: string): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName,
      Key: { pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}` },
      ConditionExpression: 'attribute_exists(pk) AND #rank <= :rank',
      ExpressionAttributeNames: { '#rank': 'rank' },
      ExpressionAttributeValues: { ':rank': rank },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // gone already, or a newer version owns it
  }
}

export { isConditionFailure };
