import { providerByName, providerByTag } from '../agencies.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';

/**
 * Plain-text wire copy, AP house style first (research/wire-anchors.md §4.2, §4.3): an optional header
 * (slug, headline, `Eds:` note, byline lines, `Posted on …` line), then the story, one paragraph per
 * line or hard-wrapped in blank-line separated blocks, then after a `___` separator the credit lines.
 * The header is recognised line by line; whatever is not recognised is story.
 */

// Markup and JSON belong to the XML and JSON parsers; framing control bytes (SOH, STX, ETX, EOT, SYN)
// to ANPA 1312 and IPTC 7901. Plain text takes the rest, so it sits last in the registry.
const MARKUP = /^\s*(?:<(?:\?xml|!DOCTYPE|!--|[A-Za-z][\w:.-]*[\s>/])|\{\s*["}]|\[\s*[{["\d\]])/i;
const FRAMING = /[\u0001-\u0004\u0016]/;

const MAX_HEADER_LINES = 12;
/** Lines longer than this are story, never header. */
const MAX_HEADER_CHARS = 200;
const MAX_HEADLINE_CHARS = 150;
/** Longest line of copy that is still taken as hard-wrapped (wires wrap at 64 to 80 columns). */
const MAX_WRAPPED_CHARS = 100;

const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const STRAY_CONTROLS = new RegExp(STRAY_CONTROL.source, 'g');
const SPACE_RUNS = /[\s\u00a0]{2,}|[\t\u00a0]/g;
const NEEDS_SPACING = /[\t\u00a0]| {2}/;

