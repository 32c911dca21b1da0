import { decode } from '../../../lambdas/wire/decode.ts';
import { headOf } from '../../../lambdas/wire/sniff.ts';
import type { FormatParser, Verdict, WireDocument } from '../../../lambdas/wire/types.ts';

/** Runs one parser on text, as readWire would after sniffing and decoding (no dialect applied). */
export function parseWith(parser: FormatParser, source: string | Uint8Array): WireDocument[] {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  const input = decode(bytes);
  const head = headOf(bytes, input);
  return parser.parseAll ? [...parser.parseAll(input, { head })] : [parser.parse(input, { head })];
}

export function detectWith(parser: FormatParser, source: string | Uint8Array): Verdict {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  return parser.detect(headOf(bytes, decode(bytes)));
}
