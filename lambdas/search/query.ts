import { DEFAULT_LANGUAGE } from './languages.ts';
import { fold, termsIn } from './tokenize.ts';

/**
 * The query language of `q` (issue 13): words that must all appear (as before), `"exact phrases"` whose
 * words must stand together in that order, and `-excluded` words the story must not hold. Words are
 * analysed as the index analyses them (folded, stemmed, stop words left out), so `"fair game"` finds
 * "a fair game" and not "the game was fair", and `-Vladivostok` leaves out a story that names it.
 *
 * Stories are indexed in their own language's analysis, so a query word is analysed in each language
 * the index holds (or the one asked for): it becomes a `QueryTerm`, the distinct terms it gives, any of
 * which a story may hold (`Häuser` → `haus` in German, `hauser` in English). A word that is a stop word
 * in any of those languages is left out, as a stop word is.
 */
export type QueryTerm = readonly string[];

export interface ParsedQuery {
  /** Every word a story must hold: the plain words and the phrases' words, distinct, sorted. */
  readonly required: readonly QueryTerm[];
  /** Each phrase's words, in order: they must follow one another in the text. */
  readonly phrases: readonly (readonly QueryTerm[])[];
  /** Words a story must not hold. */
  readonly excluded: readonly QueryTerm[];
  /** Phrases a story must not hold (`-"fair game"`): their words in a row. */
  readonly excludedPhrases: readonly (readonly QueryTerm[])[];
}

