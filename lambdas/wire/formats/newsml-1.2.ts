import { RejectionError } from '../../story/index.ts';
import { providerByCode } from '../agencies/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument, WireLocation } from '../types.ts';
import { attr, child, children, find, findAll, parseXml, path, rootName, textOf, textOrNull, type XmlElement } from '../xml.ts';
import { emptyDocument, iptcSignal, joinNotes, liftHeader, paragraphsOf, pubStatusOf, signalSet, splitTrailer, withSentTime } from './common.ts';
import { readNitfBody } from './nitf.ts';

/**
 * A `NameLabel` that reads as a phrase, not a keyword: three words or more with two of them ordinary lower-case words
 * (`Hwange elephant poisoners jailed`), a label for people, where a slug is a keyword (`ITALIA-LIBIA-FORUM`, `UAQ-MANGROVES`).
 */
const PHRASE_LABEL = /^(?=(?:.*?(?:^|\s)\p{Ll}{3,}(?=\s|$)){2})\S+(?:\s+\S+){2,}$/u;

/**
 * NewsML 1.2 (research/wire-anchors.md §3.4), as AFP sends it: identity `NewsIdentifier`
 * (ProviderId, DateId, NewsItemId), version `RevisionId` ("the one whose RevisionId has the larger value
 * must be the more recent"), status `NewsManagement/Status`, embargo `StatusWillChange`, the story as NITF
 * (or bare paragraphs) in `ContentItem/DataContent`. `NewsLine` AdvisoryLine ("RECASTS …, UPDATES
 * throughout") is the editor's note; `Creator/Party` ("X with Y in Jerusalem") the byline.
 */

const formal = (el: XmlElement | undefined): string | null => attr(el, 'FormalName')?.trim() || null;
/** News line types that speak to the desk: `AdvisoryLine`, `EditorialNote`, `EdNote`. */
const ADVISORY = /advisory|editorial\s*note|ed\s*note/i;

function textContent(newsComponent: XmlElement): { paragraphs: string[]; trailer: string[]; nitf: ReturnType<typeof readNitfBody> | null } {
  for (const item of findAll(newsComponent, 'ContentItem')) {
    const media = formal(child(item, 'MediaType'));
    if (media && media.toLowerCase() !== 'text') continue;
    const data = child(item, 'DataContent');
    if (!data) continue;
    const nitfRoot = find(data, 'nitf');
    if (nitfRoot) {
      const nitf = readNitfBody(child(nitfRoot, 'body'));
      return { paragraphs: nitf.paragraphs, trailer: nitf.trailer, nitf };
    }
    const bodyContent = find(data, 'body.content');
    const split = splitTrailer(paragraphsOf(bodyContent ?? data));
    if (split.paragraphs.length > 0) return { ...split, nitf: null };
  }
  return { paragraphs: [], trailer: [], nitf: null };
}

function locationOf(descriptive: XmlElement | undefined): WireLocation | null {
  const origin = children(descriptive, 'Location').find((l) => /origin/i.test(attr(l, 'HowPresent') ?? '')) ?? child(descriptive, 'Location');
  if (!origin) return null;
  const property = (name: string) => children(origin, 'Property').find((p) => attr(p, 'FormalName')?.toLowerCase() === name);
  const city = attr(property('city'), 'Value')?.trim() || null;
  // Countries come as ISO codes (SWE): a code is no printed name, so it is left out.
  const countryValue = attr(property('country'), 'Value')?.trim() || null;
  const country = countryValue && !/^[A-Z]{2,3}$/.test(countryValue) ? countryValue : null;
  return city || country ? { city, region: null, country } : null;
}

