import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { LOCAL_TABLE_NAME, bulkLoadStories, createReadStore, createTableInput, type StoreConfig } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { LOCAL_BUCKET, LOCAL_REGION } from '../../lib/local/defaults.ts';
import { loadStraightIntoLocalTable } from '../../lib/local/dynamodb-bulk.ts';
import { startDynamoDbServer } from '../../lib/local/dynamodb-server.ts';
import { makeRecord, makeUpload } from '../factories.ts';

const NOW = '2026-01-01T00:00:00.000Z';

/** Every item of the table and of each index, in a comparable form (binaries as hex), sorted. */
async function contents(config: StoreConfig): Promise<Record<string, string[]>> {
  const { ddb } = createClients(config);
  const scan = async (IndexName?: string) => {
    const items: Record<string, unknown>[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await ddb.send(new ScanCommand({ TableName: config.tableName, ...(IndexName ? { IndexName } : {}), ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}) }));
      items.push(...(page.Items ?? []));
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    // the INDEXED item's `claim` is a nonce, whoever writes it
    return items.map(({ claim: _, ...item }) => JSON.stringify(item, (_, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v instanceof Set ? [...v].sort() : v))).sort();
  };
  const out: Record<string, string[]> = { table: await scan() };
  for (const { IndexName } of createTableInput(config.tableName).GlobalSecondaryIndexes) out[IndexName] = await scan(IndexName);
  return out;
}

describe('loading a local table straight into its LevelDB folder', () => {
  it('gives the table, and every index, that loading through the DynamoDB API gives', async () => {
    // Prepare: two stories, one in German (a language the stats item lists), and two empty data folders
    const records = [
      makeRecord({ id: 'b0000000000000000000001a', headline: 'Ibex herd crosses the pass', body: { paragraphs: ['An ibex herd crossed the Furka pass.', 'Rangers counted 40 animals.'], wordCount: 11 } }),
      makeRecord({ id: 'b0000000000000000000002b', headline: 'Steinböcke am Pass', language: 'de', provider: 'dpa', body: { paragraphs: ['Eine Herde Steinböcke überquerte den Furkapass.'], wordCount: 6 } }),
    ];
    const stories = records.map((record) => ({ record, upload: makeUpload() }));
    const parent = await mkdtemp(join(tmpdir(), 'newswire-bulk-'));
    try {
      // Act: one table loaded through dynalite's API, one straight into LevelDB
      const viaApi = await startDynamoDbServer({ path: join(parent, 'api', 'dynamodb'), tableName: LOCAL_TABLE_NAME });
      const apiConfig: StoreConfig = { region: LOCAL_REGION, tableName: LOCAL_TABLE_NAME, bucketName: LOCAL_BUCKET, endpoints: { s3: 'http://127.0.0.1:9', dynamodb: viaApi.endpoint } };
      await bulkLoadStories(apiConfig, undefined, stories);
      await loadStraightIntoLocalTable(join(parent, 'straight'), stories);
      const straight = await startDynamoDbServer({ path: join(parent, 'straight', 'dynamodb'), tableName: LOCAL_TABLE_NAME });
      const straightConfig: StoreConfig = { ...apiConfig, endpoints: { s3: 'http://127.0.0.1:9', dynamodb: straight.endpoint } };
      try {
        // Assess: the same items in the table and in each index, and a search answers from them
        const expected = await contents(apiConfig);
        expect(expected.table!.length).toBeGreaterThan(20);
        expect(await contents(straightConfig)).toEqual(expected);
        const found = await createReadStore(straightConfig).searchStories({ q: 'Steinböcke', filters: {}, limit: 5, now: NOW });
        expect(found.items.map((s) => s.id)).toEqual(['b0000000000000000000002b']);
      } finally {
        await Promise.all([viaApi.close(), straight.close()]);
      }
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
