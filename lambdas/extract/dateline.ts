import type { Dateline } from '../story/index.ts';
import type { WireLocation } from '../wire/index.ts';
import { placeCase } from './names.ts';
import { datelineCity as cityNamed, mexicanState, otherRegion, usState } from './places.ts';

/**
 * The dateline's place (the wire layer takes a text wire's dateline off its first paragraph: research/wire-anchors.md
 * §2.5, §4.2, §7): city, region and country from the printed place, and the title-case datelines it cannot tell.
 */

const TAG = /\s*\(([^()]{1,30})\)$/;
// English months, and the French and German abbreviations AFP and dpa print ("10 juil 2024", "3. Okt").
const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|M[äa]r|Mrz|Okt|Dez)\\p{L}*\\.?';
const DATE_PART = new RegExp(`^(?:${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH_WORD}(?:\\s+\\d{4})?|\\d{4})$`, 'iu');

// `Luanda - O Ministério …`, `Port Moresby — The …`: a city in title case, a spaced dash, a capital or a quote.
/** `ISLAMABAD: The water level …` (Dawn), `Dar es Salaam. The Tanzania Railways …` (The Citizen): a city closed by a colon or a full stop. */
const CITY_STOP_DATELINE = /^(\p{Lu}[\p{L}\p{M}'’]+(?:(?:\s(?:es|de|del|da|do|la|al|el|di|du))?[ -]\p{Lu}[\p{L}\p{M}'’]+){0,3})\s?[:.]\s+(?=[\p{Lu}"“«„])/u;
const TITLE_CASE_DATELINE = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:[ -]\p{Lu}[\p{Ll}\p{M}'’]+){0,2})\s+(?:--|-|–|—)\s+(?=[\p{Lu}"“«„])/u;

/**
 * A dateline in title case with no agency tag and no date opening the first paragraph (`Luanda - …`), or a city closed by a
 * colon or a full stop (`ISLAMABAD: …`): the wire layer, which has no city table, cannot tell it from a sentence; here it
 * is one when the world's table knows the city.
 */
export function cityDatelineOpening(paragraph: string | undefined, homeZone: string | null): { dateline: Dateline; rest: string } | null {
  const m = paragraph === undefined ? null : TITLE_CASE_DATELINE.exec(paragraph) ?? CITY_STOP_DATELINE.exec(paragraph);
  if (!m || cityNamed(m[1]!, homeZone) === undefined) return null;
  return { dateline: { text: m[1]!, ...placeOf(m[1]!, homeZone) }, rest: paragraph!.slice(m[0].length) };
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
  // (an outlet's credit after the place is no part of it: a G2 dateline `TAIPEI (Taiwan News)`)
  const parts = place.replace(/\s*\([^()]{1,60}\)\s*$/, '').split(',').map((part) => part.trim()).filter((part) => part !== '' && !DATE_PART.test(part));
  const [first, ...rest] = parts;
  if (first === undefined) return { city: null, region: null, country: null };
  const known = cityNamed(first, homeZone);
  // the table's spelling where it is the printed name (`McAllen`), else the printed name in natural case (`KUWAIT CITY`)
  const city = known && known.name.toLowerCase() === first.toLowerCase() && known.name !== known.name.toUpperCase() ? known.name : placeCase(first);
  if (rest.length === 0) {
    // A stand-alone dateline city (AP stylebook): the country is the city's.
    return { city, region: null, country: known?.country ?? null };
  }
  const printed = rest[rest.length - 1]!;
  const last = placeCase(printed);
  if (rest.length === 1) {
    // `MORELIA, Mich.`: a Mexican city's state, abbreviated as Mexican copy does (not Michigan)
    const mexican = known?.country === 'Mexico' ? mexicanState(printed) : undefined;
    if (mexican) return { city, region: mexican, country: 'Mexico' };
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
