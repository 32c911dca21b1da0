import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, InvalidCursorError, VOID_AFTER_MS, type Clients, type Store } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { CHANGES_PARTITION, SEQUENCE_SK, changeKeyPk, CHANGE_KEY_SK } from '../../lambdas/store/keys.ts';
import type { ChangeDraft } from '../../lambdas/story/index.ts';
import { startStoreServers } from './local-servers.ts';

// Each test has a table of its own: the change log is one sequence per table.
let servers: Awaited<ReturnType<typeof startStoreServers>>[] = [];
afterAll(async () => { for (const s of servers) await s.stop(); });

async function freshStore(): Promise<{ store: Store; clients: Clients; tableName: string }> {
  const s = await startStoreServers();
  servers.push(s);
  const clients = createClients(s.config);
  return { store: createStore(s.config, clients), clients, tableName: s.config.tableName };
}

const T0 = '2026-01-01T00:00:00.000Z';
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const rejected = (name: string): ChangeDraft => ({ key: `upload:incoming/${name}:v1`, kind: 'rejected', at: T0, upload: { key: `incoming/${name}`, code: 'empty', reason: 'the file is empty' } });

describe('Store: the change log', () => {
  let store: Store;
  let clients: Clients;
  let tableName: string;
  beforeAll(async () => ({ store, clients, tableName } = await freshStore()));

  /** A writer that took a place and died before writing its change. */
  const takePlaceAndDie = async (): Promise<number> => Number((await clients.ddb.send(new UpdateCommand({
    TableName: tableName, Key: { pk: CHANGES_PARTITION, sk: SEQUENCE_SK }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW',
  }))).Attributes!.n);

  it('puts a change in once however often it is asked, in order of arrival', async () => {
    // Act
    const first = await store.appendChange(rejected('a.txt'), T0);
    const again = await store.appendChange(rejected('a.txt'), T0);
    const second = await store.appendChange(rejected('b.txt'), T0);
    const page = await store.readChanges({ after: 0, limit: 10, now: T0 });

    // Assess
    expect(again).toBe(first);
    expect(second).toBe(first + 1);
    expect(page.items.map((c) => [c.seq, c.key])).toEqual([[first, 'upload:incoming/a.txt:v1'], [second, 'upload:incoming/b.txt:v1']]);
    expect(page.last).toBe(second);
  });

  it('waits before a place a writer may still fill, then passes it and serves the change behind it', async () => {
    // Prepare: c.txt, a place given out and never written, d.txt
    const start = (await store.readChanges({ after: 0, limit: 100, now: T0 })).last;
    await store.appendChange(rejected('c.txt'), T0);
    const gap = await takePlaceAndDie();
    await store.appendChange(rejected('d.txt'), T0);

    // Act
    const soon = await store.readChanges({ after: start, limit: 10, now: later(1000) });
    const afterwards = await store.readChanges({ after: soon.last, limit: 10, now: later(VOID_AFTER_MS + 1000) });

    // Assess
    expect(soon.items.map((c) => c.key)).toEqual(['upload:incoming/c.txt:v1']);
    expect(soon.last).toBe(gap - 1);
    expect(afterwards.items.map((c) => c.key)).toEqual(['upload:incoming/d.txt:v1']);
  });

  it('gives a writer whose place was passed a new place at the end: late, not lost, not twice', async () => {
    // Prepare: a writer claimed e.txt's place, then stalled; a reader passed the place
    const start = (await store.readChanges({ after: 0, limit: 100, now: T0 })).last;
    const stalled = await takePlaceAndDie();
    await clients.ddb.send(new PutCommand({ TableName: tableName, Item: { pk: changeKeyPk('upload:incoming/e.txt:v1'), sk: CHANGE_KEY_SK, seq: stalled, givenAt: T0 } }));
    await store.appendChange(rejected('f.txt'), T0);
    const passed = await store.readChanges({ after: start, limit: 10, now: later(VOID_AFTER_MS + 1000) });

    // Act
    const place = await store.appendChange(rejected('e.txt'), later(VOID_AFTER_MS + 2000));
    const next = await store.readChanges({ after: passed.last, limit: 10, now: later(VOID_AFTER_MS + 3000) });

    // Assess
    expect(passed.items.map((c) => c.key)).toEqual(['upload:incoming/f.txt:v1']);
    expect(place).toBeGreaterThan(stalled);
    expect(next.items.map((c) => [c.seq, c.key])).toEqual([[place, 'upload:incoming/e.txt:v1']]);
  });

  it('reads on past a page that held only voided places', async () => {
    // Prepare: two places given out and never written, then g.txt; a first reader passes (voids) both places
    const start = (await store.readChanges({ after: 0, limit: 100, now: T0 })).last;
    await takePlaceAndDie();
    await takePlaceAndDie();
    await store.appendChange(rejected('g.txt'), T0);
    await store.readChanges({ after: start, limit: 10, now: later(VOID_AFTER_MS + 1000) });

    // Act: a reader of one change a page, whose first page of the log holds the two voided places only
    const page = await store.readChanges({ after: start, limit: 1, now: later(VOID_AFTER_MS + 2000) });

    // Assess
    expect(page.items.map((c) => c.key)).toEqual(['upload:incoming/g.txt:v1']);
  });

  it('refuses a feed cursor it did not hand out', async () => {
    // Act
    const read = store.readFeed({ after: 'not-a-cursor', limit: 10, now: T0 });

    // Assess
    await expect(read).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
