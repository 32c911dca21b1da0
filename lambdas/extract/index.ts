import { RejectionError, storyId, UNLIMITED, versionFromHash, type ParseBudget } from '../story/index.ts';
import type { Dateline, Entity, Person, Quote, StoryRecord } from '../story/index.ts';
import type { WireDocument, WireLocation } from '../wire/index.ts';
import { joinNotes } from '../wire/index.ts';
import { authorBylines, locateAuthors, readBylines } from './bylines.ts';
import { storyBody } from './body.ts';
import { wireTime } from './dates.ts';
import { cityDatelineOpening, datelineFromText, placeOf } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { statusOf } from './signals.ts';
import { countryVotesZone, filingZone, languageZone, placesZone } from './zones.ts';
import { countryOfName, mastheadZone } from './places.ts';
import { findEntities, printedWeekdayTime, type EntityContext } from './entities/index.ts';
import { knownAgency } from './entities/gazetteer.ts';

/**
 * An agency printed in capitals that goes by another case (`ARMENPRESS` → `Armenpress`); a paper's name without the
 * publisher's word after it (`Foroyaa Newspaper` → `Foroyaa`, `Awoko Publications` → `Awoko`); any other name as printed.
 */
function agencySpelling(provider: string | null): string | null {
  const known = provider === null ? undefined : knownAgency(provider);
  if (known !== undefined && known.toLowerCase() === provider!.toLowerCase()) return known;
  return provider?.replace(PUBLISHER_WORD, '') ?? null;
}
/** The publisher's word after a paper's name, as mastheads and copyright lines print it. */
const PUBLISHER_WORD = /(?<=\S)\s+(?:Newspapers?|Publications|Publishing)$/;

export { readBylines, authorBylines, locateAuthors } from './bylines.ts';
export { readCredits, nameList } from './credits.ts';
export { placeOf } from './dateline.ts';
export { detectLanguage } from './language.ts';
export { wireTime } from './dates.ts';
export { countWords, storyBody } from './body.ts';
export { filingZone } from './zones.ts';
export { personCase, placeCase } from './names.ts';

export interface ExtractContext {
  /** The upload key; null for `newswire parse`. */
  readonly key: string | null;
  /** sha256 of the raw bytes, hex. */
  readonly contentHash: string;
  /** @default UNLIMITED */
  readonly budget?: ParseBudget;
}

export interface Entities {
  readonly people: Person[];
  readonly organisations: Entity[];
  readonly places: Entity[];
  readonly quotes: Quote[];
}

/**
 * People, organisations, places and quotes in the story text (CONTRACT.md §1; rules and gazetteers in
 * `entities/`). Byline authors and credited contributors stay in their own fields.
 */
export function extractEntities(paragraphs: readonly string[], context: EntityContext): Entities {
  return findEntities(entityText(paragraphs), context);
}

/**
 * How much of a story entities are read from: the paragraphs within the first 256 KiB of text. A long
 * story runs to 30 KB; past this a file is a book or a dump, whose first quarter-megabyte names whoever
 * matters, and the rest stays in the body and the keyword index. A stated bound on the costliest stage
 * (issue 10), on top of its being linear.
 */
export const MAX_ENTITY_TEXT = 256 * 1024;

function entityText(paragraphs: readonly string[]): readonly string[] {
  let size = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    size += paragraphs[k]!.length;
    if (size > MAX_ENTITY_TEXT) return paragraphs.slice(0, Math.max(k, 1));
  }
  return paragraphs;
}

/**
 * A structured item with its own identity may carry no text: a kill notice (Reuters sends an empty body
 * with `stat:canceled`) or a headline-only item (a news alert; the IPTC G2 example item). Plain text and
 * anonymous items must have a body.
 */
/** Fewer words than this, in a file that names no provider item, are a stray file (`AAAAAAAAAA`), not a story. */
const MIN_STORY_WORDS = 3;

const headlineOnly = (doc: WireDocument, pubStatus: string): boolean =>
  doc.providerItemId !== null && (pubStatus === 'canceled' || doc.headline !== null);

/** The structured place fills in what the printed dateline leaves open, when it names the same city. */
function mergeLocated(dateline: Dateline, located: WireLocation | null): Dateline {
  if (!located || !dateline.city || !located.city || located.city.toLowerCase() !== dateline.city.toLowerCase()) return dateline;
  return { ...dateline, region: dateline.region ?? located.region, country: dateline.country ?? located.country };
}

/**
 * `APIA, SAMOA – …`: a country in capitals where a dateline's agency tag may stand (`SYDNEY, AAP -`) is the dateline's
 * country, and no agency (wire reads the tag by its shape; the countries' table is extract's).
 */
function withoutCountryTag(doc: WireDocument): WireDocument {
  const tag = doc.provider;
  if (tag === null || doc.datelineText === null || doc.datelinePlace === null || !/^\p{Lu}{3,}(?: \p{Lu}{2,})*$/u.test(tag) || countryOfName(tag) === undefined) return doc;
  const printed = doc.datelineText.trim();
  if (!printed.endsWith(tag) || !/[,\s]/.test(printed.charAt(printed.length - tag.length - 1))) return doc;
  return { ...doc, provider: null, datelinePlace: `${doc.datelinePlace}, ${tag}` };
}

/**
 * Wire document → story record (CONTRACT.md §1).
 * @throws RejectionError `no-body` when no story paragraph remains after byline, dateline and credits,
 * unless the document is a kill notice or a headline-only item of a structured format
 */
