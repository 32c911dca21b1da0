import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { listingTime, type StoryRecord } from '../story/index.ts';
import { deleteFacets } from './facet-writes.ts';
import { storyFacets } from './facets.ts';
import { forgetIndexed, indexVersion, stateOfCurrent, stateOfIndexed, type IndexedState } from './index-writes.ts';
import { CURRENT_SK, INDEXED_SK, VERSION_SK_PREFIX, storyPk, versionSk } from './keys.ts';
import { storyPostings } from './search-index.ts';
import { analysisOf } from '../search/index.ts';
import { getVersionRecord } from './story-reads.ts';
import { currentItem } from './story-writes.ts';
import { getItem, isConditionFailure, type WriteContext } from './table-writes.ts';
import { getUpload } from './uploads.ts';

const RETIRE_ATTEMPTS = 5;

/**
 * Takes away the versions of a story that came from one upload (all but the ranks in `keep`), after
 * the upload was parsed again (`newswire reindex`) and no longer gives them: today's parser names the
 * story differently, or ranks the version differently. When one of them was CURRENT, the story goes
 * back to its newest remaining version (its newest kill, if one remains: a kill is final), or, when
 * none remains, is gone (404) with its listing entries, postings and counts. CURRENT is settled
 * first and the version items go last, so a run that stops anywhere finds the work again; each step
 * is conditional and repeats safely. Returns whether anything was taken away.
 */
export async function retireUpload(ctx: WriteContext, id: string, key: string, keep: readonly string[] = []): Promise<boolean> {
  for (let attempt = 1; attempt <= RETIRE_ATTEMPTS; attempt++) {
    const versions = await versionItems(ctx, id);
    const retired = versions.filter((v) => v.uploadKey === key && !keep.includes(v.rank));
    if (retired.length === 0) return false;
    const retiredRanks = new Set(retired.map((v) => v.rank));
    const current = await getItem(ctx, storyPk(id), CURRENT_SK);
    if (!current) {
      // taken down by a run that stopped before it had cleaned up
      await cleanUpTakenDown(ctx, id);
    } else if (retiredRanks.has(String(current.rank))) {
      const remaining = versions.filter((v) => !retiredRanks.has(v.rank));
      const kills = remaining.filter((v) => v.pubStatus === 'canceled');
      const best = (kills.length > 0 ? kills : remaining).sort((a, b) => (a.rank < b.rank ? 1 : -1))[0];
      const record = best ? await getVersionRecord(ctx, id, best.rank) : null;
      if (!best || !record) {
        await takeDown(ctx, id, current);
      } else {
        await rewindTo(ctx, record, best, current);
        // another retirement (a reindex worker on another upload of this story) may have taken
        // the version gone back to: look again
        if (!(await getItem(ctx, storyPk(id), versionSk(best.rank)))) continue;
      }
    }
    for (const v of retired) await deleteVersion(ctx, id, v, key);
    return true;
  }
  throw new Error(`story ${id}: its versions kept changing while the versions of ${key} were being retired`);
}

interface VersionRef { rank: string; uploadKey: string; pubStatus: string; recordKey?: string }

async function versionItems(ctx: WriteContext, id: string): Promise<VersionRef[]> {
  const out: VersionRef[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, ConsistentRead: true,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': storyPk(id), ':v': VERSION_SK_PREFIX },
      ProjectionExpression: '#rank, uploadKey, recordKey, pubStatus', ExpressionAttributeNames: { '#rank': 'rank' },
      ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) {
      out.push({ rank: String(item.rank), uploadKey: String(item.uploadKey), pubStatus: String(item.pubStatus), ...(item.recordKey ? { recordKey: String(item.recordKey) } : {}) });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

async function deleteVersion(ctx: WriteContext, id: string, v: VersionRef, key: string): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: versionSk(v.rank) },
      ConditionExpression: 'attribute_not_exists(pk) OR uploadKey = :key', ExpressionAttributeValues: { ':key': key },
    }));
  } catch (error) {
    if (isConditionFailure(error)) return; // stored again from another upload: its body stays
    throw error;
  }
  if (v.recordKey) {
    const { client, sdk } = await ctx.s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: ctx.bucketName, Key: v.recordKey }));
  }
}

/** No version remains: CURRENT goes, then its listing entries, postings and counts, and the INDEXED item last. */
async function takeDown(ctx: WriteContext, id: string, current: Record<string, unknown>): Promise<void> {
  try {
    await ctx.ddb.send(new DeleteCommand({
      TableName: ctx.tableName, Key: { pk: storyPk(id), sk: CURRENT_SK },
      ConditionExpression: '#rank = :rank', ExpressionAttributeNames: { '#rank': 'rank' }, ExpressionAttributeValues: { ':rank': current.rank },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // gone (this very delete, its answer lost and sent again), or moved on to a version that arrived
    if (await getItem(ctx, storyPk(id), CURRENT_SK)) return;
  }
  await cleanUpTakenDown(ctx, id, stateOfCurrent(current));
}

/** Indexed as an empty kill: every entry goes, the counters move from what INDEXED holds to nothing. */
async function cleanUpTakenDown(ctx: WriteContext, id: string, replaced?: IndexedState): Promise<void> {
  const indexed = await getItem(ctx, storyPk(id), INDEXED_SK);
  const from = replaced ?? (indexed ? stateOfIndexed(indexed) : undefined);
  if (!from) return;
  const gone = { id, rank: from.rank, terms: [], facets: [], postings: [], listedAt: '', killed: true };
  await indexVersion(ctx, gone, from);
  await forgetIndexed(ctx, id, gone);
}

/** CURRENT back to the newest remaining version, only while it still names the retired one; the index follows. */
async function rewindTo(ctx: WriteContext, record: StoryRecord, best: VersionRef, current: Record<string, unknown>): Promise<void> {
  const receivedAt = (await getUpload(ctx, best.uploadKey))?.outcome.receivedAt ?? String(current.listedAt);
  const listedAt = listingTime(record, receivedAt);
  const facets = storyFacets(record);
  const postings = storyPostings(record);
  try {
    await ctx.ddb.send(new PutCommand({
      TableName: ctx.tableName, Item: currentItem(record, best.rank, listedAt, facets, postings),
      ConditionExpression: '#rank = :rank', ExpressionAttributeNames: { '#rank': 'rank' }, ExpressionAttributeValues: { ':rank': current.rank },
    }));
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    // this very put, its answer lost and sent again, goes on; CURRENT moved on meanwhile does not
    if ((await getItem(ctx, storyPk(record.id), CURRENT_SK))?.rank !== best.rank) return;
  }
  // the retired version's listing entries carry its higher rank, which the rank-guarded writes respect: they go first
  const { facets: retiredFacets } = stateOfCurrent(current);
  await deleteFacets(ctx, record.id, best.rank, retiredFacets, true);
  await indexVersion(ctx, {
    id: record.id, rank: best.rank, terms: postings.map((p) => p.term), facets, postings, listedAt,
    killed: record.pubStatus === 'canceled', rewind: true, analysis: analysisOf(record.language),
  }, stateOfCurrent(current));
}
