import { RejectionError } from '../story/index.ts';
import { HEAD_BYTES, HEAD_CHARS, MAX_CONTROL_SHARE, MAX_WIRE_BYTES, SNIFF_BYTES } from './constants.ts';
import { textSignature } from './decode.ts';
import type { DecodedInput, SniffedHead } from './types.ts';

/** Known binary signatures: what people drop into a bucket by mistake. `at` is the byte offset. */
const MAGIC: readonly { readonly name: string; readonly at: number; readonly bytes: readonly number[] }[] = [
  { name: 'a PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', at: 0, bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', at: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or an Office document)', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', at: 0, bytes: [0x1f, 0x8b] },
  { name: 'an old Office document', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a TIFF image', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a RIFF file (WebP, WAV or AVI)', at: 0, bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'an MP4 or QuickTime file', at: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
  { name: 'an Ogg file', at: 0, bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'a RAR archive', at: 0, bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: 'a 7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'an executable', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'an executable', at: 0, bytes: [0x4d, 0x5a] },
];

function magicName(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC) {
    if (bytes.length < magic.at + magic.bytes.length) continue;
    if (magic.bytes.every((b, i) => bytes[magic.at + i] === b)) return magic.name;
  }
  return undefined;
}

/** C0 controls other than tab, LF, VT, FF and CR, and DEL. Framed wires (ANPA, IPTC 7901) use a few. */
const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f;
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * Checks the raw bytes before decoding: `too-large`, `empty` (nothing, or ASCII whitespace only),
 * `binary` (a known binary signature, a NUL byte anywhere, or mostly control bytes). UTF-16 (with a byte
 * order mark, or an XML declaration in UTF-16) is full of NUL bytes by design; its text is checked after decoding by `sniffText`.
 * @throws RejectionError
 */
export function sniffBytes(bytes: Uint8Array): void {
  if (bytes.length > MAX_WIRE_BYTES) {
    throw new RejectionError('too-large', `the file has ${bytes.length} bytes; the limit is ${MAX_WIRE_BYTES} (5 MiB)`);
  }
  if (bytes.length === 0) throw new RejectionError('empty', 'the file is empty');
  const bom = textSignature(bytes);
  if (bom && bom.encoding !== 'UTF-8') return;
  const magic = magicName(bytes);
  if (magic) throw new RejectionError('binary', `the file is ${magic}, not a wire story`);
  // Anywhere in the file, not only in the sniffed head: a NUL is never text (indexOf is native and linear).
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new RejectionError('binary', `the file contains a NUL byte (at byte ${nul}), so it is binary, not a wire story`);
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  let blank = true;
  for (let i = bom ? bom.length : 0; i < end; i++) {
    const c = bytes[i]!;
    if (isControl(c)) controls++;
    else if (blank && !isSpace(c)) blank = false;
  }
  if (controls > end * MAX_CONTROL_SHARE) throw new RejectionError('binary', 'the file is mostly control bytes, so it is binary, not a wire story');
  if (blank && end === bytes.length) throw new RejectionError('empty', 'the file holds only whitespace');
}

const NOT_BLANK = /\S/;
// Controls other than tab, LF, VT, FF, CR (decoded text has no CR left, but keep the set of sniffBytes).
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Checks the decoded text: `empty` when only whitespace remains (any Unicode whitespace, and a BOM
 * alone), `binary` when UTF-16 text turns out to be mostly control characters.
 * @throws RejectionError
 */
export function sniffText(input: DecodedInput): void {
  if (!NOT_BLANK.test(input.text)) throw new RejectionError('empty', 'the file holds only whitespace');
  if (input.encoding === 'UTF-16LE' || input.encoding === 'UTF-16BE') {
    const sample = input.text.slice(0, SNIFF_BYTES);
    const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
    if (controls > sample.length * MAX_CONTROL_SHARE) throw new RejectionError('binary', 'the file is mostly control characters, so it is binary, not a wire story');
  }
}

/** The part of the file that `detect` sees. */
export function headOf(bytes: Uint8Array, input: DecodedInput): SniffedHead {
  return { size: bytes.length, bytes: bytes.subarray(0, HEAD_BYTES), text: input.text.slice(0, HEAD_CHARS), encoding: input.encoding };
}
