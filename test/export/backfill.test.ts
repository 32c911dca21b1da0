import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkSender, consistentReads, ensureIndex, INDEX_BODY } from '../../lambdas/export/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { createReadStore } from '../../lambdas/store/index.ts';
import { exportSearch, feedPositionOf, readCheckpoint, runCursorKey, type ExportSearchDeps } from '../../lib/cli/export-search.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';
import { STAND_IN_CREDENTIALS, STAND_IN_REGION, startOpenSearchStandIn, type OpenSearchStandIn } from './opensearch-stand-in.ts';

let t: TestStack;
let search: OpenSearchStandIn;
let dir: string;
let ids: string[];

const story = (n: number) => [
  `2025-03-0${n} 09:00 GMT`, '', `Ferry route ${n} opens`, '',
  `HALIFAX (AP) — Ferry route number ${n} opened on Tuesday, the harbour authority said.`, '',
  'Officials said the route would carry commuters across the harbour every half hour.',
].join('\n');

function depsFor(key: Uint8Array): ExportSearchDeps {
  const clients = createClients(t.stack.config);
  consistentReads(clients.ddb);
  return {
    store: createReadStore(t.stack.config, clients, { cursorKey: async () => key }),
    bulk: bulkSender({ endpoint: search.url, index: 'newswire-stories', region: STAND_IN_REGION }, { credentials: STAND_IN_CREDENTIALS }),
    clock: () => new Date().toISOString(),
    feedPosition: feedPositionOf(clients.ddb, t.stack.config.tableName),
  };
}

beforeAll(async () => {
  t = await startTestStack();
  search = await startOpenSearchStandIn();
  dir = await mkdtemp(join(tmpdir(), 'newswire-export-'));
  for (const n of [1, 2, 3, 4, 5]) await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: `incoming/backfill/${n}.txt`, Body: story(n) }));
  await t.stack.queue.idle();
  const listed = (await (await fetch(`${t.stack.apiUrl}/stories?limit=50`)).json()) as { items: { id: string }[] };
  ids = listed.items.map((item) => item.id);
});
afterAll(async () => {
  await search?.close();
  await t?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Function: ensureIndex (newswire export-search --create-index)', () => {
  it('creates the index with its mapping once, signed, and finds it there the second time', async () => {
    // Prepare
    const target = { endpoint: search.url, index: 'fresh-index', region: STAND_IN_REGION };

    // Act
    const first = await ensureIndex(target, INDEX_BODY, { credentials: STAND_IN_CREDENTIALS });
    const second = await ensureIndex(target, INDEX_BODY, { credentials: STAND_IN_CREDENTIALS });

    // Assess
    expect([first, second]).toEqual(['created', 'exists']);
    expect(search.indices.get('fresh-index')).toEqual(INDEX_BODY);
    expect(search.requests.at(-2)).toMatchObject({ method: 'PUT', path: '/fresh-index', status: 200 });
  });

  it('throws when the engine refuses for another reason', async () => {
    await expect(ensureIndex({ endpoint: search.url, index: 'x', region: STAND_IN_REGION }, INDEX_BODY, { credentials: { accessKeyId: 'AKIDOTHER', secretAccessKey: 'wrong' } }))
      .rejects.toMatchObject({ name: 'SearchUnavailableError', status: 403 });
  });
});

describe('Function: exportSearch (newswire export-search)', () => {
  it('writes every story a reader may see, page by page, and a stopped run resumes where it stopped', async () => {
    // Prepare
    const checkpointFile = join(dir, 'export.json');
    const first = runCursorKey(undefined);
    const position = await feedPositionOf(createClients(t.stack.config).ddb, t.stack.config.tableName)();

    // Act: two pages of two, stopped; then the rest from the checkpoint
    const stopped = await exportSearch(depsFor(first.key), { checkpointFile, restart: false, pageSize: 2, maxPages: 2 }, first);
    const checkpoint = await readCheckpoint(checkpointFile);
    const resumedKey = runCursorKey(checkpoint);
    const resumed = await exportSearch(depsFor(resumedKey.key), { checkpointFile, restart: false, pageSize: 2 }, resumedKey, checkpoint);

    // Assess
    expect(ids).toHaveLength(5);
    expect(stopped).toEqual({ exported: 4, kills: 0, rejected: [], complete: false });
    expect(checkpoint).toMatchObject({ key: first.hex, exported: 4 });
    expect(resumed).toEqual({ exported: 5, kills: 0, rejected: [], complete: true });
    expect([...search.documents.keys()].sort()).toEqual([...ids].sort());
    expect([...search.documents.values()].every((document) => document.version === position)).toBe(true);
    expect(JSON.parse(await readFile(checkpointFile, 'utf8'))).toEqual({});
  });

  it('writes over nothing newer: a story the stream exported with a later place keeps its document', async () => {
    // Prepare: the stream wrote one story with a place far ahead
    const [id] = ids;
    search.documents.set(id!, { version: 1_000_000, source: { id, headline: 'from the stream' } });
    const key = runCursorKey(undefined);

    // Act
    const summary = await exportSearch(depsFor(key.key), { checkpointFile: join(dir, 'again.json'), restart: true, pageSize: 50 }, key);

    // Assess
    expect(summary).toMatchObject({ exported: 5, complete: true });
    expect(search.documents.get(id!)!.source.headline).toBe('from the stream');
  });

  it('tries a page again when the engine is busy with an item, then goes on', async () => {
    // Prepare
    const [, busy] = ids;
    let answered = 0;
    search.itemError(busy!, { status: 429, type: 'es_rejected_execution_exception', reason: 'write queue full' });
    const key = runCursorKey(undefined);

    // Act
    const summary = await exportSearch(depsFor(key.key), {
      checkpointFile: join(dir, 'busy.json'), restart: true, pageSize: 50, retryMs: 10,
      onPage: () => { answered++; },
    }, key).catch((error: unknown) => error);
    search.itemError(busy!, undefined);
    const again = await exportSearch(depsFor(key.key), { checkpointFile: join(dir, 'busy.json'), restart: true, pageSize: 50, retryMs: 10 }, key);

    // Assess
    expect(summary).toBeInstanceOf(Error);
    expect(String(summary)).toMatch(/did not take 1 document\(s\) after 5 attempts: 429 es_rejected_execution_exception/);
    expect(answered).toBe(0);
    expect(again).toMatchObject({ exported: 5, complete: true });
  });

  it('deletes a story the feed says was killed, which the listing no longer holds', async () => {
    // Prepare: story 5 was in the index before it was killed, and no export ran since
    const key = 'incoming/backfill/5.txt';
    const killedId = (await (await fetch(`${t.stack.apiUrl}/uploads?key=${encodeURIComponent(key)}`)).json() as { items: { storyId: string }[] }).items[0]!.storyId;
    search.documents.set(killedId, { version: 1, source: { id: killedId, headline: 'Ferry route 5 opens' } });
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: `KILL KILL KILL\nEds: The story is withdrawn.\n${story(5)}` }));
    await t.stack.queue.idle();
    const key2 = runCursorKey(undefined);

    // Act
    const summary = await exportSearch(depsFor(key2.key), { checkpointFile: join(dir, 'kills.json'), restart: true, pageSize: 50 }, key2);

    // Assess
    expect(summary).toMatchObject({ exported: 4, kills: 1, rejected: [], complete: true });
    expect(search.documents.has(killedId)).toBe(false);
    expect(search.tombstones.get(killedId)).toBeGreaterThan(1);
  });
});
