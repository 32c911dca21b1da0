import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';
import { providerByCode } from '../agencies/index.ts';
import { isHeading7901, lineKind, monthOf, outletCase, readCopy, ROW, splitDateline, type LineKind } from '../copy/index.ts';
import { emptyDocument, joinNotes } from './common.ts';
import { frame, pad2, withoutControls } from './framed.ts';

/**
 * IPTC 7901 (research/wire-anchors.md §1, §2.4, §2.5), as dpa sends it: SOH, a service header
 * (`eca100 3 s 586 ccccb   dpa 099`: service and number, priority, category, word count, source,
 * sequence) and a keyword line (`Germany-football/Munich/Mueller/`); STX, a take line (`1ST LEAD`), the
 * headline, the byline ending ` =`, then hard-wrapped paragraphs between blank lines; a `# Notebook`
 * with `## Note to editors` and `## Editorial contacts` ("- Reporting by: …"); ETX and a time stamp
 * `071341 GMT Okt 15` (day, hour, minute; month, year).
 */

/** Lines that belong to the header wherever the blank lines put them. */
const HEADER_FURNITURE: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>(['embargo', 'note', 'stamp']);
const STX = '\u0002';
const STAMP = /^\s*(\d{2})(\d{2})(\d{2})\s+(?:(GMT)\s+)?(\p{L}{3,})\.?\s+(\d{2})\b/u;
const BYLINE = /^By:?\s+\S|\s=\s*$|=\s*$/;
const NOTEBOOK = /^#\s+Notebook\b/i;
const SECTION = /^##\s+(.+)$/;
const NOT_FOR_PUBLICATION = /not intended for publication/i;
const LIST_ITEM = /^[-–]\s+/;
const CREDIT = /^[-–]\s*(?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by:/i;
const STARS = /^\*(?:\s*\*){2,}$/;
/** Longer than a line of a wrapped transmission (69 columns, 80 at most): a paragraph sent as one line. */
const UNWRAPPED = 100;
/** A hard-wrapped block of copy: one paragraph, or a list or table kept a row a line (ROW: copy/index.ts). */
const blockParagraphs = (block: readonly string[]): string[] =>
  // (a line longer than a wrapped line: the block was sent unwrapped, a paragraph a line; so are closing lines in one
  // block under the story, `idn/ac` over `121145 EEST May 26`, and its signature lines, `Journalist: Nelia Borges` over
  // `Editor: José Belarmino de Sá`)
  block.length > 1 && (block.some((l) => l.length > UNWRAPPED) || block.filter((l) => ROW.test(l)).length >= Math.max(2, block.length - 1) || block.every((l) => FOOT_KINDS.has(lineKind(l))))
    ? block.map((l) => l.replace(/^[*•]\s+/, '').replace(/\s+/g, ' '))
    : [block.join(' ').replace(/\s+/g, ' ').trim()];

const INDENTED = /^[\t ]+\S/;
/** Closing lines that no paragraph marked by indenting goes on into: a separator, a sign-off, a stamp. */
const CLOSING_KINDS: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>(['separator', 'signoff', 'end', 'stamp']);
/** Lines that stand alone under the story however they are sent: the closing ones, credits and bylines. */
const FOOT_KINDS: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>([...CLOSING_KINDS, 'credit', 'byline']);
/** Whether first lines are indented and the lines that carry on are not: two indented lines at least, one flush. */
function indentMarked(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '');
  const opens = text.filter((l) => INDENTED.test(l)).length;
  return opens >= 2 && text.length - opens >= 1;
}

/** Telex framing without control characters: `ZCZC`, the service header, the text, a time stamp, `NNNN`. */
const ZCZC = /^\s*ZCZC[^\n]*\n/;
const NNNN = /\n\s*NNNN\s*$/;

/** A line in capitals alone: the keyword line under the service header (`BARRA AIR LINK`), when a headline follows. */
const CAPITALS = /^(?=.*\p{Lu}{2})(?!.*[.,;:!?]\s)[^\p{Ll}]{2,80}$/u;

/**
 * A file framed the telex way, or sent without its control characters (the service header its first line) → the
 * same transmission with SOH, STX and ETX, the keyword line in capitals before STX and its last stamp line after the text.
 */
function withControls(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').replace(ZCZC, '').replace(NNNN, '');
  const lines = body.split('\n');
  const header = lines.findIndex((l) => l.trim() !== '');
  let end = lines.length;
  while (end > header + 1 && lines[end - 1]!.trim() === '') end--;
  const stamp = end > header + 1 && STAMP.test(lines[end - 1]!) ? lines[--end]! : '';
  const below = lines[header + 2] ?? '';
  const keywords = CAPITALS.test((lines[header + 1] ?? '').trim()) && /\p{Ll}/u.test(below) && below.length <= UNWRAPPED ? 1 : 0;
  return `\u0001${lines.slice(header, header + 1 + keywords).join('\n')}\n\u0002${lines.slice(header + 1 + keywords, end).join('\n')}\u0003${stamp}`;
}

