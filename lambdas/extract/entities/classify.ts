import { CORPORATE_SUFFIXES, CALENDAR, DEMONYMS, DIRECTIONS, GIVEN_NAMES, HONORIFICS, NAME_PARTICLES, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_HEADS_FIRST, ORG_LEADS, ORG_NOUNS_AFTER, OUTLET_NOUNS, PORTFOLIOS, PLACE_HEADS, PLACE_HEADS_FIRST, PLACE_KINDS, PLACE_NOUNS, PLACE_NOUNS_BEFORE_OF, PLACE_PREPOSITIONS, SENTENCE_STARTERS, SPEECH_VERBS, TITLE_HEADS } from './lexicon.ts';
import { knownAcronymOrganisation, knownOrganisation, knownPlace } from './gazetteer.ts';
import type { Span, Token } from './text.ts';
import { appositiveAfter, honorificLength, RANKS, titleBefore, titleInAppositiveBefore, titleStart, titleWordsInRun } from './titles.ts';
import { city, country, usState } from '../places.ts';

/**
 * What one capitalised run is, from the run itself and the words around it: a person (with the title
 * printed with the name), an organisation, a place, an acronym to tie to a name later, a bare word that
 * may turn out to be a short reference, or nothing (`Wednesday`, `North Korean`, `Experts`).
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
}

/** Nouns after a name that is also an ordinary word and make it the place: `Amazon rainforest`, `Pacific islands`. */
const GEOGRAPHIC_NOUNS = new Set(['rainforest', 'river', 'basin', 'region', 'delta', 'wetlands', 'islands', 'ocean', 'coast']);
const EVENT_WORDS = new Set(['day', 'year', 'war', 'cup', 'games', 'olympics', 'tournament', 'championship', 'festival', 'summit', 'conference', 'forum', 'award', 'awards', 'prize', 'week', 'series', 'open', 'act', 'bill', 'accord', 'treaty', 'agreement', 'plan', 'initiative', 'marathon', 'half-marathon', 'rally', 'expo', 'fair', 'biennale', 'carnival', 'regatta', 'olympiad', 'index', 'covid-19', 'covid', 'test', 'masters', 'prix']);
const ACRONYM = /^\p{Lu}{2,6}s?$|^\p{Lu}\p{Lu}?&\p{Lu}$/u;
const NOT_ACRONYMS = new Set(['MRI', 'TD', 'TDS', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'BST', 'EUR', 'USD', 'GBP', 'JPY', 'CHF', 'CNY', 'RPM', 'MVP', 'CEO', 'CFO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'OK', 'ID', 'II', 'III', 'IV', 'VI', 'VII', 'PR', 'HIV', 'AIDS', 'COVID', 'NFT', 'EV', 'EVS', 'IPO', 'ETF', 'CPI', 'LNG', 'DNA', 'MP', 'MPS', 'US', 'UK', 'UAE', 'USA', 'DMZ', 'VIP', 'SUV', 'CCTV', 'PhD', 'ICBM', 'ICBMS', 'UAV', 'UAVS', 'GPS', 'ATM', 'CO2',
  // Trades, drugs, devices and units in capitals: `IT exports`, `a sample contained EPO`.
  'IT', 'ICT', 'EPO', 'THC', 'CBD', 'LSD', 'MDMA', 'IVF', 'PPE', 'SMS', 'USB', 'VPN', 'API', 'GMO', 'LED', 'LCD', 'ICU', 'HQ', 'ESG',
  'NGO', 'GW', 'MW', 'KW', 'GWH', 'KWH', 'MWH', 'BPD', 'LPG', 'CNG', 'SIM', 'PIN', 'QR', 'PTSD', 'ADHD', 'CT', 'TB', 'R&D']);

const lower = (w: string): string => w.toLowerCase();

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
const COMPOUND_ADJECTIVE = /^(.+)-(?:owned|backed|based|led|run|made|born|leading|controlled|linked|affiliated|aligned|allied|held|funded|sponsored|style|speaking|bound|flagged)$/u;

/** Adjectives before `Government` that name a body, not a country's government in general: `Kurdistan Regional Government`. */
const GOVERNMENT_KINDS = new Set(['regional', 'provincial', 'autonomous', 'transitional', 'interim', 'metropolitan', 'municipal', 'territorial']);

