import type { SearchDocument } from './document.ts';

/**
 * The `_bulk` side of the export, pure: actions in, NDJSON bodies out, and the engine's answer item by item
 * (https://docs.opensearch.org/latest/api-reference/document-apis/bulk/).
 *
 * Order and idempotency: every action carries an external version, `version_type: external_gte`, so the engine
 * keeps whichever write has the highest version and turns the others away with a 409. The version is the place in
 * the feed of the change that made the export read the story (export.ts says why that orders correctly); a
 * redelivered change writes the same version again, which `external_gte` accepts, so a retry never conflicts
 * with itself.
 */

export type BulkAction =
  | { readonly op: 'index'; readonly id: string; readonly version: number; readonly document: SearchDocument }
  | { readonly op: 'delete'; readonly id: string; readonly version: number };

/**
 * A bulk body stays below this many bytes: OpenSearch Service takes 10 MiB a request on its smallest instance
 * types and 100 MiB on the others (Amazon OpenSearch Service quotas, "Network limits"); half the smallest leaves
 * room for a story the mapping and the engine's own overhead.
 */
export const MAX_BULK_BYTES = 5 * 1024 * 1024;

/** The NDJSON lines of one action (the index is in the request path, never in the lines). */
export function bulkLines(action: BulkAction): string {
  const meta = { _id: action.id, version: action.version, version_type: 'external_gte' };
  return action.op === 'index'
    ? `${JSON.stringify({ index: meta })}\n${JSON.stringify(action.document)}\n`
    : `${JSON.stringify({ delete: meta })}\n`;
}

/** The actions as bulk bodies, each below `maxBytes` (an action larger than that goes alone), in order. */
export function bulkBodies(actions: readonly BulkAction[], maxBytes = MAX_BULK_BYTES): { body: string; actions: BulkAction[] }[] {
  const bodies: { body: string; actions: BulkAction[] }[] = [];
  let lines: string[] = [];
  let batch: BulkAction[] = [];
  let bytes = 0;
  for (const action of actions) {
    const text = bulkLines(action);
    const size = Buffer.byteLength(text);
    if (batch.length > 0 && bytes + size > maxBytes) {
      bodies.push({ body: lines.join(''), actions: batch });
      lines = []; batch = []; bytes = 0;
    }
    lines.push(text); batch.push(action); bytes += size;
  }
  if (batch.length > 0) bodies.push({ body: lines.join(''), actions: batch });
  return bodies;
}

/** One item of a `_bulk` answer, under its operation's name (`{"index": {…}}`). */
export interface BulkItemResult {
  readonly _id?: string;
  readonly status: number;
  readonly result?: string;
  readonly error?: { readonly type?: string; readonly reason?: string } | string;
}
export interface BulkResponse {
  readonly errors: boolean;
  readonly items: readonly Readonly<Record<string, BulkItemResult>>[];
}

/**
 * What became of one action:
 * - `done`: written, or there was nothing to do: a 409 (a write with a higher version is there: a newer state
 *   was exported already) or a 404 of a delete (the story was never in the index);
 * - `rejected`: the engine will never take this document as it is (400: it does not fit the mapping, or a value
 *   cannot be parsed); retrying cannot help, so it goes to the dead-letter queue;
 * - `retry`: anything else (429 too many requests, 5xx, a shard not available): the stream delivers it again.
 */
export type ItemOutcome =
  | { readonly outcome: 'done' }
  | { readonly outcome: 'rejected' | 'retry'; readonly status: number; readonly type: string; readonly reason: string };

export function outcomeOf(action: BulkAction, item: BulkItemResult | undefined): ItemOutcome {
  if (item === undefined) return { outcome: 'retry', status: 0, type: 'missing_item', reason: 'the engine answered fewer items than it was sent' };
  const { status } = item;
  if (status >= 200 && status < 300) return { outcome: 'done' };
  if (status === 409) return { outcome: 'done' };
  if (status === 404 && action.op === 'delete') return { outcome: 'done' };
  const error = typeof item.error === 'string' ? { type: 'error', reason: item.error } : item.error;
  const detail = { status, type: error?.type ?? 'unknown', reason: error?.reason ?? `status ${status}` };
  return status === 400 ? { outcome: 'rejected', ...detail } : { outcome: 'retry', ...detail };
}

/** The outcome of each action, in order, from the answer to their bulk body. */
export function outcomesOf(actions: readonly BulkAction[], response: BulkResponse): ItemOutcome[] {
  return actions.map((action, k) => {
    const entry = response.items[k];
    const item = entry === undefined ? undefined : Object.values(entry)[0];
    if (item?._id !== undefined && item._id !== action.id) {
      return { outcome: 'retry', status: item.status, type: 'mismatched_item', reason: `item ${k} names ${item._id}, not ${action.id}` };
    }
    return outcomeOf(action, item);
  });
}
