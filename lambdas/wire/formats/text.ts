import { layoutOf, readCopy } from '../copy/index.ts';
import type { DecodedInput, FormatParser, SniffedHead, Verdict, WireDocument } from '../types.ts';
import { emptyDocument } from './common.ts';

/**
 * Plain-text wire copy in any agency's house style (research/wire-anchors.md §4.2, §4.3; issue 11): the
 * lines above the story (stamps, notes, take keys, slugs, headline, byline), the story one paragraph a
 * line or hard-wrapped in blank-line separated blocks, and the lines below it (credits after a `___`,
 * sign-offs, end marks, contact blocks). Which line is which is told by its shape (`copy/`).
 */

// Markup and JSON belong to the XML and JSON parsers; framing control bytes (SOH, STX, ETX, EOT, SYN)
// to ANPA 1312 and IPTC 7901. Plain text takes the rest, so it sits last in the registry.
const MARKUP = /^\s*(?:<(?:\?xml|!DOCTYPE|!--|[A-Za-z][\w:.-]*[\s>/])|\{\s*["}]|\[\s*[{["\d\]])/i;
const FRAMING = /[\u0001-\u0004\u0016]/;

const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const STRAY_CONTROLS = new RegExp(STRAY_CONTROL.source, 'g');
const SPACE_RUNS = /[\s\u00a0]{2,}|[\t\u00a0]/g;
const NEEDS_SPACING = /[\t\u00a0]| {2}/;

/** Three short names or more, letters only, set apart by runs of three spaces or more (`Live TV   Markets   Economics`, `Video   BM | EN`), or two single words (`Carian   Langgan`). */
const SPACED_MENU = /^[\p{L}][\p{L}\p{M}\d.&'’ |-]{0,24}(?: {3,}[\p{L}][\p{L}\p{M}\d.&'’ |-]{0,24}){2,}$|^\p{L}[\p{L}\p{M}'’-]{1,20} {3,}\p{L}[\p{L}\p{M}'’-]{1,20}$/u;
/** Four capitalised links or more, one or two words each, set apart by two spaces or a tab (`Home  News  Business  Lifestyle`, `Kraj  Świat  Biznes  Sport`). */
/** How far down a page's menu is looked for, in lines. */
const MENU_LINES = 12;
const TWO_SPACED_MENU = /^\p{Lu}[\p{L}\p{M}&'’-]{0,20}(?: [\p{L}\p{M}&'’-]{1,20})?(?:(?: {2,}|\t+)\p{Lu}[\p{L}\p{M}&'’-]{0,20}(?: [\p{L}\p{M}&'’-]{1,20})?){3,}$/u;

/** A line trimmed, stray controls gone, runs of spaces and tabs folded (a menu's runs become bars); `at`, its index in the file. */
export function cleanLine(raw: string, at = 0): string {
  let line = raw;
  if (STRAY_CONTROL.test(line)) line = line.replace(STRAY_CONTROLS, '');
  line = line.trim();
  // a page's menu copied from a browser keeps its items apart by runs of spaces: kept apart by bars, as menus print them
  // (`ข่าวสด   |   EN   |   Search`: bars already there are not doubled)
  if (SPACED_MENU.test(line)) return line.split(/\s{3,}/).filter((item) => item !== '|').join(' | ');
  // (only at a page's top, where its menu stands: a table's header row further down is set apart the same way)
  if (at < MENU_LINES && TWO_SPACED_MENU.test(line)) return line.split(/ {2,}|\t+/).join(' | ');
  if (NEEDS_SPACING.test(line)) line = line.replace(SPACE_RUNS, ' ');
  return line;
}

function parseText(input: DecodedInput): WireDocument {
  const raw = input.text.split('\n');
  const doc = emptyDocument('text', input);
  return readCopy(doc, raw.map(cleanLine), layoutOf(raw));
}

export const text: FormatParser = {
  id: 'text',
  detect(head: SniffedHead): Verdict {
    if (MARKUP.test(head.text) || FRAMING.test(head.text)) return undefined;
    return 'likely';
  },
  parse: parseText,
};
