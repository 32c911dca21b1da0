import { CALENDAR, DEMONYMS, DIRECTIONS, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_HEADS_FIRST, ORG_LEADS, OUTLET_NOUNS, PORTFOLIOS, PLACE_HEADS, PLACE_HEADS_FIRST, SENTENCE_STARTERS, SPEECH_VERBS, TITLE_HEADS } from './lexicon.ts';
import { knownAcronymOrganisation, knownOrganisation, knownPlace } from './gazetteer.ts';
import type { Span, Token } from './text.ts';
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

/** Nouns after a name that is also an ordinary word and make it the place: `Amazon rainforest`, `Pacific islands`. */
export const GEOGRAPHIC_NOUNS = new Set(['rainforest', 'river', 'basin', 'region', 'delta', 'wetlands', 'islands', 'ocean', 'coast']);
export const EVENT_WORDS = new Set(['day', 'year', 'war', 'cup', 'games', 'olympics', 'tournament', 'championship', 'festival', 'summit', 'conference', 'forum', 'award', 'awards', 'prize', 'week', 'series', 'open', 'act', 'bill', 'accord', 'treaty', 'agreement', 'plan', 'initiative', 'marathon', 'half-marathon', 'rally', 'expo', 'fair', 'biennale', 'carnival', 'regatta', 'olympiad', 'index', 'covid-19', 'covid', 'test', 'masters', 'prix']);
export const ACRONYM = /^\p{Lu}{2,6}s?$|^\p{Lu}\p{Lu}?&\p{Lu}$/u;
export const NOT_ACRONYMS = new Set(['MRI', 'TD', 'TDS', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST', 'EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CNY', 'RPM', 'MVP', 'CEO', 'CFO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'OK', 'ID', 'II', 'III', 'IV', 'VI', 'VII', 'PR', 'HIV', 'AIDS', 'COVID', 'NFT', 'EV', 'EVS', 'IPO', 'ETF', 'CPI', 'LNG', 'DNA', 'MP', 'MPS', 'US', 'UK', 'UAE', 'USA', 'DMZ', 'VIP', 'SUV', 'CCTV', 'PhD', 'ICBM', 'ICBMS', 'UAV', 'UAVS', 'GPS', 'ATM', 'CO2',
  // Trades, drugs, devices and units in capitals: `IT exports`, `a sample contained EPO`.
  'IT', 'ICT', 'EPO', 'THC', 'CBD', 'LSD', 'MDMA', 'IVF', 'PPE', 'SMS', 'USB', 'VPN', 'API', 'GMO', 'LED', 'LCD', 'ICU', 'HQ', 'ESG',
  'NGO', 'GW', 'MW', 'KW', 'GWH', 'KWH', 'MWH', 'BPD', 'LPG', 'CNG', 'SIM', 'PIN', 'QR', 'PTSD', 'ADHD', 'CT', 'TB', 'R&D']);

export const lower = (w: string): string => w.toLowerCase();

/**
 * Whether a run may continue across "of"/"for" (or "on" right after a body's head word): `Ministry of Defence`,
 * `Secretary of State`, `Gulf of Finland`, `Commission on Elections`. A body's name already joined at its head runs on
 * over more of its complements (`Court of Arbitration for Sport`, `Association of the Petroleum Industry of Kurdistan`),
 * a title over portfolios (`Minister of State for Information Technology`).
 */
export function joinOf(words: readonly string[], preposition = 'of'): boolean {
  const last = lower(words[words.length - 1]!);
  if (preposition === 'on') return ORG_HEADS_BEFORE_OF.has(last);
  if (ORG_HEADS_BEFORE_OF.has(last) || PLACE_HEADS_FIRST.has(last) || TITLE_HEADS.has(last) || last === 'horn' || last === 'centers' || last === 'republic') return true;
  if (words.length > 6) return false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = lower(words[i]!);
    if (words[i + 1] !== 'of' && words[i + 1] !== 'for') continue;
    if (ORG_HEADS_BEFORE_OF.has(w) && !GIVEN_NAMES.has(last)) return true;
    if (TITLE_HEADS.has(w) && PORTFOLIOS.has(last)) return true;
  }
  return false;
}

