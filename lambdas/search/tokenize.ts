import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, analysisOf } from './languages.ts';

/** Letters NFKD does not take apart, folded the way a reader would type them on an English keyboard. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const EXTRA = /[ßæœøłđðþı]/g;

/** Longest term kept: DynamoDB key attributes are capped, and no real word comes near. */
export const MAX_TERM_CHARS = 40;

/** Case and diacritics folded: `Zürich` → `zurich`, `Łódź` → `lodz`, `Straße` → `strasse`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(EXTRA, (c) => EXTRA_FOLDS[c] ?? c);
}

/**
 * The folded words of a text, in order: possessive `'s` dropped (`Biden's` → `biden`), other
 * apostrophes closed up (`O'Brien` → `obrien`), everything but letters and digits a separator.
 */
export function words(text: string): string[] {
  return fold(text)
    .replace(/['’‘`]s\b/g, '')
    .replace(/(\p{L})['’‘`](?=\p{L})/gu, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** One word → its index term, or null for a stop word, a single character or an over-long token. English analysis. */
export function termOf(word: string): string | null {
  if (word.length < 2 || word.length > MAX_TERM_CHARS || STOP_WORDS.has(word)) return null;
  // Porter stemming is for English letters; numbers and other scripts are kept as they are
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** Each language's stop words, folded as the words they are compared with. */
const foldedStops = new Map(Object.entries(LANGUAGES).map(([key, language]) => [key, new Set(language.stopWords.map(fold))]));

/**
 * The terms of a text in a language's analysis, in order, repeats kept: English as `words` and
 * `termOf` say; another language's words (apostrophes split them: `l'armée` → `armée`) lose its stop
 * words, are stemmed by its Snowball stemmer with their diacritics, then folded (`Häuser` → `haus`).
 */
export function termsIn(text: string, analysis: string = DEFAULT_LANGUAGE): string[] {
  const language = LANGUAGES[analysis];
  const stops = foldedStops.get(analysis);
  if (!language || !stops) return terms(text);
  const out: string[] = [];
  for (const word of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const folded = fold(word);
    if (folded.length < 2 || folded.length > MAX_TERM_CHARS || stops.has(folded)) continue;
    const stem = /^\p{L}+$/u.test(word) ? fold(language.stem(word)) : folded;
    out.push(stem.length >= 2 ? stem : folded);
  }
  return out;
}

/** The index terms of a text, English analysis, in order, repeats kept (term frequency counts them). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term !== null) out.push(term);
  }
  return out;
}

/** The terms of a story's text in its own language's analysis (`language` BCP 47, or null: English). */
export const storyTerms = (text: string, language: string | null | undefined): string[] => termsIn(text, analysisOf(language));
