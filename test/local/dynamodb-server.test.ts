import { createRequire } from 'node:module';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { startDynamoDbServer, type DynamoDbServer } from '../../lib/local/dynamodb-server.ts';
import { tempDataDir } from './helpers.ts';

/** Counts the LevelDB iterators dynalite opens and the distinct ones that get closed. */
function countIterators(): { opened: number; open: () => number } {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: { prototype: Record<string, (...args: unknown[]) => { close(): Promise<void> }> } };
  const counts = { opened: 0, open: () => counts.opened - closed.size };
  const closed = new Set<object>();
  for (const method of ['values', 'keys']) {
    const inner = Level.prototype[method]!;
    Level.prototype[method] = Object.assign(function (this: unknown, ...args: unknown[]) {
      const iterator = inner.apply(this, args);
      counts.opened++;
      const close = iterator.close.bind(iterator);
      iterator.close = () => {
        closed.add(iterator);
        return close();
      };
      return iterator;
    }, inner);
  }
  return counts;
}

describe('Local DynamoDB endpoint (dynalite)', () => {
  let server: DynamoDbServer;
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  let iterators: ReturnType<typeof countIterators>;
  beforeAll(async () => {
    data = await tempDataDir();
    server = await startDynamoDbServer({ path: data.dir, tableName: 'newswire-test' });
    iterators = countIterators();
  });
  afterAll(async () => {
    await server.close();
    await data.remove();
  });

  it('closes the iterator of every query, whether it stops at its limit or reads to the end (issue 10: memory)', async () => {
    // Prepare
    const { ddb } = createClients({ region: 'us-east-1', tableName: 'newswire-test', bucketName: 'unused', endpoints: { dynamodb: server.endpoint, s3: 'http://127.0.0.1:9' } });
    for (let i = 0; i < 20; i++) await ddb.send(new PutCommand({ TableName: 'newswire-test', Item: { pk: 'P', sk: `S${String(i).padStart(2, '0')}` } }));

    // Act
    for (let i = 0; i < 100; i++) {
      await ddb.send(new QueryCommand({ TableName: 'newswire-test', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'P' }, Limit: i % 2 === 0 ? 5 : 50 }));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Assess
    expect(iterators.opened).toBeGreaterThanOrEqual(100);
    expect(iterators.open()).toBeLessThanOrEqual(2);
  });
});