export const SLUG = /^(?:Slug:\s*)?((?:BC|AM|PM|AP|APW)-[A-Za-z]{2,4}-{1,2}\S[^,]*)(.*)$/;
export const TAKE_KEY = /^(?:\d+(?:st|nd|rd|th)\s*Ld(?:[- ]Writethru)?|Ld[- ]Writethru|Writethru|Urgent|Correction|Advisory|Sub\b.*|UPDATE\s+\d+|\d+(?:ST|ND|RD|TH)\s+LEAD)$/i;
export const ED_NOTE = /^\(?\s*(?:Eds?|EDS|Editors?)\s*:\s*\S|^EDITOR'?S NOTE\b|^Editor['’]s note\b/i;
export const PHOTO_LINE = /^(?:With\s+)?AP\s+(?:Photos?|Video|Audio|Graphics?)\b/;
const TIME_LINE = /^(Posted|Published|First published|Originally published|Updated|Last updated|Modified)\b(?:\s+on)?\s*:?\s*(?=.*\d)/i;
const EMBARGO_LINE = /^(?:\(?\s*)?(?:Embargoed\b|HOLD FOR RELEASE\b|Embargo\s*:)/i;
const BYLINE = /^By:?\s+(?:The\s+|\p{Lu})/u;
// "By Tuesday, officials had left." is a sentence: a byline ends in a name, an initial or "Jr."
const SENTENCE_END = /[!?;:]|[^\p{Lu}]\.$/u;
const NAME_SUFFIX = /\b(?:Jr|Sr)\.$/;
const BYLINE_TITLE = /^(?:For\s+)?(?:The\s+)?[\p{L}.'’&/ -]{0,50}?\b(?:Writers?|Correspondents?|Editors?|Reporters?|Columnists?|Critics?|Analysts?|Photographers?|Journalists?|Producers?|Chief|Staff)$/u;
const SEPARATOR = /^(?:_{3,}|-{3,}|—{2,}|\*{3,}|={3,}|#{3,}|~{3,})$/;
const END_MARK = /^(?:\(?(?:END|ENDS|ENDIT|MORE)\)?|-30-|XXX)$/;
const DATELINE_MARK = /\([^()]{1,30}\)\s*(?:—|–|--|_|-)(?:\s|$)|^[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,60}\s(?:—|–|--)(?:\s|$)/u;
const DATELINE_TAG = /\(([^()]{1,30})\)\s*(?:—|–|--|_|-)(?:\s|$)/;
const ENDS_LIKE_SENTENCE = /[.,;:]$/;
const SENTENCE_STOP = /(?:[.!?:)]|[.!?]["”’'])$/;
const HAS_SPACE = / /;

function cleanLine(raw: string): string {
  let line = raw;
  if (STRAY_CONTROL.test(line)) line = line.replace(STRAY_CONTROLS, '');
  line = line.trim();
  if (NEEDS_SPACING.test(line)) line = line.replace(SPACE_RUNS, ' ');
  return line;
}

/** ANPA-style header lines end in `=`; the mark is framing, not text. */
const headerText = (line: string): string => (line.endsWith('=') ? line.slice(0, -1).trimEnd() : line);

type HeaderKind = 'slug' | 'ednote' | 'photo' | 'time' | 'embargo' | 'byline';

function headerKind(line: string): HeaderKind | undefined {
  if (line.length > MAX_HEADER_CHARS) return undefined;
  const c = line.charCodeAt(0);
  if (c === 0x42 /* B */ && BYLINE.test(line) && (!SENTENCE_END.test(line) || NAME_SUFFIX.test(line))) return 'byline';
  if (SLUG.test(line)) return 'slug';
  if (ED_NOTE.test(line)) return 'ednote';
  if (PHOTO_LINE.test(line)) return 'photo';
  if (TIME_LINE.test(line)) return 'time';
  if (EMBARGO_LINE.test(line)) return 'embargo';
  return undefined;
}

const isBylineContinuation = (line: string): boolean =>
  line.length <= 60 && (providerByName(line) !== null || BYLINE_TITLE.test(line));

const isHeadlineLike = (line: string): boolean =>
  line.length <= MAX_HEADLINE_CHARS && HAS_SPACE.test(line) && !ENDS_LIKE_SENTENCE.test(line) && !DATELINE_MARK.test(line);

interface Header {
  headline: string | null;
  slugline: string | null;
  takeKey: string | null;
  edNotes: string[];
  firstCreated: string | null;
  versionCreated: string | null;
  embargoedUntil: string | null;
  bylineLines: string[];
  /** Index of the first line of the story. */
  end: number;
}

/** The index of the byline, if one stands among the header lines at the top; -1 otherwise. */
function findByline(lines: readonly string[]): number {
  let seen = 0;
  let others = 0;
  for (let i = 0; i < lines.length && seen < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    seen++;
    const kind = headerKind(line);
    if (kind === 'byline') return i;
    if (kind !== undefined) continue;
    // Before a byline there may be a headline and a deck, nothing longer.
    if (++others > 2 || !isHeadlineLike(line)) return -1;
  }
  return -1;
}

function readHeader(lines: readonly string[]): Header {
  const header: Header = {
    headline: null, slugline: null, takeKey: null, edNotes: [], firstCreated: null, versionCreated: null, embargoedUntil: null, bylineLines: [], end: lines.length,
  };
  const bylineAt = findByline(lines);
  let seen = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (++seen > MAX_HEADER_LINES) break;
    const kind = headerKind(line);
    if (kind === 'byline') {
      if (i !== bylineAt) break;
      header.bylineLines.push(headerText(line));
      // "By NAME" may be followed by "Associated Press" and/or a job title on lines of their own.
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j]!;
        if (next === '') continue;
        const text = headerText(next);
        if (!isBylineContinuation(text)) break;
        header.bylineLines.push(text);
        i = j;
      }
      continue;
    }
    if (kind === 'slug') {
      const [, slug, rest] = SLUG.exec(line)!;
      header.slugline ??= slug!.trim();
      header.takeKey ??= rest!.split(',').map((part) => part.trim()).find((part) => TAKE_KEY.test(part)) ?? null;
      continue;
    }
    if (kind === 'ednote') {
      header.edNotes.push(line.startsWith('(') && line.endsWith(')') ? line.slice(1, -1).trim() : line);
      continue;
    }
    if (kind === 'photo') continue;
    if (kind === 'time') {
      const label = TIME_LINE.exec(line)![1]!.toLowerCase();
      if (label.includes('updat') || label === 'modified') header.versionCreated ??= line;
      else header.firstCreated ??= line;
      continue;
    }
    if (kind === 'embargo') {
      header.embargoedUntil ??= line.startsWith('(') && line.endsWith(')') ? line.slice(1, -1).trim() : line;
      continue;
    }
    if (i < bylineAt) {
      header.headline ??= headerText(line); // a second line before the byline is a deck: not kept
      continue;
    }
    if (bylineAt < 0 && header.headline === null && header.bylineLines.length === 0 && isHeadlineLike(line) && hasContentAfter(lines, i)) {
      header.headline = headerText(line);
      continue;
    }
    break;
  }
  header.end = i;
  return header;
}

function hasContentAfter(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== '') return true;
  return false;
}

