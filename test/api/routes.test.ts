import { InternalServerError, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../lambdas/api/make-handler.ts';
import { createStore, type Store } from '../../lambdas/store/index.ts';
import { lambdaContext, makeApiEvent, makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers } from '../store/local-servers.ts';

let store: Store;
let stop: () => Promise<void>;
let call: (pathAndQuery: string) => Promise<{ status: number; type: string | undefined; body: any }>;
const errors: unknown[] = [];

const story = makeRecord({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', version: '1', headline: 'Served' });
const killed = makeRecord({ id: 'bbbbbbbbbbbbbbbbbbbbbbbb', version: '2', pubStatus: 'canceled', signals: ['kill'] });

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  store = createStore(servers.config);
  const handler = makeHandler({ store, clock: () => '2026-01-01T00:00:00.000Z', log: (error) => errors.push(error) });
  call = async (pathAndQuery) => {
    const response = await handler(makeApiEvent(pathAndQuery), lambdaContext);
    return { status: response.statusCode, type: response.headers?.['content-type'] as string | undefined, body: JSON.parse(response.body) };
  };
  await store.saveStory(story, makeUpload());
  await store.saveStory(killed, makeUpload());
  await store.recordOutcome({ key: 'incoming/empty.txt', status: 'rejected', storyId: null, storyIds: [], code: 'empty', reason: 'the file is empty', receivedAt: '2026-01-01T00:00:00.000Z', etag: 'e', versionId: null }, '01');
});
afterAll(async () => stop());

describe('API: routes', () => {
  it('answers /health', async () => {
    expect(await call('/health')).toEqual({ status: 200, type: 'application/json', body: { status: 'ok' } });
  });

  it('returns the current record of a story', async () => {
    const response = await call(`/stories/${story.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(story);
  });

  it('answers 404 for an unknown story and 410 for a killed one, as problem+json', async () => {
    const missing = await call('/stories/cccccccccccccccccccccccc');
    const gone = await call(`/stories/${killed.id}`);
    expect(missing).toMatchObject({ status: 404, type: 'application/problem+json', body: { status: 404, title: 'Not Found' } });
    expect(gone).toMatchObject({ status: 410, type: 'application/problem+json', body: { status: 410 } });
  });

  it('hides the versions of a killed story (410) and of one not yet published (404)', async () => {
    const withheld = makeRecord({ id: 'cccccccccccccccccccccccc', version: '1', pubStatus: 'withheld' });
    await store.saveStory(withheld, makeUpload());
    expect(await call(`/stories/${killed.id}/versions`)).toMatchObject({ status: 410, type: 'application/problem+json' });
    expect(await call(`/stories/${withheld.id}/versions`)).toMatchObject({ status: 404, type: 'application/problem+json' });
    expect(await call(`/stories/${withheld.id}`)).toMatchObject({ status: 404 });
  });

  it('lists the versions of a story', async () => {
    const response = await call(`/stories/${story.id}/versions`);
    expect(response.body).toEqual({ items: [{ version: '1', versionCreated: story.versionCreated, pubStatus: 'usable', signals: [] }] });
  });

  it('lists stories as summaries, without the killed one', async () => {
    const response = await call('/stories?limit=10');
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([expect.objectContaining({ id: story.id, headline: 'Served', excerpt: 'The first paragraph.' })]);
    expect(response.body.nextCursor).toBeNull();
  });

  it.each([
    ['/stories?limit=0', 'limit'],
    ['/stories?limit=101', 'limit'],
    ['/stories?limit=ten', 'limit'],
    ['/stories?from=yesterday', 'from'],
    ['/stories?autor=Jane', 'autor'],
    ['/stories?cursor=not-a-cursor', 'cursor'],
    ['/stories?author=', 'author'],
    ['/stories?from=2025-02-01&to=2025-01-01', 'from'],
    ['/stories?provider=AP&provider=Reuters', 'provider'],
    ['/uploads?status=lost', 'status'],
    ['/stories?from=2024-02-30', 'from'],
    ['/stories?to=2023-02-29', 'to'],
    ['/stories?from=2024-04-31T10:00:00Z', 'from'],
    ['/stories?from=2024-10-23T24:00:00Z', 'from'],
    ['/stories?from=2024-10-23T07:34:00', 'from'],
    ['/stories?q=', 'q'],
    ['/stories/aaaaaaaaaaaaaaaaaaaaaaaa?format=xml', 'format'],
  ])('answers 400 naming the bad parameter for %s', async (path, parameter) => {
    const response = await call(path);
    expect(response.status).toBe(400);
    expect(response.type).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request', parameter });
    expect(response.body.detail).toContain(parameter);
  });

  it('says what is wrong with a parameter in words', async () => {
    expect((await call('/stories?to=2023-02-29')).body.detail).toBe('to: has no such day: 2023-02-29');
    expect((await call('/stories?from=2024-10-23T07:34:00')).body.detail).toMatch(/^from: needs an offset/);
    expect((await call('/uploads?status=lost')).body.detail).toBe('status: must be one of stored, duplicate, rejected');
    expect((await call('/stories?q=')).body.detail).toBe('q: must not be empty');
  });

  it.each(['2024-02-29', '2024-10-23T07:34:00-04:00', '2024-10-23T11:34Z', '2024-10-23T07:34:00.250+05:30'])('accepts from=%s', async (from) => {
    expect((await call(`/stories?from=${encodeURIComponent(from)}`)).status).toBe(200);
  });

  it('lists upload outcomes by status', async () => {
    const response = await call('/uploads?status=rejected');
    expect(response.body.items).toEqual([expect.objectContaining({ key: 'incoming/empty.txt', status: 'rejected', code: 'empty', reason: 'the file is empty' })]);
  });

  it('counts uploads by outcome', async () => {
    expect(await call('/uploads/counts')).toEqual({ status: 200, type: 'application/json', body: { stored: 0, duplicate: 0, rejected: 1, complete: true } });
    expect(await call('/uploads/counts?status=stored')).toMatchObject({ status: 400, body: { parameter: 'status' } });
  });

  it('answers 404 problem+json for an unknown route', async () => {
    expect(await call('/nowhere')).toMatchObject({ status: 404, type: 'application/problem+json', body: { detail: 'no route for GET /nowhere' } });
  });

  it('answers 405 with Allow for a known path asked with another method, and HEAD like GET', async () => {
    const handler = makeHandler({ store, clock: () => '2026-01-01T00:00:00.000Z', log: () => {} });
    const post = await handler({ ...makeApiEvent(`/stories/${story.id}`), httpMethod: 'POST' }, lambdaContext);
    const head = await handler({ ...makeApiEvent('/health'), httpMethod: 'HEAD' }, lambdaContext);
    const get = await handler(makeApiEvent('/health'), lambdaContext);
    expect(post.statusCode).toBe(405);
    expect(post.headers).toMatchObject({ 'content-type': 'application/problem+json', allow: 'GET, HEAD' });
    expect(head).toEqual(get); // the servers in front drop the body of a HEAD answer, keeping its length
    const slash = await handler({ ...makeApiEvent(`/stories/${story.id}/`), httpMethod: 'POST' }, lambdaContext);
    const lookalike = await handler({ ...makeApiEvent('/openapiXjson'), httpMethod: 'POST' }, lambdaContext);
    expect([slash.statusCode, lookalike.statusCode]).toEqual([405, 404]);
  });

  it('answers a generic 500 without internals when the store fails', async () => {
    const failing = makeHandler({ store: { ...store, getStory: async () => { throw new Error('table newswire-secret is on fire'); } }, clock: () => '2026-01-01T00:00:00.000Z', log: () => {} });
    const response = await failing(makeApiEvent(`/stories/${story.id}`), lambdaContext);
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(JSON.parse(response.body)).toMatchObject({ status: 500, title: 'Internal Server Error' });
  });

  it.each([
    ['throttled', new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput.', $metadata: { httpStatusCode: 400 } })],
    ['failing', new InternalServerError({ message: 'Internal server error', $metadata: { httpStatusCode: 500 } })],
  ])('answers 503 with Retry-After when the table stays %s past the client\'s retries', async (_, error) => {
    const busy = makeHandler({ store: { ...store, getStory: async () => { throw error; } }, clock: () => '2026-01-01T00:00:00.000Z', log: () => {} });
    const response = await busy(makeApiEvent(`/stories/${story.id}`), lambdaContext);
    expect(response.statusCode).toBe(503);
    expect(response.headers).toMatchObject({ 'content-type': 'application/problem+json', 'retry-after': '1' });
    expect(JSON.parse(response.body)).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });
});

describe('API: access log', () => {
  it('writes one JSON line per request with the request id, path, status and duration', async () => {
    const { accessLog } = await import('../../lambdas/api/access-log.ts');
    const { vi } = await import('vitest');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    const middleware = accessLog({ level: 'info', clock: () => 0 });
    const event = makeApiEvent('/stories?limit=5');
    middleware.before!({ event } as never);
    middleware.after!({ event, response: { statusCode: 200, body: '{}' } } as never);
    middleware.onError!({ event: makeApiEvent('/nowhere'), response: { statusCode: 500, body: '{}' } } as never);
    log.mockRestore();
    error.mockRestore();
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { level: 'info', message: 'request', service: 'newswire-api', requestId: 'test-request', method: 'GET', path: '/stories', query: { limit: '5' }, status: 200, ms: 0 },
      { level: 'error', message: 'request', service: 'newswire-api', requestId: 'test-request', method: 'GET', path: '/nowhere', status: 500, ms: 0 },
    ]);
  });
});
