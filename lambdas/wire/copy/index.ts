import type { Mutable } from '../formats/common.ts';
import type { WireDocument } from '../types.ts';
import { profileOf } from '../agencies/index.ts';
import { findStamp, type DateOrder } from './calendar.ts';
import { datelineLine, isPlaceLine, isPlaceWordLine, outletPlaceLine, splitDateline, type PrintedDateline } from './dateline.ts';
import { cleanHeadline, readHeader, SHORT_NAME, type Header } from './header.ts';
import { isMasthead, labelledSlug, lineKind, withoutBylineWord } from './lines.ts';
import { addressSpelled, codeSpelledOut, outletAtTop, outletInBylineSlot, providerFrom, shortProvider } from './provider.ts';
import { ownSignOff, readTrailer, takeContactBlock, withoutOutletSignOff, type Trailer } from './trailer.ts';
import { joinNotes } from '../notes.ts';

export { codedStamp, findStamp, monthOf, offsetExists } from './calendar.ts';
export { NEWSROOM_WORD, splitDateline } from './dateline.ts';
export { cleanHeadline, readHeader } from './header.ts';
export { BYLINE_WORDS, COPYRIGHT_START, EDITOR_LABELS, forgetLineKinds, hasAgencyWord, initialsOf, isHeading7901, isSharedCredit, LINE_RULES, lineKind, outletCase, PAPER_NAME, REPORTER_LABELS, serviceAcronym } from './lines.ts';
export type { LineKind } from './lines.ts';
export { readTrailer } from './trailer.ts';

/**
 * Wire copy as lines → a wire document (issue 11): the generic reading of what stands above, in and below
 * a story, whatever the agency. Plain text goes through it whole; the framed formats (ANPA, IPTC 7901)
 * hand it their header lines and paragraphs; the structured formats have their paragraphs finished by
 * `finishCopy` (a dateline printed in the first paragraph, closing lines, the provider where the
 * metadata named none).
 */

/** Longest line of copy that is still taken as hard-wrapped (wires wrap at 64 to 80 columns). */
const MAX_WRAPPED_CHARS = 100;
const SENTENCE_STOP = /(?:[.!?:)]|[.!?]["”’'»])$/;
/** A list item or table row: kept a paragraph of its own, line by line, even in hard-wrapped copy. */
export const ROW = /^(?:[-*•–·]\s+\S|\d+[.)]\s|[^\s;]+(?:;[^;]*){2,}$|\S.*(?:\t|\s{3,})\S|.{0,60}\s\d[\d.,:%-]*$)/;
const BULLET = /^[*•·]\s+/;

const isSeparator = (line: string): boolean => lineKind(line) === 'separator';

/**
 * Whether the story is hard-wrapped: blocks of several short lines between blank lines, whose lines mostly
 * break mid-sentence. One paragraph a line (the seed) ends nearly every line with a stop.
 */
function isWrapped(lines: readonly string[], start: number): boolean {
  let blankInside = false;
  let seenText = false;
  let pendingBlank = false;
  let inner = 0;
  let innerStops = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || isSeparator(line)) {
      if (line === '' && seenText) pendingBlank = true;
      continue;
    }
    if (line.length > MAX_WRAPPED_CHARS) return false;
    if (pendingBlank) blankInside = true;
    pendingBlank = false;
    seenText = true;
    const next = lines[i + 1];
    if (next !== undefined && next !== '' && !isSeparator(next)) {
      inner++;
      if (SENTENCE_STOP.test(line)) innerStops++;
    }
  }
  return blankInside && inner > 0 && innerStops * 2 < inner;
}

/** How a line was laid out as printed, before it was trimmed and its spaces evened out. */
export function layoutOf(raw: readonly string[]): Pick<CopyOptions, 'indented' | 'aligned'> {
  return { indented: raw.map((line) => /^[\t ]+\S/.test(line)), aligned: raw.map((line) => /\S(?:\t| {3,})\S/.test(line)) };
}

