import { decode } from './decode.ts';
import { pickParser } from './registry.ts';
import { headOf, sniffBytes, sniffText } from './sniff.ts';
import type { WireDocument } from './types.ts';

export type * from './types.ts';
export { MAX_WIRE_BYTES } from './constants.ts';
export { decode } from './decode.ts';
export { headOf, sniffBytes, sniffText } from './sniff.ts';
export { PARSERS, pickParser } from './registry.ts';
export { AGENCIES, providerByName, providerByTag } from './agencies.ts';

/**
 * Bytes to wire document: sniff (`too-large`, `empty`, `binary`), decode, pick the format parser by
 * content, parse.
 * @throws RejectionError `empty`, `binary`, `too-large`, `unknown-format`, or what the format parser raises
 */
export function readWire(bytes: Uint8Array): WireDocument {
  sniffBytes(bytes);
  const input = decode(bytes);
  sniffText(input);
  const head = headOf(bytes, input);
  return pickParser(head).parse(input, { head });
}
