import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Change, ChangeDraft } from '../story/index.ts';
import type { ChangePage } from './types.ts';
import { changeKeyPk, CHANGE_KEY_SK, CHANGES_PARTITION, changeSk, SEQUENCE_SK } from './keys.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { InvalidCursorError } from './errors.ts';
import { getItem, isConditionFailure, putIfAbsent, type WriteContext } from './table-writes.ts';

/**
 * The change log behind `GET /feed`, `newswire tail` and the EventBridge events (issue 14): every change once,
 * in commit order, with no change skipped by a reader that pages with its cursor, while writers run
 * concurrently and Lambdas die half-way and are retried. No transactions (dynalite has none), so:
 *
 * - A change takes its place from a counter (`FEED`/`SEQ`, an atomic `ADD`): 1, 2, 3 … Its key (story and
 *   version, or upload) is claimed first (`FK#<key>`, holding the place it was given), so a redelivery of the
 *   same change finds its place and writes the same item again, conditionally: never twice.
 * - A reader reads places in order. A place given out but not yet written is a gap: a writer between its two
 *   writes, or one that died. The reader stops before it and waits, for `VOID_AFTER_MS` after the change that
 *   follows it was committed; then it marks the place void (a conditional put: only if still empty) and goes
 *   on. A writer that finds its place voided takes a new one at the end: its change is late, never lost. A
 *   writer never fills a place older than `WRITE_WINDOW_MS` (it takes a new one), so a gap whose follower is
 *   older than that is passed without a write.
 * - Changes are kept `RETENTION_DAYS` (DynamoDB TTL on `expiresAt`; a read skips expired ones TTL has not
 *   removed yet). A cursor older than that reads from the oldest change kept.
 */

export const RETENTION_DAYS = 7;
/** How long a place may stay empty behind a committed change before readers pass it. */
export const VOID_AFTER_MS = 10_000;
/** A writer fills a place it was given within this long, else takes a new one; readers pass older gaps unwritten. */
export const WRITE_WINDOW_MS = 10 * 60_000;
/** A read marks at most this many places void, then answers; the next read goes on. */
const MAX_VOIDS_PER_READ = 100;

const expiresAt = (now: string): number => Math.floor(Date.parse(now) / 1000) + RETENTION_DAYS * 86_400;

async function nextPlace(ctx: WriteContext): Promise<number> {
  const result = await ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: { pk: CHANGES_PARTITION, sk: SEQUENCE_SK },
    UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': 1 },
    ReturnValues: 'UPDATED_NEW',
  }));
  return Number(result.Attributes?.n);
}

const changeItem = (seq: number, draft: ChangeDraft, now: string): Record<string, unknown> =>
  ({ pk: CHANGES_PARTITION, sk: changeSk(seq), seq, kind: draft.kind, at: draft.at, change: { seq, ...draft }, committedAt: now, expiresAt: expiresAt(now) });

/**
 * Appends a change once, whatever the number of deliveries that ask for it; its place in the log.
 * @param now the writer's clock (the change's `at` is its own)
 */
export async function appendChange(ctx: WriteContext, draft: ChangeDraft, now: string): Promise<number> {
  const keyItem = { pk: changeKeyPk(draft.key), sk: CHANGE_KEY_SK };
  let claim = await getItem(ctx, keyItem.pk, keyItem.sk);
  if (!claim) {
    const seq = await nextPlace(ctx);
    claim = { ...keyItem, seq, givenAt: now, expiresAt: expiresAt(now) };
    if (!(await putIfAbsent(ctx, claim))) claim = (await getItem(ctx, keyItem.pk, keyItem.sk))!; // another delivery claimed it first
  }
  for (let attempt = 0; ; attempt++) {
    const seq = Number(claim.seq);
    const fresh = Date.parse(now) - Date.parse(String(claim.givenAt)) < WRITE_WINDOW_MS;
    if (fresh && (await putIfAbsent(ctx, changeItem(seq, draft, now)))) return seq;
    const there = fresh ? await getItem(ctx, CHANGES_PARTITION, changeSk(seq)) : undefined;
    if (there && there.void !== true) return seq; // written by an earlier delivery
    // voided by a reader, or given out too long ago: a new place at the end of the log
    if (attempt >= 5) throw new Error(`the change ${draft.key} could not be placed in the log after ${attempt} attempts`);
    const next = await nextPlace(ctx);
    try {
      await ctx.ddb.send(new UpdateCommand({
        TableName: ctx.tableName, Key: keyItem, UpdateExpression: 'SET #seq = :next, givenAt = :now',
        ConditionExpression: '#seq = :old', ExpressionAttributeNames: { '#seq': 'seq' }, ExpressionAttributeValues: { ':next': next, ':old': seq, ':now': now },
      }));
      claim = { ...claim, seq: next, givenAt: now };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      claim = (await getItem(ctx, keyItem.pk, keyItem.sk))!; // another delivery moved it: follow
    }
  }
}

