import { providerByCode } from '../agencies/index.ts';
import { hasAgencyWord, initialsOf, lineKind } from '../copy/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireAuthor, WireDocument, WireLocation } from '../types.ts';
import { attr, child, children, find, findAll, parseXml, path, rootName, textOf, textOrNull, type XmlElement } from '../xml.ts';
import { emptyDocument, joinNotes, liftHeader, paragraphsOf, pubStatusOf, signalSet, splitTrailer } from './common.ts';

/**
 * NITF 3.x (research/wire-anchors.md §3.2): AP (default namespace `http://iptc.org/std/NITF/2006-10-18/`),
 * PA, NTB, the IPTC sample; also the body of NewsML 1.2 (AFP) and of NewsML-G2 `inlineXML`.
 * Identity `doc-id/@id-string`; version `du-key/@generation` and `@version`; status
 * `docdata/@management-status`; time `date.issue/@norm`; embargo `date.release/@norm`; editor's note
 * `ed-msg/@info`; a `<correction>` marks a correction.
 */

/** What the `body` of a NITF document holds, shared with the formats that embed NITF. */
export interface NitfBody {
  readonly headline: string | null;
  readonly bylineLines: string[];
  readonly authors: WireAuthor[];
  readonly datelineText: string | null;
  readonly located: WireLocation | null;
  readonly paragraphs: string[];
  readonly trailer: string[];
  readonly edNotes: string[];
  readonly distributor: string | null;
}

const BY_PREFIX = /^By:?\s+/i;
const TRAILING_COMMA = /\s*,\s*$/;

function bylineOf(byline: XmlElement): { lines: string[]; authors: WireAuthor[] } {
  const title = textOrNull(child(byline, 'byttl'));
  // The byline text without its title (an element of its own); `By<person>Staff Reporter</person>`: a
  // space where text meets an element, or the words run together ("ByStaff Reporter").
  const printed = byline.children
    .filter((c) => typeof c === 'string' || c.local !== 'byttl')
    .map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_COMMA, '');
  const persons = findAll(byline, 'person').map((p) => textOf(p)).filter((name) => name !== '');
  const lines = [printed, ...(title ? [title] : [])].filter((line) => line !== '');
  const authors = persons.map((name) => ({ name: name.replace(BY_PREFIX, ''), title }));
  return { lines, authors };
}

function locationOf(dateline: XmlElement | undefined): WireLocation | null {
  const location = child(dateline, 'location');
  if (!location) return null;
  const city = textOrNull(find(location, 'city'));
  const region = textOrNull(find(location, 'state')) ?? textOrNull(find(location, 'region'));
  const country = textOrNull(find(location, 'country'));
  return city || region || country ? { city, region, country } : null;
}

/** A name alone, of one to four capitalised words: an agency's or writer's signature. */
const LABELLED_NAME = /^\p{L}+\s?:\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u;
const SIGNATURE_NAME = /^\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3}$/u;

/** Reads `<body>` of a NITF document (or a bare `body.content`). */
export function readNitfBody(body: XmlElement | undefined): NitfBody {
  const head = child(body, 'body.head');
  const content = body?.local === 'body.content' ? body : child(body, 'body.content');
  const end = child(body, 'body.end');
  const bylineLines: string[] = [];
  const authors: WireAuthor[] = [];
  for (const byline of children(head, 'byline')) {
    const read = bylineOf(byline);
    bylineLines.push(...read.lines);
    authors.push(...read.authors);
  }
  const dateline = child(head, 'dateline');
  // `<dateline><location>…</location><story.date>…</story.date></dateline>`: the date is no part of the place
  // (`<location><city>Francistown</city><country>Botswana</country></location>`: the parts set apart, `Francistown, Botswana`)
  const located = child(dateline, 'location');
  const parts = located ? children(located).filter((c) => ['city', 'sublocation', 'state', 'region', 'country'].includes(c.local)).map((c) => textOf(c)).filter((t) => t !== '') : [];
  const datelineText = parts.length > 1 ? parts.join(', ')
    : dateline ? textOf({ ...dateline, children: dateline.children.filter((c) => typeof c === 'string' || c.local !== 'story.date') }).replace(/[\s,–—-]+$/, '') : '';
  const notes = findAll(head, 'note').map((n) => textOf(n)).filter((n) => n !== '');
  const split = splitTrailer(paragraphsOf(content));
  const lifted = liftHeader(split.paragraphs);
  // a tagline that is only a name signs the story (`<tagline>New Ziana</tagline>`), as does a name under a label no credit
  // rule reads (`Mhariri: Liu Mei`): no paragraph of it; a credit stays
  const tagline = paragraphsOf(child(end, 'tagline') ?? undefined).filter((line) => !SIGNATURE_NAME.test(line) && !(LABELLED_NAME.test(line) && lineKind(line) !== 'credit'));
  const distributor = textOrNull(child(head, 'distributor'));
  return {
    headline: textOrNull(path(head, 'hedline', 'hl1')),
    bylineLines: bylineLines.length > 0 ? bylineLines : lifted.bylineLines,
    authors,
    datelineText: datelineText === '' ? null : datelineText,
    located: locationOf(dateline),
    paragraphs: lifted.paragraphs,
    trailer: [...split.trailer, ...tagline],
    edNotes: [...lifted.notes, ...notes],
    distributor,
  };
}

/** The head's `meta` names that carry the publication or the provider (exports put them there; NITF has no element for it). */
const PUBLICATION_META = /^(?:provider|publication|publisher|source|site_name|og:site_name)$/i;
const normOf = (el: XmlElement | undefined): string | null => attr(el, 'norm')?.trim() || null;

