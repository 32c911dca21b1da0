import { AMBIGUOUS_TITLE_HEADS, CALENDAR, DEMONYMS, PATRONYMIC_SUFFIXES, TITLE_MODIFIERS, DIRECTIONS, ENGLISH_SPEAKING, ENVOY_HEADS, EVENT_WORDS, GIVEN_NAMES, LONG_NAME_PARTICLES, NAME_PARTICLES, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_HEADS_FIRST, ORG_LEADS, PLACE_HEADS, PLACE_HEADS_ALSO_SURNAMES, PLACE_HEADS_FIRST, PORTFOLIOS, SENTENCE_STARTERS, TITLE_HEADS } from './lexicon.ts';
import { agencyNamed, knownAcronymOrganisation, knownOrganisation, knownPlace, opensKnownBodyOverOf } from './gazetteer.ts';
import type { Span } from './text.ts';
import { isGeneration, isGivenName, isWorldGivenName } from './people.ts';
import { city, country, usState } from '../places.ts';

/**
 * What one capitalised run can be, from the run itself and the words around it: a person (with the title
 * printed with the name), an organisation, a place, an acronym to tie to a name later, a bare word that
 * may turn out to be a short reference, or nothing (`Wednesday`, `North Korean`, `Experts`); and the tests
 * of words and neighbours the rules of `run-rules.ts` are made of.
 */

export type Kind = 'person' | 'organisation' | 'place' | 'acronym' | 'north' | 'unknown' | 'skip';

export interface Reading {
  readonly span: Span;
  readonly kind: Kind;
  /** The name: canonical for known organisations and places, as printed otherwise. */
  readonly name: string;
  /** Token index where the name starts (after a title or a sentence-start word). */
  readonly from: number;
  readonly title: string | null;
  /** Evidence that a bare name is a person's: a title, an age, a verb of saying, an honorific. */
  readonly personal: boolean;
  /** Organisations and places inside a title run (`NATO` in `NATO Secretary General Mark Rutte`). */
  readonly inner: readonly { kind: 'organisation' | 'place'; name: string }[];
  /** An unknown run in a place's position: `in Vladivostok`, `Kursk region`. */
  readonly placeCue: boolean;
  /** The name was printed after an honorific (`Mr. Ng`, `Datuk Seri Roslan Hamid`). */
  readonly honorific: boolean;
  /** The rule of `RUN_RULES` that decided (for a title of a body, the body's reading is its); empty for the run's preparation and for no rule at all. */
  readonly rule: string;
}


export const lower = (w: string): string => w.toLowerCase();

/**
 * Whether a run may continue across "of"/"for" (or "on" right after a body's head word): `Ministry of Defence`,
 * `Secretary of State`, `Gulf of Finland`, `Commission on Elections`. A body's name already joined at its head runs on
 * over more of its complements (`Court of Arbitration for Sport`, `Association of the Petroleum Industry of Kurdistan`),
 * a title over portfolios (`Minister of State for Information Technology`).
 */
export function joinOf(words: readonly string[], preposition = 'of'): boolean {
  const last = lower(words[words.length - 1]!);
  // (`Office of the Representative on International Legal Matters`: a body named for its post runs on to the post's remit)
  if (preposition === 'on') return ORG_HEADS_BEFORE_OF.has(last) || (words.length <= 5 && ORG_HEADS_BEFORE_OF.has(lower(words[0]!)) && words[1] === 'of' && TITLE_HEADS.has(last));
  // `Ambassador to Azerbaijan`, `Permanent Representative to the United Nations`: an envoy's title runs on to where they are sent
  if (preposition === 'to') return ENVOY_HEADS.has(last);
  if (ORG_HEADS_BEFORE_OF.has(last) || PLACE_HEADS_FIRST.has(last) || TITLE_HEADS.has(last) || last === 'horn' || last === 'centers' || last === 'republic') return true;
  // (`Brothers of Italy`: the words a known body prints before its `of`)
  if (preposition === 'of' && opensKnownBodyOverOf(words)) return true;
  if (words.length > 6) return false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = lower(words[i]!);
    if (words[i + 1] !== 'of' && words[i + 1] !== 'for') continue;
    if (ORG_HEADS_BEFORE_OF.has(w) && !GIVEN_NAMES.has(last)) return true;
    if (TITLE_HEADS.has(w) && PORTFOLIOS.has(last)) return true;
  }
  return false;
}

