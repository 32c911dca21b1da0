import { RejectionError } from '../../story/index.ts';
import { providerByCode } from '../agencies/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument, WireLocation } from '../types.ts';
import { child, parseXml } from '../xml.ts';
import { arr, emptyDocument, htmlParagraphs, iptcSignal, isObject, joinNotes, liftHeader, parseJson, plainParagraphs, pubStatusOf, signalSet, splitTrailer, str, type JsonObject } from './common.ts';
import { readNitfBody } from './nitf.ts';

/**
 * AP Media API item JSON (research/wire-anchors.md §4.1): `{api_version, data: {item}}`, or the item on its
 * own. Identity `altids.itemid`, version `version` (an integer from 0: 0 is a version, not "none"),
 * `pubstatus`, `signals`, `editorialtypes`, `ednote`, `bylines[{by, title}]`, `located` (the printed
 * dateline; AP's naming is the inverse of G2's) and `datelinelocation` (the structured place).
 *
 * The API gives metadata only: the story text is the NITF rendition at `renditions.nitf.href`. An item
 * whose text was attached by whoever fetched it (`body_nitf`, the NITF document as a string, or
 * `body_html` / `body_text`) is a story; an item without is rejected `no-body`, naming the rendition to
 * ingest instead.
 */

const EDITORIAL_TYPES: Readonly<Record<string, 'update' | 'correction' | 'kill'>> = {
  add: 'update', writethru: 'update', lede: 'update', update: 'update', correction: 'correction', corrective: 'correction',
  kill: 'kill', elimination: 'kill', withdrawal: 'kill', withhold: 'kill',
};

function itemOf(json: unknown): JsonObject | undefined {
  if (!isObject(json)) return undefined;
  const data = json['data'];
  if (isObject(data) && isObject(data['item'])) return data['item'];
  if (isObject(json['item'])) return json['item'];
  return isObject(json['altids']) ? json : undefined;
}

function locationOf(item: JsonObject): WireLocation | null {
  const loc = item['datelinelocation'];
  if (!isObject(loc)) return null;
  const city = str(loc['city']);
  const region = str(loc['countryareaname']) ?? str(loc['countryareacode']);
  const country = str(loc['countryname']);
  return city || region || country ? { city, region, country } : null;
}

function bodyOf(item: JsonObject, outer: readonly JsonObject[] = []): { paragraphs: string[]; trailer: string[]; bylineLines: string[] } | null {
  // the text attached to the item, or beside it in the file (`{data: {item}, nitf: "…"}`)
  const pick = (key: string): string | null => [item, ...outer].map((o) => str(o[key])).find((v) => v !== null) ?? null;
  const nitfText = pick('body_nitf') ?? pick('nitf');
  if (nitfText) {
    const root = parseXml(nitfText);
    const nitfBody = readNitfBody(root.local === 'nitf' ? child(root, 'body') : root);
    return { paragraphs: nitfBody.paragraphs, trailer: nitfBody.trailer, bylineLines: nitfBody.bylineLines };
  }
  const html = pick('body_html') ?? pick('html');
  const text = pick('body_text') ?? pick('text');
  if (!html && !text) return null;
  const split = splitTrailer(html ? htmlParagraphs(html) : plainParagraphs(text!));
  return { ...split, bylineLines: [] };
}

/**
 * Every story of the file: the item, or each item of a feed or search listing (`data.items[].item`) that
 * carries its text. A listing of metadata only is refused with what it is and what to ingest instead.
 */
