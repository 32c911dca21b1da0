import { BatchGetCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_LANGUAGE, analysisOf, highlights, idf, matchesText, needsText, parseQuery, score, type Highlight, type ParsedQuery, type QueryTerm } from '../search/index.ts';
import type { StoryRecord } from '../story/index.ts';
import type { StorySummary } from '../story/index.ts';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.ts';
import { InvalidCursorError, NoSearchTermsError } from './errors.ts';
import { CURRENT_SK, DF_SAMPLE, DF_SK, STATS_KEY, STATS_ANALYSES, blockPk, blockSk, dfPk, facetKey, facetPartitions, parsePostingSortKey, postingRank, postingSk, recentPartition, storyPk, versionSk } from './keys.ts';
import { readBlocks } from './block-cache.ts';
import { blockHeadOf, readPostingPage, type BlockHead } from './posting-blocks.ts';
import { mapLimit } from './concurrency.ts';
import { FILTER_KINDS, embargoed, mergeNewestFirst, queryPartition, readRecord, storedSummary, type ReadContext } from './story-reads.ts';
import type { Page, StoryFilters } from './types.ts';

/** Query terms beyond this many are ignored: each costs a posting list read. */
export const MAX_QUERY_TERMS = 8;
/** Postings read at first, per term: at most about 100 KB, a tenth of a DynamoDB page. */
const FIRST_READ_MAX = 1000;
const FIRST_READ_MIN = 150;
/** A term in more stories than this is common: its idf is low, and a first part of its list does. */
const COMMON_DF = 800;
const COMMON_FIRST_READ = 300;
const MAX_READ = 4000;
/**
 * Candidates' unknown impacts are read by key, the most promising first, in rounds of at most this many postings
 * (a candidate's postings of each term not known for it, in each language the query is read in); the best
 * candidates' at most MAX_PROBED_KEYS once after each read of the lists. A posting read by key costs about as much
 * as PROBE_COST entries read down a list (dynalite, bench of issue 13; on DynamoDB half a read unit against about a
 * fiftieth): candidates are read by key while all of them cost less than reading a list to its estimated end, and
 * that list is read otherwise, which tells apart many at once.
 */
const PROBE_ROUND_KEYS = 200;
const MAX_PROBED_KEYS = 2000;
const PROBE_COST = 5;

/** How much of a term's postings to read first, from its estimated document frequency (margin for the sampling). */
const firstReadSize = (df: number): number =>
  df > COMMON_DF ? COMMON_FIRST_READ : Math.min(FIRST_READ_MAX, Math.max(FIRST_READ_MIN, Math.ceil(1.25 * df) + 50));
const BATCH_GET_MAX = 100;
/** Stories verified per round: what the page still needs, plus a few for those a filter turns away. */
const MIN_VERIFY = 10;
const VERIFY_SLACK = 5;
/** A filter with at most this many stories is scored story by story instead of through the postings. */
const FILTER_FIRST_MAX = 200;

export interface SearchQuery {
  readonly q: string;
  readonly filters: StoryFilters;
  readonly limit: number;
  readonly cursor?: string;
  readonly now: string;
  /** Analyse the query in this language only (BCP 47); by default in every language the index holds. */
  readonly lang?: string;
}

/** What a ranked cursor carries: where the last page ended, and the statistics the query was ranked with. */
interface SearchCursorState { s: number; i: string; n: number; d: number[]; a: string[] }
interface Stats { documents: number; df: number[] }
/** What a query's first reads tell: the figures it ranks with, and the posting blocks of its terms that have some. */
interface Figures extends Stats { heads: ReadonlyMap<string, BlockHead> }
interface Scored { id: string; rank: string; score: number; summary: StorySummary }
interface Posting { id: string; impact: number; rank: string }

const hasFilter = (filters: StoryFilters): boolean =>
  FILTER_KINDS.some((kind) => filters[kind] !== undefined) || filters.from !== undefined || filters.to !== undefined;

