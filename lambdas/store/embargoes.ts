import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { embargoChangeKey, type StorySummary } from '../story/index.ts';
import { appendChange } from './changes.ts';
import { CURRENT_SK, EMBARGOES_PARTITION, embargoSk, storyPk } from './keys.ts';
import { embargoed, storedSummary } from './story-reads.ts';
import { getItem, type WriteContext } from './table-writes.ts';

/**
 * Stories under embargo reach the feed when it ends (issue 14): a stored version whose embargo is still running
 * waits in the `EMBARGO` partition, by the UTC instant it ends; the embargo clock (a schedule in the cloud, a
 * timer on the local stack) releases what has come due: an `embargo-ended` change, if that version is still the
 * story's current one and usable (a kill or a newer version meanwhile made their own change), then the wait goes.
 * Listings and search need nothing: they hide a story until its embargo passes, by the clock (story-reads.ts).
 */

/** Releases at most this many embargoes a run; the next run goes on. */
const MAX_RELEASES = 100;

export async function holdForEmbargo(ctx: WriteContext, held: { id: string; rank: string; embargoedUntil: string }): Promise<void> {
  const ends = new Date(held.embargoedUntil).toISOString();
  await ctx.ddb.send(new PutCommand({ TableName: ctx.tableName, Item: { pk: EMBARGOES_PARTITION, sk: embargoSk(ends, held.id, held.rank), id: held.id, rank: held.rank, ends } }));
}

/** Releases the embargoes that have ended by `now`; how many it released into the feed. */
export async function releaseEmbargoes(ctx: WriteContext, now: string): Promise<number> {
  const due = await ctx.ddb.send(new QueryCommand({
    TableName: ctx.tableName, ConsistentRead: true, Limit: MAX_RELEASES,
    KeyConditionExpression: 'pk = :pk AND sk <= :now',
    ExpressionAttributeValues: { ':pk': EMBARGOES_PARTITION, ':now': `${new Date(now).toISOString()}~` },
  }));
  let released = 0;
  for (const item of due.Items ?? []) {
    const id = String(item.id);
    const rank = String(item.rank);
    const current = await getItem(ctx, storyPk(id), CURRENT_SK);
    if (current && current.rank === rank && current.pubStatus === 'usable' && !embargoed(current as { embargoedUntil?: string }, now)) {
      const story = storedSummary(current.summary as StorySummary);
      await appendChange(ctx, { key: embargoChangeKey(id, rank), kind: 'embargo-ended', at: String(item.ends), storyId: id, version: story.version, story }, now);
      released++;
    }
    await ctx.ddb.send(new DeleteCommand({ TableName: ctx.tableName, Key: { pk: item.pk, sk: item.sk } }));
  }
  return released;
}
