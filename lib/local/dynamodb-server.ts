import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { createRequire } from 'node:module';
import dynalite from 'dynalite';
import { createTableInput } from '../../lambdas/store/table.ts';
import { LOCAL_HOST, LOCAL_REGION } from './defaults.ts';
import { closeServer, httpUrl, keepAliveLikeAGateway, listen } from './net.ts';

export interface DynamoDbServerOptions {
  /** LevelDB directory, created when missing; the table and its items persist there. */
  readonly path: string;
  /** The table to create (from `createTableInput`) when it does not exist yet. */
  readonly tableName: string;
  /** @default 0, a free port chosen by the OS */
  readonly port?: number;
  /** @default 127.0.0.1 */
  readonly host?: string;
}

export interface DynamoDbServer {
  readonly endpoint: string;
  readonly port: number;
  close(): Promise<void>;
}

interface LevelIterator {
  next(): Promise<unknown>;
  close(): Promise<void>;
  return?: () => Promise<void>;
}
type IteratorFactory = (this: unknown, ...args: unknown[]) => LevelIterator;

/**
 * dynalite reads a Query or Scan through a LevelDB iterator wrapped in a stream, and on destroying the
 * stream calls the iterator's `return()`, which abstract-level's iterators do not have (they `close()`);
 * nor are they closed when read to the end. So every query left an open iterator, with its snapshot and
 * buffers, until the database closed: the local stack grew by about 15 MB a thousand API requests (issue
 * 10). The iterators get the `return()` the stream expects, and close themselves at their end.
 */
function closeLevelIterators(): void {
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const { Level } = fromDynalite('level') as { Level: { prototype: Record<string, IteratorFactory> } };
  for (const method of ['values', 'keys'] as const) {
    const original = Level.prototype[method]!;
    if ((original as { closesItself?: boolean }).closesItself) continue;
    const patched: IteratorFactory = function (this: unknown, ...args: unknown[]) {
      const iterator = original.apply(this, args);
      const next = iterator.next.bind(iterator);
      iterator.return = () => iterator.close();
      iterator.next = async () => {
        const value = await next();
        if (value === undefined) await iterator.close();
        return value;
      };
      return iterator;
    };
    Level.prototype[method] = Object.assign(patched, { closesItself: true });
  }
}

/** dynalite in this process, on disk, with the story table ready (ACTIVE) before it resolves. */
export async function startDynamoDbServer(opts: DynamoDbServerOptions): Promise<DynamoDbServer> {
  await mkdir(opts.path, { recursive: true });
  closeLevelIterators();
  const host = opts.host ?? LOCAL_HOST;
  // createTableMs 0: tables are ACTIVE at once instead of after 500 ms (research/local-emulators.md)
  const server: Server = dynalite({ path: opts.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  keepAliveLikeAGateway(server);
  const port = await listen(server, 'dynamodb', opts.port ?? 0, host);
  const endpoint = httpUrl(host, port);
  const close = () => closeServer(server);
  try {
    await ensureTable(endpoint, opts.tableName, opts.path);
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
  return { endpoint, port, close };
}

/** The table is missing an index the current layout needs: it was created by an older version. */
export class StaleTableError extends Error {
  override readonly name = 'StaleTableError';
}

async function ensureTable(endpoint: string, tableName: string, path: string): Promise<void> {
  const client = new DynamoDBClient({
    region: LOCAL_REGION,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    let table = await describe(client, tableName);
    if (!table) {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
      table = await describe(client, tableName);
    }
    const wanted = createTableInput(tableName).GlobalSecondaryIndexes.map((i) => i.IndexName);
    const present = new Set((table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const missing = wanted.filter((name) => !present.has(name));
    if (missing.length > 0) {
      throw new StaleTableError(
        `table ${tableName} in ${path} lacks index ${missing.join(', ')}: it was made by an older layout; delete ${path} or use another data folder`,
      );
    }
    const deadline = Date.now() + 10_000;
    while (table?.TableStatus !== 'ACTIVE') {
      if (Date.now() > deadline) throw new Error(`table ${tableName} did not become ACTIVE (status ${table?.TableStatus})`);
      await new Promise((r) => setTimeout(r, 20));
      table = await describe(client, tableName);
    }
  } finally {
    client.destroy();
  }
}

async function describe(client: DynamoDBClient, tableName: string): Promise<TableDescription | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (err) {
    if (err instanceof ResourceNotFoundException) return undefined;
    throw err;
  }
}