/** Ranked order: higher score first, then story id, so that equal scores have one order too. */
const byRank = (a: { score: number; id: string }, b: { score: number; id: string }): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Keyword search, ranked (lambdas/search/ranking.ts), under every filter, page by page.
 *
 * A story must hold every word of the query. Candidates come from the query terms' postings, read
 * highest impact first, a batch at a time (Fagin's threshold algorithm): once one list is read to
 * the end, no story outside it can match; until then, a story not yet seen cannot score above
 * m · Σ idf(t) · (impact of the last entry read for t), so reading stops as soon as a page's worth
 * of verified stories score above that bound. A selective filter (at most 200 stories) is scored
 * story by story instead. Either way every candidate is verified against its CURRENT item, which is
 * the truth for status, embargo, filters, and the impacts it is scored with.
 *
 * Pages: the first page reads N and the terms' document frequencies; the cursor carries them, with
 * the score and id of the last story served, so later pages rank every story exactly as the first
 * did. A story that existed when paging began has one place in that order, so it is served once,
 * and none is skipped; stories that arrive meanwhile fall before or after the cursor by their score.
 */
export async function searchStories(ctx: ReadContext, query: SearchQuery): Promise<Page<StorySummary>> {
  const { filters, limit, now } = query;
  const wanted = FILTER_KINDS.flatMap((kind) => (filters[kind] ? [facetKey(kind, filters[kind])] : []));
  const queryId = queryFingerprint(['search', query.q, query.lang ?? null, wanted, filters.from ?? null, filters.to ?? null]);
  // the languages to analyse the query in: the one asked for, else those the index holds (a cursor keeps them)
  const state = query.cursor ? await decodeCursor(ctx.cursorKey, query.cursor, queryId) : undefined;
  const analyses = query.lang !== undefined ? [analysisOf(query.lang)]
    : state !== undefined ? cursorAnalyses(state) : await indexedAnalyses(ctx, now);
  const parsed = parseQuery(query.q, analyses);
  const terms = parsed.required.slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) throw new NoSearchTermsError();

  // the figures and block heads are read (or kept from a read less than a minute old) for every page; a later
  // page ranks with the figures its first page read, which its cursor carries
  const figures = await readStats(ctx, terms, now);
  let stats: Stats = figures;
  let after: { score: number; id: string } | undefined;
  if (state !== undefined) {
    const position = searchPosition(state, terms.length);
    stats = { documents: position.n, df: position.d };
    after = { score: position.s, id: position.i };
  }
  const lists = await openLists(ctx, terms, figures.heads);
  // A list that is not too long is read whole at once: its entries decide the ranking, and its
  // length is the term's exact document frequency. Of a very common term (low idf) a first part is
  // read, which is usually all a ranking needs of it, and the sampled counter estimates its length.
  // A filter's few stories, if it has few, are listed at the same time.
  const [first, filtered] = await Promise.all([
    Promise.all(lists.map((list, i) => list.read(firstReadSize(stats.df[i]!)))),
    fewFiltered(ctx, filters),
  ]);
  if (!after) stats = { ...stats, df: stats.df.map((df, i) => (lists[i]!.done ? first[i]!.length : Math.max(df, first[i]!.length))) };
  const frozen = stats;
  const idfs = frozen.df.map((df) => idf(frozen.documents, df));
  const verify = verifier(ctx, terms, idfs, wanted, filters, now, parsed);
  const isAfter = (doc: { score: number; id: string }) => after === undefined || byRank(after, doc) < 0;

  const ranked = filtered
    ? [...(await verify(filtered)).values()].filter((doc): doc is Scored => doc !== null && isAfter(doc)).sort(byRank)
    : await thresholdSearch(lists, first, { idfs, dfs: frozen.df }, limit + 1, verify, prober(ctx), isAfter);
  const page = ranked.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = ranked.length > limit && last
    ? await encodeCursor<SearchCursorState>(ctx.cursorKey, queryId, { s: last.score, i: last.id, n: frozen.documents, d: frozen.df, a: [...analyses] })
    : null;
  // each result with snippets of its text around the words asked for: the page's records in one batch
  const records = await readRecords(ctx, page);
  return {
    items: page.map(({ id, summary, score: s }) => ({ ...summary, score: Math.round(s * 10_000) / 10_000, highlights: highlightsOf(records.get(id), parsed) })),
    nextCursor,
  };
}

const textOf = (record: StoryRecord): string[] => [...(record.headline ? [record.headline] : []), ...record.body.paragraphs];
const highlightsOf = (record: StoryRecord | undefined, parsed: ParsedQuery): Highlight[] =>
  (record ? highlights(textOf(record), parsed.required, analysisOf(record.language)) : []);

/** Stories' records by id, of the versions named (`rank`), in batches; a story whose record is gone is left out. */
async function readRecords(ctx: ReadContext, stories: readonly { id: string; rank: string }[]): Promise<Map<string, StoryRecord>> {
  const items = await batchGetAll(ctx, stories.map((s) => ({ pk: storyPk(s.id), sk: versionSk(s.rank) })), 'id, #record, recordKey', { '#record': 'record' });
  const records = await mapLimit(items, 8, async (item) => [String(item.id), await readRecord(ctx, item)] as const);
  return new Map(records);
}

/** The analyses a cursor's query was read in (a cursor from before languages: English). */
function cursorAnalyses(state: unknown): string[] {
  const a = (state as Partial<SearchCursorState>).a;
  if (a === undefined) return [DEFAULT_LANGUAGE];
  if (!Array.isArray(a) || a.length === 0 || !a.every((x) => typeof x === 'string')) throw new InvalidCursorError();
  return a;
}

/** Whether a figure read at `read` is still fresh at the query's `now`: read no more than `ms` before it (a clock set back makes it stale). */
const readWithin = (read: number, now: number, ms: number): boolean => now - read >= 0 && now - read < ms;

