import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { bulkLoadStories } from '../lambdas/store/index.ts';
import { createClients } from '../lambdas/store/all-clients.ts';
import { FIELD_BOOST, BM25, storyFields, termOf, words } from '../lambdas/search/index.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { searchCorpus, searchQueries, type SearchCorpusStory } from './corpus.ts';
import { percentile, round } from './stats.ts';

const CORPUS_SEED = 11;

export interface SearchBench {
  searchP50Ms: number;
  searchP95Ms: number;
  /** Mean share of MiniSearch's top 10 that the API's top 10 also holds, over the relevance queries. */
  searchTop10Overlap: number;
  searchStories: number;
  searchLoadSeconds: number;
  searchQueries: number;
}

/**
 * Keyword search over a 10,000-story synthetic corpus on the local stack. The corpus is written
 * straight into the table with `bulkLoadStories` (the items `saveStory` writes, in batches): through
 * S3 and the ingest handler it would take many minutes. Latency is measured through the local API (HTTP,
 * the API handler, dynalite), one query at a time, after a warm-up; relevance against MiniSearch's
 * BM25 over the same stories with the same tokeniser, stemmer, fields and field boosts.
 */
export async function benchSearch(opts: { stories?: number; timed?: number; relevance?: number; log?: (line: string) => void } = {}): Promise<SearchBench> {
  const count = opts.stories ?? 10_000;
  const corpus = searchCorpus(count, CORPUS_SEED);
  const dataDir = await mkdtemp(join(tmpdir(), 'newswire-bench-search-'));
  const stack = await startLocalStack({ dataDir });
  try {
    const started = performance.now();
    await bulkLoadStories(stack.config, createClients(stack.config), corpus.map(({ record, receivedAt }, i) => ({
      record,
      upload: { key: record.source.key!, etag: `bench-${i}`, versionId: null, sequencer: i.toString(16).padStart(12, '0'), size: 0, receivedAt },
    })));
    const searchLoadSeconds = round((performance.now() - started) / 1000, 1);
    opts.log?.(`search corpus ${count} stories loaded in ${searchLoadSeconds} s`);

    const ask = async (q: string, limit: number): Promise<string[]> => {
      const response = await fetch(`${stack.apiUrl}/stories?limit=${limit}&q=${encodeURIComponent(q)}`);
      if (!response.ok) throw new Error(`search for ${JSON.stringify(q)} answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { items: { id: string }[] }).items.map((s) => s.id);
    };

    // Relevance first: building the reference index gives the table's storage engine (LevelDB, which
    // compacts in background threads after a bulk load) time to settle before latency is measured,
    // and the 50 queries warm the API up.
    const reference = miniSearchOf(corpus);
    const relevanceQueries = searchQueries(corpus, opts.relevance ?? 50, 5);
    let overlap = 0;
    for (const q of relevanceQueries) {
      const expected = reference.search(q).slice(0, 10).map((r) => String(r.id));
      const got = new Set(await ask(q, 10));
      overlap += expected.length === 0 ? 1 : expected.filter((id) => got.has(id)).length / expected.length;
    }

    const timedQueries = searchQueries(corpus, opts.timed ?? 300, 23);
    for (const q of timedQueries.slice(0, 100)) await ask(q, 20); // warm-up: JIT, connections, LevelDB's block cache
    const times: number[] = [];
    for (const q of timedQueries) {
      const t0 = performance.now();
      await ask(q, 20);
      times.push(performance.now() - t0);
    }
    return {
      searchP50Ms: round(percentile(times, 50), 1),
      searchP95Ms: round(percentile(times, 95), 1),
      searchTop10Overlap: round(overlap / relevanceQueries.length, 3),
      searchStories: count,
      searchLoadSeconds,
      searchQueries: times.length,
    };
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** MiniSearch over the same fields, boosts, BM25 parameters, tokeniser and stemmer (BM25+, OR of terms). */
function miniSearchOf(corpus: readonly SearchCorpusStory[]): MiniSearch {
  const index = new MiniSearch({
    fields: ['headline', 'lede', 'body'],
    tokenize: words,
    processTerm: (term) => termOf(term) ?? null,
    searchOptions: { boost: { ...FIELD_BOOST }, bm25: { k: BM25.k1, b: BM25.b, d: BM25.delta } },
  });
  index.addAll(corpus.map(({ record }) => ({ id: record.id, ...storyFields(record) })));
  return index;
}
