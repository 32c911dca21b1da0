import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { exportStories, type ExportDeps, type ExportFailure, type ExportTarget } from '../../lambdas/export/index.ts';
import type { ReadStore } from '../../lambdas/store/index.ts';
import { CHANGES_PARTITION, SEQUENCE_SK } from '../../lambdas/store/keys.ts';

/**
 * `newswire export-search`: every story a reader may see, from the store to the search engine (issue 13 point 5),
 * for a new index, after a reindex, or after the export's dead-letter queue kept something. Resumable: the
 * position in the listing is kept in a checkpoint file after each page, so a run stopped half-way goes on there.
 *
 * Each page of stories is written with the feed's counter read before the page as its version (export.ts: every
 * change up to that place is in the state then read, and a later change is written by the stream with a higher
 * place), so a backfill running beside the stream never writes over a newer state. The listing holds only
 * stories a reader may see; when it is done, the kills the feed still keeps (7 days) are written too, each with
 * its own place, so a story killed before the export ran leaves the index. An older kill is not seen here.
 */

export interface ExportSearchDeps extends Omit<ExportDeps, 'store'> {
  readonly store: Pick<ReadStore, 'getStory' | 'listStories' | 'readChanges'>;
  /** The feed's counter now: the last place given out (0 before the first change). */
  readonly feedPosition: () => Promise<number>;
}

export interface ExportSearchOptions {
  readonly checkpointFile: string;
  /** Start from the newest story again, ignoring the checkpoint. */
  readonly restart: boolean;
  /** Stories a page (a bulk request or two). @default 100 */
  readonly pageSize?: number;
  /** Attempts of a page the engine did not take (429, 5xx) before giving up, with a growing pause. @default 5 */
  readonly attempts?: number;
  /** The first pause between attempts, doubling. @default 1000 */
  readonly retryMs?: number;
  /** Stop after this many pages (tests; a run stopped so resumes). @default all */
  readonly maxPages?: number;
  readonly onPage?: (exported: number) => void;
}

export interface ExportSearchSummary {
  exported: number;
  /** Kills the feed keeps, written as deletes (or found written already). */
  kills: number;
  /** Documents the engine refused as invalid: told, and left out. */
  rejected: ExportFailure[];
  /** Whether the listing was read to its end (false: stopped by maxPages; run again to go on). */
  complete: boolean;
}

/**
 * The checkpoint: the listing's cursor and the key it is signed with. The key is made for the run and kept here,
 * so that the command needs no access to the API's cursor secret and a resumed run can read its own cursor.
 */
interface Checkpoint { readonly cursor: string; readonly key: string; readonly exported: number }

