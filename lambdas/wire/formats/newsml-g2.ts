import { RejectionError } from '../../story/index.ts';
import { providerByCode } from '../agencies/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireAuthor, WireDocument, WireLocation } from '../types.ts';
import { attr, child, children, find, parseXml, path, rootName, textOf, textOrNull, type XmlElement } from '../xml.ts';
import { earliest, emptyDocument, iptcSignal, joinNotes, liftHeader, paragraphsOf, pubStatusOf, signalSet, splitTrailer, withSentTime } from './common.ts';
import { readNitfBody } from './nitf.ts';

/**
 * NewsML-G2 (research/wire-anchors.md §3.3): a `newsItem`, or a `newsMessage` whose `itemSet` holds
 * several items. Every text item is one story, with its own identity (`@guid`, without a `:version`
 * suffix) and version (`@version`); packages, pictures and other items hold no story text and are
 * skipped, and a file with no text item at all is rejected `no-body`, as is a fragment (a bare
 * `contentSet` or `contentMeta`, as the IPTC specification's listings print them).
 */

const ITEMS = new Set(['newsItem', 'packageItem', 'conceptItem', 'planningItem', 'knowledgeItem', 'catalogItem']);
const FRAGMENTS = new Set(['contentSet', 'contentMeta', 'itemMeta', 'inlineXML', 'groupSet', 'rightsInfo', 'partMeta', 'itemSet', 'assert']);
const TEXT_CLASS = /(?:^|:)text$/i;
// Reuters writes the transmission time where the dateline belongs ("2014-07-16 15:53:10 GMT+00:00").
const NOT_A_PLACE = /^\d{4}-\d{2}-\d{2}\b|^\d{1,2}:\d{2}\b/;
const BY_PREFIX = /^By:?\s+/i;

const local = (name: string): string => name.replace(/^[\w.-]+:/, '');

function providerOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const values = [attr(el, 'literal'), attr(el, 'qcode'), attr(el, 'uri'), textOrNull(child(el, 'name'))];
  for (const value of values) {
    const known = providerByCode(value);
    if (known) return known;
  }
  const name = textOrNull(child(el, 'name')) ?? attr(el, 'literal') ?? attr(el, 'qcode')?.replace(/^[\w-]+:/, '');
  if (name) return name;
  const uri = attr(el, 'uri');
  return uri ? (/^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(uri)?.[1] ?? uri) : null;
}

function locatedOf(located: XmlElement | undefined): WireLocation | null {
  if (!located) return null;
  const city = textOrNull(child(located, 'name')) ?? attr(located, 'literal') ?? null;
  let region: string | null = null;
  let country: string | null = null;
  const broader = children(located, 'broader');
  for (const b of broader) {
    const type = (attr(b, 'type') ?? '').toLowerCase();
    const name = textOrNull(child(b, 'name'));
    if (!name) continue;
    if (type.includes('country')) country = name;
    else if (type.includes('statprov') || type.includes('region') || type.includes('prov')) region = name;
  }
  if (country === null) {
    const untyped = broader.map((b) => textOrNull(child(b, 'name'))).filter((n): n is string => n !== null && n !== region);
    country = untyped.at(-1) ?? null;
  }
  if (city === null && region === null && country === null) return null;
  return { city, region: region === city ? null : region, country };
}

/** A staff id as dpa writes it in `<creator>` (`wenzel.anna`, `hoffmann_j`, `jd123`): one token, lower case, no name. */
const STAFF_ID = /^[a-z][a-z0-9]*[._-][a-z0-9._-]+$|^[a-z]+\d+$/;

function authorsOf(contentMeta: XmlElement | undefined): WireAuthor[] {
  const authors: WireAuthor[] = [];
  for (const creator of children(contentMeta, 'creator')) {
    const name = textOrNull(child(creator, 'name')) ?? attr(creator, 'literal') ?? null;
    if (!name || providerByCode(name) || providerByCode(attr(creator, 'qcode'))) continue; // the agency is not an author
    if (STAFF_ID.test(name)) continue; // a desk's staff id (`surname.firstname`), no byline
    authors.push({ name: name.replace(BY_PREFIX, ''), title: attr(creator, 'jobtitle')?.replace(/^[\w-]+:/, '') ?? null });
  }
  return authors;
}

/** The item's guid without a trailing `:version` (research/wire-anchors.md §5: one id per item across versions). */
function itemIdOf(guid: string | undefined, version: string | null): string | null {
  const id = guid?.trim();
  if (!id) return null;
  if (version && (id.endsWith(`:${version}`) || id.endsWith(`_${version}`)) && id.length > version.length + 1) return id.slice(0, -(version.length + 1));
  return id;
}

function bodyOf(contentSet: XmlElement | undefined): { paragraphs: string[]; trailer: string[]; nitf: ReturnType<typeof readNitfBody> | null } {
  const inline = child(contentSet, 'inlineXML') ?? child(contentSet, 'inlineData');
  if (!inline) return { paragraphs: [], trailer: [], nitf: null };
  const nitfRoot = inline.children.find((c): c is XmlElement => typeof c === 'object' && c.local === 'nitf');
  if (nitfRoot) {
    const nitf = readNitfBody(child(nitfRoot, 'body'));
    return { paragraphs: nitf.paragraphs, trailer: nitf.trailer, nitf };
  }
  const body = find(inline, 'body') ?? inline;
  const split = splitTrailer(paragraphsOf(body));
  return { paragraphs: split.paragraphs, trailer: split.trailer, nitf: null };
}

