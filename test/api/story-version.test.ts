import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../lambdas/api/make-handler.ts';
import { createStore } from '../../lambdas/store/index.ts';
import { lambdaContext, makeApiEvent, makeRecord, makeUpload } from '../factories.ts';
import { startStoreServers } from '../store/local-servers.ts';

let stop: () => Promise<void>;
let call: (pathAndQuery: string) => Promise<{ status: number; body: any }>;
const id = 'cccccccccccccccccccccccc';

beforeAll(async () => {
  const servers = await startStoreServers();
  stop = servers.stop;
  const store = createStore(servers.config);
  const handler = makeHandler({ store, clock: () => '2026-01-01T00:00:00.000Z', log: () => {} });
  call = async (pathAndQuery) => {
    const response = await handler(makeApiEvent(pathAndQuery), lambdaContext);
    return { status: response.statusCode, body: JSON.parse(response.body) };
  };
  await store.saveStory(makeRecord({ id, version: '1', headline: 'First take', versionCreated: '2025-01-01T10:00:00+00:00' }), makeUpload({ key: 'incoming/v1.txt' }));
  await store.saveStory(makeRecord({ id, version: '2', headline: 'Second take', versionCreated: '2025-01-01T11:00:00+00:00', signals: ['correction'] }), makeUpload({ key: 'incoming/v2.txt' }));
});
afterAll(async () => stop());

describe('API: GET /stories/{id}?version= (the desk diffs two versions)', () => {
  it('answers a stored version by its version, the current one without', async () => {
    expect((await call(`/stories/${id}`)).body.headline).toBe('Second take');
    expect(await call(`/stories/${id}?version=1`)).toMatchObject({ status: 200, body: { version: '1', headline: 'First take' } });
    expect(await call(`/stories/${id}?version=2&format=ninjs`)).toMatchObject({ status: 200, body: { uri: `urn:newswire:story:${id}` } });
  });

  it('answers 404 naming the version for one never stored', async () => {
    expect(await call(`/stories/${id}?version=9`)).toMatchObject({ status: 404, body: { detail: `story ${id} has no version "9"` } });
  });
});