/** Whether paragraphs are marked by indenting their first line (Kyodo, ANSA, ANPA), with no blank lines between. */
function isIndented(lines: readonly string[], indented: readonly boolean[], start: number): boolean {
  let opens = 0;
  let continues = 0;
  for (let i = start; i < lines.length; i++) {
    if (lines[i] === '') continue;
    if (indented[i]) opens++;
    else continues++;
  }
  return opens >= 2 && continues >= 1;
}

/** The story lines as paragraphs, in sections split by separator lines. */
function sectionsOf(lines: readonly string[], indented: readonly boolean[], aligned: readonly boolean[], start: number): string[][] {
  const wrapped = isWrapped(lines, start);
  // indented first lines mark paragraphs even where blank lines also set blocks apart (ANSA's 7901 in plain text)
  const byIndent = isIndented(lines, indented, start);
  const sections: string[][] = [[]];
  let current = sections[0]!;
  let block: string[] = [];
  let rows = 0;
  const flush = () => {
    if (block.length === 0) return;
    // a list or table inside wrapped copy stays one paragraph a row
    if (block.length > 1 && rows >= Math.max(2, block.length - 1)) current.push(...block);
    else current.push(block.join(' '));
    block = [];
    rows = 0;
  };
  const add = (i: number) => {
    block.push(lines[i]!);
    if (aligned[i] || ROW.test(lines[i]!)) rows++;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      flush();
      continue;
    }
    if (isSeparator(line)) {
      flush();
      if (current.length > 0) sections.push((current = []));
      continue;
    }
    if (wrapped) {
      if (byIndent && indented[i]) flush();
      add(i);
    } else if (byIndent) {
      if (indented[i]) flush();
      add(i);
    } else current.push(line);
  }
  flush();
  if (current.length === 0 && sections.length > 1) sections.pop();
  return sections.map((s) => s.map((p) => p.replace(BULLET, '')));
}

/** The label of a stamp that dates an update, in the agencies' languages. */
const UPDATE_LABEL = '(?:Updated?|Last updated|Modified|Aktualisiert|Actualizado|Actualizada|Actualitzat|Actualitzada|Atualizado|Actualisé|Mis à jour|Aggiornato|Oppdatert|Uppdaterad|Opdateret|Päivitetty|Bijgewerkt|Aangepast|Dagført|Frissítve|Atnaujinta|Aktualizované|Aktualizováno|Zaktualizowano|Ažurirano|Posodobljeno)';
const UPDATE_LABEL_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])${UPDATE_LABEL}(?![\\p{L}\\p{N}])`, 'iu');
/** Where one line holds two stamps: a bar or a dot between them, or the second's update label. */
// (`Updated May 20 2026 - 4:31pm, first published 3:12pm`: the first stamp after the update's, set off by a comma)
const STAMP_PARTS = new RegExp(`\\s+[|·]\\s+|\\s+(?=${UPDATE_LABEL}(?![\\p{L}\\p{N}]))|,\\s+(?=first published\\b)`, 'iu');

/** A clock: `14:47`, `9.15 am`, `18.35 Uhr`. */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|Uhr|h))?`;
/** A stamp part that is a clock with its label and no date: `Aangepast om 14:47`, `Updated 10:52`. */
const CLOCK_ONLY = new RegExp(String.raw`^(?:\p{L}+\.?\s+){0,3}${CLOCK}$`, 'iu');
/** A clock alone on its line: `13:30`, `9.15 am`. */
const CLOCK_ALONE = new RegExp(`^${CLOCK}$`, 'iu');

/** Which time field a stamp line fills, by its label. */
function stampField(line: string): 'firstCreated' | 'versionCreated' | null {
  if (UPDATE_LABEL_ANYWHERE.test(line)) return 'versionCreated';
  if (/(?<![\p{L}\p{N}])(?:first published|posted|published|publié|veröffentlicht|julkaistu|publicado|pubblicato|publicerad|publisert|gepubliceerd)(?![\p{L}\p{N}])/iu.test(line)) return 'firstCreated';
  return null;
}

