import type { PubStatus, Signal } from '../../story/index.ts';
import { RejectionError } from '../../story/index.ts';
import { MAX_JSON_DEPTH } from '../constants.ts';
import type { DecodedInput, RawTimes, WireAuthor, WireDocument, WireLocation } from '../types.ts';
import { Parser as HtmlParser } from 'htmlparser2';
import { isElement, rawTextOf, type XmlElement } from '../xml.ts';

/**
 * What the structured format parsers share: status and signal vocabularies (research/wire-anchors.md
 * §5), turning XHTML / NITF body markup into paragraphs, lifting a byline or editor's note that a
 * provider left inside the body, and reading JSON safely.
 */

// ---------------------------------------------------------------------------------------------------
// Status and signals

/**
 * A status as any format writes it → usable, withheld or canceled: `stat:usable`, `Usable` (NewsML 1.2),
 * `canceled`/`cancelled`, Reuters' non-IPTC `stat:withdrawn`, `Embargoed` (NewsML 1.2: held until the
 * embargo lifts). Unknown or missing: usable, the IPTC default.
 */
export function pubStatusOf(raw: string | null | undefined): PubStatus {
  if (!raw) return 'usable';
  const value = raw.trim().toLowerCase().replace(/^[a-z]+:/, '');
  if (/^(?:cancell?ed|withdrawn|kill(?:ed)?|deleted|removed)$/.test(value)) return 'canceled';
  if (/^(?:withheld|embargoed|hold|held)$/.test(value)) return 'withheld';
  return 'usable';
}

/** IPTC signal codes (cv.iptc.org/newscodes/signal/) and their plain names. Provider codes live in the dialect profiles. */
const IPTC_SIGNALS: Readonly<Record<string, Signal>> = {
  'sig:update': 'update',
  'sig:correction': 'correction',
  'sig:kill': 'kill',
  update: 'update',
  correction: 'correction',
  corrected: 'correction',
  kill: 'kill',
};

export function iptcSignal(code: string): Signal | undefined {
  return IPTC_SIGNALS[code.trim().toLowerCase()];
}

/** Signals in the fixed order of `SIGNALS`, each once. */
export function signalSet(found: Iterable<Signal | undefined>): Signal[] {
  const set = new Set(found);
  return (['update', 'correction', 'kill'] as const).filter((s) => set.has(s));
}

// ---------------------------------------------------------------------------------------------------
// Markup bodies → paragraphs

/** Elements that hold no story text: pictures, their captions and credits, tables of data, scripts. */
const SKIP = new Set([
  'media', 'media-reference', 'media-caption', 'media-producer', 'figure', 'figcaption', 'img', 'picture', 'video', 'audio',
  'object', 'iframe', 'script', 'style', 'head', 'title', 'table', 'nitf-table', 'fn', 'byline', 'byttl', 'dateline',
  'distributor', 'abstract', 'hedline', 'body.head', 'body.end', 'tagline', 'note', 'br', 'hr', 'noscript', 'svg', 'aside',
  // dpa's XHTML opens with a `<header>` repeating the metadata (subjects, place, keywords, date, genre, headline)
  'header',
]);
/** Elements that start and end a paragraph; anything else is inline and runs into the paragraph around it. */
const BLOCK = new Set([
  'p', 'hl1', 'hl2', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'bq', 'pre', 'dt', 'dd', 'div', 'section',
  'article', 'block', 'body', 'body.content', 'ul', 'ol', 'dl', 'html', 'footer', 'main', 'address', 'center',
]);

/** Classes of HTML5 bodies (TT) that mark furniture, not story: the kicker line, picture credits. */
const SKIP_CLASSES = new Set(['dat', 'vignette', 'byline', 'credit', 'caption', 'photographer', 'source']);
const skippedByClass = (el: XmlElement): boolean => {
  const cls = el.attrs['class'];
  return cls !== undefined && cls.split(/\s+/).some((c) => SKIP_CLASSES.has(c.toLowerCase()));
};

