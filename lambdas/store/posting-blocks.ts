import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from './concurrency.ts';
import { COMPACT_PARTITION, DF_SAMPLE, DF_SK, blockPk, blockSk, dfPk, parsePostingSortKey, postingRank, termPartition } from './keys.ts';
import { batchWrite, getItem, type WriteContext } from './table-writes.ts';

/**
 * Posting blocks (issue 13): a common term's postings, a thousand to an item, highest impact first.
 *
 * A term in tens of thousands of stories has as many posting items (one per story, keys.ts), and a query that
 * needs its list far down reads them entry by entry; the query's cost grows with the corpus. Its blocks hold the
 * same list in a few dozen items. They are built by a job (a schedule in the cloud, a timer on the local stack)
 * for the terms queued for one, and never written by ingest: a story's own postings stay the truth, for writes,
 * retirement and reads by key.
 *
 * - Queue: a term's sampled document-frequency counter (`D#<term>`) also counts its postings added since its last
 *   build (`pending`). When the term is common enough (`minPostings`) and enough was added (`rebuildAfter`), the
 *   writer that crossed the line puts the counter into the sparse `COMPACT` partition of gsi2.
 * - Build: the job reads the term's postings (gsi1, impact order) and writes them as blocks of a new generation,
 *   then names that generation on the counter (`blocks`: generation, `since`, blocks, postings, block size) and
 *   takes the term off the queue; generations older than the one it replaced are deleted.
 * - Reading (search-reads.ts): a search reads a term's blocks, and its postings written since the build (gsi2,
 *   `R#<term>`, newer than `since`: the build's start less WRITE_MARGIN_MS, for writes in flight). A story among
 *   those newer postings is read from them, never from a block; a block entry of a story since retired or
 *   replaced is stale, and the CURRENT item every candidate is verified against turns it away.
 */
export interface PostingBlockOptions {
  /** A term gets blocks once about this many stories hold it (the sampled counter's estimate). */
  readonly minPostings: number;
  /** Its blocks are built again once about this many of its postings were added since the last build. */
  readonly rebuildAfter: number;
  /** Postings per block item: about 90 bytes each, so a block stays far under DynamoDB's 400 KB. */
  readonly blockSize: number;
}

export const POSTING_BLOCKS: PostingBlockOptions = { minPostings: 1000, rebuildAfter: 250, blockSize: 1000 };

/**
 * A build reads postings written up to this long before it began as part of its blocks, and a search reads the
 * rest from gsi2: a writer stamps a posting just before it writes it, and the index shows it within a second, so
 * five minutes covers a write retried after throttling, and clocks a little apart.
 */
export const WRITE_MARGIN_MS = 5 * 60_000;
/** Terms built per run at most; the rest stay queued for the next run. */
const MAX_TERMS_PER_RUN = 500;
const BUILD_CONCURRENCY = 2;

/** What the counter names of a term's blocks: the generation to read and how it is laid out. */
export interface BlockHead {
  readonly gen: string;
  /** Postings written after this instant are not in the blocks (gsi2 has them). */
  readonly since: string;
  readonly blocks: number;
  readonly postings: number;
  readonly size: number;
}

export interface BlockEntry { readonly id: string; readonly impact: number; readonly rank: string }

const sampled = (count: number): number => Math.max(1, Math.ceil(count / DF_SAMPLE));

/** A term's head as read from its counter item; undefined when it has none (or one this code cannot read). */
export function blockHeadOf(item: Record<string, unknown> | undefined): BlockHead | undefined {
  const head = item?.blocks as Partial<BlockHead> | undefined;
  const ok = head !== undefined && typeof head.gen === 'string' && typeof head.since === 'string' && typeof head.blocks === 'number'
    && typeof head.postings === 'number' && typeof head.size === 'number' && head.size > 0;
  return ok ? (head as BlockHead) : undefined;
}

/** One block's postings, in the order they were written (highest impact first): `<impact> <id> <rank>` a line. */
export const encodeBlock = (entries: readonly BlockEntry[]): string => entries.map((e) => `${e.impact} ${e.id} ${e.rank}`).join('\n');
export function decodeBlock(text: string): BlockEntry[] {
  if (text.length === 0) return [];
  return text.split('\n').map((line) => {
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    return { impact: Number(line.slice(0, a)), id: line.slice(a + 1, b), rank: line.slice(b + 1) };
  });
}

/**
 * A posting of `term` was added (a sampled story, keys.ts `countsForDf`): its counter goes up, and the term is
 * queued for a build when this addition makes it common enough, or makes enough added since its last build.
 */
export async function countAddedPosting(ctx: WriteContext, term: string): Promise<void> {
  const result = await ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: { pk: dfPk(term), sk: DF_SK }, UpdateExpression: 'ADD df :one, pending :one',
    ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW',
  }));
  const df = Number(result.Attributes?.df ?? 0);
  const pending = Number(result.Attributes?.pending ?? 0);
  const dfMin = sampled(ctx.blocks.minPostings);
  const pendingMin = sampled(ctx.blocks.rebuildAfter);
  // each counter passes each value once as it grows: only the addition that crosses the line queues the term
  if ((df === dfMin && pending >= pendingMin) || (pending === pendingMin && df >= dfMin)) await queueForBuild(ctx, term);
}

/** The counter item's fields that queue its term (gsi2 `COMPACT`), for a put (the bulk load) or an update. */
export const queuedFields = (term: string): Record<string, string> => ({ gsi2pk: COMPACT_PARTITION, gsi2sk: term });

