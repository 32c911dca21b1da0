import COUNTRIES from '../data/countries.json' with { type: 'json' };

/**
 * Countries named in scripts without capitals (Arabic, Hebrew, Devanagari, Bengali, Tamil, Georgian, Ethiopic,
 * Thai, Khmer, Chinese, Japanese, Korean …). The rules of this room start from capitalised runs, and these scripts
 * have none, so a country is found there by its printed name in the story's language (i18n-iso-countries' names,
 * `bin/build-data.mjs`), longest name first: `印度尼西亚` is Indonesia, not India.
 */

/** Languages whose scripts leave no space between words: a name may start anywhere. */
const UNSPACED = new Set(['ja', 'km', 'th', 'zh']);
/** Languages whose words take endings on the name itself (case endings, particles): `საქართველოში`, `미국의`, `ভারতের`. */
const SUFFIXING = new Set(['am', 'bn', 'ka', 'ko', 'ml', 'ta']);
/** Letters written onto the front of a word: Arabic's and Hebrew's conjunctions, prepositions and article; at most two. */
const PROCLITICS: Readonly<Record<string, ReadonlySet<string>>> = { ar: new Set('وفبكل'), he: new Set('והבלמשכ') };
const MAX_PROCLITICS = 2;
/** Arabic `ل` before a name with the article `ال` writes `لل` (`للسودان`: to Sudan). */
const ARABIC_ARTICLE = 'ال';

const LETTER = /[\p{L}\p{M}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/** A language's names, by their first UTF-16 unit, longest first; built on first use. */
const byLanguage = new Map<string, Map<string, string[]>>();
function namesOf(language: string): Map<string, string[]> | undefined {
  const printed = (COUNTRIES.caseless as Record<string, string | undefined>)[language];
  if (printed === undefined) return undefined;
  let index = byLanguage.get(language);
  if (!index) {
    index = new Map();
    for (const name of printed.split('|')) {
      const bucket = index.get(name[0]!) ?? [];
      bucket.push(name);
      index.set(name[0]!, bucket);
    }
    for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length);
    byLanguage.set(language, index);
  }
  return index;
}

/** A nominative's last vowel that a case ending replaces: Georgian `საფრანგეთი` → `საფრანგეთში`, in France. */
const NOMINATIVE_ENDING: Readonly<Record<string, string>> = { ka: 'ი' };

/** How long the name is where it starts at `at`, if it does, ending where the language lets a word end. */
function lengthAt(text: string, at: number, name: string, language: string): number | undefined {
  if (text.startsWith(name, at)) return UNSPACED.has(language) || SUFFIXING.has(language) || !isLetter(text[at + name.length]) ? name.length : undefined;
  const ending = NOMINATIVE_ENDING[language];
  const stem = ending !== undefined && name.endsWith(ending) ? name.slice(0, -ending.length) : undefined;
  return stem !== undefined && text.startsWith(stem, at) && isLetter(text[at + stem.length]) ? stem.length : undefined;
}

/** The longest name starting at `at`, with the length it is printed with there, if any. */
function nameAt(text: string, at: number, names: Map<string, string[]>, language: string): { name: string; length: number } | undefined {
  for (const name of names.get(text[at]!) ?? []) {
    const length = lengthAt(text, at, name, language);
    if (length !== undefined) return { name, length };
  }
  return undefined;
}

/**
 * Every country a paragraph names in a caseless script, with its offset, in order (`language`: the story's BCP 47
 * tag; other languages give none). Linear in the text: each position tries the few names sharing its first letter.
 */
export function caselessCountries(paragraph: string, language: string | null | undefined): { name: string; at: number }[] {
  const primary = (language ?? '').split('-')[0]!.toLowerCase();
  const names = namesOf(primary);
  if (!names) return [];
  const found: { name: string; at: number }[] = [];
  const unspaced = UNSPACED.has(primary);
  const proclitics = PROCLITICS[primary];
  for (let i = 0; i < paragraph.length;) {
    if (!unspaced && isLetter(paragraph[i - 1])) {
      i++;
      continue;
    }
    let name = nameAt(paragraph, i, names, primary);
    let at = i;
    // a name behind the letters written onto its word (`والسودان`, `בישראל`), or Arabic `لل` for `ل` + `ال`
    for (let k = 1; !name && proclitics && k <= MAX_PROCLITICS && proclitics.has(paragraph[i + k - 1]!); k++) {
      name = nameAt(paragraph, i + k, names, primary);
      at = i + k;
      if (!name && primary === 'ar' && paragraph.startsWith('لل', i + k - 1)) {
        const withArticle = names.get('ا')?.find((n) => n.startsWith(ARABIC_ARTICLE) && paragraph.startsWith(n.slice(2), i + k + 1) && !isLetter(paragraph[i + k + 1 + n.length - 2]));
        if (withArticle) {
          name = { name: withArticle, length: withArticle.length };
          at = i + k - 1;
        }
      }
    }
    if (name) {
      found.push({ name: name.name, at });
      i = at + name.length;
    } else i++;
  }
  return found;
}
