import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiDeps, makeHandler } from '../../lambdas/api/make-handler.ts';
import { ENV, createStore } from '../../lambdas/store/index.ts';
import { synthesizeBundles } from '../../lib/bundles.ts';
import { REPO_ROOT } from '../../lib/functions.ts';
import { lambdaContext, makeApiEvent, makeRecord, makeUpload } from '../factories.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

/**
 * The same queries give the same answers from the API code run in-process and from the API bundle
 * exactly as synthesized for deployment (see test/integration/deployed-bundles.test.ts), against
 * one local stack: same ranking, same scores, and cursors either can continue.
 */
type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
let t: TestStack;
let outdir: string;
let bundled: Handler;
let inProcess: Handler;
const saved = { ...process.env };

const QUERIES = [
  '/stories?q=lighthouse', '/stories?q=lighthouse%20keeper&limit=3', '/stories?q=LIGHTHOUSES&provider=Reuters',
  '/stories?q=keeper&person=Ada%20Quill', '/stories?q=lighthouse&from=2024-01-01&to=2024-12-31', '/stories?q=the', '/stories?limit=2',
];

beforeAll(async () => {
  t = await startTestStack();
  const store = createStore(t.stack.config);
  for (let i = 0; i < 14; i++) {
    await store.saveStory(makeRecord({
      id: (0xabc000 + i).toString(16).padStart(24, '0'), provider: i % 3 === 0 ? 'Reuters' : 'Associated Press',
      headline: i % 4 === 0 ? 'Lighthouse keeper retires' : `Coastal news ${i}`,
      body: { paragraphs: [`The lighthouse ${'lighthouse '.repeat(i % 5)}stood.`, i % 2 ? 'The keeper waved.' : 'Boats passed.'], wordCount: 10 },
      people: i % 4 === 0 ? [{ name: 'Ada Quill', title: null, mentions: 2 }] : [],
      versionCreated: `202${3 + (i % 3)}-05-0${1 + (i % 9)}T10:00:00+00:00`,
    }), makeUpload());
  }
  mkdirSync(join(REPO_ROOT, '.newswire'), { recursive: true });
  outdir = mkdtempSync(join(REPO_ROOT, '.newswire', 'search-bundles-'));
  const bundles = await synthesizeBundles(outdir);
  Object.assign(process.env, {
    [ENV.tableName]: t.stack.config.tableName, [ENV.bucketName]: t.stack.config.bucketName,
    [ENV.s3Endpoint]: t.stack.config.endpoints!.s3, [ENV.dynamodbEndpoint]: t.stack.config.endpoints!.dynamodb,
  });
  ({ handler: bundled } = await import(pathToFileURL(bundles.api).href));
  inProcess = makeHandler(createApiDeps(t.stack.config));
}, 120_000);

afterAll(async () => {
  process.env = saved;
  await t.dispose();
  rmSync(outdir, { recursive: true, force: true });
});

describe('Search: in-process and bundled API handler', () => {
  it.each(QUERIES)('answers %s the same', async (query) => {
    const [a, b] = await Promise.all([inProcess(makeApiEvent(query), lambdaContext), bundled(makeApiEvent(query), lambdaContext)]);
    expect(b.statusCode).toBe(a.statusCode);
    expect(JSON.parse(b.body)).toEqual(JSON.parse(a.body));
  });

  it('continues from a cursor the other handed out', async () => {
    const first = JSON.parse((await inProcess(makeApiEvent('/stories?q=lighthouse&limit=4'), lambdaContext)).body);
    const next = `/stories?q=lighthouse&limit=4&cursor=${encodeURIComponent(first.nextCursor)}`;
    const [a, b] = await Promise.all([inProcess(makeApiEvent(next), lambdaContext), bundled(makeApiEvent(next), lambdaContext)]);
    expect(b.statusCode).toBe(200);
    expect(JSON.parse(b.body)).toEqual(JSON.parse(a.body));
    expect(JSON.parse(a.body).items.length).toBeGreaterThan(0);
  });
});
