import { randomBytes } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Clients, type Store } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers } from './local-servers.ts';

const NOW = '2026-01-01T00:00:00.000Z';
let store: Store;
let clients: Clients;
let tableName: string;
let bucketName: string;
let stop: () => Promise<void>;
let nextId = 0;
const newId = () => (++nextId).toString(16).padStart(24, '0');

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  tableName = servers.config.tableName;
  bucketName = servers.config.bucketName;
  clients = createClients(servers.config);
  store = createStore(servers.config, clients);
});
afterAll(async () => stop());

describe('Store: saving stories', () => {
  it('stores a version and serves it as the current story', async () => {
    // Prepare
    const record = makeRecord({ id: newId(), headline: 'Stored once' });
    // Act
    const result = await store.saveStory(record, makeUpload());
    const found = await store.getStory(record.id, NOW);
    // Assess
    expect(result).toEqual({ status: 'stored', storyId: record.id, version: '1', current: true, rank: expect.any(String), firstVersion: true });
    expect(found).toEqual({ status: 'found', record });
  });

  it('answers duplicate for the same bytes uploaded again, and changes nothing', async () => {
    const record = makeRecord({ id: newId(), headline: 'Twice' });
    const first = makeUpload();
    await store.saveStory(record, first);
    const again = await store.saveStory(record, makeUpload());
    expect(again.status).toBe('duplicate');
    expect(again.storyId).toBe(record.id);
    expect(again.status === 'duplicate' && again.reason).toContain(first.key);
    expect(await store.listVersions(record.id, NOW)).toMatchObject({ status: 'found', versions: [{ version: record.version }] });
  });

  it('treats a redelivered event of the same upload as the same store, not a duplicate', async () => {
    const record = makeRecord({ id: newId(), headline: 'Redelivered' });
    const upload = makeUpload();
    await store.saveStory(record, upload);
    expect((await store.saveStory(record, upload)).status).toBe('stored');
  });

  it('answers duplicate for the same id and version from other bytes', async () => {
    const id = newId();
    await store.saveStory(makeRecord({ id, headline: 'A' }), makeUpload());
    const other = await store.saveStory(makeRecord({ id, headline: 'A, retyped' }), makeUpload());
    expect(other.status).toBe('duplicate');
  });

  it('answers duplicate for a Reuters version re-sent from other bytes later (opaque version numbers)', async () => {
    const id = newId();
    const version = { provider: 'Reuters', version: '978556838', versionCreated: '2016-01-04T16:34:45+00:00' };
    await store.saveStory(makeRecord({ id, ...version, headline: 'A', source: { key: null, encoding: 'UTF-8', contentHash: 'a'.repeat(64) } }), makeUpload({ receivedAt: '2016-01-04T16:35:00.000Z' }));
    const again = await store.saveStory(makeRecord({ id, ...version, headline: 'A', source: { key: null, encoding: 'UTF-8', contentHash: 'b'.repeat(64) } }), makeUpload({ receivedAt: '2016-01-04T18:00:00.000Z' }));
    expect(again.status).toBe('duplicate');
    expect(await store.listVersions(id, NOW)).toMatchObject({ versions: [{ version: '978556838' }] });
  });

  it('keeps the newer version current when an older one arrives later', async () => {
    const id = newId();
    await store.saveStory(makeRecord({ id, version: '2', headline: 'Newer' }), makeUpload());
    const older = await store.saveStory(makeRecord({ id, version: '1', headline: 'Older' }), makeUpload());
    const found = await store.getStory(id, NOW);
    expect(older).toMatchObject({ status: 'stored', current: false });
    expect(found.status === 'found' && found.record.headline).toBe('Newer');
    const listed = await store.listVersions(id, NOW);
    expect(listed.status === 'found' && listed.versions.map((v) => v.version)).toEqual(['1', '2']);
  });

  it('ends with the newest version current when versions are saved at the same moment', async () => {
    const id = newId();
    const versions = ['3', '1', '5', '2', '4'].map((version) => makeRecord({ id, version, headline: `v${version}`, bylines: [{ name: `Writer ${version}`, title: null, location: null }] }));
    await Promise.all(versions.map((record) => store.saveStory(record, makeUpload())));
    const found = await store.getStory(id, NOW);
    expect(found.status === 'found' && found.record.version).toBe('5');
    const byOldWriter = await store.listStories({ filters: { author: 'Writer 3' }, limit: 10, now: NOW });
    const byNewWriter = await store.listStories({ filters: { author: 'Writer 5' }, limit: 10, now: NOW });
    expect(byOldWriter.items.map((s) => s.id)).not.toContain(id);
    expect(byNewWriter.items.map((s) => s.id)).toEqual([id]);
  });

  it('answers killed for a canceled story, unlists it, and keeps it killed when a newer version arrives', async () => {
    const id = newId();
    const author = `Killed Author ${id}`;
    const bylines = [{ name: author, title: null, location: null }];
    await store.saveStory(makeRecord({ id, version: '1', bylines }), makeUpload());
    await store.saveStory(makeRecord({ id, version: '2', pubStatus: 'canceled', signals: ['kill'], bylines }), makeUpload());
    await store.saveStory(makeRecord({ id, version: '3', bylines }), makeUpload());
    expect(await store.getStory(id, NOW)).toEqual({ status: 'killed' });
    expect((await store.listStories({ filters: { author }, limit: 10, now: NOW })).items).toEqual([]);
  });

  it('takes a story down when its kill ranks below the version that is current', async () => {
    const id = newId();
    const author = `Late Kill Author ${id}`;
    const bylines = [{ name: author, title: null, location: null }];
    await store.saveStory(makeRecord({ id, version: '3', bylines }), makeUpload());
    const kill = await store.saveStory(makeRecord({ id, version: '2', pubStatus: 'canceled', signals: ['kill'], bylines }), makeUpload());
    expect(kill).toMatchObject({ status: 'stored', current: true });
    expect(await store.getStory(id, NOW)).toEqual({ status: 'killed' });
    expect((await store.listStories({ filters: { author }, limit: 10, now: NOW })).items).toEqual([]);
  });

  it('keeps records too large for an item in S3 and reads them back', async () => {
    // random hex barely compresses: about 450 KB gzipped, over the inline limit
    const paragraphs = Array.from({ length: 8000 }, (_, i) => `Paragraph ${i} ${randomBytes(60).toString('hex')}`);
    const record = makeRecord({ id: newId(), body: { paragraphs, wordCount: 16000 } });
    await store.saveStory(record, makeUpload());
    const found = await store.getStory(record.id, NOW);
    const objects = await clients.s3.send(new ListObjectsV2Command({ Bucket: bucketName, Prefix: `records/${record.id}/` }));
    expect(objects.KeyCount).toBe(1);
    expect(found).toEqual({ status: 'found', record });
  });
});