/** A demonym: `Korean`, `North Koreans`, `Ukrainian` — from the table or a country name with the usual ending. */
export function isDemonym(word: string): boolean {
  // `Shi'ite` is `Shiite`
  if (/['’]/.test(word)) return isDemonym(word.replace(/['’]/g, ''));
  const w = lower(word).replace(/s$/, '');
  if (DEMONYMS.has(w) || DEMONYMS.has(lower(word))) return true;
  const stems = [w.replace(/n$/, ''), w.replace(/ian$/, 'ia'), w.replace(/ian$/, 'e'), w.replace(/ian$/, 'y'), w.replace(/an$/, 'a'), w.replace(/an$/, 'o'), w.replace(/ese$/, ''), w.replace(/ese$/, 'a'), w.replace(/i$/, '')];
  return stems.some((s) => s !== w && s.length > 2 && country(s) !== undefined);
}

const isNameWord = (word: string): boolean => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word);

/** A run that can be a person's name: one to five name words, no organisation, place or event word, not shouted. */
export function nameLike(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  if (ORG_LEADS.has(lower(words[0]!)) || (words.length >= 2 && ORG_HEADS_FIRST.has(lower(words[0]!)))) return false;
  for (const word of words) {
    const l = lower(word);
    if (!isNameWord(word) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || CALENDAR.has(l) || EVENT_WORDS.has(l) || SENTENCE_STARTERS.has(l) && words.length === 1) return false;
    if (word.length > 1 && word === word.toUpperCase() && !/^(?:\p{Lu}\.)+$/u.test(word)) return false;
  }
  return !words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w)));
}

/** `Chinese-owned`, `Western-backed`, `NFC-leading`, `Istanbul-based`: an adjective made of a name and a participle. */
export const COMPOUND_ADJECTIVE = /^(.+)-(?:owned|backed|based|led|run|made|born|leading|controlled|linked|affiliated|aligned|allied|held|funded|sponsored|style|speaking|bound|flagged)$/u;

/** Adjectives before `Government` that name a body, not a country's government in general: `Kurdistan Regional Government`. */
export const GOVERNMENT_KINDS = new Set(['regional', 'provincial', 'autonomous', 'transitional', 'interim', 'metropolitan', 'municipal', 'territorial']);

/** Verbs after a name that only a business or body does: `Bosch employs 18,000 people`. */
export const ORG_VERBS_AFTER = new Set(['employs', 'manufactures', 'headquartered']);

/** Words after a name that start a clause or a complement: `World Athletics and …`, `… will decide`. */
export const CLAUSE_STARTS = new Set(['and', 'or', 'but', 'will', 'would', 'can', 'could', 'may', 'must', 'should', 'to', 'in', 'on', 'for', 'with', 'from', 'at', 'by', 'which', 'that', 'who']);

/** Sentence-start words that may begin a body's name: `National Electric Vehicle Sweden`, `Federal Highway Authority`. */
export const NAME_ADJECTIVES = new Set(['national', 'international', 'federal', 'state', 'regional', 'local', 'city', 'government']);

/** Title heads after which "of X" names the body the person works for: `CEO of Poet`, `founder of EOS Climate`. */
export const INSTITUTION_HEADS = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'founder', 'co-founder', 'cofounder', 'director', 'head', 'owner', 'manager', 'executive', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'coach', 'editor', 'secretary-general', 'director-general']);

/** Countries whose city names are often family names too (`Jack London`, `Denzel Washington`): not read as clubs. */
const ENGLISH_SPEAKING = new Set(['United States', 'United Kingdom', 'Canada', 'Australia', 'Ireland', 'New Zealand']);

