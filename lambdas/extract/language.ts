import { createRequire } from 'node:module';

/**
 * The language a story is written in, for files that do not declare it (plain text, IPTC 7901, ANPA;
 * issue 11), as BCP 47. franc (trigram profiles of the Universal Declaration of Human Rights' translations)
 * was measured against eld and tinyld on the agency fixtures (BENCHMARKS.md): eld was as accurate but
 * took 450 ms to load, more than the ingest function's whole cold start; tinyld was less accurate on
 * news text. Detection reads the headline and the first paragraphs, about 600 characters, among the
 * languages agencies file in: restricting the candidates makes franc faster (0.3 ms) and keeps short
 * text from being taken for a rare neighbour (Scots for English, Galician for Portuguese). Plainly English
 * copy (ASCII, a tenth of its words English's own function words) is told before the trigrams are compared:
 * a fifth of a story's parse time was franc's, and most copy a desk receives is English.
 */

/** ISO 639-3 (franc) → BCP 47, for the languages of the agencies' services. Norwegian is Bokmål (`nb`): franc's Nynorsk is left out, as agencies file in Bokmål. */
const LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv', nob: 'nb', dan: 'da', fin: 'fi',
  pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', bul: 'bg', mkd: 'mk',
  als: 'sq', ell: 'el', tur: 'tr', rus: 'ru', ukr: 'uk', bel: 'be', lit: 'lt', lvs: 'lv', ekk: 'et', isl: 'is', cat: 'ca',
  arb: 'ar', heb: 'he', pes: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', tgl: 'tl',
  swh: 'sw', kor: 'ko', jpn: 'ja', cmn: 'zh', uzn: 'uz', azj: 'az', kaz: 'kk', hau: 'ha', yor: 'yo', kat: 'ka', hye: 'hy',
  amh: 'am', khm: 'km', tam: 'ta', mal: 'ml', mar: 'mr', nep: 'ne', sin: 'si',
};
const ONLY = Object.keys(LANGUAGES);
/** Enough text to tell languages apart; more only costs time. */
const SAMPLE_CHARS = 300;
/** Below this many letters franc guesses: no language rather than a wrong one. */
const MIN_LETTERS = 12;

/** Words only English among the agencies' languages uses often (`of`, `in`, `on`, `a` are Dutch, Italian or French too). */
const ENGLISH_WORDS = new Set(['the', 'and', 'said', 'that', 'with', 'was', 'were', 'from', 'which', 'has', 'have', 'will', 'would', 'their', 'this', 'after']);
/** Share of a sample's words that must be ENGLISH_WORDS to skip the trigram comparison (English copy runs at 15–20 %). */
const ENGLISH_SHARE = 0.1;

/** Copy that is plainly English, in ASCII letters with English's own function words: most of what a desk receives, told at once. */
function plainlyEnglish(sample: string): boolean {
  if (/[^\x00-\x7f’‘“”—–…]/.test(sample)) return false;
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) english++;
  return words.length >= 8 && english / words.length >= ENGLISH_SHARE;
}

type Franc = typeof import('franc').franc;
let franc: Franc | undefined;
/**
 * franc, loaded on first use: importing it builds the trigram tables of all its 187 languages (about 25 ms of a cold
 * start), and plainly English copy never needs them. A synchronous require of the ES module, which the Lambda bundle
 * resolves at build time (esbuild evaluates a required module lazily) and Node 20.19+ does natively.
 */
function trigramDetector(): Franc {
  franc ??= (typeof require === 'function' ? require('franc') as typeof import('franc') : createRequire(import.meta.url)('franc') as typeof import('franc')).franc;
  return franc;
}

/** BCP 47 primary language of the text, or null when it is too short or unlike any language known here. */
export function detectLanguage(headline: string | null, paragraphs: readonly string[]): string | null {
  let sample = headline ?? '';
  for (const p of paragraphs) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `\n${p}`;
  }
  sample = sample.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  if (plainlyEnglish(sample)) return 'en';
  // Maltese, which franc's trigram profiles leave out, by the letters only its alphabet has (ħ, and ġ, ċ, ż with it)
  if (MALTESE_LETTERS.test(sample) && (sample.match(/[ħĦġĠċĊżŻ]/gu)?.length ?? 0) >= 3) return 'mt';
  // Icelandic by its thorn and eth, which no other language of the agencies writes (franc takes short Icelandic for
  // Norwegian); Faroese, which writes eth too, is no agency's language
  if ((sample.match(/[þÞðÐ]/gu)?.length ?? 0) >= 2) return 'is';
  const found = LANGUAGES[trigramDetector()(sample, { only: ONLY, minLength: MIN_LETTERS })] ?? null;
  // Serbo-Croatian in Cyrillic is Serbian (Bosnian and Croatian copy is written in Latin letters)
  if ((found === 'bs' || found === 'hr') && count(sample, CYRILLIC_LETTERS) > count(sample, LATIN_LETTERS)) return 'sr';
  // Swedish writes ä and ö where Norwegian and Danish write æ and ø: the letters settle what short trigram samples
  // (figures, names) leave open
  if ((found === 'nb' || found === 'da') && count(sample, SWEDISH_LETTERS) >= 2 && count(sample, DANO_NORWEGIAN_LETTERS) === 0) return 'sv';
  return found;
}

const SWEDISH_LETTERS = /[äöÄÖ]/gu;
const DANO_NORWEGIAN_LETTERS = /[æøÆØ]/gu;

const MALTESE_LETTERS = /[ħĦ]/u;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const count = (text: string, letters: RegExp): number => text.match(letters)?.length ?? 0;