/** How long a warm API keeps the languages the index holds before reading them again: a new language is rare. */
const ANALYSES_FRESH_MS = 60_000;
const analysesRead = new Map<string, { at: number; analyses: string[] }>();

/** The analyses of the languages the index holds (read at most once a minute per table, at the query's `now`). */
async function indexedAnalyses(ctx: ReadContext, now: string): Promise<string[]> {
  const at = Date.parse(now);
  const known = analysesRead.get(ctx.tableName);
  if (known && readWithin(known.at, at, ANALYSES_FRESH_MS)) return known.analyses;
  const [stats] = await batchGet(ctx, [STATS_KEY], '#a', { '#a': STATS_ANALYSES });
  const held = stats?.[STATS_ANALYSES];
  // English always: the analysis of stories in other languages and of every story stored before them
  const analyses = [...new Set([DEFAULT_LANGUAGE, ...(held instanceof Set ? [...held].map((a) => analysisOf(String(a))) : [])])].sort();
  analysesRead.set(ctx.tableName, { at, analyses });
  return analyses;
}

function searchPosition(state: unknown, termCount: number): SearchCursorState {
  const s = state as Partial<SearchCursorState>;
  const ok = typeof s.s === 'number' && typeof s.i === 'string' && typeof s.n === 'number' && Array.isArray(s.d)
    && s.d.length === termCount && s.d.every((x) => typeof x === 'number');
  if (!ok) throw new InvalidCursorError();
  return s as SearchCursorState;
}

/**
 * How long a warm API keeps the story count and a term's document frequency before reading them again: they move
 * slowly (a sampled counter), rank only, and a query's pages rank with the figures its first page read (the cursor).
 */
const STATS_FRESH_MS = 60_000;
/** Terms whose figures a warm API keeps, at most; the oldest go first. */
const STATS_HELD = 20_000;
/** Per DynamoDB client (one per warm container; each test's own): the figures read, by key, with when (and a term's block head). */
interface HeldFigure { at: number; value: number; head?: BlockHead }
const statsReads = new WeakMap<object, Map<string, HeldFigure>>();

/**
 * The story count and each query term's document frequency (the sum of its alternatives'), and the block heads of
 * the alternatives that have blocks: read, or kept from a read less than a minute old. A term's frequency is
 * counted exactly where its blocks were built, else estimated from its sampled counter.
 */
async function readStats(ctx: ReadContext, terms: readonly QueryTerm[], now: string): Promise<Figures> {
  const at = Date.parse(now);
  const statsRead = statsReads.get(ctx.ddb) ?? new Map<string, HeldFigure>();
  statsReads.set(ctx.ddb, statsRead);
  const keyOf = (pk: string) => `${ctx.tableName}|${pk}`;
  const heldFigure = (pk: string): HeldFigure | undefined => {
    const entry = statsRead.get(keyOf(pk));
    return entry !== undefined && readWithin(entry.at, at, STATS_FRESH_MS) ? entry : undefined;
  };
  const held = (pk: string): number | undefined => heldFigure(pk)?.value;
  const alternatives = [...new Set(terms.flat())];
  const wanted = [STATS_KEY.pk, ...alternatives.map(dfPk)].filter((pk) => held(pk) === undefined);
  if (wanted.length > 0) {
    const items = await batchGetAll(ctx, wanted.map((pk) => (pk === STATS_KEY.pk ? STATS_KEY : { pk, sk: DF_SK })), 'pk, df, docs, #blocks', { '#blocks': 'blocks' });
    const byPk = new Map(items.map((item) => [String(item.pk), item]));
    for (const pk of wanted) {
      const item = byPk.get(pk);
      const head = blockHeadOf(item);
      const value = pk === STATS_KEY.pk ? Math.max(0, Number(item?.docs ?? 0)) : head?.postings ?? DF_SAMPLE * Math.max(0, Number(item?.df ?? 0));
      statsRead.delete(keyOf(pk));
      statsRead.set(keyOf(pk), { at, value, ...(head ? { head } : {}) });
      if (statsRead.size > STATS_HELD) statsRead.delete(statsRead.keys().next().value!);
    }
  }
  const dfOf = (term: string) => held(dfPk(term)) ?? 0;
  const heads = new Map(alternatives.flatMap((term) => {
    const head = heldFigure(dfPk(term))?.head;
    return head ? [[term, head] as const] : [];
  }));
  return {
    documents: held(STATS_KEY.pk) ?? 0,
    df: terms.map((term) => term.reduce((sum, alternative) => sum + dfOf(alternative), 0)),
    heads,
  };
}

