import { RejectionError } from '../story/index.ts';
import { decode } from './decode.ts';
import { HEAD_CHARS } from './constants.ts';
import { decodeEmail, emailDocument, isEmail } from './formats/email.ts';
import { applyProfile } from './agencies/apply.ts';
import { finishCopy, forgetLineKinds } from './copy/index.ts';
import { onlyOneTold } from './copy/provider.ts';
import { pickParser } from './registry.ts';
import { headOf, sniffBytes, sniffText } from './sniff.ts';
import type { WireDocument } from './types.ts';
import { refuseUnsafe } from './xml.ts';
import { plainTextDocument } from './plain-text.ts';

export type * from './types.ts';
export { MAX_WIRE_BYTES } from './constants.ts';
export { decode } from './decode.ts';
export { headOf, sniffBytes, sniffText } from './sniff.ts';
export { PARSERS, pickParser } from './registry.ts';
export { AGENCY_PROFILES, isAgencyName, profileOf, providerByCode, providerByName, providerByTag, type AgencyProfile } from './agencies/index.ts';
export { applyProfile } from './agencies/apply.ts';
export { BYLINE_WORDS, COPYRIGHT_START, EDITOR_LABELS, finishCopy, isSharedCredit, NEWSROOM_WORD, offsetExists, PAPER_NAME, REPORTER_LABELS } from './copy/index.ts';
export { joinNotes, VERSION_NOTE } from './notes.ts';
export { CYRILLIC, transliterated, UNSPACED } from './scripts.ts';
export { parseXml } from './xml.ts';

const MARKUP_START = /^\s*</;
const COPY_FORMATS = new Set(['text', 'anpa-1312', 'iptc-7901']);
/** An XML declaration with something other than whitespace in front of it, in the head of the file. */
const LATE_DECLARATION = /^(\s*)(\S[^]*?)<\?xml[\s?]/;

/**
 * A file whose XML declaration does not open it is neither plain text nor readable XML: a transfer that
 * prepended bytes, or a concatenation. Refused with where the XML starts, so the sender can cut in front.
 * @throws RejectionError `malformed`
 */
function refuseLateDeclaration(head: string): void {
  const late = LATE_DECLARATION.exec(head);
  if (!late) return;
  const junk = late[2]!;
  throw new RejectionError('malformed', `the file holds XML, but ${junk.length} character${junk.length === 1 ? '' : 's'} of other text ("${junk.slice(0, 20).replace(/\s+/g, ' ')}${junk.length > 20 ? '…' : ''}") stand before its XML declaration; an XML file must start with it`);
}

/**
 * Bytes to every story the file holds: sniff (`too-large`, `empty`, `binary`), decode, refuse DTDs in
 * anything that looks like XML (`unsafe-xml`, whatever its root), pick the format parser by content,
 * parse, apply the provider's dialect, strip any markup from the text fields. One document for most files; one per text item for a NewsML-G2
 * `newsMessage` (or a NewsML 1.2 file with several `NewsItem`s), in file order.
 * @throws RejectionError `empty`, `binary`, `too-large`, `unsafe-xml`, `unknown-format`, or what the format parser raises (`malformed`, `no-body`)
 */
export function readWires(bytes: Uint8Array): WireDocument[] {
  forgetLineKinds();
  sniffBytes(bytes);
  const input = decode(bytes);
  sniffText(input);
  const head = headOf(bytes, input);
  if (MARKUP_START.test(input.text)) refuseUnsafe(input.text);
  else refuseLateDeclaration(head.text);
  const parser = pickParser(head);
  const docs = parser.parseAll ? parser.parseAll(input, { head }) : [parser.parse(input, { head })];
  // text and the framed formats read their copy whole (`readCopy`); structured bodies are finished like copy
  const finished = COPY_FORMATS.has(parser.id) ? docs : docs.map(finishCopy);
  return finished.map((doc) => withOutletTold(plainTextDocument(applyProfile(doc))));
}

/**
 * Bytes to every story the file holds, e-mail included: a message is decoded (asynchronously, postal-mime),
 * and the wire files attached to it are its stories, else its text part is read as copy (`formats/email.ts`); any other file goes through `readWires`.
 * @throws RejectionError as `readWires`
 */
export async function readWireFile(bytes: Uint8Array): Promise<WireDocument[]> {
  forgetLineKinds();
  sniffBytes(bytes);
  const input = decode(bytes);
  if (!isEmail(input.text.slice(0, HEAD_CHARS))) return readWires(bytes);
  sniffText(input);
  const email = await decodeEmail(bytes);
  // a wire file sent as an attachment is the story, the mail's text a cover note; attachments that are not wires are passed over
  const attached = email.attachments.flatMap((a) => {
    try {
      return readWires(a.bytes);
    } catch (error) {
      if (error instanceof RejectionError) return [];
      throw error;
    }
  });
  if (attached.length > 0) return attached;
  return [withOutletTold(plainTextDocument(applyProfile(emailDocument(email, input))))];
}

/** A story whose file names no provider anywhere (format, header, trailer, sender) by the one outlet its body says was told something. */
const withOutletTold = (doc: WireDocument): WireDocument => (doc.provider !== null ? doc : { ...doc, provider: onlyOneTold(doc.paragraphs) });

/**
 * Bytes to wire document: the file's story, or for a file of several stories the first (see `readWires`).
 * @throws RejectionError as `readWires`
 */
export function readWire(bytes: Uint8Array): WireDocument {
  return readWires(bytes)[0]!;
}