/** Whether a file is a 7901 transmission whose control characters were lost: no STX, and a service header for its first line. */
const unframed = (text: string): boolean => !text.includes(STX) && (ZCZC.test(text) || isHeading7901(text.trimStart().split(/\r?\n/, 1)[0]!.trim()));

/** A service header's own source: `APS0417 4 ECO 0398 ALGERIE-GAZ` names APS where no profile claims a token. */
const SERVICE_SOURCE = /^(\p{Lu}{2,8})\d{2,6}$/u;
/** The keyword closing a one-line service header (`… 0398 ALGERIE-GAZ`). */
const HEADER_KEYWORD = /\s(\p{Lu}[\p{Lu}\d]*(?:[-/][\p{Lu}\d]+)+\/?)$/u;

/** The sender's name in words closing the service header after the word count (`dln0143 3 hn 0547 DEADLINE NEWS`). */
const HEADER_NAME = /\s\d{2,4}\s+(\p{Lu}[\p{Lu}'&.]+(?:\s+\p{Lu}[\p{Lu}'&.]+)*)$/u;
/** The sender a service header names in words (two words at least, or one of four letters: not a desk's code such as `II`), else null. */
function senderNamed(heading: string): string | null {
  const name = HEADER_NAME.exec(heading)?.[1];
  return name !== undefined && (name.includes(' ') || name.length >= 4) ? outletCase(name) : null;
}