/** `Bayern Munich`, `Dynamo Kyiv`: a name before a city that is no given name is a club or company named for its city. */
export function cityNamedBody(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const town = city(words[1]!);
  const w = lower(words[0]!);
  return town !== undefined && !ENGLISH_SPEAKING.has(town.country) && town.name !== 'Santiago' && !GIVEN_NAMES.has(w) && !DIRECTIONS.has(w) && !isDemonym(words[0]!) && knownPlace(words[0]!) === undefined && /^\p{Lu}\p{Ll}+$/u.test(words[0]!);
}

/**
 * `the Kiwoom Heroes`, `the San Francisco Giants`, `the Miami Heat`: after "the", a name ending in a capitalised
 * plural, or a city or state and one more word, is a team (mountain ranges and islands end in a place word).
 */
export function sportsTeam(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4 || words.some((w) => !/^\p{Lu}/u.test(w))) return false;
  const last = words[words.length - 1]!;
  const l = lower(last);
  if (PLACE_HEADS.has(l) || EVENT_WORDS.has(l) || isDemonym(last) || CALENDAR.has(l)) return false;
  if (/^\p{Lu}\p{Ll}+s$/u.test(last) && !words.slice(0, -1).some((w) => TITLE_HEADS.has(lower(w)))) return true;
  const lead = words.slice(0, -1).join(' ');
  return /^\p{Lu}\p{Ll}+$/u.test(last) && (city(lead) !== undefined || usState(lead) !== undefined);
}

/** `, the city’s power company,` / `, a state-run broadcaster,`: an appositive whose last word is a kind of organisation. */
export function orgAppositive(t: readonly Token[], i: number): boolean {
  if (!t[i] || !(/^(?:the|a|an)$/.test(t[i]!.text) || t[i]!.possessive)) return false;
  let j = i;
  // `, a charity that helps migrants,`: the noun before a relative clause.
  while (j < t.length && j - i < 8 && t[j]!.text !== ',' && t[j]!.text !== '.' && !(j > i + 1 && (t[j]!.text === 'that' || t[j]!.text === 'which'))) j++;
  const lastWord = t[j - 1];
  return [',', '.', 'that', 'which'].includes(t[j]?.text ?? '') && lastWord !== undefined && !lastWord.cap && OUTLET_NOUNS.has(lastWord.text) && !t.slice(i, j).some((x) => TITLE_HEADS.has(x.text));
}

/** A verb of saying within the clause that starts at token i: `of the … group told Reuters`. */
export function speechVerbAhead(t: readonly Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 12; j++) {
    const tok = t[j]!;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || tok.text === '“' || tok.text === '"') return false;
    if (tok.word && !tok.cap && SPEECH_VERBS.has(lower(tok.text))) return true;
  }
  return false;
}

/** Known organisation or place for a run of words. */
export function known(words: readonly string[], withThe: boolean): { kind: 'organisation' | 'place'; name: string } | null {
  const text = words.join(' ');
  const bare = words[0] === 'The' ? words.slice(1).join(' ') : text;
  const place = knownPlace(text, withThe) ?? (bare !== text ? knownPlace(bare, true) : undefined);
  if (place !== undefined && withThe) return { kind: 'place', name: place };
  // One word is looked up as an acronym (`WHO`, not `Who`) or as a name that is no ordinary word at a sentence's start.
  const org = words.length === 1 ? knownAcronymOrganisation(text) ?? (!SENTENCE_STARTERS.has(lower(text)) ? knownOrganisation(text) : undefined) : knownOrganisation(text) ?? knownOrganisation(bare);
  if (org !== undefined) return { kind: 'organisation', name: org };
  if (place !== undefined) return { kind: 'place', name: place };
  return null;
}

/** Organisations and places among the words of a title (`NATO Secretary General`, `White House Press Secretary`). */
export function innerOfTitle(words: readonly string[]): { kind: 'organisation' | 'place'; name: string }[] {
  const found: { kind: 'organisation' | 'place'; name: string }[] = [];
  let i = 0;
  while (i < words.length) {
    let hit = false;
    for (let j = words.length; j > i; j--) {
      const k = known(words.slice(i, j), false);
      if (k) {
        found.push(k);
        i = j;
        hit = true;
        break;
      }
    }
    if (!hit) i++;
  }
  return found;
}
