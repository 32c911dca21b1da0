import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { listingTime, type StoryRecord } from '../story/index.ts';
import { mapLimit } from './concurrency.ts';
import { deleteFacet } from './facet-writes.ts';
import { storyFacets } from './facets.ts';
import { indexVersion, stateOfCurrent } from './index-writes.ts';
import { CURRENT_SK, INDEXED_SK, VERSION_SK_PREFIX, storyPk } from './keys.ts';
import { storyPostings } from './search-index.ts';
import { getVersionRecord } from './story-reads.ts';
import { currentItem } from './story-writes.ts';
import { getItem, isConditionFailure, type WriteContext } from './table-writes.ts';
import { getUpload } from './uploads.ts';

const FACET_WRITE_CONCURRENCY = 8;

/**
 * Takes away the versions of a story that came from one upload, after the upload was parsed again
 * (`newswire reindex`) and no longer gives that story (today's parser names it differently). When
 * one of them was CURRENT, the story goes back to its newest remaining version; when none remains,
 * the story is gone (404), with its listing entries, postings and counts. Each step is conditional
 * and repeats safely. Returns whether anything was taken away.
 */
export async function retireUpload(ctx: WriteContext, id: string, key: string): Promise<boolean> {
  const versions = await versionItems(ctx, id);
  const retired = versions.filter((v) => v.uploadKey === key);
  if (retired.length === 0) return false;
  for (const v of retired) await deleteVersion(ctx, id, v, key);

  const current = await getItem(ctx, storyPk(id), CURRENT_SK);
  const retiredRanks = new Set(retired.map((v) => v.rank));
  if (!current || !retiredRanks.has(String(current.rank))) return true;

  const best = versions.filter((v) => v.uploadKey !== key).sort((a, b) => (a.rank < b.rank ? 1 : -1))[0];
  const record = best ? await getVersionRecord(ctx, id, best.rank) : null;
  if (!best || !record) {
    await takeDown(ctx, id, current);
    return true;
  }
  await rewindTo(ctx, record, best, current);
  return true;
}

interface VersionRef { rank: string; uploadKey: string; recordKey?: string }

async function versionItems(ctx: WriteContext, id: string): Promise<VersionRef[]> {
  const out: VersionRef[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, ConsistentRead: true,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': storyPk(id), ':v': VERSION_SK_PREFIX },
      ProjectionExpression: '#rank, uploadKey, recordKey', ExpressionAttributeNames: { '#rank': 'rank' },
      ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) out.push({ rank: String(item.rank), uploadKey: String(item.uploadKey), ...(item.recordKey ? { recordKey: String(item.recordKey) } : {}) });
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

async function deleteVersion(ctx: WriteContext, id: string, v: VersionRef, key: string): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: `${VERSION_SK_PREFIX}${v.rank}` },
      ConditionExpression: 'uploadKey = :key', ExpressionAttributeValues: { ':key': key },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error; // gone already, or stored again from another upload
  }
  if (v.recordKey) {
    const { client, sdk } = await ctx.s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: ctx.bucketName, Key: v.recordKey }));
  }
}

/** No version remains: CURRENT, listing entries, postings and counts go, and the INDEXED item last. */
async function takeDown(ctx: WriteContext, id: string, current: Record<string, unknown>): Promise<void> {
  const rank = String(current.rank);
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: CURRENT_SK },
      ConditionExpression: '#rank = :rank', ExpressionAttributeNames: { '#rank': 'rank' }, ExpressionAttributeValues: { ':rank': rank },
    }));
  } catch (error) {
    if (isConditionFailure(error)) return; // a version arrived meanwhile and is CURRENT now
    throw error;
  }
  // indexed as an empty kill: every entry goes, the counters move from its terms to none
  await indexVersion(ctx, { id, rank, terms: [], facets: [], postings: [], listedAt: String(current.listedAt), killed: true }, current);
  await ctx.ddb.send(new DeleteCommand({ TableName: ctx.tableName, Key: { pk: storyPk(id), sk: INDEXED_SK } }));
}

/** CURRENT back to the newest remaining version, only while it still names the retired one; the index follows. */
async function rewindTo(ctx: WriteContext, record: StoryRecord, best: VersionRef, current: Record<string, unknown>): Promise<void> {
  const receivedAt = (await getUpload(ctx, best.uploadKey))?.outcome.receivedAt ?? String(current.listedAt);
  const listedAt = listingTime(record, receivedAt);
  const facets = storyFacets(record);
  const postings = storyPostings(record, facets.length);
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName, Item: currentItem(record, best.rank, listedAt, facets, postings),
      ConditionExpression: '#rank = :rank', ExpressionAttributeNames: { '#rank': 'rank' }, ExpressionAttributeValues: { ':rank': current.rank },
    }));
  } catch (error) {
    if (isConditionFailure(error)) return; // CURRENT moved on meanwhile
    throw error;
  }
  // the retired version's listing entries carry its higher rank, which the rank-guarded writes respect: they go first
  const { facets: retiredFacets } = stateOfCurrent(current);
  await mapLimit(retiredFacets, FACET_WRITE_CONCURRENCY, (facet) => deleteFacet(ctx, record.id, best.rank, facet, true));
  await indexVersion(ctx, {
    id: record.id, rank: best.rank, terms: postings.map((p) => p.term), facets, postings, listedAt,
    killed: record.pubStatus === 'canceled', rewind: true,
  }, current);
}