type Verify = (ids: readonly string[]) => Promise<Map<string, Scored | null>>;
type TableKey = { pk: string; sk: string };
/** Impacts of postings read by key: `keyString` → impact, for the postings that exist. */
type Probe = (keys: readonly TableKey[]) => Promise<Map<string, number>>;
const keyString = (key: TableKey): string => `${key.pk}|${key.sk}`;

/** Reads postings by their table key, a hundred to a request: small items, each an impact in its index key. */
function prober(ctx: ReadContext): Probe {
  return async (keys) => {
    const found = await batchGetAll(ctx, keys, 'pk, sk, gsi1sk');
    return new Map(found.map((item) => [keyString({ pk: String(item.pk), sk: String(item.sk) }), parsePostingSortKey(String(item.gsi1sk)).impact]));
  };
}

/**
 * Reads the CURRENT items of candidate stories and scores them: null for a story that is not
 * usable, under embargo, outside a filter, or lacks a word of the query (any more).
 */
function verifier(ctx: ReadContext, terms: readonly QueryTerm[], idfs: readonly number[], wanted: readonly string[], filters: StoryFilters, now: string, parsed: ParsedQuery): Verify {
  const names: Record<string, string> = { '#rank': 'rank', '#ti': 'ti' };
  const alternatives = [...new Set(terms.flat())];
  alternatives.forEach((term, i) => { names[`#t${i}`] = term; });
  const projection = ['id', '#rank', 'pubStatus', 'embargoedUntil', 'listedAt', 'facets', 'summary', ...alternatives.map((_, i) => `#ti.#t${i}`)].join(', ');
  return async (ids) => {
    const found = await batchGetAll(ctx, ids.map((id) => ({ pk: storyPk(id), sk: CURRENT_SK })), projection, names);
    const byId = new Map(found.map((item) => [String(item.id), item]));
    const out = new Map<string, Scored | null>();
    for (const id of ids) {
      const item = byId.get(id);
      const ok = item !== undefined && item.pubStatus === 'usable' && !embargoed(item as { embargoedUntil?: string }, now)
        && wanted.every((key) => (item.facets as string[]).includes(key))
        && (filters.from === undefined || String(item.listedAt) >= filters.from)
        && (filters.to === undefined || String(item.listedAt) <= filters.to);
      if (!ok) { out.set(id, null); continue; }
      const ti = (item.ti ?? {}) as Record<string, number>;
      // own keys only: a query word such as `constructor` is no property of every map
      const impactOf = (term: string) => (Object.hasOwn(ti, term) ? ti[term]! : 0);
      const impacts = terms.map((term) => Math.max(...term.map(impactOf)));
      // every word of the query must be in the story
      out.set(id, impacts.every((impact) => impact > 0) ? { id, rank: String(item.rank), score: score(impacts, idfs), summary: storedSummary(item.summary as StorySummary) } : null);
    }
    // a phrase or an excluded word is checked against the story's text
    if (needsText(parsed)) {
      const candidates = [...out.values()].filter((doc): doc is Scored => doc !== null);
      const records = await readRecords(ctx, candidates);
      for (const doc of candidates) {
        const record = records.get(doc.id);
        if (!record || !matchesText(textOf(record).join('\n'), parsed, analysisOf(record.language))) out.set(doc.id, null);
      }
    }
    return out;
  };
}

/**
 * The stories of a filter that few stories match (at most FILTER_FIRST_MAX): they are scored one by
 * one, exactly. Undefined when there is no filter or it matches more: then the postings lead.
 */
async function fewFiltered(ctx: ReadContext, filters: StoryFilters): Promise<string[] | undefined> {
  if (!hasFilter(filters)) return undefined;
  const kind = FILTER_KINDS.find((k) => filters[k]);
  const key = kind === undefined ? facetKey('all') : facetKey(kind, filters[kind]!);
  const upper = filters.to ? `${filters.to}\uffff` : undefined;
  const entries = mergeNewestFirst(facetPartitions(kind ?? 'all', key).map((partition) => queryPartition(ctx, partition, filters.from, upper, false)));
  const ids = new Set<string>();
  for await (const entry of entries) {
    ids.add(entry.id);
    if (ids.size > FILTER_FIRST_MAX) return undefined;
  }
  return [...ids];
}

/** A term's postings, highest impact first, read a part at a time: one story's posting items, or the term's blocks. */
interface TermPostings {
  readonly term: string;
  /** Read to the end. */
  readonly done: boolean;
  /** Impact of the last entry read: no unread entry is higher. */
  readonly frontier: number;
  /** Entries read so far. */
  readonly entries: number;
  /** How many the next read takes by default. */
  readonly nextSize: number;
  /** The most one read takes. */
  readonly maxRead: number;
  /** What reading an entry costs, against reading one posting item down the term's index (1). */
  readonly entryCost: number;
  /** The next entries: about `count` of them, else `nextSize`. */
  read(count?: number): Promise<Posting[]>;
}

