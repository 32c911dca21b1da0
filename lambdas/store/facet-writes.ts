import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { FACET_SK_PREFIX, facetPartitionFor, listingSk, storyPk } from './keys.ts';
import { mapLimit } from './concurrency.ts';
import { isConditionFailure, type WriteContext } from './table-writes.ts';

const FACET_WRITE_CONCURRENCY = 8;

/** One listing entry: the story under one facet value, by time; it remembers the rank that wrote it. */
export const facetItem = (id: string, rank: string, key: string, listedAt: string): Record<string, unknown> => ({
  pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}`, gsi1pk: facetPartitionFor(key, id), gsi1sk: listingSk(listedAt, id), id, rank,
});

/** Puts a listing entry, unless a newer version owns it. */
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

/** A version's listing entries, a few at a time; each keeps the rank that wrote it. */
export const putFacets = (ctx: WriteContext, id: string, rank: string, keys: readonly string[], listedAt: string): Promise<unknown> =>
  mapLimit(keys, FACET_WRITE_CONCURRENCY, (key) => putFacet(ctx, id, rank, key, listedAt));

/** Takes listing entries away, a few at a time, but those a newer version owns (all of them for a kill). */
export const deleteFacets = (ctx: WriteContext, id: string, rank: string, keys: readonly string[], killed = false): Promise<unknown> =>
  mapLimit(keys, FACET_WRITE_CONCURRENCY, (key) => deleteFacet(ctx, id, rank, key, killed));