describe('Store: listing stories', () => {
  const provider = 'Listing Test Agency';
  const ids: string[] = [];

  beforeAll(async () => {
    // 25 stories an hour apart, newest last
    for (let i = 0; i < 25; i++) {
      const id = newId();
      ids.push(id);
      const time = new Date(Date.UTC(2025, 0, 1, i)).toISOString();
      await store.saveStory(makeRecord({
        id, provider, versionCreated: time, firstCreated: time, headline: `Story ${i}`,
        bylines: [{ name: i % 2 ? 'Odd Writer' : 'Even Wrîter', title: null, location: null }],
      }), makeUpload());
    }
  });

  it('lists newest first across pages with no duplicate and no gap', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listStories({ filters: { provider }, limit: 7, cursor, now: NOW });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters by author case- and accent-insensitively, combined with provider and dates', async () => {
    const page = await store.listStories({
      filters: { provider: provider.toUpperCase(), author: 'even writer', from: '2025-01-01T10:00:00.000Z', to: '2025-01-01T16:00:00.000Z' },
      limit: 20, now: NOW,
    });
    expect(page.items.map((s) => s.headline)).toEqual(['Story 16', 'Story 14', 'Story 12', 'Story 10']);
    expect(page.nextCursor).toBeNull();
  });

  it('hides withheld stories and embargoed ones until the embargo passes', async () => {
    const withheld = makeRecord({ id: newId(), provider: 'Hidden Agency', pubStatus: 'withheld' });
    const embargoed = makeRecord({ id: newId(), provider: 'Hidden Agency', embargoedUntil: '2030-01-01T00:00:00+00:00' });
    await store.saveStory(withheld, makeUpload());
    await store.saveStory(embargoed, makeUpload());
    const before = await store.listStories({ filters: { provider: 'Hidden Agency' }, limit: 10, now: NOW });
    const after = await store.listStories({ filters: { provider: 'Hidden Agency' }, limit: 10, now: '2030-01-02T00:00:00.000Z' });
    expect(before.items).toEqual([]);
    expect(after.items.map((s) => s.id)).toEqual([embargoed.id]);
    expect(await store.getStory(embargoed.id, NOW)).toEqual({ status: 'missing' });
  });

  it('refuses a cursor from another query', async () => {
    const page = await store.listStories({ filters: { provider }, limit: 2, now: NOW });
    await expect(store.listStories({ filters: { author: 'Odd Writer' }, limit: 2, cursor: page.nextCursor!, now: NOW })).rejects.toThrow(/cursor/);
  });

  it('writes a bounded number of items per story', async () => {
    const id = newId();
    await store.saveStory(makeRecord({ id, contributors: [{ name: 'A B', location: null, role: 'contributor' }] }), makeUpload());
    const items = await clients.ddb.send(new ScanCommand({ TableName: tableName, FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `S#${id}` } }));
    // version, CURRENT, INDEXED, listing entries (all, provider, author, contributor), and one keyword
    // posting per term: test, stori (headline), first, paragraph, second (body)
    expect(items.Count).toBe(7 + 5);
  });
});

