import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stopwords as danishStops } from '@orama/stopwords/danish';
import { stopwords as dutchStops } from '@orama/stopwords/dutch';
import { stopwords as finnishStops } from '@orama/stopwords/finnish';
import { stopwords as frenchStops } from '@orama/stopwords/french';
import { stopwords as germanStops } from '@orama/stopwords/german';
import { stopwords as italianStops } from '@orama/stopwords/italian';
import { stopwords as norwegianStops } from '@orama/stopwords/norwegian';
import { stopwords as portugueseStops } from '@orama/stopwords/portuguese';
import { stopwords as spanishStops } from '@orama/stopwords/spanish';
import { stopwords as swedishStops } from '@orama/stopwords/swedish';

/**
 * The languages stories are analysed in besides English: Snowball stemmers (the Snowball project's
 * compiled JavaScript, as Orama ships it) and the Snowball stop-word lists. Keys are BCP 47 primary
 * language subtags; Norwegian Bokmål and Nynorsk share the Norwegian stemmer. English keeps its own
 * analysis (tokenize.ts: Porter's stemmer and a list with the reporting verbs), which every story was
 * indexed with before the other languages came, so that no stored English story needs re-indexing.
 */
export interface Language {
  /** A lower-case word, diacritics kept, to its stem. */
  readonly stem: (word: string) => string;
  /** Lower-case stop words, diacritics kept. */
  readonly stopWords: readonly string[];
}

export const LANGUAGES: Readonly<Record<string, Language>> = {
  da: { stem: danish, stopWords: danishStops },
  de: { stem: german, stopWords: germanStops },
  es: { stem: spanish, stopWords: spanishStops },
  fi: { stem: finnish, stopWords: finnishStops },
  fr: { stem: french, stopWords: frenchStops },
  it: { stem: italian, stopWords: italianStops },
  nb: { stem: norwegian, stopWords: norwegianStops },
  nl: { stem: dutch, stopWords: dutchStops },
  pt: { stem: portuguese, stopWords: portugueseStops },
  sv: { stem: swedish, stopWords: swedishStops },
};

/** English, the analysis of every story in a language without its own (and of stories of no known language). */
export const DEFAULT_LANGUAGE = 'en';
const ALIASES: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

/** The analysis a story or query in a BCP 47 language uses: `de-CH` → `de`, `nn` → `nb`, `ru` or none → `en`. */
export function analysisOf(language: string | null | undefined): string {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const key = ALIASES[primary] ?? primary;
  return Object.hasOwn(LANGUAGES, key) ? key : DEFAULT_LANGUAGE;
}

/** Every analysis there is: English and the languages above. */
export const ANALYSES: readonly string[] = [DEFAULT_LANGUAGE, ...Object.keys(LANGUAGES)].sort();
