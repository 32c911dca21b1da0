/** Scripts of the agencies' copy: which a text is written in, and Cyrillic in Latin letters. */

/**
 * Cyrillic in the Latin spelling gazetteers and agencies' own Latin names use (a simple BGN/PCGN-like scheme, the
 * letters of Russian, Ukrainian, Belarusian, Serbian and Macedonian): `Душанбе` → `Dushanbe`, `СРНА` → `SRNA`.
 */
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

export const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The text with its Cyrillic letters in Latin ones, in the case they were printed (`СРНА` → `SRNA`, `Бишкек` → `Bishkek`). */
export function transliterated(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const latin = CYRILLIC_LATIN[lower];
    if (latin === undefined) out += c;
    else out += c === lower ? latin : latin.charAt(0).toUpperCase() + (c === c.toUpperCase() && text === text.toUpperCase() ? latin.slice(1).toUpperCase() : latin.slice(1));
  }
  return out;
}
