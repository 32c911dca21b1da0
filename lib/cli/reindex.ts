import { isDeepStrictEqual } from 'node:util';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SingleBar } from 'cli-progress';
import { parseBudget } from '../../lambdas/ingest/parse-budget.ts';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, versionRank } from '../../lambdas/story/index.ts';
import { outcomeOfSaves, type SaveResult, type Store, type UploadOutcome, type UploadRef } from '../../lambdas/store/index.ts';
import { listIncoming } from '../../lambdas/store/incoming.ts';
import { mapLimit } from '../../lambdas/store/concurrency.ts';

export interface ReindexDeps {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly store: Store;
}

export interface ReindexOptions {
  /** Where progress is kept, so that an interrupted run resumes after the last key it finished. */
  readonly checkpointFile: string;
  /** Start from the first key again, ignoring the checkpoint. */
  readonly restart: boolean;
  /** @default 4 */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number, key: string) => void;
}

export interface ReindexSummary {
  /** Uploads whose stories and outcome came out as they were: nothing written. */
  unchanged: number;
  /** Uploads with at least one story or outcome written anew. */
  rewritten: number;
  /** Uploads skipped because they have no outcome yet: the ingest queue still owns them. */
  pending: number;
  /** Uploads left out because a checkpoint said they were done. */
  resumedPast: number;
}

const CHECKPOINT_EVERY = 25;

/**
 * One upload through today's parsers and extractors. Its stories are compared with what is stored,
 * version by version, and only what changed is written (`saveStory` with `replace`); a story it no
 * longer gives loses the versions it gave (`retireUpload`); its outcome is recorded again, under its
 * own sequencer, only when it changed (a file once rejected may now parse, and the other way round).
 */
async function reindexUpload(deps: ReindexDeps, key: string): Promise<'unchanged' | 'rewritten' | 'pending'> {
  const recorded = await deps.store.getUpload(key);
  if (!recorded) return 'pending';
  const { outcome, sequencer } = recorded;
  // a duplicate's stories were stored from the upload it repeats, which is reindexed in its own turn
  if (outcome.status === 'duplicate') return 'unchanged';
  // the very object version the outcome speaks of, not a newer write still on its way through the queue
  const object = await deps.s3.send(new GetObjectCommand({ Bucket: deps.bucket, Key: key, ...(outcome.versionId ? { VersionId: outcome.versionId } : {}) }));
  const bytes = await object.Body!.transformToByteArray();
  const upload: UploadRef = {
    key, etag: outcome.etag, versionId: outcome.versionId, sequencer, size: bytes.byteLength, receivedAt: outcome.receivedAt,
  };
  const base = { key, receivedAt: outcome.receivedAt, etag: outcome.etag, versionId: outcome.versionId };

  let next: UploadOutcome;
  let wrote = false;
  /** The stories the upload gives today, and the rank of the version it gives each. */
  const produced = new Map<string, string[]>();
  try {
    // the outcome as ingest would judge it; a story kept as it was counts as stored
    const saves: SaveResult[] = [];
    for (const record of await parseStories(bytes, { key, budget: parseBudget() })) {
      const rank = versionRank(record, upload.receivedAt);
      produced.set(record.id, [...(produced.get(record.id) ?? []), rank]);
      const kept = await deps.store.getVersionRecord(record.id, rank);
      if (kept && isDeepStrictEqual(kept, record)) {
        saves.push({ status: 'stored', storyId: record.id, version: record.version, current: true, rank, firstVersion: false });
        continue;
      }
      const saved = await deps.store.saveStory(record, upload, { replace: true });
      saves.push(saved);
      if (saved.status === 'stored') wrote = true;
    }
    next = outcomeOfSaves(base, saves);
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
    next = { ...base, status: 'rejected', storyId: null, storyIds: [], code: error.code, reason: error.message };
  }
  // versions the upload no longer gives lose what it stored: a story today's parser names
  // differently (or a file it now rejects), and a version it now ranks differently (a time read
  // anew); before the outcome that names them is replaced, so a run interrupted here finds them again
  for (const id of new Set([...outcome.storyIds, ...produced.keys()])) {
    if (await deps.store.retireUpload(id, key, produced.get(id) ?? [])) wrote = true;
  }
  if (!isDeepStrictEqual(next, outcome)) {
    await deps.store.recordOutcome(next, sequencer);
    wrote = true;
  }
  return wrote ? 'rewritten' : 'unchanged';
}

/** `newswire reindex`: every stored upload through the current parsers again; idempotent and resumable. */
export async function reindex(deps: ReindexDeps, opts: ReindexOptions): Promise<ReindexSummary> {
  const all = (await listIncoming(deps.s3, deps.bucket)).map((o) => o.Key!);
  const after = opts.restart ? undefined : await readCheckpoint(opts.checkpointFile);
  const keys = after === undefined ? all : all.filter((key) => key > after);
  const summary: ReindexSummary = { unchanged: 0, rewritten: 0, pending: 0, resumedPast: all.length - keys.length };

  // the checkpoint only ever moves past keys that are all finished, whatever order workers end in
  const finished = new Set<number>();
  let contiguous = -1;
  let done = 0;
  await mapLimit(keys.map((key, index) => ({ key, index })), opts.concurrency ?? 4, async ({ key, index }) => {
    summary[await reindexUpload(deps, key)] += 1;
    finished.add(index);
    while (finished.has(contiguous + 1)) finished.delete(++contiguous);
    done += 1;
    opts.onProgress?.(done, keys.length, key);
    if (done % CHECKPOINT_EVERY === 0 && contiguous >= 0) await writeCheckpoint(opts.checkpointFile, keys[contiguous]!);
  });
  await writeCheckpoint(opts.checkpointFile, null);
  return summary;
}

async function readCheckpoint(file: string): Promise<string | undefined> {
  try {
    const { after } = JSON.parse(await readFile(file, 'utf8')) as { after?: unknown };
    return typeof after === 'string' ? after : undefined;
  } catch {
    return undefined;
  }
}

/** `null`: the run finished; the next one starts from the first key. */
async function writeCheckpoint(file: string, after: string | null): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(after === null ? {} : { after }));
}

/** The command: a progress bar on a terminal, a summary line at the end. */
export async function runReindex(deps: ReindexDeps, opts: Omit<ReindexOptions, 'onProgress'> & { description: string }): Promise<number> {
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'reindexing [{bar}] {value}/{total} {key}', stream: process.stderr, hideCursor: true, clearOnComplete: true }) : undefined;
  let started = false;
  try {
    const summary = await reindex(deps, {
      ...opts,
      onProgress: (done, total, key) => {
        if (!started) bar?.start(total, 0, { key: '' });
        started = true;
        bar?.update(done, { key });
      },
    });
    bar?.stop();
    console.log(`reindexed ${opts.description}: ${summary.rewritten} rewritten, ${summary.unchanged} unchanged${summary.pending ? `, ${summary.pending} still with the ingest queue` : ''}${summary.resumedPast ? ` (resumed after ${summary.resumedPast} done before)` : ''}`);
    return 0;
  } catch (error) {
    bar?.stop();
    console.error(`error: reindexing ${opts.description} stopped: ${error instanceof Error ? error.message : String(error)}; run it again to resume`);
    return 1;
  }
}
