import { termOf, words } from './tokenize.ts';

/**
 * The query language of `q` (issue 13): words that must all appear (as before), `"exact phrases"` whose
 * words must stand together in that order, and `-excluded` words the story must not hold. Words are
 * analysed as the index analyses them (folded, stemmed, stop words left out), so `"fair game"` finds
 * "a fair game" and not "the game was fair", and `-Vladivostok` leaves out a story that names it.
 */
export interface ParsedQuery {
  /** Every term a story must hold: the plain words and the phrases' words, distinct, sorted. */
  readonly required: readonly string[];
  /** Each phrase's terms, in order: they must follow one another in the text. */
  readonly phrases: readonly (readonly string[])[];
  /** Terms a story must not hold. */
  readonly excluded: readonly string[];
  /** Phrases a story must not hold (`-"fair game"`): their terms in a row. */
  readonly excludedPhrases: readonly (readonly string[])[];
}

/** A query that cannot be read; its message says why (the API answers 400 naming `q`). */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

/** Terms of some words of the query, in order. */
const termsOf = (text: string): string[] => words(text).flatMap((w) => termOf(w) ?? []);

export function parseQuery(q: string): ParsedQuery {
  const required = new Set<string>();
  const excluded = new Set<string>();
  const phrases: string[][] = [];
  const excludedPhrases: string[][] = [];
  const quotes = (q.match(/["“”]/g) ?? []).length;
  if (quotes % 2 !== 0) throw new QuerySyntaxError('has a quote that is not closed: put a phrase between two double quotes, "like this"');
  // phrases first, then the words around them
  const rest = q.replace(/[-–]?["“]([^"“”]*)["”]/g, (_, phrase: string, offset: number, whole: string) => {
    const negated = /[-–]/.test(whole[offset] ?? '');
    const phraseTerms = termsOf(phrase);
    if (negated) {
      if (phraseTerms.length > 1) excludedPhrases.push(phraseTerms);
      else for (const t of phraseTerms) excluded.add(t);
    } else {
      if (phraseTerms.length > 1) phrases.push(phraseTerms);
      for (const t of phraseTerms) required.add(t);
    }
    return ' ';
  });
  for (const token of rest.split(/\s+/)) {
    if (token === '') continue;
    const negated = /^[-–]\S/.test(token);
    for (const t of termsOf(negated ? token.slice(1) : token)) (negated ? excluded : required).add(t);
  }
  for (const t of excluded) required.delete(t);
  if (required.size === 0 && (excluded.size > 0 || excludedPhrases.length > 0)) throw new QuerySyntaxError('only excludes words: say what to search for as well (north korea -vladivostok)');
  return { required: [...required].sort(), phrases, excluded: [...excluded].sort(), excludedPhrases };
}

/** Whether a story's text holds every phrase (its terms in a row) and none of the excluded terms. */
export function matchesText(text: string, query: ParsedQuery): boolean {
  if (!needsText(query)) return true;
  const sequence = termsOf(text);
  const present = new Set(sequence);
  const holds = (phrase: readonly string[]): boolean => {
    for (let i = 0; i + phrase.length <= sequence.length; i++) {
      if (phrase.every((t, k) => sequence[i + k] === t)) return true;
    }
    return false;
  };
  return !query.excluded.some((t) => present.has(t)) && !query.excludedPhrases.some(holds) && query.phrases.every(holds);
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
export function highlights(texts: readonly string[], terms: readonly string[]): Highlight[] {
  const wanted = new Set(terms);
  const out: Highlight[] = [];
  for (const text of texts) {
    if (out.length >= MAX_HIGHLIGHTS) break;
    const found: [number, number][] = [];
    for (const m of text.matchAll(WORD)) {
      const term = termsOf(m[0])[0];
      if (term !== undefined && wanted.has(term)) found.push([m.index, m.index + m[0].length]);
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
