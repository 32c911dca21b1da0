import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.ts';

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

/** One word → its index term, or null for a stop word, a single character or an over-long token. */
export function termOf(word: string): string | null {
  if (word.length < 2 || word.length > MAX_TERM_CHARS || STOP_WORDS.has(word)) return null;
  // Porter stemming is for English letters; numbers and other scripts are kept as they are
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** The index terms of a text, in order, repeats kept (term frequency counts them). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const term = termOf(word);
    if (term !== null) out.push(term);
  }
  return out;
}