/** `Barbados Today`: a name that opens with a country no one is named after is no person's (`Jordan Smith`, `Chad Ochocinco` are). */
export const opensWithCountry = (words: readonly string[]): boolean =>
  words.length >= 2 && country(words[0]!) !== undefined && !isWorldGivenName(words[0]!) && !GIVEN_NAMES.has(lower(words[0]!));

/** A demonym: `Korean`, `North Koreans`, `Ukrainian` — from the table or a country name with the usual ending. */
export function isDemonym(word: string): boolean {
  // `Shi'ite` is `Shiite`
  if (/['’]/.test(word)) return isDemonym(word.replace(/['’]/g, ''));
  // `Dutch-Japanese`, `Indian-American`: demonyms joined
  if (/^[^-]{3,}(?:-[^-]{3,})+$/.test(word)) return word.split('-').every(isDemonym);
  const w = lower(word).replace(/s$/, '');
  if (DEMONYMS.has(w) || DEMONYMS.has(lower(word))) return true;
  const stems = [w.replace(/n$/, ''), w.replace(/ian$/, 'ia'), w.replace(/ian$/, 'e'), w.replace(/ian$/, 'y'), w.replace(/an$/, 'a'), w.replace(/an$/, 'o'), w.replace(/ese$/, ''), w.replace(/ese$/, 'a'), w.replace(/i$/, '')];
  return stems.some((s) => s !== w && s.length > 2 && country(s) !== undefined);
}

const isNameWord = (word: string): boolean => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word) || PATRONYMIC_SUFFIXES.has(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word);

/** `Ali Ramadan al-Gharyani`, `Mohamed Ramadan`: a month's or a feast's name after a given name is a name's word, not a date. */
export const calendarWordInName = (words: readonly string[], k: number): boolean => k > 0 && isGivenName(words[0]!);

/** A run that can be a person's name: one to five name words, no organisation, place or event word, not shouted. */
export function nameLike(printed: readonly string[]): boolean {
  // (`Rodolfo Macaraeg Jr.`, `Emmanuel Sebastian Tiu III`)
  // (`Pope Leo XIV`, `Charles III`: a regnal number after one name too)
  const words = printed.length >= 2 && isGeneration(printed[printed.length - 1]!) ? printed.slice(0, -1) : printed;
  // (five names at most, particles aside, `María José de la Fuente Valdés`, `Luis Manuel Almánzar de la Cruz`: a longer run is a name
  // only if it opens with a given name and its particles are of the names that run long, not `Sandra Meier von der Zürcher
  // Kantonalbank`, `Bas ten Hove van Ontwikkelcombinatie Merwede`, whose `von der` and `van` say where the person works)
  if (words.length === 0 || words.length > 8 || words.filter((w) => !NAME_PARTICLES.has(w)).length > 5) return false;
  if (words.length > 5 && (!isGivenName(words[0]!) || words.some((w) => NAME_PARTICLES.has(w) && !LONG_NAME_PARTICLES.has(w)))) return false;
  if (ORG_LEADS.has(lower(words[0]!)) || (words.length >= 2 && ORG_HEADS_FIRST.has(lower(words[0]!)))) return false;
  // (nor a common noun behind an elided article: `L’échevine de la Mobilité`)
  if (/^[lLdD]['’]\p{Ll}/u.test(words[0]!)) return false;
  for (const [k, word] of words.entries()) {
    const l = lower(word);
    if (!isNameWord(word) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || (CALENDAR.has(l) && !calendarWordInName(words, k)) || EVENT_WORDS.has(l) || SENTENCE_STARTERS.has(l) && words.length === 1) return false;
    if (word.length > 1 && word === word.toUpperCase() && !/^(?:\p{Lu}\.)+$/u.test(word)) return false;
  }
  // `Director General`, `Chief Executive`: titles alone name no one; nor a title with its modifier, maybe after a place (`Tamale
  // Chief Imam`), whose head is no family name (`Stephen King` is a person)
  if (words.length >= 2 && words.every((w) => TITLE_HEADS.has(lower(w)))) return false;
  const head = lower(words[words.length - 1]!);
  if (words.length >= 2 && TITLE_HEADS.has(head) && !AMBIGUOUS_TITLE_HEADS.has(head) && TITLE_MODIFIERS.has(lower(words[words.length - 2]!))) return false;
  return !words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w)));
}