/** One query term's postings, highest impact first: those of its alternatives (one per language analysis) side by side. */
class TermList {
  constructor(private readonly lists: readonly TermPostings[]) {}
  get done(): boolean {
    return this.lists.every((list) => list.done);
  }
  /** The term's alternatives (one per language analysis). */
  get terms(): string[] {
    return this.lists.map((list) => list.term);
  }
  /** No unread entry of any alternative is higher. */
  get frontier(): number {
    return Math.max(0, ...this.lists.filter((list) => !list.done).map((list) => list.frontier));
  }
  /** Entries read so far, of every alternative. */
  get entries(): number {
    return this.lists.reduce((sum, list) => sum + list.entries, 0);
  }
  get nextSize(): number {
    return Math.max(0, ...this.lists.filter((list) => !list.done).map((list) => list.nextSize));
  }
  get maxRead(): number {
    return Math.min(...this.lists.map((list) => list.maxRead));
  }
  /** The dearest of its alternatives' entry costs. */
  get entryCost(): number {
    return Math.max(...this.lists.map((list) => list.entryCost));
  }
  async read(count?: number): Promise<Posting[]> {
    return (await Promise.all(this.lists.map((list) => (list.done ? [] : list.read(count))))).flat();
  }
}

/** One term's posting items, highest impact first, read down the term's partition of gsi1. */
class PostingList implements TermPostings {
  private start: Record<string, unknown> | undefined;
  done = false;
  frontier = Number.POSITIVE_INFINITY;
  readonly maxRead = MAX_READ;
  readonly entryCost = 1;
  constructor(private readonly ctx: ReadContext, readonly term: string) {}

  private size = FIRST_READ_MIN;
  entries = 0;
  /** Twice as many as the read before. */
  get nextSize(): number {
    return Math.min(MAX_READ, this.size * 2);
  }

  async read(count = this.nextSize): Promise<Posting[]> {
    this.size = count;
    // the table key names the version (`T#<rank>#<term>`): where the story's postings of other terms are
    const { entries, next } = await readPostingPage(this.ctx, this.term, { limit: count, start: this.start });
    this.start = next;
    this.done = this.start === undefined;
    this.entries += entries.length;
    if (entries.length > 0) this.frontier = entries.at(-1)!.impact;
    return entries;
  }
}

/** A term's postings written after its blocks were built, at most: more, and its posting items are read instead. */
const MAX_RECENT = 1000;
/** Blocks read at once, at most (each about 90 KB). */
const MAX_BLOCKS_READ = 16;
/**
 * Reading an entry of a block, decoding it and weighing it as a candidate, costs about a tenth of reading a posting item
 * down the index, and a fiftieth of reading one by key (PROBE_COST): on dynalite at 100,000 stories sixteen blocks took
 * about 50 ms and 200 postings by key about 45 ms (70 entries a key); on DynamoDB a block of 1,000 entries is about 11
 * read units and a posting by key half of one (45 entries a key).
 */
const BLOCK_ENTRY_COST = 0.1;

/**
 * The lists of a query's terms: a term's blocks where it has some (with its postings written since they were built,
 * which hold the stories changed since), else its posting items. A story with a posting written since the build of
 * any query term's blocks is read from those postings only: a block's entry of it may be stale.
 */
async function openLists(ctx: ReadContext, terms: readonly QueryTerm[], heads: ReadonlyMap<string, BlockHead>): Promise<TermList[]> {
  const blocked = [...new Set(terms.flat())].filter((term) => heads.has(term));
  const recent = new Map(await Promise.all(blocked.map(async (term) => [term, await readRecent(ctx, term, heads.get(term)!.since)] as const)));
  const changed = new Set([...recent.values()].flatMap((postings) => (postings ? postings.map((p) => p.id) : [])));
  return terms.map((term) => new TermList(term.map((alternative) => {
    const since = recent.get(alternative);
    return since ? new BlockList(ctx, alternative, heads.get(alternative)!, since, changed) : new PostingList(ctx, alternative);
  })));
}

/** A term's postings written after `since`, highest impact first (a story's newest version's only); undefined when there are more than MAX_RECENT. */
async function readRecent(ctx: ReadContext, term: string, since: string): Promise<Posting[] | undefined> {
  const page = await ctx.ddb.send(new QueryCommand({
    TableName: ctx.tableName, IndexName: 'gsi2', KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk > :since',
    ExpressionAttributeValues: { ':pk': recentPartition(term), ':since': since }, Limit: MAX_RECENT + 1, ProjectionExpression: 'pk, sk, gsi1sk',
  }));
  const items = page.Items ?? [];
  if (items.length > MAX_RECENT || page.LastEvaluatedKey !== undefined) return undefined;
  const newest = new Map<string, Posting>();
  for (const item of items) {
    const posting = { ...parsePostingSortKey(String(item.gsi1sk)), rank: postingRank(String(item.sk), term) };
    const known = newest.get(posting.id);
    if (!known || known.rank < posting.rank) newest.set(posting.id, posting);
  }
  return [...newest.values()].sort((a, b) => b.impact - a.impact);
}