const WHITESPACE = /\s+/g;
const INDENTED = /^[ \t]+\S/;
const FLUSH_LEFT = /^\S/;

/**
 * Preformatted copy in one paragraph (Reuters sends whole stories so, research/wire-anchors.md §4.3):
 * paragraphs open with an indented line, and the lines that continue them are flush left. Pretty-printed
 * markup indents every line alike, so it is one paragraph, folded.
 */
function splitPreformatted(raw: string): string[] {
  const lines = raw.split('\n');
  let indented = 0;
  let flush = 0;
  for (let k = 1; k < lines.length; k++) {
    if (INDENTED.test(lines[k]!)) indented++;
    else if (FLUSH_LEFT.test(lines[k]!)) flush++;
  }
  if (indented === 0 || flush === 0) return [raw.replace(WHITESPACE, ' ').trim()];
  const out: string[] = [];
  let current: string[] = [];
  const push = () => {
    const text = current.join(' ').replace(WHITESPACE, ' ').trim();
    if (text !== '') out.push(text);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') push();
    else {
      if (INDENTED.test(line)) push();
      current.push(line);
    }
  }
  push();
  return out;
}

/**
 * The paragraphs of a markup body (NITF `body.content`, XHTML `body`, HTML5 `article`), in order: one per
 * block element, inline markup (`<person>`, `<a>`, `<em>`) read as its text, pictures, captions, tables
 * and asides left out. Double-escaped references that some feeds send (`&amp;#39;` → `&#39;`) are decoded
 * once more.
 */
export function paragraphsOf(container: XmlElement | undefined): string[] {
  const out: string[] = [];
  if (!container) return out;
  let buffer = '';
  const flush = () => {
    if (buffer.trim() !== '') for (const p of splitPreformatted(unescapeTwice(buffer))) if (p !== '') out.push(p);
    buffer = '';
  };
  // Iterative walk: an element on the stack is entered when popped; a marker closes a block.
  type Step = { node: XmlElement | string } | { close: true };
  const stack: Step[] = [{ node: container }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      flush();
      continue;
    }
    const node = step.node;
    if (!isElement(node)) {
      // HTML in a CDATA section (`<body.content><![CDATA[<p>One</p><p>Two</p>]]>`): its own paragraphs
      if (node.includes('<') && looksLikeHtml(node)) {
        flush();
        out.push(...htmlParagraphs(node));
      } else buffer += node;
      continue;
    }
    // a table or list kept as text (`<pre>` results): a paragraph a line
    if (node.local.toLowerCase() === 'pre') {
      flush();
      for (const line of rawTextOf(node).split('\n')) if (line.trim() !== '') out.push(line.replace(WHITESPACE, ' ').trim());
      continue;
    }
    const local = node.local.toLowerCase();
    if (node !== container && (SKIP.has(local) || skippedByClass(node))) {
      if (local === 'br') buffer += ' ';
      continue;
    }
    const block = node === container || BLOCK.has(local);
    if (block) {
      flush();
      stack.push({ close: true });
    }
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k]! });
  }
  flush();
  return out;
}

const DOUBLE_ESCAPED = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(quot|amp|apos|lt|gt|nbsp));/gi;
const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

