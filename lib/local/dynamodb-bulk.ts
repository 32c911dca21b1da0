import { createRequire } from 'node:module';
import { join } from 'node:path';
import { marshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import { LOCAL_TABLE_NAME, bulkLoadStories, type UploadRef, type WriteRequest } from '../../lambdas/store/index.ts';
import type { StoryRecord } from '../../lambdas/story/index.ts';
import { LOCAL_BUCKET, LOCAL_REGION } from './defaults.ts';
import { startDynamoDbServer } from './dynamodb-server.ts';

/** The attribute-value JSON dynalite keeps: what the table's HTTP API receives, binaries in base64. */
type WireValue = { [type: string]: unknown };
type WireItem = Record<string, WireValue>;

interface TableDescription {
  TableName: string;
  GlobalSecondaryIndexes?: unknown[];
  LocalSecondaryIndexes?: unknown[];
}

/** dynalite's own key and index functions (dynalite/db), so that what is written here is what its API writes. */
interface DynaliteDb {
  createKey(item: WireItem, table: TableDescription): string;
  getIndexActions(indexes: unknown[], existing: undefined, item: WireItem, table: TableDescription): { puts: { index: string; key: string; item: WireItem }[] };
}

interface LevelDb {
  open(): Promise<void>;
  get(key: string): Promise<unknown>;
  batch(ops: { type: 'put'; key: string; value: unknown }[]): Promise<void>;
  compactRange(start: string, end: string): Promise<void>;
  close(): Promise<void>;
}

export interface TableBulkWriter {
  /** Puts the items, and their index entries, as unconditional writes. */
  write(requests: readonly WriteRequest[]): Promise<void>;
  /**
   * Compacts the whole folder: what LevelDB would otherwise do in background threads for minutes after a bulk
   * load, beside whatever is measured on the table then (a table filled over months owes no such work).
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes items straight into the LevelDB folder of a local table that no dynalite server has open,
 * for the search benchmark's 100,000 stories: through dynalite's HTTP API each item costs a request
 * parse, a validation and a read of the item it replaces (about 2,000 items a second here), straight
 * into LevelDB a batched put of the item and its index entries. Keys and index entries are made by
 * dynalite's own functions, so the table reads the same either way (a test compares the two). Only
 * puts, only into a table whose items are all new.
 */
export async function openTableForBulkLoad(path: string, tableName: string): Promise<TableBulkWriter> {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: new (path: string, opts: { valueEncoding: 'json' }) => LevelDb };
  const db = fromDynalite('./db') as DynaliteDb;
  const level = new Level(path, { valueEncoding: 'json' });
  await level.open();
  try {
    const table = (await level.get(`table~${tableName}`)) as TableDescription | undefined;
    if (!table) throw new Error(`no table ${tableName} in ${path}: start the DynamoDB server on it once to create it`);
    const indexes = [
      ...(table.GlobalSecondaryIndexes ?? []).map((index) => ({ index, prefix: `index-global~${tableName}~` })),
      ...(table.LocalSecondaryIndexes ?? []).map((index) => ({ index, prefix: `index-local~${tableName}~` })),
    ];
    return {
      async write(requests) {
        const ops: { type: 'put'; key: string; value: unknown }[] = [];
        for (const request of requests) {
          if (!('PutRequest' in request)) throw new Error('the bulk writer only puts new items');
          const item = marshall(request.PutRequest.Item as Record<string, NativeAttributeValue>, { removeUndefinedValues: true }) as unknown as WireItem;
          const stored = asStored(item) as WireItem;
          ops.push({ type: 'put', key: `item-${tableName}~${db.createKey(stored, table)}`, value: stored });
          for (const { index, prefix } of indexes) {
            for (const put of db.getIndexActions([index], undefined, stored, table).puts) {
              ops.push({ type: 'put', key: `${prefix}${put.index}~${put.key}`, value: put.item });
            }
          }
        }
        await level.batch(ops);
      },
      compact: () => level.compactRange('', '\uffff'),
      close: () => level.close(),
    };
  } catch (err) {
    await level.close();
    throw err;
  }
}

/** Binary values as the HTTP API carries them (base64), everything else as marshalled. */
function asStored(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(asStored);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = asStored(v);
    return out;
  }
  return value;
}

/**
 * Loads stories into the story table of a local stack's data folder while no stack runs on it: the items
 * `bulkLoadStories` makes (the very items `saveStory` writes), written straight into LevelDB. Records must
 * fit inline in their version items (no S3 runs meanwhile).
 */
export async function loadStraightIntoLocalTable(
  dataDir: string, stories: readonly { record: StoryRecord; upload: UploadRef }[], progress?: (loaded: number) => void,
): Promise<void> {
  const path = join(dataDir, 'dynamodb');
  await (await startDynamoDbServer({ path, tableName: LOCAL_TABLE_NAME })).close(); // creates the table
  const writer = await openTableForBulkLoad(path, LOCAL_TABLE_NAME);
  try {
    const config = { region: LOCAL_REGION, tableName: LOCAL_TABLE_NAME, bucketName: LOCAL_BUCKET };
    await bulkLoadStories(config, undefined, stories, { write: (items) => writer.write(items), ...(progress ? { progress } : {}) });
    await writer.compact();
  } finally {
    await writer.close();
  }
}
