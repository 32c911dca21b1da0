import type { StoryRecord } from '../story/index.ts';

/**
 * A story as a search engine document (issue 13 point 5): what a newsroom's OpenSearch holds of the current
 * version of each story, one document per story id, in the index described by {@link INDEX_BODY}. Pure: the
 * stream handler and `newswire export-search` both map through here.
 */

/**
 * OpenSearch's built-in language analyzers, by BCP 47 primary subtag: the eleven languages Newswire's own search
 * stems (lambdas/search/languages.ts; a test keeps the two in step) and a few more that agencies file in and the
 * engine analyses out of the box. `nn` and `no` read as Norwegian, as in Newswire's own index. A language not
 * here is searched through the language-neutral `headline` and `body` fields alone.
 */
export const LANGUAGE_ANALYZERS = {
  ar: 'arabic', ca: 'catalan', cs: 'czech', da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish',
  fi: 'finnish', fr: 'french', hi: 'hindi', hu: 'hungarian', id: 'indonesian', it: 'italian', ja: 'cjk', ko: 'cjk',
  nb: 'norwegian', nl: 'dutch', pt: 'portuguese', ro: 'romanian', ru: 'russian', sv: 'swedish', tr: 'turkish', zh: 'cjk',
} as const satisfies Record<string, string>;
export type AnalyzedLanguage = keyof typeof LANGUAGE_ANALYZERS;
const LANGUAGE_ALIASES: Readonly<Record<string, AnalyzedLanguage>> = { nn: 'nb', no: 'nb' };

/** The analysed language of a story: `de-CH` → `de`, `nn` → `nb`, `pl` or none → null (no language field). */
export function analyzedLanguage(language: string | null | undefined): AnalyzedLanguage | null {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const key = LANGUAGE_ALIASES[primary] ?? primary;
  return Object.hasOwn(LANGUAGE_ANALYZERS, key) ? (key as AnalyzedLanguage) : null;
}

/** The story's text as one language analyses it (`text.<lang>.headline`, `text.<lang>.body`). */
export interface AnalyzedText {
  readonly headline: string | null;
  readonly body: string;
}

/** One story in the search engine: the current version, searchable and filterable. */
export interface SearchDocument {
  readonly id: string;
  readonly version: string;
  readonly provider: string | null;
  /** As the story gives it (BCP 47), or null. */
  readonly language: string | null;
  readonly format: string;
  readonly pubStatus: string;
  readonly signals: readonly string[];
  readonly headline: string | null;
  readonly slugline: string | null;
  readonly byline: string | null;
  /** Paragraphs joined by a blank line: phrase queries do not run across two paragraphs. */
  readonly body: string;
  readonly wordCount: number;
  /** The same text under the story's language analyzer, when the engine has one for it. */
  readonly text: Partial<Record<AnalyzedLanguage, AnalyzedText>>;
  readonly authors: readonly string[];
  readonly contributors: readonly string[];
  readonly people: readonly string[];
  readonly organisations: readonly string[];
  readonly places: readonly string[];
  readonly dateline: { readonly text: string; readonly city: string | null; readonly region: string | null; readonly country: string | null } | null;
  readonly firstCreated: string | null;
  readonly versionCreated: string | null;
  readonly embargoedUntil: string | null;
}

/** Paragraph separator in `body`: a gap larger than any phrase slop a newsroom would use. */
const PARAGRAPH_BREAK = '\n\n';

const names = (items: readonly { readonly name: string }[]): string[] => [...new Set(items.map((item) => item.name))];

/** The document of one story record: the current version of a story a reader may see. */
export function toSearchDocument(record: StoryRecord): SearchDocument {
  const body = record.body.paragraphs.join(PARAGRAPH_BREAK);
  const analyzed = analyzedLanguage(record.language);
  return {
    id: record.id,
    version: record.version,
    provider: record.provider,
    language: record.language,
    format: record.format,
    pubStatus: record.pubStatus,
    signals: [...record.signals],
    headline: record.headline,
    slugline: record.slugline,
    byline: record.byline,
    body,
    wordCount: record.body.wordCount,
    text: analyzed === null ? {} : { [analyzed]: { headline: record.headline, body } },
    authors: names(record.bylines),
    contributors: names(record.contributors),
    people: names(record.people),
    organisations: names(record.organisations),
    places: names(record.places),
    dateline: record.dateline === null ? null : { ...record.dateline },
    firstCreated: record.firstCreated,
    versionCreated: record.versionCreated,
    embargoedUntil: record.embargoedUntil,
  };
}

const keyword = { type: 'keyword', normalizer: 'folded' } as const;
const date = { type: 'date', format: 'strict_date_optional_time' } as const;

/**
 * The index the documents go to: `PUT /<index>` with this body before the first export (README, "Feeding a
 * search engine"). The mapping is strict, so a document that does not fit it is refused (a 400 for that item,
 * which the export parks in its dead-letter queue) rather than widening the mapping behind the newsroom's back.
 *
 * - `headline`, `body`: the standard analyzer, for every language; `headline.exact` for sorting and exact titles.
 * - `text.<lang>.headline|body`: the same text under the language's analyzer (stemming, stop words), present only
 *   in the story's own language, so that a query can ask `text.*.body` in every language at once.
 * - Names (authors, people, organisations, places, provider, dateline parts) are keywords folded to lower case
 *   without diacritics (`Zürich` = `zurich`), as Newswire's own filters fold them.
 * - `gc_deletes` keeps a deleted story's version for a day (the engine's default is 60 s), so that a slow write
 *   of a version older than a kill still finds the kill's version there and is turned away.
 */
export const INDEX_BODY = {
  settings: {
    'index.gc_deletes': '1d',
    analysis: { normalizer: { folded: { type: 'custom', filter: ['lowercase', 'asciifolding'] } } },
  },
  mappings: {
    dynamic: 'strict',
    properties: {
      id: { type: 'keyword' },
      version: { type: 'keyword' },
      provider: keyword,
      language: { type: 'keyword' },
      format: { type: 'keyword' },
      pubStatus: { type: 'keyword' },
      signals: { type: 'keyword' },
      headline: { type: 'text', analyzer: 'standard', fields: { exact: { type: 'keyword', ignore_above: 512 } } },
      slugline: { type: 'keyword' },
      byline: { type: 'text', analyzer: 'standard' },
      body: { type: 'text', analyzer: 'standard' },
      wordCount: { type: 'integer' },
      text: {
        properties: Object.fromEntries(Object.entries(LANGUAGE_ANALYZERS).map(([lang, analyzer]) => [lang, {
          properties: { headline: { type: 'text', analyzer }, body: { type: 'text', analyzer } },
        }])),
      },
      authors: keyword,
      contributors: keyword,
      people: keyword,
      organisations: keyword,
      places: keyword,
      dateline: { properties: { text: { type: 'text', analyzer: 'standard' }, city: keyword, region: keyword, country: keyword } },
      firstCreated: date,
      versionCreated: date,
      embargoedUntil: date,
    },
  },
} as const;

/** The index documents go to unless the stack names another. */
export const DEFAULT_INDEX = 'newswire-stories';
