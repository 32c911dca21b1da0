import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../lambdas/api/make-handler.ts';
import { createStore, type Store } from '../../lambdas/store/index.ts';
import type { StoryRecord } from '../../lambdas/story/index.ts';
import { lambdaContext, makeApiEvent, makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers } from '../store/local-servers.ts';
import { responseChecker, structuralProblems } from './openapi-check.ts';

let store: Store;
let stop: () => Promise<void>;
let raw: (pathAndQuery: string) => Promise<{ status: number; type: string | undefined; body: any }>;
let check: ReturnType<typeof responseChecker>;
const errors: unknown[] = [];

/** Calls the handler and checks the response against the API's own OpenAPI document. */
async function call(pathAndQuery: string) {
  const response = await raw(pathAndQuery);
  const path = new URL(pathAndQuery, 'http://x').pathname;
  expect(check('GET', path, response.status, response.type, response.body)).toEqual([]);
  return response;
}

let n = 0x900;
const story = (headline: string, paragraphs: string[], overrides: Partial<StoryRecord> = {}): StoryRecord =>
  makeRecord({ id: (++n).toString(16).padStart(24, '0'), headline, body: { paragraphs, wordCount: 10 }, ...overrides });

const about = story('Glacier retreat speeds up, glacier survey finds', ['The glacier lost more ice this year than any year on record.', 'Scientists measured the glacier from the air.'],
  { provider: 'Reuters', people: [{ name: 'Lloyd Austin', title: 'Defense Secretary', mentions: 2 }] });
const once = story('Alpine tourism recovers', ['Hotels in the valley were full.', 'Guides said a walk to the glacier was the most booked tour.']);
const killed = story('Glacier hut closed', ['The glacier hut closed.'], { pubStatus: 'canceled', signals: ['kill'] });
const withheld = story('Glacier data withheld', ['Glacier figures.'], { pubStatus: 'withheld' });
const many = Array.from({ length: 12 }, (_, i) => story(`Harbour report ${'abcdefghijkl'[i]}`, ['Harbour news.', `The harbour ${'harbour '.repeat(i)}was busy.`]));

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  store = createStore(servers.config);
  const handler = makeHandler({ store, clock: () => '2026-01-01T00:00:00.000Z', log: (error) => errors.push(error) });
  raw = async (pathAndQuery) => {
    const response = await handler(makeApiEvent(pathAndQuery), lambdaContext);
    return { status: response.statusCode, type: response.headers?.['content-type'] as string | undefined, body: JSON.parse(response.body) };
  };
  check = responseChecker((await raw('/openapi.json')).body);
  for (const record of [about, once, killed, withheld, ...many]) await store.saveStory(record, makeUpload());
});
afterAll(async () => stop());

describe('API: keyword search', () => {
  it('ranks the story about the subject first, with scores, and leaves out killed and withheld stories', async () => {
    const response = await call('/stories?q=glacier');
    expect(response.status).toBe(200);
    expect(response.body.items.map((s: { id: string }) => s.id)).toEqual([about.id, once.id]);
    expect(response.body.items[0].score).toBeGreaterThan(response.body.items[1].score);
  });

  it('combines q with filters', async () => {
    expect((await call('/stories?q=glacier&provider=Reuters')).body.items.map((s: { id: string }) => s.id)).toEqual([about.id]);
    expect((await call('/stories?q=glacier&person=lloyd%20austin')).body.items.map((s: { id: string }) => s.id)).toEqual([about.id]);
    expect((await call('/stories?q=glacier&from=2030-01-01')).body.items).toEqual([]);
  });

  it('pages through a ranked result with signed cursors', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(`/stories?q=harbour&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...response.body.items.map((s) => s.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...many].reverse().map((s) => s.id));
  });

  it('answers 400 naming the cursor when a cursor was changed', async () => {
    const first = await call('/stories?q=harbour&limit=2');
    const cursor: string = first.body.nextCursor;
    const tampered = `${cursor.slice(0, 5)}${cursor[5] === 'A' ? 'B' : 'A'}${cursor.slice(6)}`;
    const response = await call(`/stories?q=harbour&limit=2&cursor=${encodeURIComponent(tampered)}`);
    expect(response).toMatchObject({ status: 400, type: 'application/problem+json', body: { parameter: 'cursor' } });
    const listing = await call('/stories?limit=2');
    const otherQuery = await call(`/stories?limit=2&provider=Reuters&cursor=${encodeURIComponent(listing.body.nextCursor)}`);
    expect(otherQuery.body.parameter).toBe('cursor');
  });

  it.each([
    ['q=the%20of', 'q'], ['q=', 'q'], ['q=x&limit=0', 'limit'], ['q=x&limit=101', 'limit'], ['q=harbour&limit=ten', 'limit'],
    ['q=harbour&from=yesterday', 'from'], ['q=harbour&from=2025-02-01&to=2025-01-01', 'from'], ['q=harbour&autor=x', 'autor'], ['q=harbour&cursor=abc', 'cursor'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const response = await call(`/stories?${query}`);
    expect(response).toMatchObject({ status: 400, type: 'application/problem+json', body: { status: 400, parameter } });
  });
});

describe('API: OpenAPI document', () => {
  it('is a structurally valid OpenAPI 3.1 document describing every route', async () => {
    const { body } = await call('/openapi.json');
    expect(structuralProblems(body)).toEqual([]);
    expect(Object.keys(body.paths).sort()).toEqual(['/feed', '/health', '/openapi.json', '/stories', '/stories/{id}', '/stories/{id}/versions', '/uploads', '/uploads/counts', '/uploads/presigned']);
    expect(body.paths['/feed'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['after', 'limit', 'wait']);
    expect(body.components.schemas.Change).toBeDefined();
    const names = body.paths['/stories'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(['q', 'lang', 'author', 'contributor', 'person', 'organisation', 'place', 'provider', 'from', 'to', 'limit', 'cursor']);
    expect(body.paths['/stories'].get.parameters.find((p: { name: string }) => p.name === 'limit').schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
  });

  it('describes the real responses of every route', async () => {
    await call('/health');
    await call('/stories?limit=3');
    await call(`/stories/${about.id}`);
    const ninjs = await call(`/stories/${about.id}?format=ninjs`);
    expect(ninjs).toMatchObject({ status: 200, type: 'application/json', body: { uri: `urn:newswire:story:${about.id}`, headlines: [{ role: 'main', value: about.headline }] } });
    await call(`/stories/${about.id}?format=xml`);
    await call(`/stories/${about.id}/versions`);
    await call(`/stories/${killed.id}`);
    await call('/stories/ffffffffffffffffffffffff');
    await call('/uploads?limit=2');
    await call('/uploads?status=bogus');
    await call('/uploads/counts');
    await call('/feed?limit=2');
    await call('/feed?wait=21');
    expect(errors).toEqual([]);
  });
});
