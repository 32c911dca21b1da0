import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { consistentReads } from '../../lambdas/export/index.ts';

/** The input each command reaches the wire with: a later step records it and stops the request there. */
async function inputsSent(commands: readonly (GetCommand | QueryCommand | PutCommand)[]): Promise<Record<string, unknown>[]> {
  const client = consistentReads(DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })));
  const seen: Record<string, unknown>[] = [];
  client.middlewareStack.add((_next, context) => async (args) => {
    seen.push({ command: context.commandName, ...(args.input as object) });
    throw new Error('stopped before sending');
  }, { step: 'serialize', priority: 'high' });
  for (const command of commands) await client.send(command as GetCommand).catch(() => {});
  client.destroy();
  return seen;
}

describe('Function: consistentReads', () => {
  it('makes gets and base-table queries strongly consistent, and leaves index queries and writes alone', async () => {
    // Act
    const seen = await inputsSent([
      new GetCommand({ TableName: 't', Key: { pk: 'S#1', sk: 'CURRENT' } }),
      new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'S#1' } }),
      new QueryCommand({ TableName: 't', IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': 'L#0' } }),
      new PutCommand({ TableName: 't', Item: { pk: 'x', sk: 'y' } }),
    ]);

    // Assess
    expect(seen.map((input) => input.ConsistentRead)).toEqual([true, true, undefined, undefined]);
  });
});