function unescapeTwice(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(DOUBLE_ESCAPED, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Plain text as paragraphs: blank lines separate them; a text without blank lines has one a line. */
export function plainParagraphs(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const blocks = /\n\s*\n/.test(normal) ? normal.split(/\n\s*\n/) : normal.split('\n');
  return blocks.map((b) => b.replace(WHITESPACE, ' ').trim()).filter((b) => b !== '');
}

// ---------------------------------------------------------------------------------------------------
// What providers leave at the top of a structured body

const NOTE = /^\(([^()]{3,300})\)$/;
const BULLET = /^[*•]\s+\S/;
const BODY_BYLINE = /^By:?\s+\p{Lu}[^.!?;:]{1,80}$/u;
const MAX_LIFTED = 8;

export interface LiftedHeader {
  readonly paragraphs: string[];
  /** Editor's notes the body opened with, without their parentheses ("Adds comments, detail"). */
  readonly notes: string[];
  /** A byline printed as a paragraph of its own ("By Marwan Makdisi"). */
  readonly bylineLines: string[];
}

/**
 * Takes from the top of a structured body what belongs to the header: a note in parentheses
 * ("(Adds comments, detail)", "(In Jan. 3 story, corrects …)") and a byline paragraph, which a Reuters
 * story prints between its summary bullets and its dateline (research/wire-anchors.md §4.3: "byline
 * sometimes inside the body text"). The bullets are story: they stay, marked, for `finishCopy` to read
 * the dateline after them.
 */
export function liftHeader(paragraphs: readonly string[]): LiftedHeader {
  const notes: string[] = [];
  const bylineLines: string[] = [];
  const bullets: string[] = [];
  let i = 0;
  for (; i < paragraphs.length && i < MAX_LIFTED; i++) {
    const p = paragraphs[i]!;
    const note = NOTE.exec(p);
    if (note && bullets.length === 0 && bylineLines.length === 0) notes.push(note[1]!.trim());
    else if (BULLET.test(p) && bylineLines.length === 0) bullets.push(p);
    else if (BODY_BYLINE.test(p) && bylineLines.length === 0) bylineLines.push(p);
    else break;
  }
  return { paragraphs: [...bullets, ...paragraphs.slice(i)], notes, bylineLines };
}

// ---------------------------------------------------------------------------------------------------
// JSON

/**
 * `JSON.parse` for untrusted input: nesting is checked first (without recursion), so that a deeply nested
 * file is `malformed`, not a stack overflow further on.
 * @throws RejectionError `malformed`
 */
export function parseJson(text: string, what: string): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) throw new RejectionError('malformed', `the ${what} nests objects and arrays more than ${MAX_JSON_DEPTH} deep`);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RejectionError('malformed', `the ${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field, trimmed; numbers are given as strings (AP's `version: 0`); anything else is null. */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const t = value.trim();
  return t === '' ? null : t;
}

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

// ---------------------------------------------------------------------------------------------------

/** A wire document with every field at its "not stated" value, for parsers to fill. */
export function emptyDocument(format: WireDocument['format'], input: DecodedInput): Mutable<WireDocument> {
  return {
    format,
    encoding: input.encoding,
    provider: null,
    providerItemId: null,
    providerVersion: null,
    headline: null,
    slugline: null,
    language: null,
    pubStatus: 'usable',
    signals: [],
    rawSignals: [],
    marks: [],
    dialect: null,
    edNote: null,
    times: { firstCreated: null, versionCreated: null, embargoedUntil: null } satisfies RawTimes,
    bylineLines: [],
    authors: [] as WireAuthor[],
    datelineText: null,
    datelinePlace: null,
    homeZone: null,
    masthead: null,
    located: null as WireLocation | null,
    paragraphs: [],
    trailer: [],
  };
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export { joinNotes } from '../notes.ts';

/** An end-of-story mark closing the copy (`END`, `-30-`, PA's `ends`). */
const END_MARK = /^\(?(?:END|ENDS|ENDIT|ends|-30-|XXX)\)?$/;
const SEPARATOR = /^(?:_{3,}|-{3,}|—{2,}|\*{3,}|(?:\* ){2,}\*|={3,}|#{3,}|~{3,})$/;

/** Splits a story at its last separator line (`___`): what follows is the trailer (credit lines, notes). */
export function splitTrailer(all: readonly string[]): { paragraphs: string[]; trailer: string[] } {
  let end = all.length;
  while (end > 0 && END_MARK.test(all[end - 1]!)) end--;
  const paragraphs = end === all.length ? all : all.slice(0, end);
  let last = -1;
  for (let k = 0; k < paragraphs.length; k++) if (SEPARATOR.test(paragraphs[k]!)) last = k;
  if (last < 0) return { paragraphs: [...paragraphs], trailer: [] };
  const before = paragraphs.slice(0, last).filter((p) => !SEPARATOR.test(p));
  return { paragraphs: before, trailer: paragraphs.slice(last + 1) };
}

// ---------------------------------------------------------------------------------------------------
// HTML in JSON bodies (ninjs, AP Media): not XML, so read leniently, never throwing.

const HTML_DROP = new Set(['script', 'style', 'figure', 'figcaption', 'aside', 'noscript', 'svg', 'iframe', 'video', 'audio', 'template', 'head', 'title']);
const HTML_BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'header', 'footer', 'main', 'pre', 'br', 'hr', 'hl1', 'hl2', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'body']);
/** A dpa XHTML `<header>` repeats the item's metadata (subjects, place, keywords, date, genre, the headline): no story. */
const HTML_DROP_CLASSES = /\b(?:dateline|byline|credit|caption|kicker|meta|keywords?|subjects?|genre)\b/i;

/**
 * HTML (as ninjs, AP Media and e-mail carry it) → paragraphs, a table a paragraph per row (a mail's layout table
 * holds its paragraphs); pictures and scripts left out.
 * HTML need not be well-formed XML, so it is read by htmlparser2, a forgiving tokenizer that is linear in
 * its input and decodes every HTML5 character reference (`&eacute;`, `&uuml;`); processing instructions
 * and comments are dropped with the tags. Paragraphs classed as metadata (`byline`, `dateline`, `meta`), which
 * a structured format also carries as fields, are dropped unless `keepClassed` (a mail has no such fields).
 */
export function htmlParagraphs(html: string, opts: { keepClassed?: boolean } = {}): string[] {
  const out: string[] = [];
  let buffer = '';
  let dropping = 0;
  const flush = () => {
    const p = buffer.replace(WHITESPACE, ' ').trim();
    if (p !== '') out.push(p);
    buffer = '';
  };
  let pre = 0;
  const flushLines = () => {
    for (const line of buffer.split('\n')) if (line.trim() !== '') out.push(line.replace(WHITESPACE, ' ').trim());
    buffer = '';
  };
  // tags that open a dropped element, so that their close is known (a `<header>` drops to its own `</header>`)
  const dropped: string[] = [];
  const parser = new HtmlParser({
    onopentag(name, attribs) {
      if (HTML_DROP.has(name) || (name === 'header' && dropped.length === 0) || (!opts.keepClassed && HTML_DROP_CLASSES.test(attribs['class'] ?? ''))) {
        if (dropping === 0) flush();
        dropping++;
        dropped.push(name);
      } else if (dropping > 0) dropped.push('');
      else if (name === 'pre') {
        flush();
        pre++;
      } else if (HTML_BLOCK.has(name)) flush();
    },
    onclosetag(name, implied) {
      if (dropped.length > 0) {
        if (dropped.pop() !== '') dropping--;
        return;
      }
      if (name === 'pre' && pre > 0) {
        pre--;
        flushLines();
      } else if (HTML_BLOCK.has(name) && !(implied && name === 'br')) flush();
      else if (name === 'td' || name === 'th') buffer += ' '; // a table row is a paragraph, its cells apart
    },
    ontext(text) {
      if (dropping === 0) buffer += text;
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.end(html);
  flush();
  return out;
}

/** Tags, and the `<?…?>` and `<!…>` constructs a text field must not carry either. */
export const looksLikeHtml = (text: string): boolean => /<(?:\/?[a-z][\w-]*[\s>/]|[?!][a-z-])/i.test(text);

/**
 * The item's times with the message's send time as its version time, when the item gives none of its own or only its
 * first one again (NewsML 1.2's envelope `DateAndTime`, G2's `header/sent`): the moment this version went out.
 */
export function withSentTime(times: RawTimes, sent: string | null): RawTimes {
  if (sent === null || (times.versionCreated !== null && times.versionCreated !== times.firstCreated)) return times;
  return { ...times, versionCreated: sent };
}

/** The earlier of two times as printed; either alone; the first when they cannot be compared. */
export function earliest(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  return !Number.isNaN(ta) && !Number.isNaN(tb) && tb < ta ? b : a;
}