/**
 * A term's blocks, highest impact first, merged with its postings written since they were built (`recent`); a block
 * entry of a story in `changed` is passed over. Blocks are read once per warm container (block-cache.ts). Should a
 * block be gone (a newer build deleted it while this search held an older head, and this container had not read it),
 * the term's posting items are read from the start instead: entries seen twice only repeat what a search knows.
 */
class BlockList implements TermPostings {
  done = false;
  frontier = Number.POSITIVE_INFINITY;
  entries = 0;
  readonly entryCost = BLOCK_ENTRY_COST;
  private nextBlock = 0;
  private recentAt = 0;
  private size: number;
  private fallback: PostingList | undefined;
  constructor(private readonly ctx: ReadContext, readonly term: string, private readonly head: BlockHead,
    private readonly recent: readonly Posting[], private readonly changed: ReadonlySet<string>) {
    this.size = head.size;
    this.done = head.blocks === 0 && recent.length === 0;
  }

  get maxRead(): number {
    return this.fallback?.maxRead ?? MAX_BLOCKS_READ * this.head.size;
  }
  get nextSize(): number {
    return this.fallback?.nextSize ?? Math.min(this.maxRead, this.size * 2);
  }

  async read(count = this.nextSize): Promise<Posting[]> {
    if (this.fallback) return this.readFallback(count);
    this.size = count;
    const upto = Math.min(this.head.blocks, this.nextBlock + Math.max(1, Math.ceil(count / this.head.size)));
    const keys = Array.from({ length: upto - this.nextBlock }, (_, i) => ({ pk: blockPk(this.term), sk: blockSk(this.head.gen, this.nextBlock + i) }));
    const blocks = await readBlocks(this.ctx.ddb, this.ctx.tableName, keys, (missing) => batchGetAll(this.ctx, missing, 'pk, sk, p'));
    if (blocks === undefined) {
      this.fallback = new PostingList(this.ctx, this.term);
      return this.readFallback(count);
    }
    const read = blocks.flat();
    this.nextBlock = upto;
    const blocksDone = this.nextBlock >= this.head.blocks;
    // the recent postings as high as the last entry read (all of them once the blocks are read) go with this read
    const last = read.at(-1)?.impact ?? 0;
    const fromRecent: Posting[] = [];
    while (this.recentAt < this.recent.length && (blocksDone || this.recent[this.recentAt]!.impact >= last)) fromRecent.push(this.recent[this.recentAt++]!);
    const entries = [...read.filter((entry) => !this.changed.has(entry.id)), ...fromRecent];
    this.entries += entries.length;
    this.done = blocksDone;
    if (!blocksDone) this.frontier = last;
    return entries;
  }

  private async readFallback(count: number): Promise<Posting[]> {
    const list = this.fallback!;
    const entries = await list.read(Math.min(count, list.maxRead));
    this.entries += entries.length;
    this.done = list.done;
    this.frontier = list.frontier;
    return entries;
  }
}

/**
 * Fagin's threshold algorithm over the terms' lists, with random access: a candidate's impacts for the terms whose
 * lists have not reached it yet are read by key (its postings of those terms, in the version its first posting
 * named), a hundred small items to a request, instead of reading the lists down to it. Candidates are verified
 * against their CURRENT items (status, filters, the exact impacts) only when they can make the page.
 */
