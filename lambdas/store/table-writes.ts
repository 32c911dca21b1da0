import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, UpdateCommand, type BatchWriteCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorKey } from './cursor.ts';
import { mapLimit } from './concurrency.ts';
import type { PostingBlockOptions } from './posting-blocks.ts';
import type { LazyS3 } from './s3.ts';

/** What every store operation works with: the clients, the table and bucket, the cursor key. */
export interface WriteContext {
  readonly ddb: DynamoDBDocumentClient;
  readonly s3: LazyS3;
  readonly tableName: string;
  readonly bucketName: string;
  /** The key cursors are signed with (reads only), loaded on first use. */
  readonly cursorKey: CursorKey;
  /** The writer's clock, UTC ISO 8601: when postings are written (posting-blocks.ts). */
  readonly clock: () => string;
  /** When common terms get posting blocks (posting-blocks.ts). */
  readonly blocks: PostingBlockOptions;
}

export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';

/** Puts an item only if absent; false when it was there already. */
export async function putIfAbsent(ctx: WriteContext, item: Record<string, unknown>): Promise<boolean> {
  try {
    await ctx.ddb.send(new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export const getItem = async (ctx: WriteContext, pk: string, sk: string) =>
  (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;

/** Adds `delta` to a numeric attribute, creating the item when absent. */
export const addTo = (ctx: WriteContext, key: { pk: string; sk: string }, counter: string, delta: number) =>
  ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: key, UpdateExpression: 'ADD #c :d',
    ExpressionAttributeNames: { '#c': counter }, ExpressionAttributeValues: { ':d': delta },
  }));

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };
const BATCH_WRITE_MAX = 25;
const BATCH_WRITE_CONCURRENCY = 4;

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
