import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { UPLOAD_STATUSES, type UploadStatus } from '../story/index.ts';
import { isConditionFailure, type WriteContext } from './table-writes.ts';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.ts';
import { listingPosition } from './story-reads.ts';
import { REJECTED_PREFIX } from './constants.ts';
import { isUnavailable } from './unavailable.ts';
import { UPLOADS_PARTITION, UPLOAD_SK, uploadPk, uploadsByStatusPartition, padSequencer } from './keys.ts';
import type { Page, SaveResult, UploadOutcome } from './types.ts';

/**
 * Records one upload's outcome. A key written twice has two events; the outcome of the later write
 * (by sequencer) stands even when the earlier one is processed last.
 */
export async function recordOutcome(ctx: WriteContext, outcome: UploadOutcome, sequencer: string | null): Promise<void> {
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName,
      Item: {
        pk: uploadPk(outcome.key), sk: UPLOAD_SK,
        gsi1pk: UPLOADS_PARTITION, gsi1sk: outcome.key,
        gsi2pk: uploadsByStatusPartition(outcome.status), gsi2sk: outcome.key,
        ...outcome, sequencer: padSequencer(sequencer),
      },
      ConditionExpression: 'attribute_not_exists(pk) OR sequencer <= :seq',
      ExpressionAttributeValues: { ':seq': padSequencer(sequencer) },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // a later write of this key has its outcome already
  }
  if (outcome.status === 'rejected') await writeReport(ctx, outcome);
}

/** S3 takes keys of up to 1,024 bytes; a local stand-in stores a key segment as a file name (255 bytes at most). */
const MAX_KEY_BYTES = 1024;
const MAX_SEGMENT_BYTES = 200;
const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Where a rejection's report goes: `rejected/<key>.json` beside the upload's own key, unless that would not
 * fit (a key near S3's limit, a segment near a file name's); then `rejected/long-keys/<sha256 of the key>.json`,
 * which always does. The report names the key either way.
 */
export function reportKey(key: string): string {
  const beside = `${REJECTED_PREFIX}${key}.json`;
  if (utf8Length(beside) <= MAX_KEY_BYTES && beside.split('/').every((segment) => utf8Length(segment) <= MAX_SEGMENT_BYTES)) return beside;
  return `${REJECTED_PREFIX}long-keys/${createHash('sha256').update(key).digest('hex')}.json`;
}

/**
 * The report beside the upload, for people who look in the bucket rather than the API. The outcome just
 * recorded is the record; the report is best effort: a store that is unavailable is retried with the
 * message (recording the outcome again changes nothing), any other refusal leaves the upload decided.
 */
async function writeReport(ctx: WriteContext, outcome: UploadOutcome): Promise<void> {
  const { client, sdk } = await ctx.s3();
  try {
    await client.send(new sdk.PutObjectCommand({
      Bucket: ctx.bucketName, Key: reportKey(outcome.key),
      Body: JSON.stringify(outcome, null, 2), ContentType: 'application/json',
    }));
  } catch (error) {
    if (isUnavailable(error)) throw error;
  }
}

/** Uploads in key order, optionally by status and key prefix. */
export async function listUploads(
  ctx: WriteContext,
  query: { status?: UploadStatus; keyPrefix?: string; limit: number; cursor?: string },
): Promise<Page<UploadOutcome>> {
  const [index, pkName, skName, partition] = query.status
    ? ['gsi2', 'gsi2pk', 'gsi2sk', uploadsByStatusPartition(query.status)]
    : ['gsi1', 'gsi1pk', 'gsi1sk', UPLOADS_PARTITION];
  const queryId = queryFingerprint(['uploads', query.status ?? null, query.keyPrefix ?? null]);
  const after = query.cursor ? listingPosition(await decodeCursor(ctx.cursorKey, query.cursor, queryId)) : undefined;
  const prefix = query.keyPrefix ?? '';
  const items: UploadOutcome[] = [];
  let start: Record<string, unknown> | undefined = after === undefined ? undefined : { pk: uploadPk(after), sk: UPLOAD_SK, [pkName]: partition, [skName]: after };
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, IndexName: index,
      KeyConditionExpression: prefix ? '#pk = :pk AND begins_with(#sk, :prefix)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': pkName, ...(prefix ? { '#sk': skName } : {}) },
      ExpressionAttributeValues: { ':pk': partition, ...(prefix ? { ':prefix': prefix } : {}) },
      Limit: query.limit - items.length, ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) items.push(toOutcome(item));
    start = page.LastEvaluatedKey;
  } while (start && items.length < query.limit);
  const last = items.at(-1);
  return { items, nextCursor: start && last ? await encodeCursor(ctx.cursorKey, queryId, { a: last.key }) : null };
}