function itemDocument(item: XmlElement, input: DecodedInput, sent: string | null): WireDocument {
  const identifier = path(item, 'Identification', 'NewsIdentifier');
  const management = child(item, 'NewsManagement');
  const component = child(item, 'NewsComponent');
  const lines = child(component, 'NewsLines');
  const administrative = child(component, 'AdministrativeMetadata');
  const descriptive = child(component, 'DescriptiveMetadata');
  const revision = child(identifier, 'RevisionId');
  const providerId = textOrNull(child(identifier, 'ProviderId'));
  const dateId = textOrNull(child(identifier, 'DateId'));
  const newsItemId = textOrNull(child(identifier, 'NewsItemId'));
  const revisionId = textOrNull(revision);
  const status = formal(child(management, 'Status'));
  const willChange = child(management, 'StatusWillChange');
  const update = attr(revision, 'Update')?.trim();
  const previous = attr(revision, 'PreviousRevision')?.trim();
  const genres = children(descriptive, 'Genre').map(formal).filter((g): g is string => g !== null);
  const newsLines = children(lines, 'NewsLine').map((l) => ({ type: formal(child(l, 'NewsLineType')) ?? '', text: textOf(child(l, 'NewsLineText')) }));
  const advisories = newsLines.filter((l) => ADVISORY.test(l.type) && l.text !== '').map((l) => l.text);
  const body = textContent(component ?? item);
  const lifted = body.nitf ? { paragraphs: body.paragraphs, notes: [] as string[], bylineLines: [] as string[] } : liftHeader(body.paragraphs);
  const byline = textOrNull(child(lines, 'ByLine'));
  const creators = findAll(child(administrative, 'Creator'), 'Party').map(formal).filter((c): c is string => c !== null && providerByCode(c) === null);
  const providerParty = formal(find(child(administrative, 'Provider'), 'Party'));

  const doc = emptyDocument('newsml-1.2', input);
  doc.provider = providerByCode(providerParty) ?? providerByCode(providerId) ?? providerParty ?? providerId;
  doc.providerItemId = providerId && newsItemId ? `urn:newsml:${providerId}:${dateId ?? ''}:${newsItemId}` : (textOrNull(child(identifier, 'PublicIdentifier'))?.replace(/:\d+$/, '') ?? null);
  doc.providerVersion = revisionId;
  doc.headline = textOrNull(child(lines, 'HeadLine')) ?? body.nitf?.headline ?? null;
  const label = textOrNull(path(item, 'Identification', 'NameLabel'));
  doc.slugline = textOrNull(child(lines, 'SlugLine')) ?? (label !== null && !PHRASE_LABEL.test(label) ? label : null);
  doc.language = formal(child(descriptive, 'Language')) ?? attr(item, 'lang')?.trim() ?? null;
  // `Embargoed` that will become `Usable` at a time is usable copy under an embargo (the time says until when), as NITF's
  // `management-status="embargoed"` is; `Embargoed` with no end in sight is held
  const embargoEnds = willChange && pubStatusOf(formal(child(willChange, 'FutureStatus'))) === 'usable' ? textOrNull(child(willChange, 'DateAndTime')) : null;
  doc.pubStatus = /^(?:\w+:)?embargoed$/i.test(status?.trim() ?? '') && embargoEnds !== null ? 'usable' : pubStatusOf(status);
  doc.rawSignals = [
    ...(status ? [`Status:${status}`] : []),
    ...(update ? [`Update:${update}`] : []),
    ...(previous && previous !== '0' ? [`PreviousRevision:${previous}`] : []),
    ...genres.map((g) => `Genre:${g}`),
  ];
  doc.signals = signalSet([
    ...genres.map(iptcSignal),
    // A revision that names a previous one, or that carries Update elements, updates it.
    (previous && previous !== '0') || update === 'U' ? 'update' : undefined,
    doc.pubStatus === 'canceled' ? 'kill' : undefined,
  ]);
  doc.edNote = joinNotes(...advisories, ...lifted.notes, ...(body.nitf?.edNotes ?? []));
  doc.times = withSentTime({
    firstCreated: textOrNull(child(management, 'FirstCreated')),
    versionCreated: textOrNull(child(management, 'ThisRevisionCreated')),
    embargoedUntil: embargoEnds,
  }, sent);
  doc.bylineLines = byline ? [byline] : creators.length > 0 ? creators : (body.nitf?.bylineLines.length ? body.nitf.bylineLines : lifted.bylineLines);
  doc.authors = byline || creators.length > 0 ? [] : (body.nitf?.authors ?? []);
  doc.datelineText = textOrNull(child(lines, 'DateLine')) ?? body.nitf?.datelineText ?? null;
  doc.located = locationOf(descriptive) ?? body.nitf?.located ?? null;
  doc.paragraphs = lifted.paragraphs;
  doc.trailer = body.trailer;
  return doc;
}

function parseAll(input: DecodedInput): WireDocument[] {
  const root = parseXml(input.text);
  const items = root.local === 'NewsItem' ? [root] : children(root, 'NewsItem');
  if (items.length === 0) throw new RejectionError('no-body', 'the NewsML 1.2 file holds no NewsItem');
  const sent = textOrNull(path(root, 'NewsEnvelope', 'DateAndTime'));
  return items.map((item) => itemDocument(item, input, sent));
}

export const newsml12: FormatParser = {
  id: 'newsml-1.2',
  detect(head: SniffedHead): Verdict {
    const root = rootName(head.text);
    return root === 'NewsML' || root === 'NewsItem' ? 'certain' : undefined;
  },
  parse: (input) => parseAll(input)[0]!,
  parseAll,
};
