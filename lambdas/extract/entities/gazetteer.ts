import { providerByName } from '../../wire/index.ts';
import { PLACES_NEEDING_THE } from './lexicon.ts';
import { city, country, countryInOtherLanguage, otherRegion, tableCity, usState, worldProvince } from '../places.ts';
import NEWS_AGENCIES from './gazetteers/news-agencies.json' with { type: 'json' };
import ORGANISATIONS from './gazetteers/organisations.json' with { type: 'json' };
import PLACES from './gazetteers/places.json' with { type: 'json' };

/**
 * What wire copy names often enough to know by heart: organisations with their acronyms, outlets
 * whose names are ordinary words, and places beyond the dateline tables of `../places.ts` (which this
 * reuses for countries, states, regions and cities): regions, continents, seas, and cities that are
 * seldom datelines. Data, not code.
 */

/*
 * The tables, under `gazetteers/`, each row [canonical name, other printed names…]:
 * - `organisations.json`: the canonical name is the full name, except where the AP Stylebook accepts the
 *   acronym in all references (NATO, FBI, CIA, NASA, OPEC, UNESCO, UNICEF);
 * - `news-agencies.json`: the agencies whose copy Newswire reads, by the name they print (`told PTI`, `ANSA
 *   reported`), an organisation wherever a story names one;
 * - `places.json`: regions, continents, seas and cities not in the dateline tables; inhabited islands the town tables lack
 *   (GeoNames counts towns, not islands: `Tahiti`, `Upolu`, `La Digue`), each name borne by no common word or person.
 */


/** AP state abbreviations → the state's name (`N.C.` → North Carolina); `../places.ts` knows them for zones. */
const STATE_NAMES: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'D.C.': 'District of Columbia', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana',
  'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan',
  'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada',
  'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina',
  'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina',
  'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming', 'P.R.': 'Puerto Rico',
};

const orgIndex = new Map<string, string>();
for (const [canonical, ...others] of [...ORGANISATIONS, ...NEWS_AGENCIES]) for (const name of [canonical!, ...others]) orgIndex.set(name.toLowerCase().replace(/’/g, "'"), canonical!);
/** What the known bodies named over `of` print before it (`brothers` of Brothers of Italy): a run there goes on over its `of`. */
const beforeOf = new Set([...orgIndex.keys()].flatMap((name) => (/ of /.test(name) ? [name.slice(0, name.indexOf(' of '))] : [])));
/** Whether a run's words are what a known body's name prints before its `of` (`Brothers`, `Bank`, `Friends`). */
export const opensKnownBodyOverOf = (words: readonly string[]): boolean => beforeOf.has(words.join(' ').toLowerCase());
const placeIndex = new Map<string, string>();
for (const [canonical, ...others] of PLACES) for (const name of [canonical!, ...others]) placeIndex.set(name.toLowerCase(), canonical!);

/** Without diacritics: `Reykjavík` → `Reykjavik`. */
const unmarked = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');
/** Lower case without diacritics: `Malmö` → `malmo`. */
const bare = (name: string): string => unmarked(name.toLowerCase());
/** German umlauts as their two-letter spellings: `Düsseldorf` → `duesseldorf`. */
const umlauts = (name: string): string => bare(name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
/** Two spellings of one name, with and without diacritics. */
const sameSpelling = (a: string, b: string): boolean => bare(a) === bare(b) || umlauts(a) === umlauts(b);

const fold = (name: string): string => name.toLowerCase().replace(/’/g, "'");

const agencyIndex = new Map<string, string>();
for (const [canonical, ...others] of NEWS_AGENCIES) for (const name of [canonical!, ...others]) agencyIndex.set(name.toLowerCase(), canonical!);

/**
 * A news agency by a name as printed in any case (`ARMENPRESS`, `Kazinform`, `Yonhap News Agency`) → the spelling it goes by;
 * undefined for another name. The agencies with a profile (`../../wire/agencies`) are known by all their names.
 */
export const knownAgency = (name: string): string | undefined => agencyIndex.get(name.toLowerCase()) ?? providerByName(name) ?? undefined;

/** The news agency a name of a body stands for, by the name itself or by the organisation it is known as (`Yonhap News Agency`). */
export function agencyNamed(name: string): string | undefined {
  const org = knownOrganisation(name);
  return knownAgency(name) ?? (org === undefined ? undefined : knownAgency(org));
}

/** A known organisation by any printed name (`NIS`, `North Atlantic Treaty Organization`) → its canonical name. */
export const knownOrganisation = (name: string): string | undefined => orgIndex.get(fold(name));

/** Acronyms are matched case-sensitively: `WHO` is the organisation, `Who` is a pronoun. */
export function knownAcronymOrganisation(name: string): string | undefined {
  return name === name.toUpperCase() || name.length > 5 ? orgIndex.get(fold(name)) : undefined;
}

/** The table's name, or the printed one where the two differ only by diacritics (`Perú` for Peru, `Reykjavik` for Reykjavík). */
const asPrinted = (printed: string, known: string): string => (known !== printed && unmarked(printed) === unmarked(known) ? printed : known);

/**
 * A known place by any printed name → its canonical name: a country (`U.S.` → United States), a US state
 * (`N.C.` → North Carolina), another federation's region, a city, or a region, sea or continent.
 * @param withThe whether "the" stands before the name, for names that are also ordinary words (`the Pacific`)
 */
export function knownPlace(name: string, withThe = false): string | undefined {
  const extra = placeIndex.get(name.toLowerCase());
  if (extra !== undefined) {
    if (PLACES_NEEDING_THE.has(name) && !withThe) return undefined;
    // `Malmö` and `Malmo`, `Neukölln` and `Neukoelln`: a spelling with or without its diacritics is kept as the story prints it.
    return extra !== name && /[^\x00-\x7f]/.test(name + extra) && sameSpelling(name, extra) ? name : extra;
  }
  // `Perú`, `Gabès`, `Asunción`: a name the tables hold without its diacritics is kept as printed, as is a
  // country named in another language (`Tunisie`, `Deutschland`; names that are English words or given names are not in that table)
  const c = country(name);
  if (c) return asPrinted(name, c.name);
  if (countryInOtherLanguage(name) !== undefined) return name;
  if (STATE_NAMES[name]) return STATE_NAMES[name];
  if (name.length > 2 && usState(name)) return name;
  if (otherRegion(name) || worldProvince(name)) return name;
  // `NIS` is an agency, not Niš: a name printed in capitals is a city only if the table has it
  const town = name === name.toUpperCase() ? tableCity(name) : city(name);
  return town ? asPrinted(name, town.name) : undefined;
}
