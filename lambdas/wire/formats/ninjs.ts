import { RejectionError } from '../../story/index.ts';
import { providerByCode, providerByName } from '../agencies/index.ts';
import { withoutLegalForm } from '../company.ts';
import { serviceAcronym } from '../copy/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireAuthor, WireDocument } from '../types.ts';
import { arr, earliest, emptyDocument, htmlParagraphs, isObject, joinNotes, liftHeader, looksLikeHtml, parseJson, plainParagraphs, pubStatusOf, signalSet, splitTrailer, str, type JsonObject } from './common.ts';

/**
 * ninjs, IPTC's news in JSON (research/wire-anchors.md §3.1), all three lines: 1.x (lower-case names,
 * `headline`, `byline`, `body_text` / `body_html` / `body_xhtml`), 2.x (lower-case, arrays `headlines[]`,
 * `bodies[]`, `descriptions[]`, `by`), 3.x (camelCase `versionCreated`, `pubStatus`, `embargoedUntil`,
 * `edNote`). Identity `uri` (Superdesk's output has `guid` instead), version `version`. ninjs has no
 * signals; updates and corrections show in `edNote` and `version`. A ninjs item without body takes its
 * description as its text (NTB sends short items so).
 */

/** A field under any of its names across ninjs versions. */
function field(o: JsonObject, ...names: string[]): unknown {
  for (const name of names) if (o[name] !== undefined && o[name] !== null) return o[name];
  return undefined;
}

const MARKUP_TYPE = /html|xml|xhtml|richtext/i;

interface Rendition { readonly value: string; readonly markup: boolean }

function bodiesOf(o: JsonObject): Rendition[] {
  const out: Rendition[] = [];
  for (const b of arr(field(o, 'bodies'))) {
    if (!isObject(b)) continue;
    const value = str(b['value']);
    if (!value) continue;
    const type = `${str(field(b, 'contentType', 'contenttype')) ?? ''} ${str(b['role']) ?? ''}`;
    out.push({ value, markup: MARKUP_TYPE.test(type) || looksLikeHtml(value) });
  }
  for (const key of Object.keys(o)) {
    if (!key.startsWith('body_')) continue;
    const value = str(o[key]);
    if (value) out.push({ value, markup: key !== 'body_text' || looksLikeHtml(value) });
  }
  return out;
}

function descriptionsOf(o: JsonObject): Rendition[] {
  const out: Rendition[] = [];
  for (const d of arr(field(o, 'descriptions'))) {
    if (!isObject(d)) continue;
    const value = str(d['value']);
    if (value) out.push({ value, markup: MARKUP_TYPE.test(str(field(d, 'contentType', 'contenttype')) ?? '') || looksLikeHtml(value) });
  }
  for (const key of ['description_text', 'description_html', 'description']) {
    const value = str(o[key]);
    if (value) out.push({ value, markup: key === 'description_html' || looksLikeHtml(value) });
  }
  return out;
}

function headlineOf(o: JsonObject): string | null {
  const list = arr(field(o, 'headlines')).filter(isObject);
  const main = list.find((h) => !h['role'] || /main/i.test(String(h['role']))) ?? list[0];
  return str(main?.['value']) ?? str(field(o, 'headline'));
}

/** Markup first: it keeps the paragraphs that a plain-text rendition runs together. */
function paragraphsOf(renditions: readonly Rendition[]): string[] {
  const chosen = renditions.find((r) => r.markup) ?? renditions[0];
  if (!chosen) return [];
  return chosen.markup ? htmlParagraphs(chosen.value) : plainParagraphs(chosen.value);
}

/** A broadcaster's acronym and the region its newsroom covers: `NRK Troms og Finnmark`, `BBC Scotland`, `ORF Kärnten`. */
const REGIONAL_NEWSROOM = /^(\p{Lu}{2,6})\s+\p{Lu}[\p{L}-]+(?:\s+(?:(?:og|och|and|und|et|y|i|e|ja)\s+)?\p{Lu}[\p{L}-]+){0,3}$/u;

function providerOf(o: JsonObject, by: string | null): string | null {
  const sources = arr(field(o, 'infoSources', 'infosources')).filter(isObject).map((s) => str(s['name']) ?? str(s['uri']));
  // (ninjs 3 names the copyright holder in an object: `{ "name": "UAB „Delfi“" }`)
  const holder = field(o, 'copyrightHolder', 'copyrightholder');
  const candidates = [...sources, str(holder) ?? (isObject(holder) ? str(holder['name']) : null), str(o['source']), str(o['provider'])];
  for (const c of candidates) {
    const known = providerByCode(c);
    if (known) return known;
  }
  // "Von Christian Hollmann, dpa": the agency closing the byline.
  const tail = by?.split(',').at(-1);
  const named = tail ? providerByName(tail) : null;
  if (named) return named;
  // (`The Fiji Times Ltd`, the copyright holder: the outlet, without its company's legal form)
  const first = candidates.find((c): c is string => !!c);
  // (`SVT Nyheter Västmanland`, `NRK Troms og Finnmark`: a broadcaster's regional newsroom, the broadcaster)
  return first === undefined ? null : serviceAcronym(first) ?? REGIONAL_NEWSROOM.exec(first)?.[1] ?? withoutLegalForm(first);
}