/** The feed's counter, read consistently (the store keeps the feed; this reads its one counter item). */
export function feedPositionOf(ddb: DynamoDBDocumentClient, tableName: string): () => Promise<number> {
  return async () => {
    const item = (await ddb.send(new GetCommand({ TableName: tableName, Key: { pk: CHANGES_PARTITION, sk: SEQUENCE_SK }, ConsistentRead: true }))).Item;
    return Number(item?.n ?? 0);
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function exportSearch(deps: ExportSearchDeps, opts: ExportSearchOptions, cursorKey: { key: Uint8Array; hex: string }, resumeFrom?: Checkpoint): Promise<ExportSearchSummary> {
  const summary: ExportSearchSummary = { exported: resumeFrom?.exported ?? 0, kills: 0, rejected: [], complete: false };
  let cursor = resumeFrom?.cursor;
  for (let pages = 0; opts.maxPages === undefined || pages < opts.maxPages; pages++) {
    // the version first, then the stories: every change up to it is in what is read (see above)
    const version = await deps.feedPosition();
    const page = await deps.store.listStories({ filters: {}, limit: opts.pageSize ?? 100, now: deps.clock(), ...(cursor ? { cursor } : {}) });
    summary.exported += await exportWithRetries(page.items.map((story) => ({ id: story.id, version })), deps, opts, summary);
    opts.onPage?.(summary.exported);
    if (page.nextCursor === null) {
      summary.kills = await exportKills(deps, opts, summary);
      summary.complete = true;
      await writeCheckpoint(opts.checkpointFile, null);
      return summary;
    }
    cursor = page.nextCursor;
    await writeCheckpoint(opts.checkpointFile, { cursor, key: cursorKey.hex, exported: summary.exported });
  }
  return summary;
}

/** Exports the targets, trying those the engine did not take again with a growing pause; how many are done. */
async function exportWithRetries(first: ExportTarget[], deps: ExportSearchDeps, opts: ExportSearchOptions, summary: ExportSearchSummary): Promise<number> {
  let done = 0;
  let targets = first;
  for (let attempt = 1; targets.length > 0; attempt++) {
    const result = await exportStories(targets, deps);
    done += result.done.length;
    summary.rejected.push(...result.rejected);
    if (result.retry.length === 0) break;
    if (attempt >= (opts.attempts ?? 5)) {
      throw new Error(`the search engine did not take ${result.retry.length} document(s) after ${attempt} attempts: ${result.retry[0]!.status} ${result.retry[0]!.type}: ${result.retry[0]!.reason}`);
    }
    await pause((opts.retryMs ?? 1000) * 2 ** (attempt - 1));
    const again = new Set(result.retry.map(({ id }) => id));
    targets = targets.filter(({ id }) => again.has(id));
  }
  return done;
}

/** Changes read from the feed a page. */
const FEED_PAGE = 500;

/** The kills the feed still keeps, each written with its own place (a delete, as the stream would). */
async function exportKills(deps: ExportSearchDeps, opts: ExportSearchOptions, summary: ExportSearchSummary): Promise<number> {
  let kills = 0;
  for (let after = 0; ;) {
    const page = await deps.store.readChanges({ after, limit: FEED_PAGE, now: deps.clock() });
    const targets = page.items.flatMap((change) => (change.kind === 'kill' ? [{ id: change.storyId, version: change.seq }] : []));
    if (targets.length > 0) kills += await exportWithRetries(targets, deps, opts, summary);
    // a page that ends early stops before a place a writer may still fill: what comes after is the stream's
    if (page.items.length < FEED_PAGE || page.last === after) return kills;
    after = page.last;
  }
}

export async function readCheckpoint(file: string): Promise<Checkpoint | undefined> {
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as Partial<Checkpoint>;
    return typeof saved.cursor === 'string' && typeof saved.key === 'string' && /^[0-9a-f]{64}$/.test(saved.key)
      ? { cursor: saved.cursor, key: saved.key, exported: Number(saved.exported ?? 0) }
      : undefined;
  } catch {
    return undefined;
  }
}

/** `null`: the run finished; the next one starts from the newest story. */
async function writeCheckpoint(file: string, checkpoint: Checkpoint | null): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(checkpoint ?? {}));
}

/** The signing key of this run's listing cursors: the checkpoint's, when resuming, else a new one. */
export function runCursorKey(resumeFrom: Checkpoint | undefined): { key: Uint8Array; hex: string } {
  const hex = resumeFrom?.key ?? randomBytes(32).toString('hex');
  return { key: new Uint8Array(Buffer.from(hex, 'hex')), hex };
}

/** The command: one line per page on a terminal, a summary at the end; exit 1 when it stopped (run it again to resume). */
export async function runExportSearch(
  makeDeps: (cursorKey: Uint8Array) => ExportSearchDeps,
  opts: ExportSearchOptions & { description: string },
): Promise<number> {
  const resumeFrom = opts.restart ? undefined : await readCheckpoint(opts.checkpointFile);
  const cursorKey = runCursorKey(resumeFrom);
  try {
    const summary = await exportSearch(makeDeps(cursorKey.key), {
      ...opts, onPage: (exported) => { if (process.stderr.isTTY) process.stderr.write(`\rexported ${exported} stories…`); },
    }, cursorKey, resumeFrom);
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (const failure of summary.rejected) console.error(`refused: story ${failure.id}: ${failure.status} ${failure.type}: ${failure.reason}`);
    console.log(`exported ${summary.exported} stories and ${summary.kills} kills from ${opts.description}${resumeFrom ? ' (resumed)' : ''}${summary.rejected.length ? `; ${summary.rejected.length} refused by the engine (above)` : ''}`);
    return summary.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`error: the export from ${opts.description} stopped: ${error instanceof Error ? error.message : String(error)}; run it again to resume`);
    return 1;
  }
}
