import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindex } from '../../lib/cli/reindex.ts';
import { createStore, type Store } from '../../lambdas/store/index.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

const WIRES = new URL('../fixtures/wires/', import.meta.url);
const names = readdirSync(WIRES).filter((n) => n.endsWith('.txt')).sort().slice(0, 5);
let t: TestStack;
let store: Store;
let dir: string;
const deps = () => ({ s3: t.s3, bucket: t.stack.bucket, store });
const outcomeOf = async (key: string) => (await store.getUpload(key))!.outcome;

beforeAll(async () => {
  t = await startTestStack();
  store = createStore(t.stack.config);
  dir = mkdtempSync(join(tmpdir(), 'newswire-reindex-'));
  for (const name of names) await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: `incoming/reindex/${name}`, Body: readFileSync(new URL(name, WIRES)) }));
  await t.stack.queue.idle();
});
afterAll(async () => {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('newswire reindex', () => {
  it('writes nothing when the parsers give what is stored', async () => {
    const summary = await reindex(deps(), { checkpointFile: join(dir, 'a.json'), restart: true });
    expect(summary).toEqual({ unchanged: names.length, rewritten: 0, pending: 0, resumedPast: 0 });
  });

  it('rewrites a story whose stored record is out of date, and only that one', async () => {
    // Prepare: what an older parser might have stored
    const key = `incoming/reindex/${names[0]}`;
    const { storyId } = await outcomeOf(key);
    const found = await store.getStory(storyId!, new Date().toISOString());
    if (found.status !== 'found') throw new Error('story not stored');
    const { sequencer } = (await store.getUpload(key))!;
    const upload = { key, etag: null, versionId: null, sequencer, size: 1, receivedAt: new Date().toISOString() };
    await store.saveStory({ ...found.record, headline: 'OLD PARSER HEADLINE', people: [] }, upload, { replace: true });
    // Act
    const summary = await reindex(deps(), { checkpointFile: join(dir, 'b.json'), restart: true });
    const after = await store.getStory(storyId!, new Date().toISOString());
    // Assess
    expect(summary.rewritten).toBe(1);
    expect(after.status === 'found' && after.record).toEqual(found.record);
  });

  it('turns a rejection that today\'s parsers accept into a stored outcome, under the same sequencer', async () => {
    const key = `incoming/reindex/${names[1]}`;
    const { outcome, sequencer } = (await store.getUpload(key))!;
    await store.recordOutcome({ ...outcome, status: 'rejected', storyId: null, code: 'unknown-format', reason: 'an older parser knew no such format' }, sequencer);
    await reindex(deps(), { checkpointFile: join(dir, 'c.json'), restart: true });
    expect(await outcomeOf(key)).toEqual(outcome);
  });

  it('resumes after the last key a checkpoint names', async () => {
    const file = join(dir, 'd.json');
    writeFileSync(file, JSON.stringify({ after: `incoming/reindex/${names[2]}` }));
    const summary = await reindex(deps(), { checkpointFile: file, restart: false });
    expect(summary.resumedPast).toBe(3);
    expect(summary.unchanged + summary.rewritten).toBe(names.length - 3);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
  });
});
