import { indexTerms, type IndexTerm } from '../search/index.ts';
import type { StoryRecord } from '../story/index.ts';
import { postingSk, postingSortKey, recentPartition, recentSortKey, storyPk, termPartition } from './keys.ts';

/**
 * Distinct terms a story is indexed under, at most: every word of it (stop words aside) is found by a
 * search for that word (issue 13). Agency copy has about 135 distinct terms (p99 370, the longest
 * measured 530: BENCHMARKS.md), so the cap only ever bites on a text far longer than a story, such as a
 * full transcript; that text keeps its 1,000 highest-impact terms. Items per story are the version,
 * CURRENT, INDEXED, the content-hash claim, the upload outcome, its change in the feed and the change's
 * key, the facet entries, and one posting per term: about 150 on average (the bench's `itemsPerStory`).
 */
export const MAX_INDEXED_TERMS = 1000;

/**
 * The keywords a version is indexed under. Like facets, only a usable story is indexed at all: a
 * withheld or canceled one has none, which takes it out of every search.
 */
export function storyPostings(record: StoryRecord): IndexTerm[] {
  return record.pubStatus === 'usable' ? indexTerms(record, MAX_INDEXED_TERMS) : [];
}

/**
 * One keyword posting: under its term by impact (gsi1), and by when it was written (gsi2), which tells a search
 * the postings newer than the term's blocks (posting-blocks.ts).
 */
export const postingItem = (id: string, rank: string, { term, impact }: IndexTerm, writtenAt: string): Record<string, unknown> => ({
  pk: storyPk(id), sk: postingSk(rank, term), gsi1pk: termPartition(term), gsi1sk: postingSortKey(impact, id),
  gsi2pk: recentPartition(term), gsi2sk: recentSortKey(writtenAt, id),
});

/** Impacts by term, as kept on CURRENT: the exact figures a search scores with. */
export const impactMap = (postings: readonly IndexTerm[]): Record<string, number> =>
  Object.fromEntries(postings.map(({ term, impact }) => [term, impact]));