function authorsOf(o: JsonObject): WireAuthor[] {
  // ninjs 3 `bylines: [{ byline: "By NAME", name: "NAME", role }]`
  const bylines = arr(o['bylines']).filter(isObject)
    .map((b) => ({ name: str(b['name']) ?? str(b['byline'])?.replace(/^By:?\s+/i, '') ?? '', title: str(field(b, 'jobtitle', 'jobTitle', 'title')) }))
    .filter((a) => a.name !== '');
  if (bylines.length > 0) return bylines;
  return arr(field(o, 'authors', 'people')).filter(isObject)
    .filter((a) => /author|writer|reporter|byline/i.test(String(a['role'] ?? a['rel'] ?? '')))
    .map((a) => ({ name: str(a['name']) ?? '', title: str(field(a, 'jobtitle', 'jobTitle', 'title')) }))
    .filter((a) => a.name !== '');
}

/**
 * The ninjs items a file holds: the document itself, or the items of a wrapper a feed or search API
 * answers with (`{total, item: […]}`, `{items: […]}`, `{data: […]}`), in order.
 */
function itemsOf(json: unknown): JsonObject[] {
  if (!isObject(json)) throw new RejectionError('malformed', 'a ninjs document is a JSON object; this file holds another JSON value');
  for (const key of ['item', 'items', 'data', 'results']) {
    const list = json[key];
    if (Array.isArray(list) && !NINJS_ITEM_KEYS.some((k) => k in json)) {
      const items = list.filter(isObject);
      if (items.length === 0) throw new RejectionError('no-body', `the ninjs file is a list (${key}) without items`);
      return items;
    }
  }
  return [json];
}

const NINJS_ITEM_KEYS = ['uri', 'guid', 'bodies', 'body_text', 'body_html', 'headlines', 'headline'];

function parseNinjsAll(input: DecodedInput): WireDocument[] {
  const items = itemsOf(parseJson(input.text, 'ninjs document'));
  // a list keeps the items that hold a story; a list of none is refused as the first item is
  const docs: WireDocument[] = [];
  let first: unknown;
  for (const item of items) {
    try {
      docs.push(parseNinjsItem(item, input));
    } catch (error) {
      if (!(error instanceof RejectionError) || items.length === 1) throw error;
      first ??= error;
    }
  }
  if (docs.length === 0) throw first;
  return docs;
}

function parseNinjsItem(o: JsonObject, input: DecodedInput): WireDocument {
  const type = str(o['type']);
  if (type && !/^(?:text|composite)$/i.test(type)) throw new RejectionError('no-body', `the ninjs item is of type "${type}", which holds no story text`);
  const by = str(field(o, 'by', 'byline'));
  const bodies = bodiesOf(o);
  const split = splitTrailer(paragraphsOf(bodies.length > 0 ? bodies : descriptionsOf(o)));
  const lifted = liftHeader(split.paragraphs);
  const located = str(o['located']);
  // Superdesk's output puts the byline in `located` (research/wire-anchors.md §3.1): that is no place.
  const bylineHead = by?.split(',')[0]?.trim();
  const locatedIsByline = located !== null && bylineHead !== undefined && located.startsWith(bylineHead);
  const signals = arr(field(o, 'signals', 'signal')).map((s) => (isObject(s) ? str(s['code']) ?? str(s['qcode']) : str(s))).filter((s): s is string => s !== null);
  const status = str(field(o, 'pubStatus', 'pubstatus'));

  const doc = emptyDocument('ninjs', input);
  // an agency named only in the copy (`By NAME, dpa`, `(AP)`) is found by `finishCopy`
  doc.provider = providerOf(o, by);
  doc.providerItemId = str(field(o, 'uri', 'guid'));
  doc.providerVersion = str(o['version']);
  doc.headline = headlineOf(o);
  doc.slugline = str(o['slugline']);
  doc.language = str(o['language']);
  doc.pubStatus = pubStatusOf(status);
  doc.rawSignals = [...(status ? [status] : []), ...signals];
  doc.signals = signalSet([doc.pubStatus === 'canceled' ? 'kill' : undefined]);
  doc.edNote = joinNotes(str(field(o, 'edNote', 'ednote')), ...lifted.notes);
  doc.times = {
    // (ninjs 2's `contentcreated`: when the content itself was made, before the item was: the story's first time, as in G2)
    firstCreated: earliest(str(field(o, 'firstCreated', 'firstcreated')), str(field(o, 'contentCreated', 'contentcreated'))),
    versionCreated: str(field(o, 'versionCreated', 'versioncreated')),
    embargoedUntil: str(field(o, 'embargoedUntil', 'embargoed')),
  };
  doc.bylineLines = by ? [by] : lifted.bylineLines;
  doc.authors = by ? [] : authorsOf(o);
  doc.datelineText = located && !locatedIsByline ? located : null;
  doc.paragraphs = lifted.paragraphs;
  doc.trailer = split.trailer;
  return doc;
}

const JSON_OBJECT = /^\s*\{/;
const NINJS_KEYS = /"(?:uri|guid|bodies|body_text|body_html|body_xhtml|headlines|versionCreated|versioncreated)"\s*:/;

export const ninjs: FormatParser = {
  id: 'ninjs',
  detect(head: SniffedHead): Verdict {
    return JSON_OBJECT.test(head.text) && NINJS_KEYS.test(head.text) ? 'likely' : undefined;
  },
  parse: (input) => parseNinjsAll(input)[0]!,
  parseAll: parseNinjsAll,
};