export function extractStory(wire: WireDocument, ctx: ExtractContext): StoryRecord {
  const doc = withoutCountryTag(wire);
  // The dateline the story prints (wire took it off the first paragraph) wins over the format's own
  // dateline field, which often holds less ("NEW YORK") or something else (a time).
  const printedAt = (homeZone: string | null): Dateline | null => (doc.datelinePlace !== null
    ? mergeLocated({ text: doc.datelineText ?? doc.datelinePlace, ...placeOf(doc.datelinePlace, homeZone) }, doc.located)
    : doc.datelineText !== null ? datelineFromText(doc.datelineText, doc.located) : null);
  const printedDateline = printedAt(doc.homeZone);
  // `Luanda - O Ministério …`: a title-case dateline only the city table tells from a sentence
  const opening = printedDateline === null ? cityDatelineOpening(doc.paragraphs[0], doc.homeZone) : null;
  let dateline = printedDateline ?? opening?.dateline ?? null;
  const body = storyBody(opening ? [opening.rest, ...doc.paragraphs.slice(1)] : doc.paragraphs, doc.trailer, null, doc.provider);
  const edNote = joinNotes(doc.edNote, body.versionNote);
  const status = statusOf(doc, edNote, doc.paragraphs[0]);
  if (body.paragraphs.length === 0 && !headlineOnly(doc, status.pubStatus)) {
    throw new RejectionError('no-body', 'no story text remains after the byline, dateline and credit lines');
  }
  const words = body.wordCount;
  if (doc.providerItemId === null && words < MIN_STORY_WORDS && !headlineOnly(doc, status.pubStatus)) {
    throw new RejectionError('no-body', `the text holds ${words} word${words === 1 ? '' : 's'}; a story has at least ${MIN_STORY_WORDS}`);
  }
  // the language the file declares, else the one its text is written in
  const language = doc.language ?? detectLanguage(doc.headline, body.paragraphs);
  // an agency without a profile: a dateline city is looked up first where its language is spoken (`BOR` in Serbian copy
  // is Bor in Serbia, not in South Sudan)
  const spokenZone = doc.homeZone === null ? languageZone(language) : null;
  if (spokenZone !== null && doc.datelinePlace !== null) dateline = printedAt(spokenZone);
  // the format's authors, unless they are only the agency (G2 `<creator literal="Kazinform"/>` over `<by>Written by …</by>`)
  const authors = doc.authors.length > 0 ? authorBylines(doc.authors, doc.provider) : [];
  const printed = authors.length > 0 || (doc.authors.length > 0 && doc.bylineLines.length === 0)
    ? { byline: doc.bylineLines.length > 0 ? doc.bylineLines.join(', ') : null, bylines: authors }
    : readBylines(doc.bylineLines, doc.provider);
  const bylines = locateAuthors(printed.bylines, body.notes);
  ctx.budget?.check();
  const provider = agencySpelling(doc.provider);
  const entities = extractEntities(body.paragraphs, { bylines: bylines.map((b) => b.name), contributors: body.contributors.map((c) => c.name), language, outlets: [provider, doc.masthead ?? null], budget: ctx.budget ?? UNLIMITED });
  // (without a dateline, the city a writer filed from is the story's clock: `By Hamisi Nangawe, Mtwara`)
  const filedFrom = bylines.find((b) => b.location !== null)?.location;
  const place = dateline ?? doc.located ?? (filedFrom ? placeOf(filedFrom) : null);
  // an agency without a profile: its desk is in the country its masthead names, else where its language is spoken, if in
  // one zone only (which also tells `BOR` in Serbian copy from Bor in South Sudan), else in the country the story is about
  // (read once, when a masthead city's namesakes or a missing dateline ask for it)
  let placesClock: string | null | undefined;
  const storyZone = (): string | null => (placesClock === undefined ? (placesClock = placesZone(entities.places) ?? countryVotesZone(entities.places, entities.organisations)) : placesClock);
  const zone = filingZone({ homeZone: doc.homeZone ?? mastheadZone(doc.masthead ?? doc.provider, storyZone) ?? languageZone(language), city: place?.city ?? null, region: place?.region ?? null, country: place?.country ?? null })
    ?? storyZone();

  // a time line that names only a weekday ("Posted Tuesday, 9:14 a.m.") is dated against the story's own time
  const printedVersion = wireTime(doc.times.versionCreated, zone);
  const printedFirst = wireTime(doc.times.firstCreated, zone) ?? wireTime(printedWeekdayTime(doc.times.firstCreated, printedVersion), zone);
  // a story is first created no later than its version: a page's `Updated at 07:12` mailed at 07:30 is the version, the mail the later time
  const [firstCreated, versionCreated] = printedFirst !== null && printedVersion !== null && Date.parse(printedFirst) > Date.parse(printedVersion)
    ? [printedVersion, printedFirst] : [printedFirst, printedVersion];

  return {
    id: storyId({ provider: doc.provider, itemId: doc.providerItemId, key: ctx.key, contentHash: ctx.contentHash }),
    version: doc.providerVersion ?? versionFromHash(ctx.contentHash),
    format: doc.format,
    provider,
    headline: doc.headline,
    slugline: doc.slugline,
    language,
    pubStatus: status.pubStatus,
    signals: status.signals,
    edNote,
    firstCreated,
    versionCreated,
    embargoedUntil: wireTime(doc.times.embargoedUntil, zone, versionCreated ?? firstCreated),
    byline: printed.byline,
    bylines,
    dateline,
    contributors: body.contributors,
    body: { paragraphs: body.paragraphs, wordCount: body.wordCount },
    people: entities.people,
    organisations: entities.organisations,
    places: entities.places,
    quotes: entities.quotes,
    source: { key: ctx.key, encoding: doc.encoding, contentHash: ctx.contentHash },
  };
}
