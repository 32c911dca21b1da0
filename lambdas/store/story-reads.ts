import { BatchGetCommand, GetCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { StoryRecord, StorySummary, VersionEntry } from '../story/index.ts';
import type { WriteContext as ReadContext } from './table-writes.ts';
import { encodeCursor, decodeCursor, queryFingerprint } from './cursor.ts';
import { InvalidCursorError } from './errors.ts';
import { CURRENT_SK, versionSk, VERSION_SK_PREFIX, facetKey, facetPartitions, storyPk, type FacetKind } from './keys.ts';
import { decodeRecord } from './record-codec.ts';
import type { Page, StoryFilters, StoryLookup, VersionsLookup } from './types.ts';

export type { ReadContext };

interface CurrentItem {
  id: string; versionSk: string; pubStatus: string; embargoedUntil?: string; listedAt: string;
  facets: string[]; summary: StorySummary;
}

/** A summary as stored; one stored before summaries carried the language reads `language: null` (reindex fills it). */
export const storedSummary = (summary: StorySummary): StorySummary => ({ ...summary, language: summary.language ?? null });

/** Under embargo until the instant passes; `now` comes from the caller, so this stays testable. */
export const embargoed = (item: Pick<CurrentItem, 'embargoedUntil'>, now: string): boolean =>
  item.embargoedUntil !== undefined && item.embargoedUntil !== null && Date.parse(item.embargoedUntil) > Date.parse(now);

/** Whether a reader may see a story now: killed, not there (or withheld, or under embargo), or its CURRENT item. */
async function visible(ctx: ReadContext, id: string, now: string): Promise<{ status: 'found'; current: CurrentItem } | { status: 'killed' } | { status: 'missing' }> {
  const current = (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk: storyPk(id), sk: CURRENT_SK } }))).Item as CurrentItem | undefined;
  if (!current) return { status: 'missing' };
  if (current.pubStatus === 'canceled') return { status: 'killed' };
  // withheld and embargoed stories are not published yet: to a reader they do not exist
  if (current.pubStatus !== 'usable' || embargoed(current, now)) return { status: 'missing' };
  return { status: 'found', current };
}

export async function getStory(ctx: ReadContext, id: string, now: string, version?: string): Promise<StoryLookup> {
  const seen = await visible(ctx, id, now);
  if (seen.status !== 'found') return seen;
  const item = version === undefined
    ? (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk: storyPk(id), sk: seen.current.versionSk } }))).Item
    : await versionItem(ctx, id, version);
  if (!item) return { status: 'missing' };
  return { status: 'found', record: await readRecord(ctx, item) };
}

/** The stored version item of a story with this `version` (the newest such, should a provider repeat one). */
async function versionItem(ctx: ReadContext, id: string, version: string): Promise<Record<string, unknown> | undefined> {
  let found: Record<string, unknown> | undefined;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      FilterExpression: '#version = :version',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':pk': storyPk(id), ':v': VERSION_SK_PREFIX, ':version': version },
      ExclusiveStartKey: start,
    }));
    found = page.Items?.at(-1) ?? found;
    start = page.LastEvaluatedKey;
  } while (start);
  return found;
}

/** One stored version's record, by story id and version rank; null when that version was never stored. */
export async function getVersionRecord(ctx: ReadContext, id: string, rank: string): Promise<StoryRecord | null> {
  const item = (await ctx.ddb.send(new GetCommand({ TableName: ctx.tableName, Key: { pk: storyPk(id), sk: versionSk(rank) }, ConsistentRead: true }))).Item;
  return item ? readRecord(ctx, item) : null;
}

export async function readRecord(ctx: ReadContext, item: Record<string, unknown>): Promise<StoryRecord> {
  if (item.record instanceof Uint8Array) return decodeRecord(item.record);
  const { client, sdk } = await ctx.s3();
  const object = await client.send(new sdk.GetObjectCommand({ Bucket: ctx.bucketName, Key: String(item.recordKey) }));
  return decodeRecord(await object.Body!.transformToByteArray());
}

/**
 * Every stored version of a story a reader may see, oldest first; a killed story's versions are
 * hidden with it (ARCHITECTURE.md rule 7), as are a withheld or embargoed story's.
 */
export async function listVersions(ctx: ReadContext, id: string, now: string): Promise<VersionsLookup> {
  const seen = await visible(ctx, id, now);
  if (seen.status !== 'found') return seen;
  const entries: VersionEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': storyPk(id), ':v': VERSION_SK_PREFIX },
      ProjectionExpression: 'version, versionCreated, pubStatus, signals',
      ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) {
      entries.push({ version: item.version, versionCreated: item.versionCreated ?? null, pubStatus: item.pubStatus, signals: item.signals ?? [] });
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return entries.length > 0 ? { status: 'found', versions: entries } : { status: 'missing' };
}

export const FILTER_KINDS = ['person', 'author', 'contributor', 'organisation', 'place', 'provider'] as const satisfies readonly FacetKind[];
const PAGE_FETCH = 50;
const BATCH_GET_MAX = 100;

