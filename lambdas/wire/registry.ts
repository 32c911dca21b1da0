import { RejectionError } from '../story/index.ts';
import { anpa1312 } from './formats/anpa-1312.ts';
import { apMedia } from './formats/ap-media.ts';
import { iptc7901 } from './formats/iptc-7901.ts';
import { newsml12 } from './formats/newsml-1.2.ts';
import { newsmlG2 } from './formats/newsml-g2.ts';
import { ninjs } from './formats/ninjs.ts';
import { nitf } from './formats/nitf.ts';
import { text } from './formats/text.ts';
import type { FormatParser, SniffedHead } from './types.ts';

/**
 * Every format parser, in the order they are asked. The order is deliberate:
 * 1. the XML vocabularies, each certain of its own root element (`nitf`, `newsItem` / `newsMessage`,
 *    `NewsML`), so their order among themselves does not matter; NewsML-G2 comes before NITF because
 *    G2 carries NITF inside it, and a G2 fragment is only "likely";
 * 2. the JSON vocabularies: AP Media (certain: `api_version` / `altids`) before ninjs, which is only
 *    "likely" since any JSON object with a `uri` could be ninjs;
 * 3. the framed transmissions: ANPA 1312 (SYN SYN SOH) before IPTC 7901 (SOH), since an ANPA head also
 *    holds an SOH;
 * 4. plain text last, because it accepts any printable input that no other parser claims.
 */
export const PARSERS: readonly FormatParser[] = [newsmlG2, nitf, newsml12, apMedia, ninjs, anpa1312, iptc7901, text];

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