async function thresholdSearch(
  lists: readonly TermList[], first: readonly Posting[][], stats: { idfs: readonly number[]; dfs: readonly number[] }, want: number, verify: Verify, probe: Probe, isAfter: (doc: Scored) => boolean,
): Promise<Scored[]> {
  const { idfs, dfs } = stats;
  /** Seen in some list, not verified yet: the highest impact known for it per term (0: it has none). */
  const pending = new Map<string, (number | undefined)[]>();
  /** The version a candidate's postings were read from. */
  const ranks = new Map<string, string>();
  const verified = new Set<string>();
  /** The lists read to their end whose every entry was taken. */
  const complete = new Set<number>();
  const accepted: Scored[] = [];
  const take = (entries: readonly Posting[], i: number) => {
    // once another term's list is read to its end, a story not met yet lacks that term: its entries are passed over
    // unread, not kept as candidates to be ruled out (a common term's blocks read to the end are many thousands)
    const closed = [...complete].some((j) => j !== i);
    for (const { id, impact, rank } of entries) {
      if (verified.has(id)) continue;
      if (closed && !pending.has(id)) continue;
      const known = pending.get(id) ?? new Array<number | undefined>(lists.length).fill(undefined);
      known[i] = Math.max(known[i] ?? 0, impact);
      pending.set(id, known);
      if (!ranks.has(id)) ranks.set(id, rank);
    }
    if (lists[i]!.done) complete.add(i);
  };
  // (the lists read to their end first: they close the candidates the others bring)
  lists.map((_, i) => i).sort((a, b) => Number(lists[b]!.done) - Number(lists[a]!.done)).forEach((i) => take(first[i]!, i));

  // Every term must be in a story. A candidate known to lack one (its posting read by key is missing, or the
  // term's list is read to the end without it) is out. Otherwise its score is at least what its impacts give
  // once all are known (0 before: it may lack one), and at most that with every unknown impact at its list's
  // frontier. A story not seen yet is out as soon as one list is read to the end.
  // each list's state, read once a round: the bounds below weigh every candidate against them
  let done: boolean[] = [];
  let frontiers: number[] = [];
  const lacks = (known: readonly (number | undefined)[]): boolean => known.some((k, i) => k === 0 || (k === undefined && done[i]));
  const impacts = new Array<number>(lists.length).fill(0);
  const bound = (known: readonly (number | undefined)[], optimistic: boolean): number => {
    for (let i = 0; i < known.length; i++) {
      const k = known[i];
      if (k === undefined && !optimistic) return 0;
      impacts[i] = k ?? frontiers[i]!;
    }
    return score(impacts, idfs);
  };
  const none = new Array<number | undefined>(lists.length).fill(undefined);
  /** The terms a candidate's impact is not known for, whose lists could still hold it. */
  const unknownOf = (id: string): number[] => pending.get(id)!.flatMap((k, i) => (k === undefined && !lists[i]!.done ? [i] : []));
  /** The postings reading a candidate's unknown impacts by key takes. */
  const keysFor = (id: string): number => unknownOf(id).reduce((sum, i) => sum + lists[i]!.terms.length, 0);
  /** A candidate's posting of a term, in the version its first posting named. */
  const postingKey = (id: string, term: string): TableKey => ({ pk: storyPk(id), sk: postingSk(ranks.get(id)!, term) });
  /** Reads the candidates' postings of the terms not known for them: each such impact becomes known (0 where it has none). */
  const probeCandidates = async (ids: readonly string[]): Promise<void> => {
    const wanted = ids.map((id) => ({ id, unknown: unknownOf(id) }));
    const keys = new Map(wanted.flatMap(({ id, unknown }) => unknown.flatMap((i) => lists[i]!.terms.map((term) => postingKey(id, term)))).map((key) => [keyString(key), key]));
    const found = await probe([...keys.values()]);
    for (const { id, unknown } of wanted) {
      const known = pending.get(id)!;
      for (const i of unknown) known[i] = Math.max(0, ...lists[i]!.terms.map((term) => found.get(keyString(postingKey(id, term))) ?? 0));
    }
  };

  /** Entries left in a list, by its estimated document frequency; unknown (0) where the estimate is passed. */
  const left = (i: number): number => Math.max(0, dfs[i]! - lists[i]!.entries);
  /** What reading a list to its end costs, in posting items read down an index (its next read where the estimate is passed). */
  const readCost = (i: number): number => (left(i) || lists[i]!.nextSize) * lists[i]!.entryCost;
  /** Of the terms given, the open list nearest its end. */
  const nearestEnd = (terms: Iterable<number>): number | undefined =>
    [...terms].filter((i) => !lists[i]!.done).sort((a, b) => readCost(a) - readCost(b))[0];
  let probedSinceRead = false;
  /** Every open list a step further down (twice its last read): the threshold algorithm's step. */
  const readFurther = async (): Promise<void> => {
    const reads = await Promise.all(lists.map((list) => (list.done ? Promise.resolve([]) : list.read())));
    reads.forEach(take);
    probedSinceRead = false;
  };
  /**
   * One list to its estimated end (with a margin for the estimate; a request's worth at most). Once a list is read
   * to the end no story outside it can match, so the shortest closes the candidates.
   */
  const readToEnd = async (i: number): Promise<void> => {
    const list = lists[i]!;
    const end = Math.ceil(1.1 * left(i)) + 20;
    take(await list.read(left(i) > 0 ? Math.min(list.maxRead, Math.max(end, list.nextSize)) : undefined), i);
    probedSinceRead = false;
  };

  for (;;) {
    done = lists.map((list) => list.done);
    frontiers = lists.map((list) => list.frontier);
    const unseen = lists.some((l) => l.done) ? 0 : bound(none, true);
    accepted.sort(byRank);
    // a candidate whose bound is below the want-th verified score can never make the page (bounds only fall as the lists
    // are read): it is dropped, as is one known to lack a term
    const floor = accepted.length >= want ? accepted[want - 1]!.score : Number.NEGATIVE_INFINITY;
    const bounds: { id: string; lower: number; upper: number }[] = [];
    for (const [id, known] of pending) {
      const upper = lacks(known) ? undefined : bound(known, true);
      if (upper === undefined || upper < floor) pending.delete(id);
      else bounds.push({ id, lower: bound(known, false), upper });
    }
    bounds.sort((a, b) => b.upper - a.upper);
    // a verified story's place is final when nothing left could rank above it: no unseen story can reach its score,
    // and no candidate's bound does (at an equal score the lower id ranks first)
    const isFinal = (doc: Scored): boolean => {
      if (unseen > 0 && !(doc.score > unseen)) return false;
      for (const b of bounds) {
        if (b.upper < doc.score) break;
        if (b.upper > doc.score || b.id < doc.id) return false;
      }
      return true;
    };
    const final = accepted.findIndex((doc) => !isFinal(doc));
    const finalCount = final === -1 ? accepted.length : final;
    if (finalCount >= want || (unseen === 0 && pending.size === 0)) break;

    // where the page will probably end: the want-th best of the verified scores and the lower bounds
    const cut = [...accepted.map((d) => d.score), ...bounds.map((b) => b.lower)].sort((a, b) => b - a)[want - 1] ?? 0;
    // a candidate that could make the page whose score the lists have not told yet
    const uncertain = (b: { lower: number; upper: number }): boolean => b.upper >= cut && b.lower < b.upper;
    if (unseen > cut || pending.size === 0) {
      // a story not seen yet could still make the page. Once per read: the best candidates' other postings, read by
      // key, tell their scores exactly and raise the cut, which may make the reading stop sooner
      let keys = 0;
      const best = bounds.slice(0, want).filter((b) => uncertain(b) && (keys += keysFor(b.id)) <= MAX_PROBED_KEYS);
      if (!probedSinceRead && best.length > 0) {
        await probeCandidates(best.map((b) => b.id));
        probedSinceRead = true;
        continue;
      }
      // a step down every list, unless one list's end is no further than that step: then that list, which closes the candidates
      const open = lists.flatMap((list, i) => (list.done ? [] : [i]));
      const nearest = nearestEnd(open)!;
      if (readCost(nearest) <= open.reduce((sum, i) => sum + lists[i]!.nextSize * lists[i]!.entryCost, 0)) await readToEnd(nearest);
      else await readFurther();
      continue;
    }
    const undecided = bounds.filter(uncertain);
    if (undecided.length > want - finalCount) {
      // more could make the page than it holds. Reading all their unknown postings by key is weighed against reading
      // to its end the list that is nearest it (which tells every candidate's impact for that term at once, and rules
      // out those without it); by key, the most promising go first, a round at a time: each round raises the cut,
      // which rules out many of the rest
      const keys = undecided.reduce((sum, b) => sum + keysFor(b.id), 0);
      const nearest = nearestEnd(new Set(undecided.flatMap((b) => unknownOf(b.id))));
      if (nearest !== undefined && keys * PROBE_COST > readCost(nearest)) {
        await readToEnd(nearest);
        continue;
      }
      const round: string[] = [];
      let roundKeys = 0;
      for (const b of undecided) {
        if (roundKeys + keysFor(b.id) > PROBE_ROUND_KEYS) break;
        roundKeys += keysFor(b.id);
        round.push(b.id);
      }
      if (round.length > 0) await probeCandidates(round);
      else await readFurther();
      continue;
    }
    // verify the stories that could still make the page, the most promising first
    const size = Math.min(BATCH_GET_MAX, Math.max(MIN_VERIFY, want - finalCount + VERIFY_SLACK));
    const batch = bounds.filter((b, i) => i === 0 || b.upper >= cut).slice(0, size).map((b) => b.id);
    const scored = await verify(batch);
    for (const id of batch) {
      pending.delete(id);
      verified.add(id);
      const doc = scored.get(id);
      if (doc && isAfter(doc)) accepted.push(doc);
    }
  }
  return accepted.sort(byRank);
}

/** `batchGet` of any number of keys: a hundred to a request, four requests at a time. */
async function batchGetAll(ctx: ReadContext, keys: readonly Record<string, unknown>[], projection: string, names?: Record<string, string>): Promise<Record<string, unknown>[]> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_MAX) chunks.push(keys.slice(i, i + BATCH_GET_MAX));
  return (await mapLimit(chunks, 4, (chunk) => batchGet(ctx, chunk, projection, names))).flat();
}

async function batchGet(ctx: ReadContext, keys: readonly Record<string, unknown>[], projection: string, names?: Record<string, string>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] | undefined = [...keys];
  while (pending && pending.length > 0) {
    const result: BatchGetCommandOutput = await ctx.ddb.send(new BatchGetCommand({
      RequestItems: { [ctx.tableName]: { Keys: pending, ProjectionExpression: projection, ...(names ? { ExpressionAttributeNames: names } : {}) } },
    }));
    items.push(...(result.Responses?.[ctx.tableName] ?? []));
    pending = result.UnprocessedKeys?.[ctx.tableName]?.Keys;
  }
  return items;
}
