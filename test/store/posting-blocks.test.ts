import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadStories, createStore, type Clients, type Store, type StoreConfig } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { decodeBlock, encodeBlock } from '../../lambdas/store/posting-blocks.ts';
import type { StoryRecord } from '../../lambdas/story/index.ts';
import { makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers, watchedClients } from './local-servers.ts';

const NOW = '2026-01-01T00:00:00.000Z';
/** Small blocks, so that a few dozen stories make a common term with several of them. */
const BLOCKS = { minPostings: 16, rebuildAfter: 8, blockSize: 4 };
const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

let config: StoreConfig;
let clients: Clients;
let stop: () => Promise<void>;
let nextId = 0x900;
const newId = () => (++nextId).toString(16).padStart(24, '0');

/** The writers' clock, set by each test. */
let writerClock = '2025-12-31T23:00:00.000Z';
const storeWith = (c: Clients) => createStore(config, c, { blocks: BLOCKS, clock: () => writerClock });

/** A story saying `word` `times` times among other words: the more often, the higher its impact. */
const story = (word: string, times: number, overrides: Partial<StoryRecord> = {}): StoryRecord => {
  const paragraphs = [`The ${Array.from({ length: times }, () => word).join(' and ')} were counted at dawn.`, 'Officials gave no figure for the rest.'];
  return makeRecord({ id: newId(), headline: `Count number ${nextId}`, body: { paragraphs, wordCount: 20 }, ...overrides });
};

/** Every result of a query, page by page, in order. */
async function allResults(store: Store, q: string, now = NOW): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.searchStories({ q, filters: {}, limit: 7, now, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((s) => s.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

async function blockItems(term: string): Promise<{ sk: string; p: string }[]> {
  const result = await clients.ddb.send(new QueryCommand({ TableName: config.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `B#${term}` } }));
  return (result.Items ?? []) as { sk: string; p: string }[];
}
const counter = async (term: string) =>
  (await clients.ddb.send(new GetCommand({ TableName: config.tableName, Key: { pk: `D#${term}`, sk: 'D' } }))).Item;

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  config = servers.config;
  clients = createClients(config);
});
afterAll(async () => stop());

