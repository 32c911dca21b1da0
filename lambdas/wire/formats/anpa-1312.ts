import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';
import { providerByCode } from '../agencies/index.ts';
import { codedStamp, lineKind, readCopy } from '../copy/index.ts';
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
/** A header line as ANPA marks it: opened by `^`, closed by `<` or `=`. */
const HEADER_MARKED = /^\^|[<=]\s*$/;
/** A row of an agate table: fields separated by `;` (`^;W;L;Pct;GB<`, `Boston;48;34;.585;4`). */
const AGATE_ROW = /^\^?[^;]*(?:;[^;]*){2,}<?$/;
const STAMP = /\b([A-Z]{2,10})(?:-[A-Z]{2})?[- ](\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})(?:\s*(GMT|UTC|IST|[A-Z][SD]T)\b|\b)/;

/** ANPA typewriter conventions → typography: ``quotes'' → “quotes”, ` _ ` → ` — `. */
export function anpaTypography(text: string): string {
  return text.replace(/``/g, '“').replace(/''/g, '”').replace(/(^|\s)_(?=\s|$)/g, '$1—');
}

const headerLine = (line: string): string => withoutControls(line).replace(/^\^/, '').replace(/<\s*$/, '').replace(/\s*=\s*$/, '').trim();
/** The ANPA header's slug: keyword, version and take (`BC-US--Refinery-Fire-Texas, KILL`, `BC-Heat-Hawks,1st Ld-Writethru,0560`). */
const SLUG = /^(?:(?:BC|AM|PM|AP|APW|UPI|BN)-[^,]+)/;
/** Another agency's keyword line: a keyword of capitals and hyphens and the word count (`LGD-MH-HC-METRO-TREES,318`, PTI). */
// (or dpa's topics joined by slashes: `Gesundheit/Arbeit/Krankenkassen/,0295`)
const KEYWORD_LINE = /^(\p{Lu}[\p{Lu}\d]*(?:-+[\p{Lu}\d]+)+|\p{Lu}[\p{L}\d-]*(?:\/[\p{L}\d-]+)+\/?)\s*,\s*\d{2,5}$/u;

function parseAnpa(input: DecodedInput): WireDocument {
  const { text, after } = frame(input.text, 'ANPA 1312');
  const lines = text.split('\n');
  const doc = emptyDocument('anpa-1312', input);
  // Header: the marked lines at the top (`^…<`, `…=`), up to the first indented line, table row or
  // unmarked line of text; a slug's take and version parts are marks.
  let i = 0;
  const header: string[] = [];
  const byBylineMark: boolean[] = [];
  for (; i < lines.length; i++) {
    const rawLine = lines[i]!;
    const bare = withoutControls(rawLine).trim();
    if (INDENT.test(rawLine) && bare !== '') break;
    if (AGATE_ROW.test(bare) || (bare !== '' && !HEADER_MARKED.test(bare) && header.length > 0 && doc.slugline !== null)) break;
    const line = anpaTypography(headerLine(rawLine));
    if (line === '') continue;
    const keyword = header.length === 0 && doc.slugline === null ? KEYWORD_LINE.exec(line) : null;
    if (keyword) {
      doc.slugline = keyword[1]!;
      continue;
    }
    const slug = SLUG.exec(line);
    if (slug && doc.slugline === null) {
      doc.slugline = slug[0].trim();
      doc.marks = line.slice(slug[0].length).split(',').map((p) => p.trim()).filter((p) => p !== '' && !/^\d+$/.test(p));
      continue;
    }
    header.push(line);
    byBylineMark.push(/=\s*$/.test(bare));
  }
  // A digest or agate file opens its body with `^` subheads (the first item's headline, `East Division`):
  // text lines at the end of the header, after the headline and byline, are the body's.
  const subheads: string[] = [];
  while (header.length > 1 && i < lines.length && !byBylineMark[header.length - 1] && lineKind(header[header.length - 1]!) === undefined && header.slice(0, -1).some((l) => lineKind(l) === undefined || lineKind(l) === 'byline' || lineKind(l) === 'agency')) {
    if (header.filter((l) => lineKind(l) === undefined).length <= 1 && !header.some((l) => lineKind(l) === 'byline')) break;
    subheads.unshift(header.pop()!);
    byBylineMark.pop();
  }
  // Story: an indented line opens a paragraph; blank lines close one. A `^…<` line is a subhead (a digest's
  // next item, an agate section), and an agate row (`New York;52;30;.634;_`) a paragraph of its own.
  const paragraphs: string[] = [...subheads];
  let current: string[] = [];
  const push = () => {
    const p = anpaTypography(withoutControls(current.join(' '))).replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const bare = withoutControls(line).trim();
    if (bare === '') push();
    else if (AGATE_ROW.test(bare)) {
      push();
      current.push(bare.replace(/^\^/, '').replace(/<\s*$/, '').replace(/;/g, ' '));
      push();
    } else if (HEADER_MARKED.test(bare) && bare.startsWith('^')) {
      push();
      current.push(headerLine(bare));
      push();
    } else {
      if (INDENT.test(line)) push();
      current.push(line);
    }
  }
  push();
  const stamp = STAMP.exec(withoutControls(after));
  if (stamp) {
    // `AP-WF-02-20-16 0337GMT` is UTC; `NTX-02-15-22 1832CST` the desk's clock in the zone it names (extract reads the label);
    // `KY-EN-11-13-25 1532` names none: the desk's own (the provider's home zone); `PTI 12-04-25 1709IST` India's
    const [, , month, day, year, hour, minute, zone] = stamp;
    const at = `20${year}-${pad2(month!)}-${pad2(day!)}T${hour}:${minute}:00`;
    doc.times = { firstCreated: null, versionCreated: zone === undefined ? at : zone === 'GMT' || zone === 'UTC' ? `${at}Z` : `${at} ${zone}`, embargoedUntil: null };
  } else {
    // (dpa's and the 7901 agencies' `051632 GMT Feb 26`: day, hour and minute, then the month and the year)
    const coded = codedStamp(withoutControls(after).trim().split('\n')[0]!.replace(/<\s*$/, '').trim());
    if (coded?.hasTime) doc.times = { firstCreated: null, versionCreated: coded.iso.replace(/ (?:GMT|UTC)$/, 'Z'), embargoedUntil: null };
  }
  readCopy(doc, [], { framed: { header, paragraphs }, sources: stamp?.[1] ? [stamp[1]] : [] });
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