/** Whether a term counted `df` times (sampled) in a bulk load gets blocks at once. */
export const commonEnough = (ctx: WriteContext, df: number): boolean => df >= sampled(ctx.blocks.minPostings);

async function queueForBuild(ctx: WriteContext, term: string): Promise<void> {
  await ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: { pk: dfPk(term), sk: DF_SK }, UpdateExpression: 'SET gsi2pk = :p, gsi2sk = :t',
    ExpressionAttributeValues: { ':p': COMPACT_PARTITION, ':t': term },
  }));
}

/**
 * The job: builds the blocks of the terms queued (at most MAX_TERMS_PER_RUN a run), two at a time. `now` is the
 * job's clock: the generation's name and, less the margin, its `since`.
 */
export async function buildPostingBlocks(ctx: WriteContext, now: string): Promise<{ terms: number; postings: number }> {
  const queued = await ctx.ddb.send(new QueryCommand({
    TableName: ctx.tableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :p',
    ExpressionAttributeValues: { ':p': COMPACT_PARTITION }, ProjectionExpression: 'gsi2sk', Limit: MAX_TERMS_PER_RUN,
  }));
  const terms = (queued.Items ?? []).map((item) => String(item.gsi2sk));
  const built = await mapLimit(terms, BUILD_CONCURRENCY, (term) => buildTermBlocks(ctx, term, now));
  return { terms: terms.length, postings: built.reduce((sum, n) => sum + n, 0) };
}

/** Builds one term's blocks afresh: its postings now, a new generation, the counter naming it; older ones go. */
async function buildTermBlocks(ctx: WriteContext, term: string, now: string): Promise<number> {
  const counter = await getItem(ctx, dfPk(term), DF_SK);
  const replaced = blockHeadOf(counter)?.gen;
  const pendingAtStart = Number(counter?.pending ?? 0);
  const since = new Date(Date.parse(now) - WRITE_MARGIN_MS).toISOString();
  const entries = await readPostings(ctx, term);
  const size = ctx.blocks.blockSize;
  const gen = now;
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += size) blocks.push(encodeBlock(entries.slice(i, i + size)));
  await batchWrite(ctx, blocks.map((p, n) => ({ PutRequest: { Item: { pk: blockPk(term), sk: blockSk(gen, n), p } } })));
  const head: BlockHead = { gen, since, blocks: blocks.length, postings: entries.length, size };
  const result = await ctx.ddb.send(new UpdateCommand({
    TableName: ctx.tableName, Key: { pk: dfPk(term), sk: DF_SK },
    UpdateExpression: 'SET #blocks = :head ADD pending :counted REMOVE gsi2pk, gsi2sk',
    ExpressionAttributeNames: { '#blocks': 'blocks' }, ExpressionAttributeValues: { ':head': head, ':counted': -pendingAtStart },
    ReturnValues: 'ALL_NEW',
  }));
  // more was added while it was built than a rebuild waits for: queued again
  if (Number(result.Attributes?.pending ?? 0) >= sampled(ctx.blocks.rebuildAfter)) await queueForBuild(ctx, term);
  // a search may still read the generation this one replaced (its counter read a moment ago): older ones go
  await deleteGenerationsBefore(ctx, term, replaced ?? gen);
  return entries.length;
}

/** Every posting of a term, highest impact first (gsi1, page by page). */
async function readPostings(ctx: WriteContext, term: string): Promise<BlockEntry[]> {
  const entries: BlockEntry[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await readPostingPage(ctx, term, { start });
    entries.push(...page.entries);
    start = page.next;
  } while (start);
  return entries;
}

/**
 * One page of a term's posting items, highest impact first (gsi1): `limit` of them from `start`, or a DynamoDB page;
 * `next` is where the next page starts, undefined at the end. The table key names each entry's version.
 */
export async function readPostingPage(ctx: Pick<WriteContext, 'ddb' | 'tableName'>, term: string, opts: { limit?: number; start?: Record<string, unknown> | undefined }): Promise<{ entries: BlockEntry[]; next: Record<string, unknown> | undefined }> {
  const page = await ctx.ddb.send(new QueryCommand({
    TableName: ctx.tableName, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': termPartition(term) }, ScanIndexForward: false, ProjectionExpression: 'sk, gsi1sk',
    ...(opts.limit !== undefined ? { Limit: opts.limit } : {}), ...(opts.start ? { ExclusiveStartKey: opts.start } : {}),
  }));
  const entries = (page.Items ?? []).map((item) => ({ ...parsePostingSortKey(String(item.gsi1sk)), rank: postingRank(String(item.sk), term) }));
  return { entries, next: page.LastEvaluatedKey };
}

/** Deletes the term's blocks of generations older than `gen` (one, unless a build stopped half-way before). */
async function deleteGenerationsBefore(ctx: WriteContext, term: string, gen: string): Promise<void> {
  const keys: { pk: string; sk: string }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await ctx.ddb.send(new QueryCommand({
      TableName: ctx.tableName, KeyConditionExpression: 'pk = :pk AND sk < :gen', ExpressionAttributeValues: { ':pk': blockPk(term), ':gen': gen },
      ProjectionExpression: 'pk, sk', ExclusiveStartKey: start,
    }));
    for (const item of page.Items ?? []) keys.push({ pk: String(item.pk), sk: String(item.sk) });
    start = page.LastEvaluatedKey;
  } while (start);
  await batchWrite(ctx, keys.map((Key) => ({ DeleteRequest: { Key } })));
}
