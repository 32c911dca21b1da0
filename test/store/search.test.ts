import { DeleteCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadStories, createStore, type Clients, type Store, type StoreConfig } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { countsForDf } from '../../lambdas/store/keys.ts';
import { makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers, watchedClients } from './local-servers.ts';
import type { StoryRecord } from '../../lambdas/story/index.ts';

const NOW = '2026-01-01T00:00:00.000Z';
let store: Store;
let clients: Clients;
let config: StoreConfig;
let stop: () => Promise<void>;
let nextId = 0x500;
const newId = () => (++nextId).toString(16).padStart(24, '0');

/** A story with a headline and paragraphs; everything else from the factory. */
const story = (headline: string, paragraphs: string[], overrides: Partial<StoryRecord> = {}): StoryRecord =>
  makeRecord({ id: newId(), headline, body: { paragraphs, wordCount: paragraphs.join(' ').split(' ').length }, ...overrides });

const save = async (...records: StoryRecord[]) => {
  for (const record of records) await store.saveStory(record, makeUpload());
};
const ids = (page: { items: { id: string }[] }) => page.items.map((s) => s.id);

async function itemsOf(id: string) {
  const result = await clients.ddb.send(new ScanCommand({ TableName: config.tableName, FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `S#${id}` } }));
  return result.Items ?? [];
}
async function dfOf(term: string): Promise<number> {
  const result = await clients.ddb.send(new ScanCommand({ TableName: config.tableName, FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `D#${term}` } }));
  return Number(result.Items?.[0]?.df ?? 0);
}

async function docsCount(): Promise<number> {
  const result = await clients.ddb.send(new ScanCommand({ TableName: config.tableName, FilterExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'STATS' } }));
  return Number(result.Items?.[0]?.docs ?? 0);
}

/**
 * A store on the real table whose DynamoDB requests pass through `around`, which sees each as
 * `<command> <input JSON>` and decides when to send it: before the SDK's retries (input as the
 * store wrote it), or inside them (input as sent), where a thrown retryable error is retried.
 */
function storeAround(around: (request: string, send: () => Promise<unknown>) => Promise<unknown>, opts: { insideRetries?: boolean } = {}): Store {
  const clients = createClients(config);
  const middleware = (next: (args: { input: unknown }) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: { input: unknown }) => around(`${String(context.commandName)} ${JSON.stringify(args.input)}`, () => next(args));
  const where = opts.insideRetries ? { step: 'deserialize', priority: 'low', name: 'around' } : { step: 'initialize', name: 'around' };
  clients.ddb.middlewareStack.add(middleware as never, where as never);
  return createStore(config, clients);
}

/**
 * A store whose process "dies" (that request and every later one throws) before, or right after,
 * the first request matching a pattern: a Lambda timing out mid-story.
 */
function crashingStore(dies: { before?: RegExp; after?: RegExp }): Store {
  let dead = false;
  return storeAround(async (request, send) => {
    if (dead || dies.before?.test(request)) {
      dead = true;
      throw new Error('process died');
    }
    const result = await send();
    if (dies.after?.test(request)) dead = true;
    return result;
  });
}

/** A store that, right after the first request matching a pattern is carried out, waits for `until`. */
function pausingStore(pattern: RegExp, until: Promise<void>): Store {
  let paused = false;
  return storeAround(async (request, send) => {
    const result = await send();
    if (!paused && pattern.test(request)) {
      paused = true;
      await until;
    }
    return result;
  });
}

/**
 * A store whose first request matching a pattern is carried out but its answer lost, as a 500: the
 * SDK sends it again, as it would after a timeout in the cloud.
 */
function answerLosingStore(pattern: RegExp): Store {
  let lost = false;
  return storeAround(async (request, send) => {
    const result = await send();
    if (!lost && pattern.test(request)) {
      lost = true;
      throw Object.assign(new Error('We encountered an internal error. Please try again.'), { name: 'InternalServerError', $fault: 'server', $metadata: { httpStatusCode: 500 } });
    }
    return result;
  }, { insideRetries: true });
}

/**
 * Searches `q` (ten results) on a table of its own, bulk-loaded with `stories`, watching the DynamoDB requests: how many
 * entries of a word's postings list were asked for, and whether any of its postings were read by key.
 */