function parseNitf(input: DecodedInput): WireDocument {
  const root = parseXml(input.text);
  return nitfDocument(root, input);
}

/** A NITF root element → wire document (also used for NITF rendered by other containers). */
export function nitfDocument(root: XmlElement, input: DecodedInput): WireDocument {
  const head = child(root, 'head');
  const docdata = child(head, 'docdata');
  const body = readNitfBody(child(root, 'body'));
  const docId = child(docdata, 'doc-id');
  const duKey = child(docdata, 'du-key');
  const generation = attr(duKey, 'generation')?.trim();
  const version = attr(duKey, 'version')?.trim();
  const status = attr(docdata, 'management-status')?.trim() ?? null;
  const rawSignals: string[] = [];
  if (status) rawSignals.push(`management-status:${status}`);
  const idrefStatus = attr(docdata, 'management-idref-status');
  if (idrefStatus) rawSignals.push(`management-idref-status:${idrefStatus}`);
  const correction = find(root, 'correction');
  if (correction) rawSignals.push('correction');

  const fromSources = findAll(docdata, 'from-src').map((s) => attr(s, 'src-name') ?? '');
  // `<doc.rights agent="Agência Brasil">`: the agency that licenses the copy, where the copyright holder is its parent company
  const rightsAgent = attr(child(docdata, 'doc.rights'), 'agent')?.trim() || null;
  const candidates = [attr(docId, 'regsrc'), body.distributor, attr(child(docdata, 'doc.copyright'), 'holder'), rightsAgent, ...fromSources];
  // a distributor named in another script (`中新社`) goes by the Latin code its documents are registered under (`regsrc="CNS"`)
  const regsrc = attr(docId, 'regsrc')?.trim();
  const latinCode = regsrc && /^[A-Z][A-Z0-9-]{1,9}$/.test(regsrc) && body.distributor && !/\p{Script=Latin}/u.test(body.distributor) ? regsrc : null;
  // `<distributor>Agence d'Information du Burkina</distributor>` registered as `regsrc="AIB"`: an agency goes by the code its name's
  // initials make (a newspaper by its name: `Jornal de Angola`, not `JA`)
  const initials = regsrc && /^[A-Z]{3,9}$/.test(regsrc) && body.distributor && hasAgencyWord(body.distributor) && initialsOf(body.distributor) === regsrc ? regsrc : null;
  // (else the publication the head names: `<meta name="provider" content="Argaam"/>`, `<pubdata name="Mining Weekly"/>`)
  const published = attr(findAll(head, 'meta').find((m) => PUBLICATION_META.test(attr(m, 'name') ?? '')), 'content')?.trim() || attr(child(head, 'pubdata'), 'name')?.trim() || null;
  const provider = candidates.map((c) => providerByCode(c)).find((p) => p !== null) ?? latinCode ?? initials ?? body.distributor ?? rightsAgent ?? published;
  const edMsg = attr(child(docdata, 'ed-msg'), 'info');

  const doc = emptyDocument('nitf', input);
  // an agency named only in the copy (`By NAME, dpa`, `(AP)`) is found by `finishCopy`
  doc.provider = provider;
  doc.providerItemId = attr(docId, 'id-string')?.trim() || null;
  doc.providerVersion = generation && version ? `${generation}.${version}` : (generation || version || null);
  // a headline only as the page's `<title>` (Scoop), in the head or inline in the body
  doc.headline = body.headline ?? textOrNull(child(head, 'title')) ?? textOrNull(find(child(root, 'body'), 'title'));
  doc.slugline = attr(duKey, 'key')?.trim() || null;
  doc.language = attr(root, 'baselang')?.trim() || attr(root, 'lang')?.trim() || attr(child(root, 'body'), 'lang')?.trim() || null;
  // `embargoed` is usable once the embargo (`date.release`) ends, IPTC's meaning; without a time it is held
  doc.pubStatus = status?.toLowerCase() === 'embargoed' && normOf(child(docdata, 'date.release')) !== null ? 'usable' : pubStatusOf(status);
  doc.signals = signalSet([correction ? 'correction' : undefined, doc.pubStatus === 'canceled' ? 'kill' : undefined]);
  doc.rawSignals = rawSignals;
  doc.edNote = joinNotes(edMsg, attr(correction, 'info'), ...body.edNotes);
  const storyDate = normOf(find(head, 'story.date')) ?? normOf(find(child(root, 'body'), 'story.date'));
  const issued = normOf(child(docdata, 'date.issue'));
  // (or, without a story date, the publication's own time when it differs from the issue's: first published at 09:10,
  // this version issued at 14:25)
  const publishedAt = attr(child(head, 'pubdata'), 'date.publication')?.trim() || null;
  const firstPublished = publishedAt !== null && /T\d/.test(publishedAt) && issued !== null && publishedAt.replace(/\D/g, '') !== issued.replace(/\D/g, '') ? publishedAt : null;
  doc.times = { firstCreated: storyDate !== null && /T\d/.test(storyDate) ? storyDate : firstPublished, versionCreated: issued, embargoedUntil: normOf(child(docdata, 'date.release')) };
  doc.bylineLines = body.bylineLines;
  doc.authors = body.authors;
  doc.datelineText = body.datelineText;
  doc.located = body.located;
  doc.paragraphs = body.paragraphs;
  doc.trailer = body.trailer;
  return doc;
}

export const nitf: FormatParser = {
  id: 'nitf',
  detect(head: SniffedHead): Verdict {
    const root = rootName(head.text);
    return root !== undefined && root.replace(/^[\w.-]+:/, '') === 'nitf' ? 'certain' : undefined;
  },
  parse: parseNitf,
};