function parse7901(input: DecodedInput): WireDocument {
  const { preamble, text, after } = frame(unframed(input.text) ? withControls(input.text) : input.text, 'IPTC 7901');
  const doc = emptyDocument('iptc-7901', input);
  // (`ZCZC GBC0417 3 hth 0427`: the telex start on the service header's own line)
  const preambleLines = withoutControls(preamble).split('\n').map((l) => l.trim().replace(/^ZCZC\s+/, '')).filter((l) => l !== '');
  const tokens = preambleLines[0]?.split(/\s+/) ?? [];
  const source = tokens.map((token) => providerByCode(token)).find((p) => p !== null) ?? senderNamed(preambleLines[0] ?? '') ?? SERVICE_SOURCE.exec(tokens[0] ?? '')?.[1] ?? null;
  const keywords = preambleLines[1] ?? HEADER_KEYWORD.exec(preambleLines[0] ?? '')?.[1];
  if (keywords) doc.slugline = keywords.trim() || null;

  const lines = withoutControls(text).split('\n').map((l) => l.trimEnd());
  // Header: take line, headline, byline, up to the first blank line after the byline (or the first blank line).
  let i = 0;
  // (lines before STX after the service header and the keyword line: the headline sent ahead of the text, AP's way)
  const header: string[] = preambleLines.slice(2);
  let headline = header.some((line) => lineKind(line) === undefined);
  let byline = false;
  // paragraphs marked by an indented first line (GBC, SITA): the first indented line after the headline opens the story
  const indented = indentMarked(lines);
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (headline && indented && INDENTED.test(lines[i]!)) break;
    // `BOGOTÁ, Colombia (AP) — Colombian soldiers …` under the byline: the story, its headline sent before the text
    if (line !== '' && splitDateline(line)?.tag) break;
    if (line === '') {
      // (`Von Stefan Pichler` alone between blank lines under the headline: the byline, still the header's)
      const next = lines.findIndex((l, k) => k > i && l.trim() !== '');
      const alone = next > 0 && lineKind(lines[next]!.trim()) === 'byline' && (lines[next + 1] ?? '').trim() === '';
      if ((headline || byline) && !(headline && !byline && alone)) break;
      continue;
    }
    // the story starts without a blank line (not at `Associated Press` under `By NAME`)
    if (byline && !BYLINE.test(line) && lineKind(line) !== 'agency') break;
    // (a line longer than any wrapped headline line after the headline: the story, sent unwrapped without a blank line)
    if (headline && line.length > UNWRAPPED && lineKind(line) === undefined) break;
    header.push(line);
    if ((BYLINE.test(line) || lineKind(line) === 'byline') && headline) byline = true;
    else if (lineKind(line) === undefined) headline = true;
  }
  const paragraphs: string[] = [];
  const edNotes: string[] = [];
  const trailer: string[] = [];
  let block: string[] = [];
  let section: 'story' | 'notebook' | 'notes' | 'contacts' | 'private' = 'story';
  const flush = () => {
    if (block.length > 0) paragraphs.push(...blockParagraphs(block));
    block = [];
  };
  // paragraphs marked by an indented first line, without blank lines between (SITA): an indented line opens one
  const byIndent = indentMarked(lines.slice(i));
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (section === 'story') {
      if (NOTEBOOK.test(line) || (STARS.test(line) && paragraphs.length > 0)) {
        flush();
        section = NOTEBOOK.test(line) ? 'notebook' : 'contacts';
      } else if (line === '') flush();
      else if (byIndent && CLOSING_KINDS.has(lineKind(line))) {
        // (`-0-`, `GBC/ams/kod`, `261145 GMT Mar 26` flush under the last indented paragraph: closing lines, each its own)
        flush();
        paragraphs.push(line);
      } else {
        if (byIndent && INDENTED.test(lines[i]!)) flush();
        block.push(line);
      }
      continue;
    }
    const heading = SECTION.exec(line);
    if (heading) section = /note to editors/i.test(heading[1]!) ? 'notes' : /contact/i.test(heading[1]!) ? 'contacts' : 'private';
    else if (STARS.test(line) || NOT_FOR_PUBLICATION.test(line) || line === '') continue;
    else if (CREDIT.test(line)) trailer.push(line);
    else if (section === 'notes' && LIST_ITEM.test(line)) edNotes.push(line.replace(LIST_ITEM, ''));
    else if (!LIST_ITEM.test(line)) trailer.push(line); // the desk's sign-off ("dpa bwh bag"): closing lines, read as such
  }
  flush();
  // an embargo, a note or a stamp set off by blank lines between the headline and the story is still the header's
  // (`EMBARGO: TIDAK BOLEH DISIARKAN SEBELUM …`, Bernama)
  while (paragraphs.length > 1 && paragraphs[0]!.length <= 160 && HEADER_FURNITURE.has(lineKind(paragraphs[0]!))) header.push(paragraphs.shift()!);
  doc.edNote = joinNotes(...edNotes);
  // (`CYM0541 3 en 0402 CM`: the service's code and the sender's initials)
  const sources = tokens.map((token) => SERVICE_SOURCE.exec(token)?.[1] ?? (/^\p{Lu}{2,6}$/u.test(token) ? token : undefined)).filter((t): t is string => t !== undefined);
  readCopy(doc, [], { framed: { header, paragraphs: [...paragraphs, ...trailer.filter((line) => !CREDIT.test(line))] }, source, sources, heading: preambleLines[0] });
  // "- Reporting by: Tom Krasovic, The San Diego Union-Tribune": the outlet the byline printed after the
  // name is no second reporter.
  const affiliation = doc.bylineLines[0]?.split(',').slice(1).join(',').trim();
  const credits = trailer.filter((line) => CREDIT.test(line));
  doc.trailer = [...doc.trailer, ...(affiliation ? credits.map((line) => (line.endsWith(`, ${affiliation}`) ? line.slice(0, -(affiliation.length + 2)) : line)) : credits)];
  doc.provider ??= source;
  const stamp = STAMP.exec(withoutControls(after));
  // (the month in the agency's language: `120935 GMT maj 26`, TT)
  const month = stamp ? monthOf(stamp[5]!) : undefined;
  if (stamp && month && doc.times.versionCreated === null) {
    // "211259 GMT Nov 18" is UTC; "211259 Nov 18" is the desk's wall clock, whose zone the provider
    // or dateline tells (extract, filingZone)
    const zone = stamp[4] ? 'Z' : '';
    doc.times = { ...doc.times, versionCreated: `20${stamp[6]}-${pad2(month)}-${stamp[1]}T${stamp[2]}:${stamp[3]}:00${zone}` };
  }
  return doc;
}

export const iptc7901: FormatParser = {
  id: 'iptc-7901',
  detect(head: SniffedHead): Verdict {
    const b = head.bytes;
    // SOH (after SYNs, on some links), then the service header; STX follows within the head. ANPA's marks
    // (US, DC3, `^` header lines) say ANPA instead.
    let start = 0;
    while (b[start] === 0x16) start++;
    if (b[start] === 0x01 && head.text.includes('\u0002') && !/[\u001f\u0013]|\u0002\^/.test(head.text)) return 'certain';
    if (b[0] !== 0x16 && head.text.slice(0, 200).includes('\u0001') && head.text.includes('\u0002')) return 'likely';
    // telex framing: `ZCZC`, then a service header of a number, a priority and a category (`APS0417 4 ECO 0398 …`)
    if (/^\s*ZCZC\s*\r?\n\s*\S+\s+\d\s+\S+/.test(head.text)) return 'likely';
    // … or none at all: the service header the file's first line (`hps0318 3 hn 0452 HEBRIDEAN PRESS SERVICE`)
    if (unframed(head.text) && !head.text.includes('\u0001')) return 'likely';
    return undefined;
  },
  parse: parse7901,
};
