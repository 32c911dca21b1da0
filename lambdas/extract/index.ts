import { RejectionError, storyId, versionFromHash } from '../story/index.ts';
import type { Entity, Person, Quote, StoryRecord } from '../story/index.ts';
import type { WireDocument } from '../wire/index.ts';
import { authorBylines, locateAuthors, readBylines } from './bylines.ts';
import { storyBody } from './body.ts';
import { wireTime } from './dates.ts';
import { datelineFromText, findDateline } from './dateline.ts';
import { statusOf } from './signals.ts';
import { filingZone } from './zones.ts';

export { readBylines, authorBylines, locateAuthors } from './bylines.ts';
export { readCredits, nameList } from './credits.ts';
export { findDateline, placeOf } from './dateline.ts';
export { wireTime } from './dates.ts';
export { countWords, storyBody } from './body.ts';
export { filingZone, PROVIDER_ZONES } from './zones.ts';
export { personCase, placeCase } from './names.ts';

export interface ExtractContext {
  /** The upload key; null for `newswire parse`. */
  readonly key: string | null;
  /** sha256 of the raw bytes, hex. */
  readonly contentHash: string;
}

export interface Entities {
  readonly people: Person[];
  readonly organisations: Entity[];
  readonly places: Entity[];
  readonly quotes: Quote[];
}

/**
 * People, organisations, places and quotes in the story text. The seam for entity extraction: it
 * finds nothing yet, so the record's lists are empty.
 */
export function extractEntities(_paragraphs: readonly string[], _context: { readonly bylines: readonly string[]; readonly contributors: readonly string[] }): Entities {
  return { people: [], organisations: [], places: [], quotes: [] };
}

/**
 * Wire document → story record (CONTRACT.md §1).
 * @throws RejectionError `no-body` when no story paragraph remains after byline, dateline and credits
 */
export function extractStory(doc: WireDocument, ctx: ExtractContext): StoryRecord {
  const found = doc.datelineText === null ? findDateline(doc.paragraphs[0]) : null;
  const dateline = doc.datelineText !== null ? datelineFromText(doc.datelineText, doc.located) : (found?.dateline ?? null);
  const body = storyBody(doc.paragraphs, doc.trailer, found ? found.rest : null);
  if (body.paragraphs.length === 0) throw new RejectionError('no-body', 'no story text remains after the byline, dateline and credit lines');

  const edNote = doc.edNote ?? body.leadingNote;
  const status = statusOf(doc, edNote, doc.paragraphs[0]);
  const place = dateline ?? doc.located;
  const zone = filingZone({ provider: doc.provider, city: place?.city ?? null, region: place?.region ?? null, country: place?.country ?? null });
  const printed = doc.authors.length > 0
    ? { byline: doc.bylineLines.length > 0 ? doc.bylineLines.join(', ') : null, bylines: authorBylines(doc.authors, doc.provider) }
    : readBylines(doc.bylineLines, doc.provider);
  const bylines = locateAuthors(printed.bylines, body.notes);
  const entities = extractEntities(body.paragraphs, { bylines: bylines.map((b) => b.name), contributors: body.contributors.map((c) => c.name) });

  return {
    id: storyId({ provider: doc.provider, itemId: doc.providerItemId, key: ctx.key, contentHash: ctx.contentHash }),
    version: doc.providerVersion ?? versionFromHash(ctx.contentHash),
    format: doc.format,
    provider: doc.provider,
    headline: doc.headline,
    slugline: doc.slugline,
    language: doc.language,
    pubStatus: status.pubStatus,
    signals: status.signals,
    edNote,
    firstCreated: wireTime(doc.times.firstCreated, zone),
    versionCreated: wireTime(doc.times.versionCreated, zone),
    embargoedUntil: wireTime(doc.times.embargoedUntil, zone),
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