describe('Store: upload outcomes', () => {
  it('lists outcomes by status and key prefix, in key order, across pages', async () => {
    for (let i = 0; i < 5; i++) {
      await store.recordOutcome({ key: `incoming/outcomes/${i}.txt`, status: i === 2 ? 'rejected' : 'stored', storyId: i === 2 ? null : 'x', storyIds: i === 2 ? [] : ['x'], code: i === 2 ? 'empty' : null, reason: i === 2 ? 'the file is empty' : null, receivedAt: NOW, etag: 'e', versionId: null }, '0001');
    }
    const first = await store.listUploads({ keyPrefix: 'incoming/outcomes/', limit: 3 });
    const second = await store.listUploads({ keyPrefix: 'incoming/outcomes/', limit: 3, cursor: first.nextCursor! });
    const rejected = await store.listUploads({ keyPrefix: 'incoming/outcomes/', status: 'rejected', limit: 10 });
    expect([...first.items, ...second.items].map((o) => o.key)).toEqual([0, 1, 2, 3, 4].map((i) => `incoming/outcomes/${i}.txt`));
    expect(second.nextCursor).toBeNull();
    expect(rejected.items).toMatchObject([{ key: 'incoming/outcomes/2.txt', code: 'empty', reason: 'the file is empty' }]);
  });

  it('keeps the outcome of the later write of a key when the earlier one is recorded last', async () => {
    const base = { key: 'incoming/order.txt', storyId: null, storyIds: [], code: null, reason: null, receivedAt: NOW, etag: 'e', versionId: null };
    await store.recordOutcome({ ...base, status: 'stored', storyId: 'later', storyIds: ['later'] }, '00AB');
    await store.recordOutcome({ ...base, status: 'rejected', code: 'empty', reason: 'empty' }, '00AA');
    const page = await store.listUploads({ keyPrefix: 'incoming/order.txt', limit: 5 });
    expect(page.items).toMatchObject([{ status: 'stored', storyId: 'later', storyIds: ['later'] }]);
  });
});