/** Pages a count reads per status at most (each up to 1 MB of outcomes, a few thousand); past them it is a lower bound. */
const MAX_COUNT_PAGES = 50;

/**
 * How many uploads ended in each status: a COUNT query per status partition (gsi2), which DynamoDB
 * answers without sending the items, a few thousand outcomes a request. `complete` is false when a
 * status had more than MAX_COUNT_PAGES pages, and its figure is a lower bound.
 */
export async function countUploads(ctx: WriteContext): Promise<{ counts: Record<UploadStatus, number>; complete: boolean }> {
  let complete = true;
  const counts = await Promise.all(UPLOAD_STATUSES.map(async (status) => {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    for (let pages = 0; ; pages++) {
      if (pages === MAX_COUNT_PAGES) {
        complete = false;
        break;
      }
      const page = await ctx.ddb.send(new QueryCommand({
        TableName: ctx.tableName, IndexName: 'gsi2', Select: 'COUNT',
        KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': uploadsByStatusPartition(status) },
        ExclusiveStartKey: start,
      }));
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
      if (!start) break;
    }
    return [status, count] as const;
  }));
  return { counts: Object.fromEntries(counts) as Record<UploadStatus, number>, complete };
}

/** One upload's outcome with the S3 sequencer it was recorded under (to record it again in its place). */
export async function getUpload(ctx: WriteContext, key: string): Promise<{ outcome: UploadOutcome; sequencer: string | null } | null> {
  const item = (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk: uploadPk(key), sk: UPLOAD_SK }, ConsistentRead: true }))).Item;
  return item ? { outcome: toOutcome(item), sequencer: (item.sequencer as string | undefined) ?? null } : null;
}

const toOutcome = (item: Record<string, unknown>): UploadOutcome => ({
  key: String(item.key), status: item.status as UploadStatus, storyId: (item.storyId as string | null) ?? null,
  // outcomes recorded before storyIds existed name their one story
  storyIds: (item.storyIds as string[] | undefined) ?? (item.storyId ? [String(item.storyId)] : []),
  code: (item.code as UploadOutcome['code']) ?? null, reason: (item.reason as string | null) ?? null,
  receivedAt: String(item.receivedAt), etag: (item.etag as string | null) ?? null, versionId: (item.versionId as string | null) ?? null,
});

/** The outcome of an upload whose stories were all saved: stored when any was, else a duplicate of the first. */
export function outcomeOfSaves(base: Pick<UploadOutcome, 'key' | 'receivedAt' | 'etag' | 'versionId'>, saves: readonly SaveResult[]): UploadOutcome {
  const stored = saves.find((saved) => saved.status === 'stored');
  const first = saves[0];
  if (!first) throw new Error(`no story was saved from ${base.key}`);
  const storyIds = [...new Set(saves.map((saved) => saved.storyId))];
  return stored
    ? { ...base, status: 'stored', storyId: stored.storyId, storyIds, code: null, reason: null }
    : { ...base, status: 'duplicate', storyId: first.storyId, storyIds, code: null, reason: first.status === 'duplicate' ? first.reason : null };
}
