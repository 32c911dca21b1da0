/**
 * Keyword search, the pure part: tokenisation (case and diacritic folding, stop words, stemming in
 * the story's language), the terms a story is indexed under, and the ranking model. No SDK, no clock: the store
 * and the API import it, and so does the bench's reference index.
 */
export { fold, storyTerms, terms, termsIn, termOf, words, MAX_TERM_CHARS } from './tokenize.ts';
export { ANALYSES, DEFAULT_LANGUAGE, LANGUAGES, analysisOf } from './languages.ts';
export { STOP_WORDS } from './stop-words.ts';
export { indexTerms, queryTerms, storyFields, type IndexTerm, type IndexableStory } from './index-terms.ts';
export { BM25, FIELDS, FIELD_BOOST, IMPACT_DIGITS, IMPACT_SCALE, REFERENCE_LENGTH, fieldImpact, idf, quantise, score, type Field } from './ranking.ts';
export { highlights, matchesText, needsText, parseQuery, QuerySyntaxError, type Highlight, type ParsedQuery, type QueryTerm } from './query.ts';
