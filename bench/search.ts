import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { FIELD_BOOST, BM25, idf, parseQuery, score, storyFields, storyTerms, termOf, words } from '../lambdas/search/index.ts';
import { blockCacheCounts } from '../lambdas/store/block-cache.ts';
import { MAX_QUERY_TERMS } from '../lambdas/store/search-reads.ts';
import { storyPostings } from '../lambdas/store/search-index.ts';
import { createStore } from '../lambdas/store/index.ts';
import { loadStraightIntoLocalTable } from '../lib/local/dynamodb-bulk.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { searchCorpus, searchQueries, type SearchCorpusStory } from './corpus.ts';
import { percentile, round } from './stats.ts';

const CORPUS_SEED = 11;

export interface SearchBench {
  searchP50Ms: number;
  searchP95Ms: number;
  /** Mean share of MiniSearch's top 10 that the API's top 10 also holds, over the relevance queries. */
  searchTop10Overlap: number;
  /**
   * The same against the ranking model computed exactly in memory (ranking.ts: one document frequency per
   * term, counted exactly): what the table's quantised impacts, sampled counters and early stop lose.
   * MiniSearch differs from the model itself: it weighs each field with that field's own document frequency.
   */
  searchTop10OverlapModel: number;
  /** Share of sampled words (each story's rarest, and random ones) whose single-word query finds the story: must be 1. */
  searchRecall: number;
  /** Words sampled for `searchRecall`, and the ones not found (at most 10 shown). */
  searchRecallWords: number;
  searchRecallMissed: string[];
  searchStories: number;
  searchLoadSeconds: number;
  /** Common terms given posting blocks after the load, and how long their build took (posting-blocks.ts), inside the load time. */
  searchBlockTerms: number;
  searchBlocksSeconds: number;
  searchQueries: number;
  /** Share of the posting blocks the timed queries read that a warm API held from an earlier query (block-cache.ts). */
  searchBlockCacheShare: number;
}

/**
 * Keyword search over a 10,000-story synthetic corpus on the local stack. The corpus is written
 * straight into the table's LevelDB folder before the stack starts (`loadStraightIntoLocalTable`: the
 * items `saveStory` writes, keyed by dynalite's own functions): through S3 and the ingest handler 10,000
 * stories would take about an hour here, through dynalite's API about ten minutes. Latency is measured through the local API (HTTP,
 * the API handler, dynalite), one query at a time, after a warm-up; relevance against MiniSearch's
 * BM25 over the same stories with the same tokeniser, stemmer, fields and field boosts.
 */
