import type { ReadStore, StoryLookup } from '../store/index.ts';
import { mapLimit } from '../store/concurrency.ts';
import { bulkBodies, outcomesOf, type BulkAction } from './bulk.ts';
import { toSearchDocument } from './document.ts';
import type { BulkSender } from './opensearch.ts';

/**
 * Stories to the search engine, as the store has them now (issue 13 point 5). The caller names stories and a
 * version for each; the export reads each story's current state through the store (the same reads as
 * `GET /stories/{id}`), and writes it: `index` the current version's document, or `delete` when a reader may not
 * see the story (killed, withheld, under embargo, gone), with that external version.
 *
 * Why the version is the feed place of the change that named the story (the stream handler), or the feed's
 * counter read before the story (the backfill), and why a late or repeated write can never leave an older state:
 * the store moves a story's CURRENT item before the change that reports it takes its place in the feed (ingest
 * saves, then appends; the embargo clock and a kill the same). So the state read for place `s` is at least the
 * state of every change up to `s`, and any later move of CURRENT makes a change with a higher place, which is
 * exported in its turn with its higher version. The engine keeps the highest version (`external_gte`), so
 * whatever order the writes land in, the document ends as the state read for the highest place. The reads are
 * strongly consistent (consistent-reads.ts), so the state read after a change has been committed includes it.
 */

export interface ExportTarget {
  readonly id: string;
  /** The external version of the write: a place in the feed (see above). */
  readonly version: number;
}

export interface ExportDeps {
  readonly store: Pick<ReadStore, 'getStory'>;
  readonly bulk: BulkSender;
  /** Now, ISO 8601: whether an embargo still runs. */
  readonly clock: () => string;
  /** Stories read at once. @default 8 */
  readonly readConcurrency?: number;
}

/** An action the engine refused: `rejected` for good (a 400), or to be tried again. */
export interface ExportFailure {
  readonly id: string;
  readonly version: number;
  readonly op: BulkAction['op'];
  readonly status: number;
  readonly type: string;
  readonly reason: string;
}

export interface ExportResult {
  /** Stories indexed, deleted, or already newer in the engine. */
  readonly done: string[];
  /** Documents the engine will never take as they are: for the dead-letter queue. */
  readonly rejected: ExportFailure[];
  /** Stories to export again (429, 5xx, a shard unavailable). */
  readonly retry: ExportFailure[];
}

const DEFAULT_READ_CONCURRENCY = 8;

/** What the engine should hold of a story, given what the store says of it. */
export function actionFor(target: ExportTarget, lookup: StoryLookup): BulkAction {
  return lookup.status === 'found'
    ? { op: 'index', id: target.id, version: target.version, document: toSearchDocument(lookup.record) }
    : { op: 'delete', id: target.id, version: target.version };
}

/**
 * Exports each named story once (a story named twice is written once, with its highest version). A store read
 * that fails, or a bulk request the engine does not take as a whole, throws: nothing is known to be written.
 */
export async function exportStories(targets: readonly ExportTarget[], deps: ExportDeps): Promise<ExportResult> {
  const highest = new Map<string, number>();
  for (const { id, version } of targets) highest.set(id, Math.max(version, highest.get(id) ?? 0));
  const now = deps.clock();
  const actions = await mapLimit([...highest], deps.readConcurrency ?? DEFAULT_READ_CONCURRENCY, async ([id, version]) =>
    actionFor({ id, version }, await deps.store.getStory(id, now)));

  const result: ExportResult = { done: [], rejected: [], retry: [] };
  for (const { body, actions: sent } of bulkBodies(actions)) {
    const outcomes = outcomesOf(sent, await deps.bulk(body));
    outcomes.forEach((outcome, k) => {
      const { id, version, op } = sent[k]!;
      if (outcome.outcome === 'done') result.done.push(id);
      else result[outcome.outcome].push({ id, version, op, status: outcome.status, type: outcome.type, reason: outcome.reason });
    });
  }
  return result;
}