function itemDocument(item: XmlElement, input: DecodedInput, header: XmlElement | undefined): WireDocument {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const version = attr(item, 'version')?.trim() || null;
  const body = bodyOf(child(item, 'contentSet'));
  const headline = textOrNull(children(contentMeta, 'headline').find((h) => !attr(h, 'role') || /main/i.test(attr(h, 'role')!)) ?? child(contentMeta, 'headline'));
  // A newsItem of HTML5 repeats its headline as the first heading of the body (TT).
  const paragraphs = body.paragraphs.filter((p, k) => !(k < 2 && headline !== null && p === headline));
  const lifted = body.nitf ? { paragraphs, notes: [] as string[], bylineLines: [] as string[] } : liftHeader(paragraphs);
  const signalCodes = children(itemMeta, 'signal').map((s) => attr(s, 'qcode') ?? attr(s, 'literal') ?? '').filter((s) => s !== '');
  const status = attr(child(itemMeta, 'pubStatus'), 'qcode') ?? null;
  const by = textOrNull(child(contentMeta, 'by'));
  const dateline = textOrNull(child(contentMeta, 'dateline'));

  const doc = emptyDocument('newsml-g2', input);
  doc.provider = providerOf(child(itemMeta, 'provider')) ?? providerByCode(textOrNull(child(header, 'sender')));
  doc.providerVersion = version;
  doc.providerItemId = itemIdOf(attr(item, 'guid'), version);
  doc.headline = headline ?? body.nitf?.headline ?? textOrNull(child(itemMeta, 'title'));
  doc.slugline = textOrNull(child(contentMeta, 'slugline'));
  doc.language = attr(child(contentMeta, 'language'), 'tag')?.trim() || attr(item, 'lang')?.trim() || null;
  doc.pubStatus = pubStatusOf(status);
  doc.rawSignals = [...(status ? [status] : []), ...signalCodes];
  doc.signals = signalSet([...signalCodes.map(iptcSignal), doc.pubStatus === 'canceled' ? 'kill' : undefined]);
  doc.edNote = joinNotes(...children(itemMeta, 'edNote').map((n) => textOf(n)), ...lifted.notes, ...(body.nitf?.edNotes ?? []));
  // contentCreated / contentModified: when the content itself was made and changed. The story was first created when its
  // content was (TT writes the text at 10:30 and makes the item at 10:41); the modification stands in for a missing version time.
  doc.times = withSentTime({
    firstCreated: earliest(textOrNull(child(itemMeta, 'firstCreated')), textOrNull(child(contentMeta, 'contentCreated'))),
    versionCreated: textOrNull(child(itemMeta, 'versionCreated')) ?? textOrNull(child(contentMeta, 'contentModified')),
    embargoedUntil: textOrNull(child(itemMeta, 'embargoed')),
  }, textOrNull(child(header, 'sent')));
  doc.bylineLines = by ? [by] : body.nitf && body.nitf.bylineLines.length > 0 ? body.nitf.bylineLines : lifted.bylineLines;
  const authors = authorsOf(contentMeta);
  doc.authors = authors.length > 0 ? authors : (body.nitf?.authors ?? []);
  doc.located = locatedOf(child(contentMeta, 'located')) ?? body.nitf?.located ?? null;
  // (no `dateline`: the city the item says it was filed from, `located`, as ninjs's is read)
  doc.datelineText = dateline && !NOT_A_PLACE.test(dateline) ? dateline : (body.nitf?.datelineText ?? doc.located?.city ?? null);
  doc.paragraphs = lifted.paragraphs;
  doc.trailer = body.trailer;
  return doc;
}

function isTextItem(item: XmlElement): boolean {
  if (item.local !== 'newsItem') return false;
  const itemClass = attr(path(item, 'itemMeta', 'itemClass'), 'qcode');
  return itemClass === undefined ? child(child(item, 'contentSet'), 'inlineXML') !== undefined : TEXT_CLASS.test(itemClass);
}

function parseAll(input: DecodedInput): WireDocument[] {
  const root = parseXml(input.text);
  if (FRAGMENTS.has(root.local)) {
    throw new RejectionError('no-body', `this is a NewsML-G2 fragment (<${root.name}> on its own), not an item: it has no guid, version or item metadata. Send the whole newsItem`);
  }
  const header = root.local === 'newsMessage' ? child(root, 'header') : undefined;
  const items = root.local === 'newsMessage' ? children(child(root, 'itemSet')).filter((el) => ITEMS.has(el.local)) : [root];
  const texts = items.filter(isTextItem);
  if (texts.length === 0) {
    const kinds = [...new Set(items.map((el) => (el.local === 'newsItem' ? `a ${(attr(path(el, 'itemMeta', 'itemClass'), 'qcode') ?? 'newsItem').replace(/^\w+:/, '')} item` : `a ${el.local}`)))];
    const what = kinds.length > 0 ? kinds.join(', ') : 'no item';
    throw new RejectionError('no-body', `the NewsML-G2 file holds ${what} and no text item: a package only lists other items. Send the text newsItem itself`);
  }
  return texts.map((item) => itemDocument(item, input, header));
}

export const newsmlG2: FormatParser = {
  id: 'newsml-g2',
  detect(head: SniffedHead): Verdict {
    const root = rootName(head.text);
    if (root === undefined) return undefined;
    const name = local(root);
    if (name === 'newsMessage' || ITEMS.has(name)) return 'certain';
    return FRAGMENTS.has(name) ? 'likely' : undefined;
  },
  parse: (input) => parseAll(input)[0]!,
  parseAll,
};
