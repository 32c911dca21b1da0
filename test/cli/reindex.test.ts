import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindex } from '../../lib/cli/reindex.ts';
import { createStore, type Store } from '../../lambdas/store/index.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

const WIRES = new URL('../fixtures/wires/', import.meta.url);
const texts = readdirSync(WIRES).filter((n) => n.endsWith('.txt')).sort();
const names = texts.slice(0, 5);
let t: TestStack;
let store: Store;
let dir: string;
const deps = () => ({ s3: t.s3, bucket: t.stack.bucket, store });
const outcomeOf = async (key: string) => (await store.getUpload(key))!.outcome;
const now = () => new Date().toISOString();
/** The upload as its event named it: what an older parser stored a story under. */
const uploadRef = (key: string, recorded: { outcome: { receivedAt: string; etag: string | null; versionId: string | null }; sequencer: string | null }) => ({ key, etag: recorded.outcome.etag, versionId: recorded.outcome.versionId, sequencer: recorded.sequencer, size: 1, receivedAt: recorded.outcome.receivedAt });

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
    await store.saveStory({ ...found.record, headline: 'OLD PARSER HEADLINE', people: [] }, uploadRef(key, (await store.getUpload(key))!), { replace: true });
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
    await store.recordOutcome({ ...outcome, status: 'rejected', storyId: null, storyIds: [], code: 'unknown-format', reason: 'an older parser knew no such format' }, sequencer);
    await reindex(deps(), { checkpointFile: join(dir, 'c.json'), restart: true });
    expect(await outcomeOf(key)).toEqual(outcome);
  });

  it('takes away a story that an upload no longer gives, when it has no other version', async () => {
    // Prepare: an older parser gave this upload's story another id
    const key = `incoming/reindex/${names[3]}`;
    const recorded = (await store.getUpload(key))!;
    const { outcome, sequencer } = recorded;
    const found = await store.getStory(outcome.storyId!, now());
    if (found.status !== 'found') throw new Error('story not stored');
    const ghost = 'ffffffffffffffffffff0001';
    await store.saveStory({ ...found.record, id: ghost }, uploadRef(key, recorded), { replace: true });
    await store.recordOutcome({ ...outcome, storyId: ghost, storyIds: [ghost] }, sequencer);
    // Act
    await reindex(deps(), { checkpointFile: join(dir, 'e.json'), restart: true });
    // Assess
    expect(await store.getStory(ghost, now())).toEqual({ status: 'missing' });
    expect(await store.listVersions(ghost, now())).toEqual({ status: 'missing' });
    expect(await outcomeOf(key)).toEqual(outcome);
    const listed = await store.listStories({ filters: {}, limit: 100, now: now() });
    expect(listed.items.map((s) => s.id)).not.toContain(ghost);
    expect(listed.items.filter((s) => s.id === outcome.storyId)).toHaveLength(1);
  });

  it('takes a story back to its newest remaining version when the upload of its current one now gives another story', async () => {
    // Prepare: a second upload, which an older parser took for a newer version of another story
    const own = await outcomeOf(`incoming/reindex/${names[4]}`);
    const key = 'incoming/reindex/zz-taken-for-a-version.txt';
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: readFileSync(new URL(texts[5]!, WIRES)) }));
    await t.stack.queue.idle();
    const recorded = (await store.getUpload(key))!;
    const { outcome, sequencer } = recorded;
    const before = await store.getStory(own.storyId!, now());
    const other = await store.getStory(outcome.storyId!, now());
    if (before.status !== 'found' || other.status !== 'found') throw new Error('stories not stored');
    await store.saveStory({ ...other.record, id: own.storyId!, versionCreated: '2030-01-01T00:00:00.000Z' }, uploadRef(key, recorded), { replace: true });
    await store.recordOutcome({ ...outcome, storyId: own.storyId, storyIds: [own.storyId!] }, sequencer);
    expect(await store.listVersions(own.storyId!, now())).toMatchObject({ versions: [{}, {}] });
    // Act
    await reindex(deps(), { checkpointFile: join(dir, 'f.json'), restart: true });
    // Assess
    expect(await store.getStory(own.storyId!, now())).toEqual(before);
    expect(await store.listVersions(own.storyId!, now())).toMatchObject({ versions: [{}] });
    expect(await outcomeOf(key)).toEqual(outcome);
    const word = other.record.headline ?? other.record.body.paragraphs[0]!.split(' ').find((w) => w.length > 6)!;
    const found = await store.searchStories({ q: word, filters: {}, limit: 100, now: now() });
    expect(found.items.map((s) => s.id)).not.toContain(own.storyId);
  });

  it('takes away a version an older parser ranked differently, keeping the one it ranks today', async () => {
    // Prepare: the same upload's story stored a second time under another rank (another reading of its time)
    const key = `incoming/reindex/${names[2]}`;
    const recorded = (await store.getUpload(key))!;
    const before = await store.getStory(recorded.outcome.storyId!, now());
    if (before.status !== 'found') throw new Error('story not stored');
    await store.saveStory({ ...before.record, versionCreated: '2031-01-01T00:00:00.000Z' }, uploadRef(key, recorded), { replace: true });
    expect(await store.listVersions(before.record.id, now())).toMatchObject({ versions: [{}, {}] });
    // Act
    await reindex(deps(), { checkpointFile: join(dir, 'g.json'), restart: true });
    // Assess
    expect(await store.listVersions(before.record.id, now())).toMatchObject({ versions: [{ versionCreated: before.record.versionCreated }] });
    expect(await store.getStory(before.record.id, now())).toEqual(before);
  });

  it('resumes after the last key a checkpoint names', async () => {
    const file = join(dir, 'd.json');
    writeFileSync(file, JSON.stringify({ after: `incoming/reindex/${names[2]}` }));
    const summary = await reindex(deps(), { checkpointFile: file, restart: false });
    expect(summary.resumedPast).toBe(3);
    expect(summary.unchanged + summary.rewritten).toBe(names.length - 3 + 1); // and the upload a test above added
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
  });
});