/**
 * Whether the story is hard-wrapped: blocks of several short lines between blank lines, whose lines
 * mostly break mid-sentence. One paragraph a line (the seed) ends nearly every line with a full stop
 * or a closing quote, so a stray blank line or a final newline does not make it look wrapped.
 */
function isWrapped(lines: readonly string[], start: number): boolean {
  let blankInside = false;
  let seenText = false;
  let pendingBlank = false;
  let inner = 0; // lines followed by another line of the same block
  let innerStops = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || SEPARATOR.test(line)) {
      if (line === '' && seenText) pendingBlank = true;
      continue;
    }
    if (line.length > MAX_WRAPPED_CHARS) return false;
    if (pendingBlank) blankInside = true;
    pendingBlank = false;
    seenText = true;
    const next = lines[i + 1];
    if (next !== undefined && next !== '' && !SEPARATOR.test(next)) {
      inner++;
      if (SENTENCE_STOP.test(line)) innerStops++;
    }
  }
  return blankInside && inner > 0 && innerStops * 2 < inner;
}

/**
 * The story lines as paragraphs, in sections split by separator lines. In hard-wrapped copy a block
 * between blank lines is one paragraph; otherwise each line is one.
 */
function sectionsOf(lines: readonly string[], start: number): string[][] {
  const wrapped = isWrapped(lines, start);

  const sections: string[][] = [[]];
  let current = sections[0]!;
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) current.push(block.join(' '));
    block = [];
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      flush();
      continue;
    }
    if (SEPARATOR.test(line)) {
      flush();
      if (current.length > 0) sections.push((current = []));
      continue;
    }
    if (END_MARK.test(line)) continue;
    if (wrapped) block.push(line);
    else current.push(line);
  }
  flush();
  if (current.length === 0 && sections.length > 1) sections.pop();
  return sections;
}

/** The provider a text wire names: its dateline tag (`(AP)`, `(tca/dpa)`), else the agency closing its byline. */
export function providerOf(bylineLines: readonly string[], firstParagraph: string | undefined): string | null {
  const tag = firstParagraph === undefined ? undefined : DATELINE_TAG.exec(firstParagraph.slice(0, 160));
  if (tag) {
    const provider = providerByTag(tag[1]!);
    if (provider) return provider;
  }
  for (const line of bylineLines) {
    const own = providerByName(line);
    if (own) return own;
    // "By A and B, Associated Press" / "By NAME, dpa"
    const comma = line.lastIndexOf(',');
    if (comma > 0) {
      const named = providerByName(line.slice(comma + 1));
      if (named) return named;
    }
    if (/^By:?\s+The Associated Press$/i.test(line)) return 'Associated Press';
  }
  return null;
}

function parseText(input: DecodedInput): WireDocument {
  const lines = input.text.split('\n').map(cleanLine);
  const header = readHeader(lines);
  const sections = sectionsOf(lines, header.end);
  const trailer = sections.length > 1 ? sections.pop()! : [];
  const paragraphs = sections.flat();
  return {
    format: 'text',
    encoding: input.encoding,
    provider: providerOf(header.bylineLines, paragraphs[0]),
    providerItemId: null,
    providerVersion: null,
    headline: header.headline,
    slugline: header.slugline,
    takeKey: header.takeKey,
    language: null,
    pubStatus: 'usable',
    signals: [],
    rawSignals: [],
    dialect: null,
    edNote: header.edNotes.length > 0 ? header.edNotes.join('\n') : null,
    times: { firstCreated: header.firstCreated, versionCreated: header.versionCreated, embargoedUntil: header.embargoedUntil },
    bylineLines: header.bylineLines,
    authors: [],
    datelineText: null,
    located: null,
    paragraphs,
    trailer,
  };
}

export const text: FormatParser = {
  id: 'text',
  detect(head: SniffedHead): Verdict {
    if (MARKUP.test(head.text) || FRAMING.test(head.text)) return undefined;
    return 'likely';
  },
  parse: parseText,
};