/** Stamp lines → the raw times (ISO as far as printed), read in the provider's numeric date order. */
function timesOf(stampLines: readonly string[], order: DateOrder): { firstCreated: string | null; versionCreated: string | null } {
  const times: { firstCreated: string | null; versionCreated: string | null } = { firstCreated: null, versionCreated: null };
  // `Published: 24 March 2025 14:05 (GMT+5) | Updated: 24 March 2025 16:40 (GMT+5)`, or only by the second's label
  // (`Published : 2025-11-20 15:30 KST    Updated : 2025-11-20 16:12 KST`): each part its own stamp
  // when each has a date and a time (`Posted on Wednesday, October 23, 2024 | 7:34 in the morning` is one)
  // (`Geplaatst 15 januari 2026 om 09:12 · Aangepast om 14:47`: a later part that gives only a clock is on the first one's day)
  const ownStamps = (line: string): string[] => {
    const parts = line.split(STAMP_PARTS);
    if (parts.length < 2) return [line];
    const day = findStamp(parts[0]!, order);
    const dated = parts.map((part, k) => (k > 0 && day?.hasTime && CLOCK_ONLY.test(part) ? `${part} ${day.iso.slice(0, 10)}` : part));
    return dated.every((part) => findStamp(part, order)?.hasTime === true) ? dated : [line];
  };
  for (const line of stampLines.flatMap(ownStamps)) {
    const stamp = findStamp(line, order);
    if (!stamp?.hasTime) continue;
    const field = stampField(line) ?? (times.firstCreated === null ? 'firstCreated' : 'versionCreated');
    times[field] ??= stamp.iso;
  }
  return times;
}

/** A masthead line that is an outlet's name alone: one to three words, after `The` maybe. */
const OUTLET_LINE = /^(?:The\s|THE\s)?\p{Lu}[\p{L}\d'’&.-]*(?:\s\p{Lu}[\p{L}\d'’&.-]*){0,2}$/u;

/** The dateline opening the story, or a place alone on the first line (`ANKARA`). */
function printedDateline(paragraphs: readonly string[], knownPlace: string | null = null, underHeadline = false, own: string | null = null): PrintedDateline | null {
  const first = paragraphs[0];
  if (first === undefined) return null;
  const dated = knownPlace === null ? null : datedPlaceOpening(first, knownPlace);
  if (dated) return dated;
  // (a place word under the headline, unless the next paragraph opens with a dateline of its own)
  if (paragraphs.length > 1 && (isPlaceLine(first) || (underHeadline && isPlaceWordLine(first) && lineKind(first) === undefined && splitDateline(paragraphs[1]!) === null))) return { text: first, place: first, tag: null, rest: '' };
  // `Shafaq News – Mosul` on its own line over the story: the outlet's name and the place it files from
  const owned = own !== null && paragraphs.length > 1 ? outletPlaceLine(first, own) : null;
  if (owned !== null) return { text: first, place: owned, tag: own, rest: '' };
  const alone = paragraphs.length > 1 ? datelineLine(first) : null;
  if (alone) return { ...alone, rest: '' };
  return splitDateline(first, own);
}

/**
 * `Puno, jun. 19. La temperatura …` (Andina), `Lobito – O Corredor …` (ANGOP): the place the format names (ninjs
 * `located`, NITF `<dateline>`, G2 `located`) opens the first paragraph, with a date and a point or a dash, and no agency tag.
 */
function datedPlaceOpening(paragraph: string, named: string): PrintedDateline | null {
  // (`Francistown, Botswana` in the format, `FRANCISTOWN:` in the text: the city alone)
  const place = [named, named.split(',')[0]!.trim()].find((p) => paragraph.toLowerCase().startsWith(p.toLowerCase())) ?? named;
  if (place.length > 40 || !paragraph.toLowerCase().startsWith(place.toLowerCase())) return null;
  // `Lobito – O Corredor do Lobito …` (ANGOP): the place and a dash
  // (`FRANCISTOWN: The Botswana Meat Commission …` under a NITF `<dateline>`: or a colon)
  const dashed = /^\s+[–—-]\s+(?=\p{Lu})|^\s?:\s+(?=\p{Lu})/u.exec(paragraph.slice(place.length));
  if (dashed) return { text: paragraph.slice(0, place.length), place: paragraph.slice(0, place.length), tag: null, rest: paragraph.slice(place.length + dashed[0].length) };
  if (paragraph[place.length] !== ',') return null;
  const m = /^,\s*([^.]{3,25}?\.?[^.]{0,12})\.\s+(?=\p{Lu})/u.exec(paragraph.slice(place.length));
  const stamp = m ? findStamp(m[1]!.replace(/\.$/, '')) : null;
  if (!m || stamp === null || stamp.covered < m[1]!.replace(/[\s.,]/g, '').length - 2) return null;
  const text = paragraph.slice(0, place.length + m[0].length).trim().replace(/\.$/, '');
  return { text, place: paragraph.slice(0, place.length), tag: null, rest: paragraph.slice(place.length + m[0].length) };
}