/** A query that cannot be read; its message says why (the API answers 400 naming `q`). */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** The query terms of some words of the query, in order, in the analyses given. */
function queryTermsOf(text: string, analyses: readonly string[]): QueryTerm[] {
  if (analyses.length === 1) return termsIn(text, analyses[0]).map((term) => [term]);
  const out: QueryTerm[] = [];
  // word by word (hyphens and the like part words, apostrophes stay inside), each to one term per analysis
  for (const word of text.split(/[^\p{L}\p{N}'’‘`]+/u)) {
    if (word === '') continue;
    const perAnalysis = analyses.map((analysis) => termsIn(word, analysis));
    // a stop word in one of the languages is no word to ask for
    if (perAnalysis.some((terms) => terms.length === 0)) continue;
    out.push([...new Set(perAnalysis.map((terms) => terms.reduce((a, b) => (b.length > a.length ? b : a))))].sort());
  }
  return out;
}

const keyOf = (term: QueryTerm): string => term.join(' ');
const distinctSorted = (terms: Iterable<QueryTerm>): QueryTerm[] =>
  [...new Map([...terms].map((t) => [keyOf(t), t])).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);

/** Reads `q` in the analyses of the languages to search (by default English only). */
export function parseQuery(q: string, analyses: readonly string[] = [DEFAULT_LANGUAGE]): ParsedQuery {
  const termsOf = (text: string) => queryTermsOf(text, analyses);
  const required: QueryTerm[] = [];
  const excluded: QueryTerm[] = [];
  const phrases: QueryTerm[][] = [];
  const excludedPhrases: QueryTerm[][] = [];
  const quotes = (q.match(/["“”]/g) ?? []).length;
  if (quotes % 2 !== 0) throw new QuerySyntaxError('has a quote that is not closed: put a phrase between two double quotes, "like this"');
  // phrases first, then the words around them
  const rest = q.replace(/[-–]?["“]([^"“”]*)["”]/g, (_, phrase: string, offset: number, whole: string) => {
    const negated = /[-–]/.test(whole[offset] ?? '');
    const phraseTerms = termsOf(phrase);
    if (negated) {
      if (phraseTerms.length > 1) excludedPhrases.push(phraseTerms);
      else excluded.push(...phraseTerms);
    } else {
      if (phraseTerms.length > 1) phrases.push(phraseTerms);
      required.push(...phraseTerms);
    }
    return ' ';
  });
  for (const token of rest.split(/\s+/)) {
    if (token === '') continue;
    const negated = /^[-–]\S/.test(token);
    (negated ? excluded : required).push(...termsOf(negated ? token.slice(1) : token));
  }
  const out = new Set(excluded.map(keyOf));
  const wanted = distinctSorted(required).filter((t) => !out.has(keyOf(t)));
  if (wanted.length === 0 && (excluded.length > 0 || excludedPhrases.length > 0)) throw new QuerySyntaxError('only excludes words: say what to search for as well (north korea -vladivostok)');
  return { required: wanted, phrases, excluded: distinctSorted(excluded), excludedPhrases };
}

/** Whether a story's text, in its analysis, holds every phrase (its words in a row) and none of the excluded words. */
export function matchesText(text: string, query: ParsedQuery, analysis: string = DEFAULT_LANGUAGE): boolean {
  if (!needsText(query)) return true;
  const sequence = termsIn(text, analysis);
  const present = new Set(sequence);
  const holds = (phrase: readonly QueryTerm[]): boolean => {
    for (let i = 0; i + phrase.length <= sequence.length; i++) {
      if (phrase.every((t, k) => t.includes(sequence[i + k]!))) return true;
    }
    return false;
  };
  return !query.excluded.some((t) => t.some((alt) => present.has(alt))) && !query.excludedPhrases.some(holds) && query.phrases.every(holds);
}

/** Whether a query can only be answered against the text: it has a phrase or an excluded word. */
export const needsText = (query: ParsedQuery): boolean => query.phrases.length > 0 || query.excluded.length > 0 || query.excludedPhrases.length > 0;

/** A snippet of the story with the query's words in it: `matches` are [start, end) offsets into `text`. */
export interface Highlight {
  readonly text: string;
  readonly matches: [number, number][];
}

const SNIPPET_WORDS_BEFORE = 8;
const SNIPPET_CHARS = 220;
const MAX_HIGHLIGHTS = 3;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Up to three snippets of the text (headline first, then the paragraphs) around words whose terms the query
 * asks for, each with the offsets of those words. Plain text and offsets, never markup: a page marks them
 * itself, escaping the text.
 */
export function highlights(texts: readonly string[], terms: readonly QueryTerm[], analysis: string = DEFAULT_LANGUAGE): Highlight[] {
  const wanted = new Set(terms.flat());
  // Stemmers change only a word's ending, so a word whose first letter no wanted term starts with is
  // passed over unstemmed; a word met again is answered from the memo (the page's text is scanned whole).
  const initials = new Set([...wanted].map((term) => term[0]));
  const memo = new Map<string, boolean>();
  const isWanted = (word: string): boolean => {
    let hit = memo.get(word);
    if (hit === undefined) {
      // `l'armée` is read as `armée` in French, as `larmee` in English: either initial may be the term's
      const starts = [word, ...word.split(/['’]/).slice(1)].map((part) => fold(String.fromCodePoint(part.codePointAt(0)!))[0]);
      const term = starts.some((c) => initials.has(c)) ? termsIn(word, analysis).at(-1) : undefined;
      hit = term !== undefined && wanted.has(term);
      memo.set(word, hit);
    }
    return hit;
  };
  const out: Highlight[] = [];
  for (const text of texts) {
    if (out.length >= MAX_HIGHLIGHTS) break;
    const found: [number, number][] = [];
    for (const m of text.matchAll(WORD)) {
      if (isWanted(m[0])) found.push([m.index, m.index + m[0].length]);
    }
    if (found.length === 0) continue;
    // a window from a few words before the first match, cut at word boundaries
    const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index);
    const firstWord = wordStarts.findIndex((s) => s > found[0]![0]) - 1;
    const start = wordStarts[Math.max(0, (firstWord < 0 ? wordStarts.length - 1 : firstWord) - SNIPPET_WORDS_BEFORE)] ?? 0;
    let end = Math.min(text.length, start + SNIPPET_CHARS);
    if (end < text.length) end = Math.max(found[0]![1], text.lastIndexOf(' ', end));
    const prefix = start > 0 ? '…' : '';
    const suffix = end < text.length ? '…' : '';
    const snippet = `${prefix}${text.slice(start, end)}${suffix}`;
    out.push({
      text: snippet,
      matches: found.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s - start + prefix.length, e - start + prefix.length]),
    });
  }
  return out;
}