/**
 * Changes after place `after`, in order, at most `limit`; stops before a place a writer may still fill (see
 * above). `after` 0 reads from the oldest change kept.
 */
export async function readChanges(ctx: WriteContext, query: { after: number; limit: number; now: string }): Promise<ChangePage> {
  const now = Date.parse(query.now);
  const items: Change[] = [];
  let last = query.after;
  let voids = 0;
  let exclusiveStartKey: Record<string, unknown> | undefined;
  // (the range stays the first page's: a next page goes on from the last key read, which a range moved on past it would
  // refuse, as DynamoDB does, when a page held only voided places)
  const from = changeSk(last + 1);
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, ConsistentRead: true,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': CHANGES_PARTITION, ':from': from, ':to': changeSk(Number.MAX_SAFE_INTEGER) },
      Limit: query.limit + 1, ExclusiveStartKey: exclusiveStartKey,
    }));
    exclusiveStartKey = page.LastEvaluatedKey;
    for (const item of page.Items ?? []) {
      const seq = Number(item.seq);
      if (seq !== last + 1 && !(query.after === 0 && last === 0)) {
        // a gap: places last+1 … seq−1 given out and not written (yet)
        const age = now - Date.parse(String(item.committedAt));
        if (age < VOID_AFTER_MS) return { items, last };
        if (age < WRITE_WINDOW_MS) {
          for (let gap = last + 1; gap < seq; gap++) {
            if (voids++ >= MAX_VOIDS_PER_READ) return { items, last };
            const voided = await putIfAbsent(ctx, { pk: CHANGES_PARTITION, sk: changeSk(gap), seq: gap, void: true, committedAt: query.now, expiresAt: expiresAt(query.now) });
            if (!voided) return { items, last }; // written just now: the next read takes it, in order
            last = gap;
          }
        }
      }
      last = seq;
      const expired = typeof item.expiresAt === 'number' && item.expiresAt * 1000 <= now;
      if (item.void !== true && !expired) items.push(item.change as Change);
      if (items.length >= query.limit) return { items, last };
    }
  } while (exclusiveStartKey);
  return { items, last };
}

const FEED_QUERY = 'feed';

/**
 * One page of the feed for `GET /feed`: the changes after a cursor (none: from the oldest kept). The next
 * cursor is always given, the place to go on from: a follower asks again with it, now or later.
 */
export async function readFeed(ctx: WriteContext, query: { after?: string; limit: number; now: string }): Promise<{ items: Change[]; nextCursor: string }> {
  let after = 0;
  if (query.after !== undefined) {
    const state = (await decodeCursor(ctx.cursorKey, query.after, FEED_QUERY)) as { s?: unknown };
    if (typeof state.s !== 'number' || !Number.isSafeInteger(state.s) || state.s < 0) throw new InvalidCursorError();
    after = state.s;
  }
  const page = await readChanges(ctx, { after, limit: query.limit, now: query.now });
  return { items: page.items, nextCursor: await encodeCursor(ctx.cursorKey, FEED_QUERY, { s: page.last }) };
}
