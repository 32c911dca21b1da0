import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { FACET_SK_PREFIX, facetPartitionFor, listingSk, storyPk } from './keys.ts';
import { isConditionFailure, type WriteContext } from './table-writes.ts';

/** One listing entry: the story under one facet value, by time; it remembers the rank that wrote it. */
export const facetItem = (id: string, rank: string, key: string, listedAt: string): Record<string, unknown> => ({
  pk: storyPk(id), sk: `${FACET_SK_PREFIX}${key}`, gsi1pk: facetPartitionFor(key, id), gsi1sk: listingSk(listedAt, id), id, rank,
});

/** Puts a listing entry, unless a newer version owns it. */
export async function putFacet(ctx: WriteContext, id: string, rank: string, key: string, listedAt: string): Promise<void> {
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
export async function deleteFacet(ctx: WriteContext, id: string, rank: string, key: string, killed = false): Promise<void> {
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
