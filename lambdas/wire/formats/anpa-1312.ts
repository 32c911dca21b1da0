import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';
import { providerByCode } from '../agencies/index.ts';
import { readCopy } from '../copy/index.ts';
import { emptyDocument } from './common.ts';
import { frame, pad2, withoutControls } from './framed.ts';

/**
 * ANPA 1312 (research/wire-anchors.md §4.2), as AP sent it until it retired the format: SYN SYN SOH, a
 * service header, STX, header lines that open with `^` and end with `<` (slug with take key, headline,
 * `AP Photo`, `Eds:` note, deck) or `=` (byline, title), then the story, one paragraph per indented line,
 * `___` and credit lines; ETX and a transmission stamp `AP-WF-02-20-16 0337GMT`. Quotes are typed as
 * ``two backticks'' and dashes as ` _ `: both are given as the characters they stand for.
 */

const INDENT = /^[\t ]/;
const STAMP = /\b([A-Z]{2,4})-[A-Z]{2}-(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*GMT/;

/** ANPA typewriter conventions → typography: ``quotes'' → “quotes”, ` _ ` → ` — `. */
export function anpaTypography(text: string): string {
  return text.replace(/``/g, '“').replace(/''/g, '”').replace(/(^|\s)_(?=\s|$)/g, '$1—');
}

const headerLine = (line: string): string => withoutControls(line).replace(/^\^/, '').replace(/<\s*$/, '').replace(/\s*=\s*$/, '').trim();
/** The ANPA header's slug: keyword, version and take (`BC-US--Refinery-Fire-Texas, KILL`, `BC-Heat-Hawks,1st Ld-Writethru,0560`). */
const SLUG = /^(?:(?:BC|AM|PM|AP|APW|UPI|BN)-[^,]+)/;

function parseAnpa(input: DecodedInput): WireDocument {
  const { text, after } = frame(input.text, 'ANPA 1312');
  const lines = text.split('\n');
  const doc = emptyDocument('anpa-1312', input);
  // Header: the lines before the first indented one; a slug's take and version parts are marks.
  let i = 0;
  const header: string[] = [];
  for (; i < lines.length; i++) {
    const rawLine = lines[i]!;
    if (INDENT.test(rawLine) && rawLine.trim() !== '') break;
    const line = anpaTypography(headerLine(rawLine));
    if (line === '') continue;
    const slug = SLUG.exec(line);
    if (slug && doc.slugline === null) {
      doc.slugline = slug[0].trim();
      doc.marks = line.slice(slug[0].length).split(',').map((p) => p.trim()).filter((p) => p !== '' && !/^\d+$/.test(p));
      continue;
    }
    header.push(line);
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
  const stamp = STAMP.exec(withoutControls(after));
  if (stamp) {
    const [, , month, day, year, hour, minute] = stamp;
    doc.times = { firstCreated: null, versionCreated: `20${year}-${pad2(month!)}-${pad2(day!)}T${hour}:${minute}:00Z`, embargoedUntil: null };
  }
  readCopy(doc, [], { framed: { header, paragraphs } });
  doc.provider ??= providerByCode(stamp?.[1]);
  return doc;
}

export const anpa1312: FormatParser = {
  id: 'anpa-1312',
  detect(head: SniffedHead): Verdict {
    const b = head.bytes;
    // SYN SYN SOH opens every ANPA 1312 transmission; so do some IPTC 7901 links. ANPA's own marks tell
    // them apart: the US after the selector, DC3 DC1 in the header line, `^`…`<` header lines.
    const anpaMarks = /[\u001f\u0013]|\u0002\^|\n\^[^\n]*</.test(head.text);
    if (b[0] === 0x16 && b[1] === 0x16 && b[2] === 0x01) return anpaMarks ? 'certain' : 'likely';
    if (b[0] === 0x16 && head.text.includes('\u0002') && anpaMarks) return 'likely';
    return undefined;
  },
  parse: parseAnpa,
};
