import { indexTerms, type IndexTerm } from '../search/index.ts';
import type { StoryRecord } from '../story/index.ts';
import { postingSk, postingSortKey, storyPk, termPartition } from './keys.ts';

/**
 * Items a stored story version may make, at most (README, "Storage layout"): the version, CURRENT,
 * INDEXED, the content-hash claim, the upload outcome, its change in the feed and the change's key, its
 * facet entries, and keyword postings for the rest.
 */
export const ITEMS_PER_STORY_BUDGET = 136;
const FIXED_ITEMS = 7;
/** Even a story listed under very many names keeps this many keywords. */
const MIN_POSTINGS = 32;

export const postingLimit = (facetCount: number): number => Math.max(MIN_POSTINGS, ITEMS_PER_STORY_BUDGET - FIXED_ITEMS - facetCount);

/**
 * The keywords a version is indexed under. Like facets, only a usable story is indexed at all: a
 * withheld or canceled one has none, which takes it out of every search.
 */
export function storyPostings(record: StoryRecord, facetCount: number): IndexTerm[] {
  return record.pubStatus === 'usable' ? indexTerms(record, postingLimit(facetCount)) : [];
}

export const postingItem = (id: string, rank: string, { term, impact }: IndexTerm): Record<string, unknown> => ({
  pk: storyPk(id), sk: postingSk(rank, term), gsi1pk: termPartition(term), gsi1sk: postingSortKey(impact, id),
});

/** Impacts by term, as kept on CURRENT: the exact figures a search scores with. */
export const impactMap = (postings: readonly IndexTerm[]): Record<string, number> =>
  Object.fromEntries(postings.map(({ term, impact }) => [term, impact]));