/**
 * Newest stories first, under every filter given. The most selective facet is queried on gsi1 (its
 * shards read in parallel and merged by sort key); every candidate is then checked against the
 * story's CURRENT item, which is the truth: it must still be listed under every filter, be usable
 * and out of embargo. The cursor is the sort key of the last entry served, so stories that arrive
 * while a client pages are not served twice and none that existed is skipped.
 */
export async function listStories(
  ctx: ReadContext,
  query: { filters: StoryFilters; limit: number; cursor?: string; now: string },
): Promise<Page<StorySummary>> {
  const { filters, limit, now } = query;
  const wanted = FILTER_KINDS.flatMap((kind) => (filters[kind] ? [facetKey(kind, filters[kind])] : []));
  const primaryKind = FILTER_KINDS.find((kind) => filters[kind]) ?? 'all';
  const primary = primaryKind === 'all' ? facetKey('all') : facetKey(primaryKind, filters[primaryKind]!);
  const queryId = queryFingerprint(['stories', wanted, filters.from ?? null, filters.to ?? null]);
  const after = query.cursor ? listingPosition(await decodeCursor(ctx.cursorKey, query.cursor, queryId)) : undefined;

  const upper = minDefined(after, filters.to ? `${filters.to}\uffff` : undefined);
  const entries = mergeNewestFirst(facetPartitions(primaryKind, primary).map((partition) => queryPartition(ctx, partition, filters.from, upper, after !== undefined)));

  const items: StorySummary[] = [];
  let lastSk: string | undefined;
  let exhausted = false;
  while (items.length < limit) {
    const batch: { sk: string; id: string }[] = [];
    while (batch.length < Math.min(BATCH_GET_MAX, limit - items.length)) {
      const next = await entries.next();
      if (next.done) { exhausted = true; break; }
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    const currents = await batchGetCurrent(ctx, batch.map((e) => e.id));
    for (const entry of batch) {
      const current = currents.get(entry.id);
      lastSk = entry.sk;
      if (!current || current.pubStatus !== 'usable' || embargoed(current, now)) continue;
      if (!wanted.every((key) => current.facets.includes(key))) continue;
      items.push(storedSummary(current.summary));
    }
    if (exhausted) break;
  }
  if (!exhausted) {
    const peek = await entries.next();
    exhausted = peek.done === true;
  }
  return { items, nextCursor: !exhausted && lastSk ? await encodeCursor(ctx.cursorKey, queryId, { a: lastSk }) : null };
}

/** The listing position inside a cursor: the index sort key of the last entry served. */
export function listingPosition(state: unknown): string {
  const after = (state as { a?: unknown }).a;
  if (typeof after !== 'string') throw new InvalidCursorError();
  return after;
}

const minDefined = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/** One gsi1 partition, newest first, between the bounds (`upper` exclusive when it is a cursor). */
export async function* queryPartition(ctx: ReadContext, partition: string, from: string | undefined, upper: string | undefined, upperExclusive: boolean): AsyncGenerator<{ sk: string; id: string }> {
  const conditions = ['gsi1pk = :pk'];
  const values: Record<string, string> = { ':pk': partition };
  if (from !== undefined && upper !== undefined) {
    conditions.push('gsi1sk BETWEEN :from AND :upper');
    Object.assign(values, { ':from': from, ':upper': upper });
  } else if (from !== undefined) {
    conditions.push('gsi1sk >= :from');
    values[':from'] = from;
  } else if (upper !== undefined) {
    conditions.push('gsi1sk <= :upper');
    values[':upper'] = upper;
  }
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, IndexName: 'gsi1', KeyConditionExpression: conditions.join(' AND '),
      ExpressionAttributeValues: values, ScanIndexForward: false, Limit: PAGE_FETCH, ExclusiveStartKey: start,
      ProjectionExpression: 'gsi1sk, id',
    }));
    for (const item of page.Items ?? []) {
      const sk = String(item.gsi1sk);
      if (upperExclusive && upper !== undefined && sk >= upper) continue;
      yield { sk, id: String(item.id) };
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

/** k-way merge of partitions that each yield newest first. */
export async function* mergeNewestFirst(sources: AsyncGenerator<{ sk: string; id: string }>[]): AsyncGenerator<{ sk: string; id: string }> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  for (;;) {
    let best = -1;
    heads.forEach((head, i) => {
      if (!head.done && (best < 0 || head.value.sk > (heads[best]!.value as { sk: string }).sk)) best = i;
    });
    if (best < 0) return;
    yield heads[best]!.value as { sk: string; id: string };
    heads[best] = await sources[best]!.next();
  }
}

async function batchGetCurrent(ctx: ReadContext, ids: string[]): Promise<Map<string, CurrentItem>> {
  const found = new Map<string, CurrentItem>();
  let keys: Record<string, unknown>[] | undefined = [...new Set(ids)].map((id) => ({ pk: storyPk(id), sk: CURRENT_SK }));
  while (keys && keys.length > 0) {
    const result: BatchGetCommandOutput = await ctx.ddb.send(new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: keys } } }));
    for (const item of result.Responses?.[ctx.tableName] ?? []) found.set(String(item.id), item as CurrentItem);
    keys = result.UnprocessedKeys?.[ctx.tableName]?.Keys;
  }
  return found;
}