/** `Bayern Munich`, `Dynamo Kyiv`: a name before a city that is no given name is a club or company named for its city. */
export function cityNamedBody(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const town = city(words[1]!);
  const w = lower(words[0]!);
  // (`Lake Naivasha`, `Port Dickson`: a place word before a town names a place; so does one for a town, `Kailasanathar Temple`)
  // (a given name before a town's name opens a person's: `Marlon Pierre`, `Lupe Cárdenas`, not a club from Pierre or Cárdenas)
  return town !== undefined && !PLACE_HEADS_FIRST.has(w) && !PLACE_HEADS.has(lower(words[1]!)) && !PLACE_HEADS_ALSO_SURNAMES.has(lower(words[1]!)) && !ENGLISH_SPEAKING.has(town.country) && town.name !== 'Santiago' && !GIVEN_NAMES.has(w) && !isWorldGivenName(words[0]!) && !DIRECTIONS.has(w) && !isDemonym(words[0]!) && knownPlace(words[0]!) === undefined && /^\p{Lu}\p{Ll}+$/u.test(words[0]!);
}

/**
 * `the Kiwoom Heroes`, `the San Francisco Giants`, `the Miami Heat`: after "the", a name ending in a capitalised
 * plural, or a city or state and one more word, is a team (mountain ranges and islands end in a place word).
 */
export function sportsTeam(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}/u.test(w))) return false;
  const last = words[words.length - 1]!;
  const l = lower(last);
  // (`the South Caucasus`: a name ending in a known place, or in a Latin singular in -us or -is, is no team's plural)
  if (PLACE_HEADS.has(l) || EVENT_WORDS.has(l) || isDemonym(last) || CALENDAR.has(l) || /(?:us|is)$/.test(l) || knownPlace(last) !== undefined) return false;
  if (/^\p{Lu}\p{Ll}+s$/u.test(last) && !words.slice(0, -1).some((w) => TITLE_HEADS.has(lower(w)))) return true;
  const lead = words.slice(0, -1).join(' ');
  return /^\p{Lu}\p{Ll}+$/u.test(last) && (city(lead) !== undefined || usState(lead) !== undefined);
}

/** Known organisation or place for a run of words. */
export function known(words: readonly string[], withThe: boolean): { kind: 'organisation' | 'place'; name: string } | null {
  const text = words.join(' ');
  const bare = words[0] === 'The' ? words.slice(1).join(' ') : text;
  const place = knownPlace(text, withThe) ?? (bare !== text ? knownPlace(bare, true) : undefined);
  if (place !== undefined && withThe) return { kind: 'place', name: place };
  // One word is looked up as an acronym (`WHO`, not `Who`) or as a name that is no ordinary word at a sentence's start.
  // (a word of three letters or fewer not in capitals and lower case mixed: French `Un` is no `UN`, `dpa` is dpa)
  const word = !SENTENCE_STARTERS.has(lower(text)) && (text.length > 3 || text === text.toUpperCase() || text === text.toLowerCase());
  const org = words.length === 1 ? knownAcronymOrganisation(text) ?? (word ? knownOrganisation(text) : undefined) : knownOrganisation(text) ?? knownOrganisation(bare);
  // (a news agency as the story prints it, `told Yonhap News Agency`, `Kyodo News`: the table's name is the provider's spelling)
  if (org !== undefined) return { kind: 'organisation', name: words.length > 1 && agencyNamed(bare) !== undefined ? bare : org };
  if (place !== undefined) return { kind: 'place', name: place };
  return null;
}
