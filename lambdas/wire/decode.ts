import { createRequire } from 'node:module';
import { REGIONAL_ENCODINGS, type DecodedInput, type RegionalEncoding, type WireEncoding } from './types.ts';

// Decoders are built once: constructing a TextDecoder costs more than decoding a short story.
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });
const latin1 = new TextDecoder('latin1');
const iso885915 = new TextDecoder('iso-8859-15');

/**
 * windows-1252's printable characters at 0x80–0x9F (WHATWG Encoding, index-windows-1252). Node 20's
 * TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 C1 controls (seen on Node 20.20), so
 * curly quotes 0x93/0x94 would come out as U+0093/U+0094: we map them ourselves. Bytes 0x81, 0x8D,
 * 0x8F, 0x90, 0x9D are unassigned and stay as they are, as in the WHATWG index.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;
const fromC1 = (c: string): string => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80);

function decodeWindows1252(bytes: Uint8Array): string {
  return withWindows1252Marks(latin1.decode(bytes));
}

/**
 * Text another decoder made of windows-1252 bytes (postal-mime's parts, through the same TextDecoder): its C1
 * controls, which no text holds, back to the dashes, quotes and signs windows-1252 prints there.
 */
export const withWindows1252Marks = (text: string): string => text.replace(C1, fromC1);

export type ByteOrderMark = { readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE'; readonly length: number };

/** The byte order mark the bytes open with, if any. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'UTF-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'UTF-16LE', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'UTF-16BE', length: 2 };
  return undefined;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * UTF-16 without a byte order mark, told by the XML declaration's own bytes (XML 1.0 Appendix F:
 * `<?xml` as `3C 00 3F 00 …` is little-endian, `00 3C 00 3F …` big-endian). A length-0 mark: nothing to drop.
 */
export function textSignature(bytes: Uint8Array): ByteOrderMark | undefined {
  const bom = byteOrderMark(bytes);
  if (bom) return bom;
  if (startsWith(bytes, [0x3c, 0x00, 0x3f, 0x00, 0x78, 0x00, 0x6d, 0x00, 0x6c, 0x00])) return { encoding: 'UTF-16LE', length: 0 };
  if (startsWith(bytes, [0x00, 0x3c, 0x00, 0x3f, 0x00, 0x78, 0x00, 0x6d, 0x00, 0x6c])) return { encoding: 'UTF-16BE', length: 0 };
  return undefined;
}

const XML_DECLARATION = /^<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/;

/**
 * The single-byte encoding an XML declaration names, if it names one we decode differently from
 * UTF-8. AFP, PA and NTB declare iso-8859-1 (research/wire-anchors.md §2.6); browsers read iso-8859-1
 * as windows-1252, a superset (WHATWG Encoding), and so do we.
 */
function declaredEncoding(bytes: Uint8Array): WireEncoding | undefined {
  if (bytes[0] !== 0x3c || bytes[1] !== 0x3f) return undefined; // "<?"
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  const label = XML_DECLARATION.exec(head)?.[1]?.toLowerCase();
  if (label === undefined) return undefined;
  if (label === 'iso-8859-1' || label === 'latin1' || label === 'iso8859-1' || label === 'latin-1') return 'ISO-8859-1';
  if (label === 'iso-8859-15' || label === 'latin-9') return 'ISO-8859-15';
  if (label === 'windows-1252' || label === 'cp1252') return 'windows-1252';
  return undefined; // utf-8, "utf8" (Reuters) and anything unknown: try UTF-8, then fall back
}

const NEWLINES = /\r\n?/g;

/** Whether the bytes hold any byte outside ASCII. */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

/** Whether any byte sits in 0x80–0x9F, where windows-1252 prints characters and ISO-8859-1 has controls. */
function hasC1Bytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 && bytes[i]! <= 0x9f) return true;
  return false;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Where UTF-8 is broken: the offsets of bytes that start no valid sequence (RFC 3629 §4: no overlong forms,
 * no surrogates, nothing above U+10FFFF), and how many valid multi-byte sequences there are. Linear.
 */
function utf8Damage(bytes: Uint8Array): { invalid: number[]; valid: number } {
  const invalid: number[] = [];
  let valid = 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => k < bytes.length && bytes[k]! >= lo && bytes[k]! <= hi;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    let n = 0;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) n = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) n = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xe1 && b <= 0xef) n = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) n = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) n = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) n = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (n === 0) {
      invalid.push(i);
      i++;
    } else {
      if (n > 1) valid++;
      i += n;
    }
  }
  return { invalid, valid };
}

/** Bytes outside UTF-8 read as the windows-1252 characters they most likely were (a stray `é` or `’`). */
function repairedUtf8(bytes: Uint8Array, invalid: readonly number[]): string {
  let text = '';
  let from = 0;
  for (const at of invalid) {
    text += utf8Strict.decode(bytes.subarray(from, at)) + decodeWindows1252(bytes.subarray(at, at + 1));
    from = at + 1;
  }
  return text + utf8Strict.decode(bytes.subarray(from));
}

