import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';
import { providerByCode } from '../agencies.ts';
import { emptyDocument, joinNotes, splitTrailer } from './common.ts';
import { frame, pad2, withoutControls } from './framed.ts';
import { ED_NOTE, PHOTO_LINE, providerOf, SLUG, TAKE_KEY } from './text.ts';

/**
 * ANPA 1312 (research/wire-anchors.md §4.2), as AP sent it until it retired the format: SYN SYN SOH, a
 * service header, STX, header lines that open with `^` and end with `<` (slug with take key, headline,
 * `AP Photo`, `Eds:` note, deck) or `=` (byline, title), then the story, one paragraph per indented line,
 * `___` and credit lines; ETX and a transmission stamp `AP-WF-02-20-16 0337GMT`. Quotes are typed as
 * ``two backticks'' and dashes as ` _ `: both are given as the characters they stand for.
 */

const INDENT = /^[\t ]/;
const BYLINE_MARK = /=\s*$/;
const STAMP = /\b([A-Z]{2,4})-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*GMT/;

/** ANPA typewriter conventions → typography: ``quotes'' → “quotes”, ` _ ` → ` — `. */
export function anpaTypography(text: string): string {
  return text.replace(/``/g, '“').replace(/''/g, '”').replace(/(^|\s)_(?=\s|$)/g, '$1—');
}

const headerLine = (line: string): string => withoutControls(line).replace(/^\^/, '').replace(/<\s*$/, '').trim();

function parseAnpa(input: DecodedInput): WireDocument {
  const { text, after } = frame(input.text, 'ANPA 1312');
  const lines = text.split('\n');
  const doc = emptyDocument('anpa-1312', input);
  const edNotes: string[] = [];
  let i = 0;
  // Header: the lines before the first indented one.
  for (; i < lines.length; i++) {
    const rawLine = lines[i]!;
    if (INDENT.test(rawLine) && rawLine.trim() !== '') break;
    const line = headerLine(rawLine);
    if (line === '') continue;
    const slug = SLUG.exec(line);
    if (slug && doc.slugline === null) {
      doc.slugline = slug[1]!.trim();
      doc.takeKey = slug[2]!.split(',').map((p) => p.trim()).find((p) => TAKE_KEY.test(p)) ?? null;
    } else if (BYLINE_MARK.test(rawLine)) doc.bylineLines = [...doc.bylineLines, line.replace(/=\s*$/, '').trim()];
    else if (ED_NOTE.test(line)) edNotes.push(line.startsWith('(') && line.endsWith(')') ? line.slice(1, -1).trim() : line);
    else if (PHOTO_LINE.test(line)) continue;
    else doc.headline ??= anpaTypography(line); // a second line is a deck or summary: not kept
  }
  // Story: an indented line opens a paragraph; blank lines close one.
  const paragraphs: string[] = [];
  let current: string[] = [];
  const push = () => {
    const p = anpaTypography(withoutControls(current.join(' '))).replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') push();
    else {
      if (INDENT.test(line)) push();
      current.push(line);
    }
  }
  push();
  const split = splitTrailer(paragraphs);
  const stamp = STAMP.exec(withoutControls(after));
  doc.edNote = joinNotes(...edNotes);
  doc.paragraphs = split.paragraphs;
  doc.trailer = split.trailer;
  doc.provider = providerOf(doc.bylineLines, split.paragraphs[0]) ?? providerByCode(stamp?.[1]);
  if (stamp) {
    const [, , month, day, year, hour, minute] = stamp;
    doc.times = { firstCreated: null, versionCreated: `20${year}-${pad2(month!)}-${pad2(day!)}T${hour}:${minute}:00Z`, embargoedUntil: null };
  }
  return doc;
}

export const anpa1312: FormatParser = {
  id: 'anpa-1312',
  detect(head: SniffedHead): Verdict {
    const b = head.bytes;
    // SYN SYN SOH opens every ANPA 1312 transmission.
    if (b[0] === 0x16 && b[1] === 0x16 && b[2] === 0x01) return 'certain';
    if (b[0] === 0x16 && head.text.includes('\u0002')) return 'likely';
    return undefined;
  },
  parse: parseAnpa,
};