export async function benchSearch(opts: { stories?: number; timed?: number; relevance?: number; recallStories?: number; log?: (line: string) => void } = {}): Promise<SearchBench> {
  const count = opts.stories ?? 10_000;
  const corpus = searchCorpus(count, CORPUS_SEED);
  const dataDir = await mkdtemp(join(tmpdir(), 'newswire-bench-search-'));
  const started = performance.now();
  const stack = await loadStraightIntoLocalTable(dataDir, corpus.map(({ record, receivedAt }, i) => ({
    record,
    upload: { key: record.source.key!, etag: `bench-${i}`, versionId: null, sequencer: i.toString(16).padStart(12, '0'), size: 0, receivedAt },
  })), (loaded) => {
    if (loaded % 10_000 === 0 && loaded < count) opts.log?.(`search corpus ${loaded} stories loaded in ${round((performance.now() - started) / 1000, 1)} s`);
  }).then(() => startLocalStack({ dataDir, blockBuildMs: 0 })).catch(async (err: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  });
  try {
    // the common terms' posting blocks, as the schedule builds them: run after run until none is left queued
    const blocksStarted = performance.now();
    const builder = createStore(stack.config);
    let searchBlockTerms = 0;
    for (let built = 1; built > 0; searchBlockTerms += built) built = (await builder.buildPostingBlocks(new Date().toISOString())).terms;
    const searchBlocksSeconds = round((performance.now() - blocksStarted) / 1000, 1);
    const searchLoadSeconds = round((performance.now() - started) / 1000, 1);
    opts.log?.(`search corpus ${count} stories loaded in ${searchLoadSeconds} s (posting blocks of ${searchBlockTerms} common terms built in ${searchBlocksSeconds} s)`);

    const page = async (q: string, limit: number, cursor?: string, extra = ''): Promise<{ ids: string[]; nextCursor: string | null }> => {
      const url = `${stack.apiUrl}/stories?limit=${limit}&q=${encodeURIComponent(q)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}${extra}`;
      // a kept-alive connection the server closed while the bench computed (the recall sample over 100,000 stories
      // takes minutes) fails once with ECONNRESET: asked again on a new connection, as any HTTP client would
      const response = await fetch(url).catch((err: unknown) => {
        if ((err as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw err;
        return fetch(url);
      });
      if (!response.ok) throw new Error(`search for ${JSON.stringify(q)} answered ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { items: { id: string }[]; nextCursor: string | null };
      return { ids: body.items.map((s) => s.id), nextCursor: body.nextCursor };
    };
    const ask = async (q: string, limit: number): Promise<string[]> => (await page(q, limit)).ids;

    // Relevance first: building the reference index gives the table's storage engine (LevelDB, which
    // compacts in background threads after a bulk load) time to settle before latency is measured,
    // and the 50 queries warm the API up.
    const reference = miniSearchOf(corpus);
    const model = exactRanking(corpus);
    const relevanceQueries = searchQueries(corpus, opts.relevance ?? 50, 5);
    const share = (expected: readonly string[], got: ReadonlySet<string>) => (expected.length === 0 ? 1 : expected.filter((id) => got.has(id)).length / expected.length);
    let overlap = 0;
    let overlapModel = 0;
    for (const q of relevanceQueries) {
      const got = new Set(await ask(q, 10));
      overlap += share(reference.search(q).slice(0, 10).map((r) => String(r.id)), got);
      overlapModel += share(model(q, 10), got);
    }

    const recall = await measureRecall(corpus, opts.recallStories ?? 100, page);
    opts.log?.(`search recall ${recall.found} of ${recall.words} sampled words find their story`);

    const timedQueries = searchQueries(corpus, opts.timed ?? 300, 23);
    for (const q of timedQueries.slice(0, 100)) await ask(q, 20); // warm-up: JIT, connections, LevelDB's block cache
    const times: number[] = [];
    const cacheBefore = { ...blockCacheCounts };
    for (const q of timedQueries) {
      const t0 = performance.now();
      await ask(q, 20);
      times.push(performance.now() - t0);
    }
    // the first 100 timed queries were the warm-up's: the 200 after them were never asked before
    const blocksAsked = blockCacheCounts.asked - cacheBefore.asked;
    const searchBlockCacheShare = round((blockCacheCounts.held - cacheBefore.held) / Math.max(1, blocksAsked), 3);
    opts.log?.(`search timed: p95 ${round(percentile(times.slice(100), 95), 1)} ms over the 200 queries not asked in the warm-up; ${blocksAsked} blocks asked for, ${searchBlockCacheShare} of them held in memory`);
    return {
      searchP50Ms: round(percentile(times, 50), 1),
      searchP95Ms: round(percentile(times, 95), 1),
      searchTop10Overlap: round(overlap / relevanceQueries.length, 3),
      searchTop10OverlapModel: round(overlapModel / relevanceQueries.length, 3),
      searchRecall: round(recall.found / Math.max(1, recall.words), 4),
      searchRecallWords: recall.words,
      searchRecallMissed: recall.missed.slice(0, 10),
      searchStories: count,
      searchLoadSeconds,
      searchBlockTerms,
      searchBlocksSeconds,
      searchQueries: times.length,
      searchBlockCacheShare,
    };
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * `searchRecall`: for a sample of stories, their four rarest words in the corpus and four taken at
 * random (one written form of each distinct term), each asked alone; the story must be among the
 * results. The first three pages of 100 are followed; a word in more stories than that (a common word
 * chosen at random) is asked again within the minute of the story's time, which a search answers
 * from the same index entries story by story.
 */
async function measureRecall(
  corpus: readonly SearchCorpusStory[], stories: number, ask: (q: string, limit: number, cursor?: string, extra?: string) => Promise<{ ids: string[]; nextCursor: string | null }>,
): Promise<{ words: number; found: number; missed: string[] }> {
  const df = new Map<string, number>();
  const formsOf = (record: SearchCorpusStory['record']) => {
    const forms = new Map<string, string>();
    for (const word of words([record.headline ?? '', ...record.body.paragraphs].join('\n'))) {
      const term = storyTerms(word, record.language)[0];
      if (term !== undefined && !forms.has(term)) forms.set(term, word);
    }
    return forms;
  };
  for (const { record } of corpus) for (const term of formsOf(record).keys()) df.set(term, (df.get(term) ?? 0) + 1);
  let state = 97;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  let asked = 0;
  let found = 0;
  const missed: string[] = [];
  const step = Math.max(1, Math.floor(corpus.length / stories));
  for (let i = 0; i < corpus.length && asked < stories * 8; i += step) {
    const { record } = corpus[i]!;
    const forms = [...formsOf(record)];
    const rarest = [...forms].sort((a, b) => df.get(a[0])! - df.get(b[0])! || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
    const others = forms.filter((f) => !rarest.includes(f));
    const randomOnes = Array.from({ length: Math.min(4, others.length) }, () => others.splice(Math.floor(random() * others.length), 1)[0]!);
    for (const [, word] of [...rarest, ...randomOnes]) {
      asked += 1;
      let cursor: string | undefined;
      let hit = false;
      let pages = 0;
      do {
        const result = await ask(word, 100, cursor);
        hit = result.ids.includes(record.id);
        cursor = result.nextCursor ?? undefined;
        pages += 1;
      } while (!hit && cursor !== undefined && pages < 3);
      if (!hit && cursor !== undefined) {
        const at = Date.parse(record.firstCreated!);
        const window = `&from=${new Date(at - 60_000).toISOString()}&to=${new Date(at + 60_000).toISOString()}`;
        hit = (await ask(word, 100, undefined, window)).ids.includes(record.id);
      }
      if (hit) found += 1;
      else missed.push(`${word} (${record.id})`);
    }
  }
  return { words: asked, found, missed };
}

/**
 * The ranking model (ranking.ts) evaluated exactly over the whole corpus: each story's impacts as it is
 * indexed, the exact document frequencies, every story scored. The reference for what the table serves.
 */
function exactRanking(corpus: readonly SearchCorpusStory[]): (q: string, limit: number) => string[] {
  const postings = new Map<string, Map<string, number>>();
  for (const { record } of corpus) {
    for (const { term, impact } of storyPostings(record)) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new Map()));
      list.set(record.id, impact);
    }
  }
  return (q, limit) => {
    const terms = parseQuery(q).required.slice(0, MAX_QUERY_TERMS);
    const listsOf = terms.map((alternatives) => alternatives.map((t) => postings.get(t) ?? new Map<string, number>()));
    const idfs = listsOf.map((lists) => idf(corpus.length, lists.reduce((sum, list) => sum + list.size, 0)));
    // every word of the query must be in a story (the API's query language)
    const candidates = new Set(listsOf.flat().flatMap((list) => [...list.keys()]).filter((id) => listsOf.every((lists) => lists.some((list) => list.has(id)))));
    return [...candidates]
      .map((id) => ({ id, score: score(listsOf.map((lists) => Math.max(0, ...lists.map((list) => list.get(id) ?? 0))), idfs) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((d) => d.id);
  };
}

/**
 * MiniSearch over the same fields, boosts, BM25 parameters, tokeniser and stemmer (BM25+), every query word required
 * (`AND`), as the API's query language requires them: an `OR` reference would rank stories the API rightly leaves out.
 */
function miniSearchOf(corpus: readonly SearchCorpusStory[]): MiniSearch {
  const index = new MiniSearch({
    fields: ['headline', 'lede', 'body'],
    tokenize: words,
    processTerm: (term) => termOf(term) ?? null,
    searchOptions: { combineWith: 'AND', boost: { ...FIELD_BOOST }, bm25: { k: BM25.k1, b: BM25.b, d: BM25.delta } },
  });
  index.addAll(corpus.map(({ record }) => ({ id: record.id, ...storyFields(record) })));
  return index;
}

// `node --import tsx bench/search.ts [STORIES]`: the search bench alone, at any corpus size (the load logs its
// progress every 10,000 stories)
if (import.meta.url === `file://${process.argv[1]}`) {
  const stories = Number(process.argv[2] ?? 10_000);
  const result = await benchSearch({ stories, log: (line) => console.log(line) });
  console.log(JSON.stringify(result));
}
