import { RejectionError } from '../story/index.ts';
import { text } from './formats/text.ts';
import type { FormatParser, SniffedHead } from './types.ts';

/**
 * Every format parser, in the order they are asked. Specific vocabularies come first; plain text
 * comes last, because it accepts any printable input that no other parser claims.
 */
export const PARSERS: readonly FormatParser[] = [text];

/**
 * The first parser certain the head is its format, else the first that finds it likely.
 * @throws RejectionError `unknown-format` when no parser recognises the content
 */
export function pickParser(head: SniffedHead, parsers: readonly FormatParser[] = PARSERS): FormatParser {
  let likely: FormatParser | undefined;
  for (const parser of parsers) {
    const verdict = parser.detect(head);
    if (verdict === 'certain') return parser;
    if (verdict === 'likely') likely ??= parser;
  }
  if (likely) return likely;
  throw new RejectionError('unknown-format', `no parser recognised the content (formats read: ${parsers.map((p) => p.id).join(', ')})`);
}
