import type { Dateline } from '../story/index.ts';
import type { WireLocation } from '../wire/index.ts';
import { placeCase } from './names.ts';
import { city as cityNamed, otherRegion, usState } from './places.ts';

/**
 * Datelines at the head of a text wire's first paragraph (research/wire-anchors.md §2.5, §4.2, §7):
 * `WASHINGTON —`, `MOUNT OLIVE, N.C. (AP) —`, `SEOUL, South Korea (AP) _`, `ATLANTA (AP) --`,
 * `DAMASCUS (Reuters) -`, `Munich (dpa) -`, `Jan 30 (Reuters) -`, `STOCKHOLM, Aug 29, 2014 (AFP) -`.
 */

// The head (at most 100 characters, no sentence punctuation or quotes) and the dash after it. A dash is
// an em or en dash, `--`, or `_` / `-` after a space (ANPA and Reuters); `PORT-AU-PRINCE` has none.
const HEAD = /^([^—–!?;:"“”]{1,100}?)\s*(—|–|--|(?<=\s)_|(?<=\s)-)(?:\s+|$)/u;
const SENTENCE_INSIDE = /\p{Ll}{2,}\.\s+\p{Lu}\p{Ll}/u; // "He left. Then —", not "ST. LOUIS" or "Aug. 29"
const TAG = /\s*\(([^()]{1,30})\)$/;
const SHOUTED_START = /^[\p{Lu}][\p{Lu}\p{M} .'’-]*(?:,|$)/u;
const HAS_LOWER = /\p{Ll}/u;
// English months, and the French and German abbreviations AFP and dpa print ("10 juil 2024", "3. Okt").
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|M[äa]r|Mrz|Okt|Dez)\\p{L}*\\.?';
const DATE_PART = new RegExp(`^(?:${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH_WORD}(?:\\s+\\d{4})?|\\d{4})$`, 'iu');
const STARTS_WITH_LETTER = /^\p{L}/u;
const DIGIT_START = /^\d/;

export interface DatelineMatch {
  readonly dateline: Dateline;
  /** The agency tag between parentheses (`AP`, `tca/dpa`), else null. */
  readonly tag: string | null;
  /** The paragraph after the dateline and its dash. */
  readonly rest: string;
}

/** The dateline opening a paragraph, or null. Without an agency tag, the place must be in capitals. */
export function findDateline(paragraph: string | undefined): DatelineMatch | null {
  if (!paragraph) return null;
  const m = HEAD.exec(paragraph);
  if (!m) return null;
  const head = m[1]!.trim();
  const tagMatch = TAG.exec(head);
  const place = tagMatch ? head.slice(0, tagMatch.index).trim() : head;
  if (place.length > 80 || SENTENCE_INSIDE.test(place)) return null;
  if (place !== '' && !STARTS_WITH_LETTER.test(place) && !DIGIT_START.test(place)) return null;
  if (!tagMatch) {
    // Without "(AP)" only a place in capitals is a dateline: "WASHINGTON —", not "He said —".
    if (!SHOUTED_START.test(place) || place.length > 60) return null;
    if (m[2] !== '—' && m[2] !== '–' && m[2] !== '--' && HAS_LOWER.test(place)) return null;
  }
  return { dateline: { text: head, ...placeOf(place) }, tag: tagMatch ? tagMatch[1]!.trim() : null, rest: paragraph.slice(m[0].length).trim() };
}

/** A dateline a structured format keeps apart (NITF `<dateline>`), merged with its structured location. */
export function datelineFromText(text: string, located: WireLocation | null): Dateline {
  const trimmed = text.trim().replace(/\s*(?:—|–|--|_|-)$/, '');
  const tagMatch = TAG.exec(trimmed);
  const parsed = placeOf(tagMatch ? trimmed.slice(0, tagMatch.index).trim() : trimmed);
  return {
    text: trimmed,
    city: located?.city ?? parsed.city,
    region: located?.region ?? parsed.region,
    country: located?.country ?? parsed.country,
  };
}

/** `MOUNT OLIVE, N.C.` → city, region, country; dates (`Aug 29, 2014`) are left out. */
export function placeOf(place: string, homeZone: string | null = null): Pick<Dateline, 'city' | 'region' | 'country'> {
  const parts = place.split(',').map((part) => part.trim()).filter((part) => part !== '' && !DATE_PART.test(part));
  const [first, ...rest] = parts;
  if (first === undefined) return { city: null, region: null, country: null };
  const known = cityNamed(first, homeZone);
  const city = known && known.name.toLowerCase() === first.toLowerCase() ? known.name : placeCase(first);
  if (rest.length === 0) {
    // A stand-alone dateline city (AP stylebook): the country is the city's.
    return { city, region: null, country: known?.country ?? null };
  }
  const printed = rest[rest.length - 1]!;
  const last = placeCase(printed);
  if (rest.length === 1) {
    // Postal codes are upper case ("VA"): look them up as printed, before the natural casing.
    const postal = /^[A-Z]{2}$/.test(printed) ? usState(printed) : undefined;
    if (postal) return { city, region: printed, country: postal.country };
    const state = usState(last);
    if (state) return { city, region: last, country: state.country };
    const region = otherRegion(last);
    if (region) return { city, region: last, country: region.country };
    return { city, region: null, country: last };
  }
  return { city, region: placeCase(rest[0]!), country: last };
}