function parseApMediaAll(input: DecodedInput): WireDocument[] {
  const json = parseJson(input.text, 'AP Media API item');
  const data = isObject(json) && isObject(json['data']) ? json['data'] : undefined;
  const listing = data && Array.isArray(data['items']) ? data['items'] : undefined;
  if (listing) {
    const items = listing.map((entry) => (isObject(entry) && isObject(entry['item']) ? entry['item'] : entry)).filter(isObject);
    const docs = items.filter((item) => bodyOf(item) !== null).map((item) => parseItem(item, input, []));
    if (docs.length === 0) {
      throw new RejectionError('no-body', `the file is an AP Media API feed listing of ${items.length} item${items.length === 1 ? '' : 's'} without story text; ingest each item's NITF rendition (renditions.nitf.href), or the items with their text attached as body_nitf`);
    }
    return docs;
  }
  const item = itemOf(json);
  if (!item) throw new RejectionError('malformed', 'the AP Media API file holds no item (expected data.item with altids, or a listing in data.items)');
  return [parseItem(item, input, [data, isObject(json) ? json : undefined].filter((o): o is JsonObject => o !== undefined))];
}

function parseItem(item: JsonObject, input: DecodedInput, outer: readonly JsonObject[]): WireDocument {
  const type = str(item['type']);
  if (type && type !== 'text') throw new RejectionError('no-body', `the AP Media API item is of type "${type}", which holds no story text`);
  const body = bodyOf(item, outer);
  if (!body) {
    const renditions = item['renditions'];
    const href = isObject(renditions) && isObject(renditions['nitf']) ? str(renditions['nitf']['href']) : null;
    throw new RejectionError('no-body', `the AP Media API item is metadata only: its story text is the NITF rendition${href ? ` (renditions.nitf.href)` : ''}. Ingest the NITF file, or attach it to the item as body_nitf`);
  }
  const lifted = liftHeader(body.paragraphs);
  const altids = isObject(item['altids']) ? item['altids'] : {};
  const signals = arr(item['signals']).map(str).filter((s): s is string => s !== null);
  const editorialTypes = arr(item['editorialtypes']).map(str).filter((s): s is string => s !== null);
  const status = str(item['pubstatus']);
  const bylines = arr(item['bylines']).filter(isObject);
  const slugline = str(item['slugline']);

  const doc = emptyDocument('ap-media', input);
  doc.provider = providerByCode(str(item['provider'])) ?? 'Associated Press';
  doc.providerItemId = str(altids['itemid']) ?? str(item['uri']);
  doc.providerVersion = str(item['version']);
  doc.headline = str(item['headline']) ?? str(item['title']);
  doc.slugline = slugline?.split(',')[0]?.trim() ?? null;
  doc.marks = slugline?.includes(',') ? slugline.split(',').slice(1).map((part) => part.trim()).filter((part) => part !== '' && !/^\d+$/.test(part)) : [];
  doc.language = str(item['language']);
  doc.pubStatus = pubStatusOf(status);
  doc.rawSignals = [...(status ? [status] : []), ...signals, ...editorialTypes.map((t) => `editorialtype:${t}`)];
  doc.signals = signalSet([
    ...signals.map(iptcSignal),
    ...editorialTypes.map((t) => EDITORIAL_TYPES[t.toLowerCase()]),
    doc.pubStatus === 'canceled' ? 'kill' : undefined,
  ]);
  doc.edNote = joinNotes(str(item['ednote']), ...lifted.notes);
  doc.times = { firstCreated: str(item['firstcreated']), versionCreated: str(item['versioncreated']), embargoedUntil: str(item['embargoed']) };
  doc.bylineLines = bylines.length > 0
    ? bylines.flatMap((b) => [str(b['by']), str(b['title'])].filter((l): l is string => l !== null))
    : body.bylineLines.length > 0 ? body.bylineLines : lifted.bylineLines;
  doc.datelineText = str(item['located']);
  doc.located = locationOf(item);
  doc.paragraphs = lifted.paragraphs;
  doc.trailer = body.trailer;
  return doc;
}

const AP_MEDIA = /"api_version"\s*:|"altids"\s*:|"next_page"\s*:|"current_item_count"\s*:/;

export const apMedia: FormatParser = {
  id: 'ap-media',
  detect(head: SniffedHead): Verdict {
    return /^\s*\{/.test(head.text) && AP_MEDIA.test(head.text) ? 'certain' : undefined;
  },
  parse: (input) => parseApMediaAll(input)[0]!,
  parseAll: parseApMediaAll,
};