async function searchWatched(stories: readonly StoryRecord[], q: string) {
  const servers = await startStoreServers();
  try {
    await bulkLoadStories(servers.config, createClients(servers.config), stories.map((record) => ({ record, upload: makeUpload() })));
    const { clients: watching, requests } = watchedClients(servers.config);
    const page = await createStore(servers.config, watching).searchStories({ q, filters: {}, limit: 10, now: NOW });
    return {
      page,
      entriesRead: (term: string) => requests.filter((r) => r.startsWith('QueryCommand') && r.includes(`"W#${term}"`)).reduce((sum, r) => sum + Number(/"Limit":(\d+)/.exec(r)?.[1] ?? 0), 0),
      readByKey: (term: string) => requests.some((r) => r.startsWith('BatchGetItemCommand') && new RegExp(`"sk":"T#[^"]*#${term}"`).test(r)),
    };
  } finally {
    await servers.stop();
  }
}

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  config = servers.config;
  clients = createClients(config);
  store = createStore(config, clients);
});
afterAll(async () => stop());

describe('Store: keyword search', () => {
  it('ranks a story about the subject above one that mentions it once', async () => {
    // Prepare
    const about = story('Wombat census finds the wombat population growing', ['Rangers counted every wombat in the park this spring.', 'The wombat numbers rose for a third year.']);
    const mention = story('Park budget approved by the council', ['The council approved the park budget on Monday.', 'One ranger said a wombat had been seen near the gate, and the meeting went on.']);
    await save(mention, about);
    // Act
    const page = await store.searchStories({ q: 'wombat', filters: {}, limit: 10, now: NOW });
    // Assess
    expect(ids(page)).toEqual([about.id, mention.id]);
    expect(page.items[0]!.score).toBeGreaterThan(page.items[1]!.score!);
  });

  it('finds only the stories that hold every word of the query, however much of one word the others hold', async () => {
    // Prepare: two stories full of one word each, and one that names both once
    const ferries = story('Ferry ferry ferry: the ferry timetable', ['Every ferry ran late; the ferry company blamed the ferry crews.']);
    const strike = story('Strike called at the ports', ['The strike began at dawn and the strike committee met.']);
    const both = story('Council meeting', ['A councillor mentioned the ferry and a strike in passing.']);
    await save(ferries, strike, both);
    // Act
    const page = await store.searchStories({ q: 'ferry strike', filters: {}, limit: 10, now: NOW });
    // Assess
    expect(ids(page)).toEqual([both.id]);
  });

  it('folds case and diacritics and stems the query', async () => {
    const zurich = story('Zürich trams RUNNING late', ['Trams in Zürich ran late after a storm.']);
    await save(zurich);
    expect(ids(await store.searchStories({ q: 'ZURICH tram runs', filters: {}, limit: 5, now: NOW }))).toContain(zurich.id);
  });

  it('refuses a query of stop words only', async () => {
    await expect(store.searchStories({ q: 'the and of', filters: {}, limit: 5, now: NOW })).rejects.toMatchObject({ name: 'NoSearchTermsError' });
  });

  it('combines keywords with every filter', async () => {
    const base = { headline: 'Quokka sanctuary opens', paragraphs: ['A quokka sanctuary opened on the island.'] };
    const ap = story(base.headline, base.paragraphs, {
      provider: 'Associated Press', bylines: [{ name: 'Ana Lima', title: null, location: null }],
      contributors: [{ name: 'Bo Chen', location: null, role: 'contributor' }],
      people: [{ name: 'Lloyd Austin', title: 'Defense Secretary', mentions: 3 }],
      organisations: [{ name: 'Island Trust', mentions: 1 }], places: [{ name: 'Rottnest Island', mentions: 2 }],
      versionCreated: '2024-05-02T10:00:00+00:00',
    });
    const reuters = story(base.headline, base.paragraphs, { provider: 'Reuters', versionCreated: '2024-06-02T10:00:00+00:00' });
    await save(ap, reuters);
    const search = (filters: Record<string, string>) => store.searchStories({ q: 'quokka', filters, limit: 10, now: NOW }).then(ids);
    expect(await search({})).toHaveLength(2);
    expect(await search({ provider: 'associated press' })).toEqual([ap.id]);
    expect(await search({ author: 'ANA LIMA' })).toEqual([ap.id]);
    expect(await search({ contributor: 'Bo Chen' })).toEqual([ap.id]);
    expect(await search({ person: 'Lloyd Austin' })).toEqual([ap.id]);
    expect(await search({ organisation: 'island trust' })).toEqual([ap.id]);
    expect(await search({ place: 'Rottnest Island' })).toEqual([ap.id]);
    expect(await search({ from: '2024-06-01T00:00:00.000Z' })).toEqual([reuters.id]);
    expect(await search({ to: '2024-05-31T23:59:59.999Z' })).toEqual([ap.id]);
    expect(await search({ provider: 'Reuters', person: 'Lloyd Austin' })).toEqual([]);
  });

  it('finds a person by the full name from the people list, also when the text then says only the last name', async () => {
    const austin = story('Defense chief visits troops', ['Defense Secretary Lloyd Austin visited troops on Tuesday.', 'Austin said the visit was overdue.', 'Austin then flew home.'],
      { people: [{ name: 'Lloyd Austin', title: 'Defense Secretary', mentions: 3 }] });
    await save(austin);
    const byPerson = await store.listStories({ filters: { person: 'lloyd austin' }, limit: 10, now: NOW });
    const ranked = await store.searchStories({ q: 'Austin troops', filters: { person: 'Lloyd Austin' }, limit: 10, now: NOW });
    expect(ids(byPerson)).toContain(austin.id);
    expect(ids(ranked)).toEqual([austin.id]);
  });

  it('never returns killed, withheld or embargoed stories', async () => {
    const usable = story('Narwhal sighting off the coast', ['A narwhal was seen.']);
    const killedV1 = story('Narwhal stranded', ['A narwhal stranded on the beach.']);
    const killedV2 = { ...killedV1, version: '2', pubStatus: 'canceled' as const, signals: ['kill' as const], source: { ...killedV1.source, contentHash: 'f'.repeat(64) } };
    const withheld = story('Narwhal tusk study withheld', ['The narwhal study.'], { pubStatus: 'withheld' });
    const embargoed = story('Narwhal report under embargo', ['The narwhal report.'], { embargoedUntil: '2030-01-01T00:00:00+00:00' });
    await save(usable, killedV1, killedV2, withheld, embargoed);
    expect(ids(await store.searchStories({ q: 'narwhal', filters: {}, limit: 10, now: NOW }))).toEqual([usable.id]);
    expect(ids(await store.searchStories({ q: 'narwhal', filters: {}, limit: 10, now: '2030-01-02T00:00:00.000Z' })).sort()).toEqual([usable.id, embargoed.id].sort());
    // the kill took the story's postings out of the index altogether
    expect((await itemsOf(killedV1.id)).filter((item) => String(item.sk).startsWith('T#'))).toEqual([]);
  });

  it('pages through ranked results without duplicates or gaps, while new stories arrive', async () => {
    // Prepare: 23 stories with "pangolin" 1–23 times in the body
    const originals = Array.from({ length: 23 }, (_, i) => story(`Report ${i}`, ['An annual report.', Array.from({ length: i + 1 }, () => 'pangolin').join(' ') + ' trade.']));
    await save(...originals);
    // Act
    const served: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.searchStories({ q: 'pangolin', filters: {}, limit: 5, cursor, now: NOW });
      served.push(...ids(page));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
      // newcomers, better and worse than anything so far, arrive between pages
      await save(story('Pangolin pangolin pangolin', ['Pangolin pangolin.', 'pangolin '.repeat(30)]), story('Elsewhere', ['Intro.', 'A pangolin.']));
    } while (cursor);
    // Assess
    const originalIds = new Set(originals.map((s) => s.id));
    const servedOriginals = served.filter((id) => originalIds.has(id));
    expect(new Set(served).size).toBe(served.length);
    expect(servedOriginals).toHaveLength(23);
    // originals in order: more mentions first
    expect(servedOriginals).toEqual([...originals].reverse().map((s) => s.id));
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  it('reads the postings a rare word\'s stories have of a common word by key, not the common word\'s whole list', async () => {
    // Prepare: 1,000 stories about the harbour (its word in their headline: high impacts), and 40 that name a quokka
    // once and the harbour in their body only, 1 to 40 times: deep in the harbour's list, which no first read reaches
    const harbour = Array.from({ length: 1000 }, (_, i) => story(`Harbour news ${i}`, ['The harbour board met.', `${'harbour '.repeat(2 + (i % 5))}traffic.`]));
    const quokkas = Array.from({ length: 40 }, (_, j) => story(`Island count ${j}`, ['A quokka was seen.', `${'harbour '.repeat(j + 1)}again.`]));

    // Act
    const { page, entriesRead, readByKey } = await searchWatched([...harbour, ...quokkas], 'quokka harbour');

    // Assess: the stories with both words, most harbour first; the harbour list read in part, the rest by key
    expect(ids(page)).toEqual(quokkas.slice(-10).reverse().map((s) => s.id));
    expect(entriesRead('harbour')).toBeLessThan(1040);
    expect(readByKey('harbour')).toBe(true);
  }, 60_000);

  it('reads a common word\'s list to its end when that costs less than reading hundreds of candidates\' postings by key', async () => {
    // Prepare: 1,800 stories about the river; 400 about otters, half of which name the river once in their body
    const river = Array.from({ length: 1800 }, (_, i) => story(`River news ${i}`, ['The river board met.', `${'river '.repeat(2 + (i % 5))}traffic.`]));
    const otters = Array.from({ length: 400 }, (_, j) => story(`Otter count ${j}`, ['An otter was seen.', j % 2 === 0 ? 'It swam up the river.' : 'It swam away.']));

    // Act
    const { page, entriesRead, readByKey } = await searchWatched([...river, ...otters], 'otter river');

    // Assess: ten stories with both words; the river's postings read down its list, none by key
    const both = new Set(otters.filter((_, j) => j % 2 === 0).map((s) => s.id));
    expect(page.items).toHaveLength(10);
    expect(page.items.every((s) => both.has(s.id))).toBe(true);
    expect(readByKey('river')).toBe(false);
    expect(entriesRead('river')).toBeGreaterThanOrEqual(2000);
  }, 60_000);

  it('keeps the story count and document frequencies a minute for the next query, and still finds a story stored in between', async () => {
    // Prepare
    const servers = await startStoreServers();
    try {
      const { clients: watching, requests } = watchedClients(servers.config);
      const watched = createStore(servers.config, watching);
      const first = story('Kiwifruit growers expect a record crop', ['Orchards in the Bay of Plenty expect a record kiwifruit harvest.']);
      const second = story('Kiwifruit prices fall', ['Kiwifruit prices fell at the start of the season.']);
      await watched.saveStory(first, makeUpload());
      const dfReads = () => requests.filter((r) => r.startsWith('BatchGetItemCommand') && r.includes('"D#kiwifruit"')).length;

      // Act
      const before = await watched.searchStories({ q: 'kiwifruit', filters: {}, limit: 10, now: NOW });
      const readsAfterFirst = dfReads();
      await watched.saveStory(second, makeUpload());
      const after = await watched.searchStories({ q: 'kiwifruit', filters: {}, limit: 10, now: '2026-01-01T00:00:30.000Z' });
      const later = await watched.searchStories({ q: 'kiwifruit', filters: {}, limit: 10, now: '2026-01-01T00:01:30.000Z' });

      // Assess
      expect(ids(before)).toEqual([first.id]);
      expect(readsAfterFirst).toBe(1);
      expect(new Set(ids(after))).toEqual(new Set([first.id, second.id]));
      expect(dfReads()).toBe(2); // none for the query 30 seconds on, one for the query a minute and a half on
      expect(new Set(ids(later))).toEqual(new Set([first.id, second.id]));
    } finally {
      await servers.stop();
    }
  });

  it('refuses a tampered cursor, and a cursor of another query', async () => {
    const page = await store.searchStories({ q: 'pangolin', filters: {}, limit: 2, now: NOW });
    const cursor = page.nextCursor!;
    const [payload, mac] = cursor.split('.') as [string, string];
    const state = JSON.parse(Buffer.from(payload, 'base64url').toString());
    state.s.s = 1e9;
    const forged = `${Buffer.from(JSON.stringify(state)).toString('base64url')}.${mac}`;
    await expect(store.searchStories({ q: 'pangolin', filters: {}, limit: 2, cursor: forged, now: NOW })).rejects.toMatchObject({ name: 'InvalidCursorError' });
    // (the MAC's first character, whose six bits all count: its last ones may carry padding a decoder ignores, so changing
    // them can leave the bytes as they were)
    const tampered = `${payload}.${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    await expect(store.searchStories({ q: 'pangolin', filters: {}, limit: 2, cursor: tampered, now: NOW })).rejects.toMatchObject({ name: 'InvalidCursorError' });
    await expect(store.searchStories({ q: 'wombat', filters: {}, limit: 2, cursor, now: NOW })).rejects.toThrow(/other parameters/);
    await expect(store.listStories({ filters: {}, limit: 2, cursor, now: NOW })).rejects.toMatchObject({ name: 'InvalidCursorError' });
  });
});

describe('Store: keyword index upkeep', () => {
  it('replaces the postings of a replaced version and keeps document frequencies exact under redelivery', async () => {
    // Prepare: a story of the document-frequency sample
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const v1 = story('Axolotl breeding programme', ['The axolotl programme began.'], { id, version: '1' });
    const v2 = { ...story('Salamander breeding programme', ['The salamander programme began.'], { id: v1.id, version: '2' }) };
    const upload = makeUpload();
    const axolotlBefore = await dfOf('axolotl');
    // Act
    await store.saveStory(v1, upload);
    await store.saveStory(v1, upload); // the same event, redelivered
    const afterV1 = await dfOf('axolotl');
    await store.saveStory(v2, makeUpload());
    // Assess
    expect(afterV1).toBe(axolotlBefore + 1);
    expect(await dfOf('axolotl')).toBe(axolotlBefore);
    expect(await dfOf('salamand')).toBe(1);
    expect(ids(await store.searchStories({ q: 'axolotl', filters: {}, limit: 5, now: NOW }))).toEqual([]);
    expect(ids(await store.searchStories({ q: 'salamander', filters: {}, limit: 5, now: NOW }))).toEqual([v1.id]);
    const postings = (await itemsOf(v1.id)).filter((item) => String(item.sk).startsWith('T#'));
    expect(postings.length).toBeGreaterThan(0);
    expect(postings.every((item) => String(item.sk).startsWith('T#n00000000000000000002#'))).toBe(true);
  });

  it.each([
    ['after CURRENT moved', { after: /^PutItemCommand .*"sk":"CURRENT"/ }],
    ['after the counters moved, before the old entries went', { before: /^BatchWriteItemCommand .*"DeleteRequest"/ }],
  ])('completes the index and counts exactly once when a redelivery follows a crash %s', async (_, dies) => {
    // Prepare: v1 indexed; v2 changes words and author; a store whose process dies right after a put
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const v1 = story('Pangolin rescue centre', ['The pangolin centre opened.'], { id, version: '1', bylines: [{ name: 'Ana Pereira', title: null, location: null }] });
    const v2 = story('Aardvark rescue centre', ['The aardvark centre opened.'], { id, version: '2', bylines: [{ name: 'Kwame Mensah', title: null, location: null }] });
    await store.saveStory(v1, makeUpload());
    const [pangolin, aardvark, docs] = [await dfOf('pangolin'), await dfOf('aardvark'), await docsCount()];
    const upload = makeUpload();
    // Act
    await expect(crashingStore(dies).saveStory(v2, upload)).rejects.toThrow('process died');
    await store.saveStory(v2, upload); // the message, redelivered
    // Assess
    expect([await dfOf('pangolin'), await dfOf('aardvark'), await docsCount()]).toEqual([pangolin - 1, aardvark + 1, docs]);
    const items = await itemsOf(id);
    expect(items.filter((item) => String(item.sk).startsWith('T#')).every((item) => String(item.sk).startsWith('T#n00000000000000000002#'))).toBe(true);
    expect(items.filter((item) => String(item.sk).startsWith('F#A#'))).toEqual([expect.objectContaining({ sk: 'F#A#kwame mensah' })]);
    expect(items.find((item) => item.sk === 'INDEXED')).not.toHaveProperty('clean');
    expect(ids(await store.searchStories({ q: 'aardvark', filters: {}, limit: 5, now: NOW }))).toContain(id);
  });

  it('counts once when the answer to its claim of the index is lost and the SDK sends the claim again', async () => {
    // Prepare
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const v1 = story('Narwhal pod sighted', ['A narwhal pod was sighted.'], { id, version: '1' });
    const v2 = story('Beluga pod sighted', ['A beluga pod was sighted.'], { id, version: '2' });
    await store.saveStory(v1, makeUpload());
    const [narwhal, beluga] = [await dfOf('narwhal'), await dfOf('beluga')];
    // Act
    await answerLosingStore(/^PutItemCommand .*"INDEXED"/).saveStory(v2, makeUpload());
    // Assess
    expect([await dfOf('narwhal'), await dfOf('beluga')]).toEqual([narwhal - 1, beluga + 1]);
    expect((await itemsOf(id)).filter((item) => String(item.sk).startsWith('T#')).every((item) => String(item.sk).startsWith('T#n00000000000000000002#'))).toBe(true);
  });

  it('leaves a story killed and uncounted when a kill from a lower rank overtakes a newer version mid-write', async () => {
    // Prepare: version 3 is held right after it moved CURRENT, while the kill (version 2) runs whole
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const newer = story('Quokka colony counted', ['A quokka colony was counted.'], { id, version: '3' });
    const kill = story('Quokka colony counted', ['Withdrawn.'], { id, version: '2', pubStatus: 'canceled', signals: ['kill'] });
    const [quokka, docs] = [await dfOf('quokka'), await docsCount()];
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    // Act
    const writing = pausingStore(/^PutItemCommand .*"sk":"CURRENT"/, held).saveStory(newer, makeUpload());
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.saveStory(kill, makeUpload());
    release();
    await writing;
    // Assess
    expect(await store.getStory(id, NOW)).toEqual({ status: 'killed' });
    expect([await dfOf('quokka'), await docsCount()]).toEqual([quokka, docs]);
    expect((await itemsOf(id)).filter((item) => String(item.sk).startsWith('T#') || String(item.sk).startsWith('F#'))).toEqual([]);
  });

  it.each([
    ['after CURRENT went', { after: /^DeleteItemCommand .*"sk":"CURRENT"/ }],
    ['before its version went', { before: /^DeleteItemCommand .*"sk":"V#/ }],
  ])('finishes retiring a story\'s only upload when a run that stopped %s is resumed', async (_, dies) => {
    // Prepare
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const upload = makeUpload();
    const [wombat, docs] = [await dfOf('wombat'), await docsCount()];
    await store.saveStory(story('Wombat burrows mapped', ['Wombat burrows were mapped.'], { id }), upload);
    // Act
    await expect(crashingStore(dies).retireUpload(id, upload.key)).rejects.toThrow('process died');
    const resumed = await store.retireUpload(id, upload.key);
    // Assess
    expect(resumed).toBe(true);
    expect(await itemsOf(id)).toEqual([]);
    expect([await dfOf('wombat'), await docsCount()]).toEqual([wombat, docs]);
    expect(await store.getStory(id, NOW)).toEqual({ status: 'missing' });
  });

  it('keeps a story killed when the version retired was current and a kill remains', async () => {
    const id = newId();
    const killUpload = makeUpload();
    const laterUpload = makeUpload();
    await store.saveStory(story('Ibis', ['Killed.'], { id, version: '2', pubStatus: 'canceled', signals: ['kill'] }), killUpload);
    await store.saveStory(story('Ibis', ['A kill notice, re-sent.'], { id, version: '3', pubStatus: 'canceled', signals: ['kill'] }), laterUpload);
    // a usable version ranked above the kills is kept as a version, never made current
    await store.saveStory(story('Ibis', ['Ibis nesting resumes.'], { id, version: '4' }), makeUpload());
    await store.retireUpload(id, laterUpload.key);
    expect(await store.getStory(id, NOW)).toEqual({ status: 'killed' });
  });

  it('counts a story stored before INDEXED items existed once when its next version arrives', async () => {
    // Prepare: version 1 as the store wrote it before: no INDEXED item, CURRENT not marked tracked
    let id = newId();
    while (!countsForDf(id)) id = newId();
    const [gecko, skink, docs] = [await dfOf('gecko'), await dfOf('skink'), await docsCount()];
    await store.saveStory(story('Gecko survey', ['A gecko survey began.'], { id, version: '1' }), makeUpload());
    await clients.ddb.send(new DeleteCommand({ TableName: config.tableName, Key: { pk: `S#${id}`, sk: 'INDEXED' } }));
    await clients.ddb.send(new UpdateCommand({ TableName: config.tableName, Key: { pk: `S#${id}`, sk: 'CURRENT' }, UpdateExpression: 'REMOVE tracked' }));
    // Act
    await store.saveStory(story('Skink survey', ['A skink survey began.'], { id, version: '2' }), makeUpload());
    // Assess
    expect([await dfOf('gecko'), await dfOf('skink'), await docsCount()]).toEqual([gecko, skink + 1, docs + 1]);
  });

  it('keeps the newer version indexed when an older one arrives later', async () => {
    const newer = story('Okapi calf born', ['An okapi calf was born.'], { version: '3' });
    const older = story('Tapir calf born', ['A tapir calf was born.'], { id: newer.id, version: '2' });
    await save(newer, older);
    expect(ids(await store.searchStories({ q: 'okapi', filters: {}, limit: 5, now: NOW }))).toEqual([newer.id]);
    expect(ids(await store.searchStories({ q: 'tapir', filters: {}, limit: 5, now: NOW }))).toEqual([]);
  });

  it('analyses each story in its own language, and a query in every language the index holds', async () => {
    // Prepare: German and Swedish copy, and an English story that shares a spelling
    const german = story('Neue Häuser für Flüchtlinge', ['Die Stadt baut neue Häuser am Stadtrand, sagte der Bürgermeister.'], { language: 'de' });
    const swedish = story('Regeringen lovar nya bostäder', ['Regeringen säger att bostäderna byggs i höst.'], { language: 'sv' });
    const english = story('Hauser wins the ferry contract', ['Hauser Marine will run the ferries.'], { language: 'en' });

    // Act
    await save(german, swedish, english);
    // a warm API reads the languages the index holds once a minute: these queries come two minutes later
    const later = new Date(Date.parse(NOW) + 120_000).toISOString();
    const find = (q: string, lang?: string) => store.searchStories({ q, filters: {}, limit: 10, now: later, ...(lang ? { lang } : {}) }).then(ids);

    // Assess: other forms of a word find it by its stem in the story's language
    expect(await find('Haus')).toContain(german.id);
    expect(await find('Häusern Stadtrand')).toContain(german.id);
    expect(await find('regeringens bostad')).toContain(swedish.id);
    // `Häuser` is also an English spelling's stem: without `lang` both, with `lang` only that language's
    expect(await find('Häuser')).toEqual(expect.arrayContaining([german.id, english.id]));
    expect(await find('Häuser', 'de')).toEqual([german.id]);
    // a phrase holds in the story's own reading
    expect(await find('"neue Häuser"')).toContain(german.id);
    expect(await find('"Häuser neue"')).not.toContain(german.id);
  });

  it('indexes every word of a long story, each said once deep in the body, and nothing twice', async () => {
    // Prepare: 60 paragraphs of three words found nowhere else, 12 names
    const long = story('A very long story', Array.from({ length: 60 }, (_, i) => `Paragraph ${i} mentions word${i}alpha and word${i}beta and word${i}gamma in passing.`),
      { people: Array.from({ length: 12 }, (_, i) => ({ name: `Person ${i}`, title: null, mentions: 1 })) });

    // Act
    await save(long);

    // Assess: the last paragraph's words find it, and each term has one posting
    for (const q of ['word59gamma', 'word0alpha', 'word31beta']) expect(ids(await store.searchStories({ q, filters: {}, limit: 10, now: NOW }))).toContain(long.id);
    const postings = (await itemsOf(long.id)).filter((item) => String(item.sk).startsWith('T#')).map((item) => String(item.sk));
    expect(postings.length).toBeGreaterThan(180);
    expect(new Set(postings).size).toBe(postings.length);
  });

  it('bulk-loads exactly the items that saving story by story writes', async () => {
    const servers = await startStoreServers();
    try {
      const records = [story('Ibex herd', ['An ibex herd.', 'More ibex.']), story('Ibex kid', ['A young ibex.'], { provider: 'Reuters' })];
      const uploads = records.map(() => makeUpload());
      // a bulk load stamps postings as written when their upload arrived: so does this writer's clock
      const one = createStore(servers.config, createClients(servers.config), { clock: () => uploads[0]!.receivedAt });
      for (const [i, record] of records.entries()) await one.saveStory(record, uploads[i]!);
      const saved = (await createClients(servers.config).ddb.send(new ScanCommand({ TableName: servers.config.tableName }))).Items ?? [];
      const other = await startStoreServers();
      try {
        await bulkLoadStories(other.config, createClients(other.config), records.map((record, i) => ({ record, upload: uploads[i]! })));
        const loaded = (await createClients(other.config).ddb.send(new ScanCommand({ TableName: other.config.tableName }))).Items ?? [];
        // the INDEXED item's `claim` names the writer that claimed it: a nonce, whoever writes
        const norm = (items: Record<string, unknown>[]) => items.map(({ claim: _, ...item }) => JSON.stringify(item, (_, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))).sort();
        expect(norm(loaded)).toEqual(norm(saved));
      } finally {
        await other.stop();
      }
    } finally {
      await servers.stop();
    }
  });
});