describe('posting blocks (issue 13)', () => {
  it('a block is its postings, highest impact first, one a line', () => {
    const entries = [{ impact: 900, id: 'a'.repeat(24), rank: 't2024-10-23T11:34:00.000Z#r2024-10-23T12:00:00.000Z#hdeadbeef0000' }, { impact: 12, id: 'b'.repeat(24), rank: 'n0000000002' }];
    expect(decodeBlock(encodeBlock(entries))).toEqual(entries);
    expect(decodeBlock('')).toEqual([]);
  });

  it('a common word is read from its blocks once they are built, with the same results in the same order, every page', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    for (let i = 0; i < 48; i++) await store.saveStory(story('walrus', 1 + (i % 5)), makeUpload());
    for (let i = 0; i < 6; i++) await store.saveStory(story('narwhal', 2), makeUpload());
    const before = await allResults(store, 'walrus');
    expect(before).toHaveLength(48);

    // the sampled counter queued the word as it passed the line; the job builds it, five minutes after the last write and more
    expect((await counter('walru'))?.gsi2pk).toBe('COMPACT');
    const built = await store.buildPostingBlocks(minutesAfter(writerClock, 10));
    expect(built.terms).toBeGreaterThanOrEqual(1);
    expect((await counter('walru'))?.gsi2pk).toBeUndefined();
    const blocks = await blockItems('walru');
    expect(blocks).toHaveLength(12);
    const entries = blocks.flatMap((b) => decodeBlock(b.p));
    expect(entries.map((e) => e.impact)).toEqual([...entries.map((e) => e.impact)].sort((a, b) => b - a));

    const { clients: watched, requests } = watchedClients(config);
    const after = await allResults(storeWith(watched), 'walrus', minutesAfter(NOW, 2));
    expect(after).toEqual(before);
    expect(requests.some((r) => r.startsWith('BatchGetItemCommand') && r.includes('"B#walru"'))).toBe(true);
    expect(requests.some((r) => r.startsWith('QueryCommand') && r.includes('"W#walru"'))).toBe(false);
    // a rare word has no blocks: its posting items are read as before
    expect(await allResults(storeWith(watched), 'narwhal walrus', minutesAfter(NOW, 2))).toEqual([]);
    expect(requests.some((r) => r.includes('"B#narwhal"'))).toBe(false);
  });

  it('what changed after the build is read from its newer postings: a new story found, one that lost the word or was killed not', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    const old = Array.from({ length: 40 }, (_, i) => story('puffin', 1 + (i % 3)));
    for (const record of old) await store.saveStory(record, makeUpload());
    await store.buildPostingBlocks(minutesAfter(writerClock, 10));
    expect((await blockItems('puffin')).length).toBeGreaterThan(0);

    writerClock = minutesAfter(writerClock, 20);
    const loud = story('puffin', 9);
    await store.saveStory(loud, makeUpload());
    const [lost, killed, louder] = [old[3]!, old[4]!, old[5]!];
    await store.saveStory(makeRecord({ id: lost.id, version: '2', headline: 'A count of terns', body: { paragraphs: ['The terns were counted.'], wordCount: 4 } }), makeUpload());
    await store.saveStory({ ...story('puffin', 1), id: killed.id, version: '2', pubStatus: 'canceled', signals: ['kill'] }, makeUpload());
    await store.saveStory({ ...story('puffin', 12), id: louder.id, version: '2' }, makeUpload());

    const { clients: watched, requests } = watchedClients(config);
    const results = await allResults(storeWith(watched), 'puffin', minutesAfter(writerClock, 1));
    expect(requests.some((r) => r.includes('"B#puffin"'))).toBe(true);
    expect(results.slice(0, 2)).toEqual([louder.id, loud.id]);
    expect(new Set(results)).toEqual(new Set([...old.filter((r) => r !== lost && r !== killed).map((r) => r.id), loud.id]));
    expect(results).toHaveLength(39);
  });

  it('a story whose new version joined a second common word is found by both, though its old posting of the first is in a block', async () => {
    const servers = await startStoreServers();
    try {
      const top = story('guillemot', 15);
      const stories = [top, ...Array.from({ length: 40 }, (_, i) => story('guillemot', 1 + (i % 3))), ...Array.from({ length: 60 }, (_, i) => story('shearwater', 3 + (i % 3)))];
      await bulkLoadStories(servers.config, createClients(servers.config), stories.map((record) => ({ record, upload: makeUpload() })), {}, { blocks: BLOCKS });
      const at = '2026-01-01T00:00:00.000Z';
      const own = (c = createClients(servers.config)) => createStore(servers.config, c, { blocks: BLOCKS, clock: () => at });
      await own().buildPostingBlocks(minutesAfter(at, -10));
      // its new version still says the first word as often, and the second once: low in that word's list
      const paragraphs = [`The ${Array.from({ length: 15 }, () => 'guillemot').join(' and ')} were counted at dawn.`, 'A shearwater flew over the long colony of seabirds on the cliffs that morning.'];
      await own().saveStory(makeRecord({ id: top.id, version: '2', headline: top.headline, body: { paragraphs, wordCount: 40 } }), makeUpload());
      expect(await allResults(own(), 'guillemot shearwater', minutesAfter(at, 1))).toEqual([top.id]);
    } finally {
      await servers.stop();
    }
  });

  it('two common words both read from their blocks to the end at once: every story holding both is found, in rank order', async () => {
    const servers = await startStoreServers();
    try {
      // ids of its own, so that the other tests' ids (and the counters they sample) stay as they were
      let n = 0;
      const id = () => (0xc000 + ++n).toString(16).padStart(24, '0');
      // the stories with both words say each once, so that they stand at the foot of both lists
      const both = Array.from({ length: 9 }, () => makeRecord({ id: id(), headline: `Survey ${n}`, body: { paragraphs: ['A kittiwake and a cormorant were seen on the same ledge.', 'Officials gave no figure.'], wordCount: 12 } }));
      const alone = (word: string, times: number) => makeRecord({ id: id(), headline: `Count ${n}`, body: { paragraphs: [`The ${Array.from({ length: times }, () => word).join(' and ')} were counted.`], wordCount: 12 } });
      const stories = [...both, ...Array.from({ length: 60 }, (_, i) => alone('kittiwake', 2 + (i % 4))), ...Array.from({ length: 60 }, (_, i) => alone('cormorant', 2 + (i % 4)))];
      await bulkLoadStories(servers.config, createClients(servers.config), stories.map((record) => ({ record, upload: makeUpload() })), {}, { blocks: BLOCKS });
      const at = '2026-01-01T00:00:00.000Z';
      const own = (c = createClients(servers.config)) => createStore(servers.config, c, { blocks: BLOCKS, clock: () => at });
      await own().buildPostingBlocks(minutesAfter(at, -10));
      const { clients: watched, requests } = watchedClients(servers.config);
      const found = await allResults(own(watched), 'kittiwake cormorant', minutesAfter(at, 1));
      expect(requests.some((r) => r.includes('"B#kittiwak"')) && requests.some((r) => r.includes('"B#cormor"'))).toBe(true);
      // equal scores: the lower id first
      expect(found).toEqual(both.map((r) => r.id).sort());
    } finally {
      await servers.stop();
    }
  });

  it('a word queued again is built as a new generation; the one before the replaced one goes', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    for (let i = 0; i < 40; i++) await store.saveStory(story('gannet', 1 + (i % 4)), makeUpload());
    const first = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(first);
    writerClock = minutesAfter(first, 1);
    for (let i = 0; i < 40; i++) await store.saveStory(story('gannet', 1 + (i % 4)), makeUpload());
    expect((await counter('gannet'))?.gsi2pk).toBe('COMPACT');
    const second = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(second);
    writerClock = minutesAfter(second, 1);
    for (let i = 0; i < 40; i++) await store.saveStory(story('gannet', 1 + (i % 4)), makeUpload());
    const third = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(third);

    const generations = new Set((await blockItems('gannet')).map((b) => b.sk.slice(0, b.sk.lastIndexOf('#'))));
    expect(generations).toEqual(new Set([second, third]));
    expect((await counter('gannet'))?.blocks).toMatchObject({ gen: third, postings: 120, blocks: 30 });
    expect(await allResults(store, 'gannet', minutesAfter(third, 1))).toHaveLength(120);
  });

  it('a block deleted under a search: the word is read from its posting items instead, nothing lost', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    for (let i = 0; i < 36; i++) await store.saveStory(story('skua', 1 + (i % 6)), makeUpload());
    await store.buildPostingBlocks(minutesAfter(writerClock, 10));
    const before = await allResults(store, 'skua', minutesAfter(writerClock, 11));
    const [, second] = (await blockItems('skua')).sort((a, b) => (a.sk < b.sk ? -1 : 1));
    await clients.ddb.send(new DeleteCommand({ TableName: config.tableName, Key: { pk: 'B#skua', sk: second!.sk } }));
    // a new client: no figures kept from the search before
    expect(await allResults(storeWith(createClients(config)), 'skua', minutesAfter(writerClock, 11))).toEqual(before);
  });

  it('a warm API reads a block once: the next query of the word asks the table for none, until a new generation is built', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    for (let i = 0; i < 40; i++) await store.saveStory(story('petrel', 1 + (i % 4)), makeUpload());
    const first = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(first);
    const { clients: watched, requests } = watchedClients(config);
    const warm = storeWith(watched);
    const before = await allResults(warm, 'petrel', minutesAfter(first, 1));
    expect(before).toHaveLength(40);
    expect(requests.some((r) => r.startsWith('BatchGetItemCommand') && r.includes('"B#petrel"'))).toBe(true);

    // every block read is held: deleting them all from the table changes nothing for this container
    for (const block of await blockItems('petrel')) await clients.ddb.send(new DeleteCommand({ TableName: config.tableName, Key: { pk: 'B#petrel', sk: block.sk } }));
    requests.length = 0;
    expect(await allResults(warm, 'petrel', minutesAfter(first, 1))).toEqual(before);
    expect(requests.some((r) => r.includes('"B#petrel"'))).toBe(false);
    expect(requests.some((r) => r.startsWith('QueryCommand') && r.includes('"W#petrel"'))).toBe(false);

    // a rebuild names a new generation: its blocks are read from the table, and the stories added since are found
    writerClock = minutesAfter(first, 1);
    for (let i = 0; i < 20; i++) await store.saveStory(story('petrel', 1), makeUpload());
    const second = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(second);
    requests.length = 0;
    // past the minute a warm API keeps a term's figures, so it reads the new head
    expect(await allResults(warm, 'petrel', minutesAfter(second, 2))).toHaveLength(60);
    expect(requests.some((r) => r.startsWith('BatchGetItemCommand') && r.includes(`"${second}#0000"`))).toBe(true);
  });

  it('with NEWSWIRE_BLOCK_CACHE_ENTRIES=0 a warm API reads the blocks from the table every time', async () => {
    const store = storeWith(clients);
    writerClock = '2025-12-31T23:00:00.000Z';
    for (let i = 0; i < 48; i++) await store.saveStory(story('puffin', 1 + (i % 3)), makeUpload());
    const built = minutesAfter(writerClock, 10);
    await store.buildPostingBlocks(built);
    const { clients: watched, requests } = watchedClients(config);
    const warm = storeWith(watched);
    process.env.NEWSWIRE_BLOCK_CACHE_ENTRIES = '0';
    try {
      const first = await allResults(warm, 'puffin', minutesAfter(built, 1));
      requests.length = 0;
      expect(await allResults(warm, 'puffin', minutesAfter(built, 1))).toEqual(first);
      expect(requests.some((r) => r.startsWith('BatchGetItemCommand') && r.includes('"B#puffin"'))).toBe(true);
    } finally {
      delete process.env.NEWSWIRE_BLOCK_CACHE_ENTRIES;
    }
  });

  it('a bulk load queues its common terms at once', async () => {
    const servers = await startStoreServers();
    try {
      // enough stories that the one-in-eight sample counts the word past the line whatever ids the tests before took
      const stories = Array.from({ length: 120 }, (_, i) => story('fulmar', 1 + (i % 3)));
      await bulkLoadStories(servers.config, createClients(servers.config), stories.map((record) => ({ record, upload: makeUpload() })), {}, { blocks: BLOCKS });
      const own = createStore(servers.config, createClients(servers.config), { blocks: BLOCKS });
      const before = await allResults(own, 'fulmar');
      expect((await own.buildPostingBlocks(NOW)).terms).toBeGreaterThanOrEqual(1);
      expect(await allResults(own, 'fulmar', minutesAfter(NOW, 1))).toEqual(before);
    } finally {
      await servers.stop();
    }
  });
});