/** Verbs after a name that only a business or body does: `Bosch employs 18,000 people`. */
const ORG_VERBS_AFTER = new Set(['employs', 'manufactures', 'headquartered']);

/** Words after a name that start a clause or a complement: `World Athletics and …`, `… will decide`. */
const CLAUSE_STARTS = new Set(['and', 'or', 'but', 'will', 'would', 'can', 'could', 'may', 'must', 'should', 'to', 'in', 'on', 'for', 'with', 'from', 'at', 'by', 'which', 'that', 'who']);

/** Sentence-start words that may begin a body's name: `National Electric Vehicle Sweden`, `Federal Highway Authority`. */
const NAME_ADJECTIVES = new Set(['national', 'international', 'federal', 'state', 'regional', 'local', 'city', 'government']);

/** Title heads after which "of X" names the body the person works for: `CEO of Poet`, `founder of EOS Climate`. */
const INSTITUTION_HEADS = new Set(['president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'founder', 'co-founder', 'cofounder', 'director', 'head', 'owner', 'manager', 'executive', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'member', 'coach', 'editor', 'secretary-general', 'director-general']);

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
function orgAppositive(t: readonly Token[], i: number): boolean {
  if (!t[i] || !(/^(?:the|a|an)$/.test(t[i]!.text) || t[i]!.possessive)) return false;
  let j = i;
  // `, a charity that helps migrants,`: the noun before a relative clause.
  while (j < t.length && j - i < 8 && t[j]!.text !== ',' && t[j]!.text !== '.' && !(j > i + 1 && (t[j]!.text === 'that' || t[j]!.text === 'which'))) j++;
  const lastWord = t[j - 1];
  return [',', '.', 'that', 'which'].includes(t[j]?.text ?? '') && lastWord !== undefined && !lastWord.cap && OUTLET_NOUNS.has(lastWord.text) && !t.slice(i, j).some((x) => TITLE_HEADS.has(x.text));
}

/** A verb of saying within the clause that starts at token i: `of the … group told Reuters`. */
function speechVerbAhead(t: readonly Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 12; j++) {
    const tok = t[j]!;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || tok.text === '“' || tok.text === '"') return false;
    if (tok.word && !tok.cap && SPEECH_VERBS.has(lower(tok.text))) return true;
  }
  return false;
}

