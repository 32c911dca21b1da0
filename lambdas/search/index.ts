/**
 * Keyword search, the pure part: tokenisation (case and diacritic folding, stop words, English
 * stemming), the terms a story is indexed under, and the ranking model. No SDK, no clock: the store
 * and the API import it, and so does the bench's reference index.
 */
export { fold, terms, termOf, words, MAX_TERM_CHARS } from './tokenize.ts';
export { STOP_WORDS } from './stop-words.ts';
export { indexTerms, queryTerms, storyFields, type IndexTerm, type IndexableStory } from './index-terms.ts';
export { BM25, FIELDS, FIELD_BOOST, IMPACT_DIGITS, IMPACT_SCALE, REFERENCE_LENGTH, fieldImpact, idf, quantise, score, type Field } from './ranking.ts';
export { highlights, matchesText, needsText, parseQuery, QuerySyntaxError, type Highlight, type ParsedQuery } from './query.ts';