/** A bureau in capitals opening the first paragraph in a dateline's place: `WESTERN BUREAU:` (The Gleaner), `NEWS DESK:`. */
const BUREAU_LEAD_IN = /^(?:\p{Lu}+\s+){0,2}(?:BUREAU|DESK)\s?:\s+(?=\p{Lu})/u;

/** Takes a dateline off the first paragraph (or a bureau's name where none is printed: no place, and no part of the story). */
function withoutDateline(paragraphs: string[], dateline: PrintedDateline | null): string[] {
  const bureau = dateline === null && paragraphs[0] !== undefined ? BUREAU_LEAD_IN.exec(paragraphs[0]) : null;
  if (bureau) return [paragraphs[0]!.slice(bureau[0].length), ...paragraphs.slice(1)];
  if (!dateline) return paragraphs;
  return dateline.rest.trim() === '' ? paragraphs.slice(1) : [dateline.rest.trim(), ...paragraphs.slice(1)];
}

/** A byline that ends with its reporters' job and their place: `… - Repórteres da Agência Brasil - Brasília`. */
const BYLINE_PLACE = /\s[-–—]\s.{0,60}\b(?:writers?|reporters?|correspondents?|repórter(?:es)?|reporter[oa]s?|corresponsal(?:es)?|correspondant(?:e)?s?|enviad[oa]s?\s+especial(?:es)?)\b.{0,60}\s[-–—]\s(\p{Lu}[\p{L}\p{M}'’. ]{1,30})$/iu;

/**
 * How an agency without a profile writes a numeric date (`11/05/2025`): the way that agrees with the month and
 * day its dateline spells out (`Taipei, Nov. 5 (CNA)`), else day first.
 */
function orderByDateline(dateline: string | null, stampLines: readonly string[]): DateOrder {
  const monthDayOf = (iso: string | undefined): string | undefined => iso?.replace(/T.*$/, '').slice(-5);
  const monthDay = dateline === null ? undefined : monthDayOf(findStamp(dateline)?.iso);
  if (monthDay === undefined) return 'dmy';
  for (const line of stampLines) {
    const dmy = monthDayOf(findStamp(line, 'dmy')?.iso);
    const mdy = monthDayOf(findStamp(line, 'mdy')?.iso);
    if (dmy !== mdy && mdy === monthDay) return 'mdy';
    if (dmy !== mdy && dmy === monthDay) return 'dmy';
  }
  return 'dmy';
}

/** The longest block of takes looked for as sent twice; bounds the search (50² comparisons at most). */
const MAX_REPEATED_BLOCK = 50;

/**
 * The story without a block of paragraphs sent again at its end (Anadolu, 088: its last four paragraphs
 * transmitted twice in a row): the trailing run of two or more that repeats word for word the run just
 * before it. A paragraph printed twice apart may be the story's own (a quote recalled) and stays.
 */
function withoutRepeats(paragraphs: readonly string[]): string[] {
  const n = paragraphs.length;
  for (let k = Math.min(Math.floor(n / 2), MAX_REPEATED_BLOCK); k >= 2; k--) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = paragraphs[n - 2 * k + j] === paragraphs[n - k + j];
    if (same) return paragraphs.slice(0, n - k);
  }
  return [...paragraphs];
}

/** Lines after the story's separator: credit lines and notes stay for `extract`; furniture goes. */
const KEPT_AFTER_SEPARATOR = new Set([undefined, 'credit', 'byline', 'note', 'status']);

export interface CopyOptions {
  /** Per line: whether it was indented as printed (before trimming). */
  readonly indented?: readonly boolean[];
  /** Per line: whether it set columns apart with a tab or a run of spaces as printed (a table's row). */
  readonly aligned?: readonly boolean[];
  /** The format framed its header (ANPA, 7901): these are the header lines, and `story` the paragraphs. */
  readonly framed?: { readonly header: readonly string[]; readonly paragraphs: readonly string[] };
  /** The sender a framed format's header names (a 7901 service code): a dateline's tag that is its name is the agency's. */
  readonly source?: string | null;
  /** The codes a framed format's header and trailer print for their sender (`CYM`, `CM`; ANPA's `JO`): a name at the foot they spell is the agency's. */
  readonly sources?: readonly string[];
  /** The service heading a framed format prints (`EOB0412 4 ec 0389 El Observador`): a name in it that spells the sender's code is the sender's. */
  readonly heading?: string;
}

/** Whether a line credits a picture to someone of the outlet: `Carly Berthiaume / Vermont Public`, the masthead after the slash. */
function creditsOutlet(line: string, mastheads: readonly string[]): boolean {
  const credit = PICTURE_CREDIT.exec(line);
  return credit !== null && mastheads.some((name) => name.toLowerCase() === credit[1]!.toLowerCase());
}
const PICTURE_CREDIT = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*\/\s*(\S.{1,60})$/u;

/**
 * Fills a document from copy: header, story paragraphs, dateline, trailer, provider, times and marks.
 * Whatever the document already holds (a framed format's provider or times) is kept.
 */
export function readCopy(doc: Mutable<WireDocument>, lines: readonly string[], opts: CopyOptions = {}): WireDocument {
  let header: Header;
  let sections: string[][];
  if (opts.framed) {
    header = readHeader(opts.framed.header, { framed: true });
    sections = [[...opts.framed.paragraphs]];
    const at = sections[0]!.findIndex(isSeparator);
    if (at >= 0) sections = [sections[0]!.slice(0, at), sections[0]!.slice(at + 1).filter((p) => !isSeparator(p))];
  } else {
    header = readHeader(lines);
    sections = sectionsOf(lines, opts.indented ?? [], opts.aligned ?? [], header.end);
  }
  const afterSeparator = sections.length > 1 ? sections.pop()! : [];
  const contacts = takeContactBlock(afterSeparator, { whole: true });
  const story = [...header.bullets, ...sections.flat()];
  // Reuters prints its summary bullets above the dateline: the dateline opens the first paragraph after them
  const lead = header.bullets.length;
  // `Colprensa` alone over `Bogotá, 13 de noviembre de 2025 (Colprensa). …`: the agency's name, as its dateline tags it
  // (a dateline is read only under a word alone, not under every story's first paragraph)
  const lone = story[lead]?.trim();
  if (lone !== undefined && /^\S{2,30}$/u.test(lone) && story[lead + 1] !== undefined && splitDateline(story[lead + 1]!)?.tag?.toLowerCase() === lone.toLowerCase()) story.splice(lead, 1);
  // (the sender's name: the format's, else the outlet's as its masthead prints it over the headline, `Law360`)
  const masthead = header.agencyLines.find((line) => OUTLET_LINE.test(line)) ?? header.siteName;
  const dateline = printedDateline(story.slice(lead), null, header.headline !== null, doc.provider ?? opts.source ?? masthead);
  // (a photo's caption opening the story under a place alone, `File photo: Workers pick tea …`: no paragraph)
  const opened = withoutDateline(story.slice(lead), dateline);
  while (opened.length > 1 && lineKind(opened[0]!) === 'photo') opened.shift();
  // (or over its credit, the photographer and the outlet its masthead names: `Water from the Winooski … March 19, 2026.` / `Carly Berthiaume / Vermont Public`)
  while (opened.length > 2 && opened[0]!.length <= 250 && creditsOutlet(opened[1]!, header.agencyLines)) opened.splice(0, 2);
  // `Skopje` / `BIRN` / `March 27, 2026` / `13:30` under the writer's name: a place alone on its line, then the agency's short
  // name, the date and the clock each on a line of their own, furniture of the header, not the story's first paragraphs
  const leadStamps: string[] = [];
  if (dateline !== null && dateline.rest === '') {
    while (opened.length > 2 && opened[0]!.length <= 40) {
      const line = opened[0]!;
      const kind = lineKind(line);
      if (kind === 'stamp' && CLOCK_ALONE.test(opened[1]!)) leadStamps.push(`${line} ${opened.splice(1, 1)[0]!}`);
      else if (kind === 'stamp' || CLOCK_ALONE.test(line)) leadStamps.push(line);
      else if (!SHORT_NAME.test(line)) break;
      opened.shift();
    }
  }
  const trailer: Trailer = readTrailer([...story.slice(0, lead), ...opened]);
  // a line in lower case after furniture goes on with it (`… Subscribers may` / `use this content under …`)
  // (each line's kind read once: every line rule is tried on it)
  const kinds = afterSeparator.map(lineKind);
  const keptFlags: boolean[] = [];
  afterSeparator.forEach((line, k) => {
    keptFlags.push(KEPT_AFTER_SEPARATOR.has(kinds[k]) && !ownSignOff(line) && !(k > 0 && !keptFlags[k - 1] && /^\p{Ll}/u.test(line)));
  });
  const kept = afterSeparator.filter((_, k) => keptFlags[k]);
  const closing = [...trailer.evidence, ...afterSeparator.filter((_, k) => !keptFlags[k]), ...contacts];
  // `AP-WF-05-21-25 0347GMT` under the separator: the time the story was sent
  const footStamps = [...trailer.stampLines, ...afterSeparator.filter((_, k) => kinds[k] === 'stamp')];

  const { headline, marks } = header.headline === null ? { headline: null, marks: [] } : cleanHeadline(header.headline);
  doc.headline ??= headline === '' ? null : headline;
  // (`Updated 12:48, Feb 17 2026` under or over `First published 07:05, …` dates this version, and is no update signal:
  // a web page prints it for any edit; eval/GOLD.md)
  doc.marks = [...doc.marks, ...header.statusLines, ...marks];
  doc.edNote = joinNotes(doc.edNote, ...header.notes.map((n) => (n.startsWith('(') && n.endsWith(')') ? n.slice(1, -1).trim() : n)));
  // `BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140`: the keyword, then its take and word count
  for (const line of header.slugLines) if (/^LD\s/.test(line)) doc.marks = [...doc.marks, 'LD'];
  doc.slugline ??= header.slugLines.map(labelledSlug).find((labelled) => labelled !== null) ?? null;
  const slug = header.slugLines.find((l) => /[-/]/.test(l) && !/^(?:LD\b|ZCZC|NNNN)/.test(l)) ?? header.slugLines.find((l) => /^[\p{Lu}]{3,}\s+[\p{Lu}][\p{Ll}]+$/u.test(l));
  if (slug !== undefined && doc.slugline === null) {
    const [keyword, ...parts] = slug.split(',').map((p) => p.trim());
    doc.slugline = keyword!.trim() || null;
    doc.marks = [...doc.marks, ...parts.filter((p) => p !== '' && !/^\d+$/.test(p))];
  }
  doc.masthead ??= header.agencyLines.find(isMasthead) ?? null;
  const outletByline = header.bylineLines.length === 1 ? outletInBylineSlot(header.bylineLines[0]!) : null;
  const headerBylines = outletByline === null ? header.bylineLines : [];
  if (doc.bylineLines.length === 0) doc.bylineLines = headerBylines.length > 0 ? headerBylines : dateline?.byline !== undefined ? [dateline.byline] : trailer.signatures;
  doc.provider ??= providerFrom({ datelineTag: dateline?.tag ?? null, bylineLines: [...header.bylineLines, ...trailer.signatures], closing, agencyLines: header.agencyLines, stampLines: [...header.stampLines, ...leadStamps, ...footStamps], paragraphs: trailer.paragraphs, sources: opts.sources ?? (opts.source ? [opts.source] : []) })
    ?? outletAtTop(lines, closing, trailer.paragraphs) ?? outletByline ?? header.siteName;
  doc.provider = addressSpelled(doc.provider, lines);
  // (a telex service's code, `EOB`, `CNS`, spelled out by the name its heading or closing lines print: `© 2026 Gozo Tribune`)
  if (opts.framed) {
    const code = doc.provider ?? opts.source ?? null;
    const spelled = codeSpelledOut(code, [...closing, ...header.agencyLines], opts.heading);
    if (spelled !== code) doc.provider = spelled;
  }
  dropMastheadSlug(doc);
  const order = profileOf(doc.provider)?.dateOrder ?? orderByDateline(dateline?.text ?? null, [...header.stampLines, ...leadStamps, ...footStamps]);
  const times = timesOf([...header.stampLines, ...leadStamps, ...footStamps], order);
  const embargoLine = header.embargoLine ?? trailer.embargoLines[0] ?? null;
  const embargo = embargoLine === null ? null : findStamp(embargoLine, order);
  let firstCreated = doc.times.firstCreated ?? times.firstCreated;
  let versionCreated = doc.times.versionCreated ?? times.versionCreated;
  // a stamp line the format's own time left no place for (an ANPA `Updated:` line over the transmission stamp) takes the empty one
  const spare = [times.firstCreated, times.versionCreated].find((t) => t !== null && t !== firstCreated && t !== versionCreated) ?? null;
  if (firstCreated === null) firstCreated = spare;
  else if (versionCreated === null) versionCreated = spare;
  // `Law360, Wilmington (March 12, 2026, 4:52 PM EDT) --`: a dateline that prints the time it was filed, where nothing else does
  const filed = firstCreated === null && dateline !== null ? findStamp(dateline.text, order) : null;
  if (filed?.hasTime) firstCreated = filed.iso;
  doc.times = { firstCreated, versionCreated, embargoedUntil: doc.times.embargoedUntil ?? (embargo?.hasTime ? embargo.iso : embargoLine) };
  if (dateline && doc.datelineText === null) doc.datelineText = dateline.text;
  doc.datelinePlace = dateline ? dateline.place : doc.datelinePlace;
  // `Por A e B - Repórteres da Agência Brasil - Brasília`: without a dateline, the place the byline ends with
  if (doc.datelinePlace === null && doc.bylineLines[0] !== undefined) {
    const placed = BYLINE_PLACE.exec(doc.bylineLines[0]);
    if (placed) doc.datelinePlace = placed[1]!;
  }
  // (and without the outlet signing off, once the provider is known: `«Egemen Qazaqstan»`)
  doc.paragraphs = withoutOutletSignOff(withoutRepeats(trailer.paragraphs), [doc.provider, doc.masthead, header.siteName, ...(profileOf(doc.provider)?.names ?? [])]);
  doc.trailer = [...trailer.credits, ...kept, ...doc.trailer];
  return doc;
}


/** Whether a paragraph is the byline the format gave, printed again (`Karin Koppel`, `By Karin Koppel`). */
const sameName = (byline: string, paragraph: string): boolean =>
  paragraph.length <= 80 && withoutBylineWord(paragraph).toLowerCase() === withoutBylineWord(byline).toLowerCase();

/** A slug that is the provider's own name (`RTL Today` over an e-mailed page, shaped like `HEALTH Ambulance`) is its masthead: no slug. */
export function dropMastheadSlug(doc: Mutable<WireDocument>): void {
  if (doc.slugline !== null && doc.provider !== null && doc.slugline.toLowerCase() === doc.provider.toLowerCase()) doc.slugline = null;
}

/**
 * A structured format's document, finished like copy: the dateline its first paragraph prints (which wins
 * over the metadata's, often a time or less), the closing lines of its body, the provider from its copy
 * where the metadata named none.
 */
export function finishCopy(doc: WireDocument): WireDocument {
  // what a body opens with before its dateline may be header: a note (`(Corrects …)`), a status line, a stamp, an embargo, a byline
  const notes: string[] = [];
  const marks: string[] = [];
  const bylineLines: string[] = [];
  let embargo: string | null = null;
  let start = 0;
  for (; start < Math.min(doc.paragraphs.length - 1, 6); start++) {
    const p = doc.paragraphs[start]!;
    const kind = lineKind(p);
    if (kind === 'note') notes.push(p.startsWith('(') && p.endsWith(')') ? p.slice(1, -1).trim() : p);
    else if (kind === 'status') marks.push(p);
    else if (kind === 'embargo') embargo ??= p;
    else if (kind === 'byline') {
      // `Por Mariana Quintero` printed again atop a body whose format names the writer: header, once
      if (doc.bylineLines.length === 0 && bylineLines.length === 0) bylineLines.push(p);
    }
    // the outlet's masthead (`ERR uudised | Eesti`), the writer the format names printed again (`Karin Koppel`)
    else if (kind !== 'stamp' && kind !== 'photo' && kind !== 'agency' && !doc.bylineLines.some((line) => sameName(line, p))) break;
  }
  const body = doc.paragraphs.slice(start);
  // Reuters' summary bullets stand above the dateline: story paragraphs, the dateline opens the first after them
  let lead = 0;
  while (lead < body.length - 1 && BULLET.test(body[lead]!)) lead++;
  // (the provider the format names owns a tag its dateline prints: `Samarkand, Uzbekistan (Daryo) —` from Daryo's ninjs)
  const dateline = printedDateline(body.slice(lead), doc.datelineText ?? doc.located?.city ?? null, false, doc.provider);
  const trailer = readTrailer([...body.slice(0, lead).map((p) => p.replace(BULLET, '')), ...withoutDateline(body.slice(lead), dateline)]);
  const embargoStamp = embargo === null ? null : findStamp(embargo, profileOf(doc.provider)?.dateOrder ?? 'dmy');
  // the format's own trailer (NITF <tagline>, lines after a separator): credits and notes stay, furniture (`Copyright …`) is evidence
  const furniture = doc.trailer.filter((line) => !KEPT_AFTER_SEPARATOR.has(lineKind(line)));
  const closingTags = trailer.evidence.flatMap((line) => /^\((\p{Lu}[\p{L}-]{1,12})\)$/u.exec(line)?.[1] ?? []);
  const provider = shortProvider(doc.provider, [...(dateline?.tag ? [dateline.tag] : []), ...closingTags]) ?? providerFrom({ datelineTag: dateline?.tag ?? null, bylineLines: doc.bylineLines, closing: [...trailer.evidence, ...furniture], agencyLines: [], stampLines: trailer.stampLines });
  const { headline, marks: headlineMarks } = doc.headline === null ? { headline: null, marks: [] } : cleanHeadline(doc.headline);
  // (a story opening on its outlet's name alone, `Ammon News - The Petra …`, is dated by the format's dateline, `<DateLine>PETRA`)
  const printed = dateline !== null && !(doc.datelineText !== null && dateline.place.trim() === '');
  return {
    ...doc,
    provider,
    headline: headline === '' ? doc.headline : headline,
    marks: [...doc.marks, ...marks, ...headlineMarks],
    edNote: joinNotes(doc.edNote, ...notes),
    bylineLines: doc.bylineLines.length > 0 ? doc.bylineLines : bylineLines,
    times: { ...doc.times, embargoedUntil: doc.times.embargoedUntil ?? (embargoStamp?.hasTime ? embargoStamp.iso : embargo) },
    datelineText: printed ? dateline.text : doc.datelineText,
    datelinePlace: printed ? dateline.place : doc.datelinePlace,
    paragraphs: withoutOutletSignOff(withoutRepeats(trailer.paragraphs), [provider, doc.masthead, ...(profileOf(provider)?.names ?? [])]),
    trailer: [...trailer.credits, ...doc.trailer.filter((line) => KEPT_AFTER_SEPARATOR.has(lineKind(line)))],
  };
}