/**
 * Bytes that fail strict UTF-8. A file that is UTF-8 but for a few bytes (at least twice as many valid
 * multi-byte sequences as bad bytes: a legacy file's accents almost never form valid sequences) stays
 * UTF-8, its bad bytes repaired as windows-1252, and the encoding says so; anything else is legacy.
 */
function notStrictUtf8(bytes: Uint8Array): { text: string; encoding: DecodedInput['encoding'] } {
  const { invalid, valid } = utf8Damage(bytes);
  if (valid === 0 || valid < 2 * invalid.length) return legacy(bytes);
  return { text: repairedUtf8(bytes, invalid), encoding: `UTF-8 (${invalid.length} invalid byte${invalid.length === 1 ? '' : 's'} read as windows-1252)` };
}

/**
 * Undeclared legacy bytes: Central European when chardet's reading of letter pairs says so (a Slovak or Czech 7901
 * in windows-1250, where the Western reading prints `èo` for `čo`); else windows-1252 when a byte in 0x80–0x9F
 * needs it (curly quotes, dashes), else ISO-8859-1, the smaller claim, since both read the rest alike. Either way
 * no byte becomes U+FFFD.
 */
function legacy(bytes: Uint8Array): { text: string; encoding: WireEncoding } {
  const regional = regionalEncoding(bytes);
  if (regional) return { text: new TextDecoder(regional).decode(bytes), encoding: regional };
  return { text: decodeWindows1252(bytes), encoding: hasC1Bytes(bytes) ? 'windows-1252' : 'ISO-8859-1' };
}

/** The first bytes chardet reads: its statistics settle long before, and the cost stays bounded. */
const CHARSET_SAMPLE_BYTES = 16 * 1024;
type Chardet = typeof import('chardet');
let chardet: Chardet | undefined;

/**
 * A Central European (windows-1250, ISO-8859-2), Cyrillic (windows-1251, KOI8-R, ISO-8859-5) or Greek (windows-1253,
 * ISO-8859-7) encoding when chardet rates it above the Western ones, else null: a Khovar 7901 in windows-1251 read as
 * windows-1252 prints `Äóøàíáå` for `Душанбе`. Loaded on first use.
 */
function regionalEncoding(bytes: Uint8Array): RegionalEncoding | null {
  chardet ??= (typeof require === 'function' ? require('chardet') as Chardet : createRequire(import.meta.url)('chardet') as Chardet);
  const ranked = chardet.analyse(bytes.subarray(0, CHARSET_SAMPLE_BYTES));
  const score = (names: readonly string[]) => Math.max(0, ...ranked.filter((m) => names.includes(m.name)).map((m) => m.confidence));
  const regional = ranked.find((m) => (REGIONAL_ENCODINGS as readonly string[]).includes(m.name));
  return regional && regional.confidence > score(['windows-1252', 'ISO-8859-1']) ? regional.name as RegionalEncoding : null;
}

/**
 * Bytes to text: a byte order mark decides; else an XML declaration naming a single-byte encoding; else
 * strict UTF-8 (the XML default, and what `encoding="utf8"` means), falling back to windows-1252 or
 * ISO-8859-1 when the bytes are not valid UTF-8 (text wires from older systems: ANPA, IPTC 7901). CRLF and
 * CR become LF.
 *
 * One exception to the declaration: a file that declares a single-byte encoding but whose bytes are valid
 * UTF-8 with multi-byte sequences was re-saved as UTF-8 without its declaration being updated (the AFP
 * sample `afp_newsml12_samu_fr_iso-8859-1.xml`: "procès" is C3 A8). Real ISO-8859-1 text practically never
 * forms valid UTF-8 sequences ("Ã¨"), so reading it as declared would only print mojibake; it is read as
 * UTF-8, and `UTF-8` is recorded.
 */
export function decode(bytes: Uint8Array): DecodedInput {
  const mark = textSignature(bytes);
  let text: string;
  let encoding: DecodedInput['encoding'];
  if (mark) {
    const rest = bytes.subarray(mark.length);
    encoding = mark.encoding;
    if (mark.encoding === 'UTF-8') {
      const strict = strictUtf8(rest);
      if (strict !== undefined) text = strict;
      else ({ text, encoding } = notStrictUtf8(rest));
    } else text = (mark.encoding === 'UTF-16LE' ? utf16le : utf16be).decode(rest);
  } else {
    const declared = declaredEncoding(bytes);
    const utf8 = strictUtf8(bytes);
    if (declared && !(utf8 !== undefined && hasNonAscii(bytes))) {
      encoding = declared;
      text = declared === 'ISO-8859-15' ? iso885915.decode(bytes) : decodeWindows1252(bytes);
    } else if (utf8 !== undefined) {
      text = utf8;
      encoding = 'UTF-8';
    } else ({ text, encoding } = notStrictUtf8(bytes));
  }
  return { text: text.includes('\r') ? text.replace(NEWLINES, '\n') : text, encoding, bom: mark !== undefined && mark.length > 0 };
}