/** Known organisation or place for a run of words. */
function known(words: readonly string[], withThe: boolean): { kind: 'organisation' | 'place'; name: string } | null {
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
function innerOfTitle(words: readonly string[]): { kind: 'organisation' | 'place'; name: string }[] {
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

export function read(span: Span, paragraph: string, previous: Reading | undefined): Reading {
  const t = span.sentence.tokens;
  let from = span.from;
  let words = span.words;
  const make = (kind: Kind, name: string, extra: Partial<Reading> = {}): Reading =>
    ({ span, kind, name, from, title: null, personal: false, inner: [], placeCue: false, honorific: false, ...extra });

  // A capital that only starts the sentence: `The`, `However`, `Experts` — unless the whole run is known.
  // `National Electric Vehicle Sweden, or NEVS,`: an adjective that starts a body's name is kept.
  const bodyName = words.length >= 3 && NAME_ADJECTIVES.has(lower(words[0]!)) && (ORG_HEADS.has(lower(words[words.length - 1]!)) || country(words[words.length - 1]!) !== undefined);
  while (!bodyName && words.length > 0 && t[from]!.initial && SENTENCE_STARTERS.has(lower(words[0]!)) && !known(words, false)) {
    words = words.slice(1);
    from++;
  }
  // `In der Regel`: a run does not start with a lower-case particle once its sentence-start word is gone.
  while (words.length > 0 && NAME_PARTICLES.has(words[0]!) && from > span.from) {
    words = words.slice(1);
    from++;
  }
  // `Chinese-owned company`, `the Western-backed National Coalition`: the adjective is not part of the name.
  const compound = words.length > 0 ? COMPOUND_ADJECTIVE.exec(words[0]!) : null;
  let compoundPlace: string | undefined;
  if (compound) {
    compoundPlace = knownPlace(compound[1]!);
    words = words.slice(1);
    from++;
  }
  // `Datuk Seri Roslan Hamid`, `Mr. Ng`: honorifics open the name but are no part of it (`Sir Ganga Ram Hospital` is a name).
  const honorifics = honorificLength(words);
  const honoured = honorifics > 0 && nameLike(words.slice(honorifics));
  if (honoured) {
    words = words.slice(honorifics);
    from += honorifics;
  }
  // `G Kirk Hinrich`: a position's letter before a player's name.
  if (words.length >= 3 && /^\p{Lu}$/u.test(words[0]!)) {
    words = words.slice(1);
    from++;
  }
  // `Islamic State-linked fighters`, `Hamas-run ministry`: a name made an adjective is still a mention of the name.
  const tail = !compound && words.length >= 2 ? COMPOUND_ADJECTIVE.exec(words[words.length - 1]!) : null;
  if (tail) {
    const base = known([...words.slice(0, -1), tail[1]!], false);
    return make('skip', '', { inner: base ? [base] : [] });
  }
  // `an ethnic Amhara militia`, `ethnic Albanians`: a people, not a place or a body.
  if (words.length > 0 && lower(t[from - 1]?.text ?? '') === 'ethnic') return make('skip', words.join(' '));
  if (words.length === 0) return make('skip', '', { inner: compoundPlace ? [{ kind: 'place', name: compoundPlace }] : [] });
  if (compound) {
    const rest = read({ ...span, from, words }, paragraph, previous);
    return compoundPlace ? { ...rest, inner: [...rest.inner, { kind: 'place', name: compoundPlace }] } : rest;
  }
  const before = t[from - 1];
  const after = t[span.to];
  // `the Pacific`, `Brazil’s Amazon rainforest`: names that are also ordinary words, in a place's setting.
  const withThe = before?.text === 'the' || (words[0] === 'The' && !t[from]!.initial) || (after !== undefined && !after.cap && GEOGRAPHIC_NOUNS.has(lower(after.text)));
  const text = words.join(' ');

  if (words.some((w) => CALENDAR.has(lower(w))) || EVENT_WORDS.has(lower(words[words.length - 1]!)) && words.length > 1) {
    // `the Paris Olympics`: an event, held in a place.
    const held = words.length > 1 ? knownPlace(words[0]!) : undefined;
    return make('skip', text, { inner: held ? [{ kind: 'place', name: held }] : [] });
  }
  // `outlet The War Zone`, `supermarket chain Aeon`, `The national grid operator, Ukrenergo,`, `the ruling Pheu Thai party`.
  const cue = before?.text === ',' && t[span.to]?.text === ',' ? t[from - 2] : before;
  // `automakers Mahindra and Dongfeng`: the cue may be plural.
  const cueNoun = (tok: Token | undefined): boolean => tok !== undefined && tok.word && !tok.cap && !tok.possessive && (OUTLET_NOUNS.has(lower(tok.text)) || OUTLET_NOUNS.has(lower(tok.text).replace(/s$/, '')));
  // `A spokesman for the club association, Jonas Adebayo-Richter, said`: the noun ends a title, and the name is a person's.
  const cueTitled = (): boolean => cue !== before && titleInAppositiveBefore(paragraph, from === span.from ? span : { ...span, from }) !== null;
  const orgCue = (cueNoun(cue) && !cueTitled()) || (after !== undefined && after.word && !after.cap && ORG_NOUNS_AFTER.has(lower(after.text)) && !(words.length === 1 && t[from]!.initial));
  if (orgCue && !HONORIFICS.has(lower(words[0]!)) && !words.every(isDemonym)) {
    // `Lebanon’s powerful Hezbollah Shi'ite militia`: a demonym before the cue word describes the body.
    let named = words;
    while (named.length > 1 && isDemonym(named[named.length - 1]!)) named = named.slice(0, -1);
    const k0 = known(named, false);
    if (named !== words && k0?.kind === 'organisation') return make('organisation', k0.name);
    if (!known(words, false)) return make('organisation', text);
  }
  // `wrote on X`, `posted on Telegram`; `analysts at Goldman Sachs`, `an economist at UBS`.
  const bb0 = t[from - 2];
  if (text === 'X' && before?.text === 'on') return make('organisation', text);
  if (before?.text === 'at' && bb0 !== undefined && (!bb0.cap || bb0.initial) && TITLE_HEADS.has(lower(bb0.text).replace(/s$/, '')) && !known(words, false)) return make('organisation', text);
  const whole = known(words, withThe);
  if (whole) return make(whole.kind, whole.name);
  // `CEO of Poet`, `founder of EOS Climate`, `manager of Little General Marathon Gas`: the body a person heads.
  // (`Head of Logistics` in a capitalised title names a department.)
  if (before?.text === 'of' && bb0 !== undefined && bb0.word && INSTITUTION_HEADS.has(lower(bb0.text)) && (!bb0.cap || bb0.text === bb0.text.toUpperCase()) && !t[from]!.initial && !(words.length <= 3 && GIVEN_NAMES.has(lower(words[0]!)))) {
    return make('organisation', text);
  }
  // `Bayern Munich`: a club named for its city.
  if (cityNamedBody(words)) return make('organisation', text);
  // `U.S. East Coast`, `Seoul City Council`: a known place before a known name or a place or organisation word.
  if (words.length >= 2) {
    const lead = knownPlace(words[0]!);
    const rest = known(words.slice(1), false);
    if (lead !== undefined && rest) return make(rest.kind, rest.name, { inner: [{ kind: 'place', name: lead }] });
  }
  if ((text === 'North' || text === 'South') && withThe) return make('north', text);
  if (lower(before?.text ?? '') === 'the' && sportsTeam(words)) return make('organisation', text);

  // `Chairman of the Hamas Political Bureau`, `Head of Logistics`: a title alone; what it is "of" is read on its own.
  if (words.length >= 3 && TITLE_HEADS.has(lower(words[0]!)) && !ORG_HEADS_BEFORE_OF.has(lower(words[0]!)) && (words[1] === 'of' || words[1] === 'for')) {
    const skip = words[2] === 'the' ? 3 : 2;
    const inRun = titleWordsInRun(words);
    if (skip < words.length && (inRun === 0 || !nameLike(words.slice(inRun)))) return read({ ...span, from: from + skip, words: words.slice(skip) }, paragraph, undefined);
  }

  // A title printed in the run: `Defense Secretary Lloyd Austin`, `NATO Secretary General Mark Rutte`.
  const k = titleWordsInRun(words);
  // `Plantation and Commodities Minister Datuk Seri Roslan Hamid`: honorifics between the title and the name.
  const named = k > 0 ? k + honorificLength(words.slice(k)) : 0;
  if (k > 0 && nameLike(words.slice(named)) && (words.length - named >= 2 || named > k || !known(words.slice(named), false))) {
    // Ranks alone (`Gen.`, `Dr.`, `Prince`) give way to a fuller title around the name; else the title runs on
    // leftwards over its modifiers (`Lebanon’s caretaker Prime Minister`, `Army spokesman Major General`).
    let end = k;
    while (end > 0 && RANKS.has(lower(words[end - 1]!))) end--;
    // `Crown Prince` is a title in itself: only a rank after a title head is dropped (`Saudi Energy Minister Prince`).
    if (end > 0 && end < k && !TITLE_HEADS.has(lower(words[end - 1]!))) end = k;
    const nameSpan = { ...span, from: from + named };
    const around = end === 0 ? titleInAppositiveBefore(paragraph, { ...span, from }) ?? appositiveAfter(paragraph, nameSpan)?.title ?? null : null;
    const start = titleStart(span, from, true);
    const printed = end > 0 ? paragraph.slice(t[start]!.start, t[from + end - 1]!.end) : around ?? (start < from ? paragraph.slice(t[start]!.start, t[from - 1]!.end) : paragraph.slice(t[from]!.start, t[from + k - 1]!.end));
    return make('person', words.slice(named).join(' '), { from: from + named, title: printed, personal: true, honorific: named > k, inner: innerOfTitle(words.slice(0, k)) });
  }

  // `VPNs`, `NGOs`, `SUVs`: an abbreviation in the plural names a kind of thing; a body's acronym takes no plural.
  if (words.length === 1 && /^\p{Lu}{2,6}s$/u.test(text)) return make('skip', text);
  if (words.length === 1 && ACRONYM.test(text) && !NOT_ACRONYMS.has(text) && !NOT_ACRONYMS.has(text.toUpperCase())) {
    // `TENNIS: Shanghai Masters`, `FAKTEN: …`: a shouted label at the head of a line is no organisation.
    if (t[from]!.initial && after?.text === ':' && text.length > 3) return make('skip', text);
    // `New York, NY`: a state's postal code after its city.
    if (before?.text === ',' && t[from - 2]?.cap && usState(text) !== undefined && text.length === 2) return make('skip', text);
    return make('acronym', text);
  }
  // `Greenpeace Indonesia`, `GeoSphere Austria`, `Business Leadership South Africa`: a body named for its country.
  if (words.length >= 2) {
    for (let k = words.length - 1; k >= 1; k--) {
      if (!country(words.slice(k).join(' ')) || words[k - 1] === 'of' || knownPlace(words.slice(0, k).join(' '))) continue;
      // `Upper Egypt` is a region; `Shi'ite Iran` is Iran.
      if (words.slice(0, k).every((w) => DIRECTIONS.has(lower(w)))) continue;
      // `Former Sri Lanka opener`: the team of the country is the country.
      if (words.slice(0, k).every((w) => DIRECTIONS.has(lower(w)) || isDemonym(w) || lower(w) === 'former')) return make('place', country(words.slice(k).join(' '))!.name);
      return make('organisation', text);
    }
  }
  if (words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w)))) return make('skip', text);
  const last = lower(words[words.length - 1]!);
  const first = lower(words[0]!);
  if (words.length >= 2 && (ORG_HEADS.has(last) || words.some((w, i) => ORG_HEADS_BEFORE_OF.has(lower(w)) && (words[i + 1] === 'of' || words[i + 1] === 'for' || words[i + 1] === 'on')))) return make('organisation', text);
  // `Kurdistan Regional Government`, `Tigray Interim Administration`: a government of part of a country is a body.
  if (words.length >= 2 && last === 'government' && GOVERNMENT_KINDS.has(lower(words[words.length - 2]!))) return make('organisation', text);
  // `Casa Huizache`, `Grupo Bimbo`: a head noun first; `World Athletics`: a lead word no person's name has.
  // (`a World Heritage property`, `World War II`: a modifier or an event.)
  const leadsBody = ORG_LEADS.has(first) && !PLACE_HEADS.has(last) && !words.some((w) => EVENT_WORDS.has(lower(w)) || /^[IVX]+$/.test(w)) && !['a', 'an'].includes(lower(before?.text ?? ''))
    && (after === undefined || !after.word || after.cap || SPEECH_VERBS.has(lower(after.text)) || /(?:ed|s)$/.test(after.text) || CLAUSE_STARTS.has(after.text));
  if (words.length >= 2 && (ORG_HEADS_FIRST.has(first) || leadsBody)) return make('organisation', text);
  // `Bosch employs 18,000 people`: what only a company does.
  if (after !== undefined && !after.cap && ORG_VERBS_AFTER.has(lower(after.text)) && !GIVEN_NAMES.has(first)) return make('organisation', text);
  // `ICE Futures Europe`, `Bursa Malaysia Derivatives`: a body's name may end in the region it serves.
  const head = words.findIndex((w, i) => i > 0 && ORG_HEADS.has(lower(w)));
  if (words.length >= 3 && head > 0 && words.slice(head + 1).every((w) => knownPlace(w) !== undefined)) return make('organisation', text);
  // `Goethe-Institut`, `Robert-Koch-Institut`: a compound whose last part names a body.
  const part = words.length === 1 ? /-(\p{Lu}[\p{L}]+)$/u.exec(text) : null;
  if (part && ORG_HEADS.has(lower(part[1]!))) return make('organisation', text);
  // `K-Electric, the city’s power company,`: an appositive that names a kind of organisation.
  if (after?.text === ',' && orgAppositive(t, span.to + 1)) return make('organisation', text);
  if (words.length >= 2 && (PLACE_HEADS.has(last) || (PLACE_HEADS_FIRST.has(first) && nameLike(words.slice(1)))) && !isDemonym(words[0]!)) return make('place', text);
  // A demonym before other words is an adjective: `Russian Defense Ministry` was taken above; `Korean War` is an event.
  if (isDemonym(words[0]!) && words.length <= 2) return make('skip', text);

  // Evidence that the run is a person's name.
  const honorific = honoured || (before !== undefined && HONORIFICS.has(lower(before.text)));
  const subSpan = from === span.from ? span : { ...span, from };
  const lowerTitle = titleBefore(paragraph, subSpan) ?? titleInAppositiveBefore(paragraph, subSpan);
  const appositive = appositiveAfter(paragraph, subSpan);
  // `Analysts at Goldman Sachs said`: after a preposition a speaker is an institution, not a person.
  const governed = before !== undefined && !before.cap && ['at', 'of', 'from', 'for', 'with', 'by', 'in', 'on', 'to'].includes(before.text);
  const speaks = after !== undefined && !after.cap && SPEECH_VERBS.has(lower(after.text)) && !governed;
  const spoken = before !== undefined && !before.cap && (SPEECH_VERBS.has(lower(before.text)) || (lower(before.text) === 'to' && lower(t[from - 2]?.text ?? '') === 'according'));
  // `the NFC-leading Saints, who`: a name takes no article.
  const relative = after?.text === ',' && ['who', 'whose'].includes(t[span.to + 1]?.text ?? '') && before?.text !== 'the';
  // `Monzer Akbik of the Western-backed National Coalition opposition group told Reuters`.
  const speaksOf = after?.text === 'of' && !governed && words.length >= 2 && speechVerbAhead(t, span.to + 1);
  // `Jamie Ward`, `Kyle Korver`: a common given name before a family name, with no article.
  const given = words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(lower(words[0]!)) && knownPlace(words[0]!) === undefined && !['the', 'a', 'an'].includes(lower(before?.text ?? ''));
  const personal = honorific || lowerTitle !== null || appositive !== null || speaks || speaksOf || relative || given || (spoken && (after === undefined || [',', '.', '”', '"', 'of'].includes(after.text)));
  if (nameLike(words) && personal) return make('person', text, { title: lowerTitle ?? appositive?.title ?? null, personal: true, honorific });

  if (CORPORATE_SUFFIXES.has(last) && words.length >= 2) return make('organisation', text);
  // A place by the words around it: `in Vladivostok`, `Kursk region`, `Vladivostok, Russia’s…`, `Friedrichshain and Neukoelln`.
  const bb = t[from - 2];
  const lowerOrInitial = (tok: typeof before): boolean => tok !== undefined && (!tok.cap || tok.initial);
  const prepositional = lowerOrInitial(before) && (PLACE_PREPOSITIONS.has(lower(before!.text)) || (DIRECTIONS.has(lower(before!.text)) && bb !== undefined && PLACE_PREPOSITIONS.has(lower(bb.text))));
  const placeOf = before?.text === 'of' && bb !== undefined && !bb.cap && PLACE_NOUNS_BEFORE_OF.has(lower(bb.text));
  // `resorts such as Kemer`, `cities such as Lyon`.
  const suchAs = before?.text === 'as' && bb?.text === 'such' && t[from - 3] !== undefined && PLACE_KINDS.has(lower(t[from - 3]!.text));
  // `the Tigris and Euphrates rivers`: a name coordinated with one followed by a place noun.
  const nextAnd = after?.text === 'and' && t[span.to + 1]?.cap === true && t[span.to + 2] !== undefined && !t[span.to + 2]!.cap && PLACE_NOUNS.has(lower(t[span.to + 2]!.text));
  const placeNoun = after !== undefined && !after.cap && PLACE_NOUNS.has(lower(after.text));
  const commaPlace = after?.text === ',' && t[span.to + 1]?.cap === true && knownPlace(t[span.to + 1]!.text) !== undefined;
  const listed = (before?.text === 'and' || (before?.text === ',' && (after?.text === ',' || after?.text === 'and'))) && (previous?.kind === 'place' || previous?.placeCue === true) && previous.span.sentence === span.sentence && previous.span.to === from - 1;
  const long = words.join('').length >= 3;
  if (nameLike(words) && long && words.length <= 3 && (prepositional || placeOf || suchAs || placeNoun || commaPlace || listed || nextAnd)) return make('unknown', text, { placeCue: true });
  return make('unknown', text);
}
