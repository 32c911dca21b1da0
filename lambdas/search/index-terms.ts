import { FIELDS, fieldImpact, quantise, type Field } from './ranking.ts';
import { storyTerms, terms } from './tokenize.ts';

/** What the index needs of a story: its text fields, and its language (BCP 47; none: English analysis). */
export interface IndexableStory {
  readonly headline: string | null;
  readonly language?: string | null;
  readonly body: { readonly paragraphs: readonly string[] };
}

export interface IndexTerm {
  readonly term: string;
  /** Quantised impact (see ranking.ts). */
  readonly impact: number;
}

/** The story's text split into the ranked fields: headline, first paragraph (lede), the rest. */
export function storyFields(story: IndexableStory): Record<Field, string> {
  const [lede = '', ...rest] = story.body.paragraphs;
  return { headline: story.headline ?? '', lede, body: rest.join('\n') };
}

/**
 * The terms a story is indexed under, with their impacts, at most `limit` of them: every distinct
 * term of a story (the store's limit is far above any agency story's count). Only a text longer than
 * the limit loses terms: it keeps those with the highest impact (headline and lede words, repeated
 * words), then longer words before shorter ones (a cheap stand-in for rarity), then alphabetically,
 * so the choice is deterministic.
 */
export function indexTerms(story: IndexableStory, limit: number): IndexTerm[] {
  const fields = storyFields(story);
  const tf = new Map<string, Record<Field, number>>();
  const lengths = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const fieldTerms = storyTerms(fields[field], story.language);
    lengths[field] = fieldTerms.length;
    for (const term of fieldTerms) {
      const counts = tf.get(term) ?? { headline: 0, lede: 0, body: 0 };
      counts[field] += 1;
      tf.set(term, counts);
    }
  }
  const all: IndexTerm[] = [...tf].map(([term, counts]) => ({
    term,
    impact: quantise(FIELDS.reduce((sum, field) => sum + fieldImpact(field, counts[field], lengths[field]), 0)),
  }));
  all.sort((a, b) => b.impact - a.impact || b.term.length - a.term.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return all.slice(0, Math.max(0, limit));
}

/** The distinct terms of a query, sorted (the order scores are summed in), at most `max`. */
export function queryTerms(q: string, max: number): string[] {
  return [...new Set(terms(q))].sort().slice(0, max);
}
