import { CORPORATE_SUFFIXES, CALENDAR, DEMONYMS, DIRECTIONS, HONORIFICS, NAME_PARTICLES, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_NOUNS_AFTER, OUTLET_NOUNS, PLACE_HEADS, PLACE_HEADS_FIRST, PLACE_NOUNS, PLACE_NOUNS_BEFORE_OF, PLACE_PREPOSITIONS, SENTENCE_STARTERS, SPEECH_VERBS, TITLE_HEADS } from './lexicon.ts';
import { knownAcronymOrganisation, knownOrganisation, knownPlace } from './gazetteer.ts';
import type { Span, Token } from './text.ts';
import { appositiveAfter, RANKS, titleBefore, titleInAppositiveBefore, titleStart, titleWordsInRun } from './titles.ts';
import { country } from '../places.ts';

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
}

/** Nouns after a name that is also an ordinary word and make it the place: `Amazon rainforest`, `Pacific islands`. */
const GEOGRAPHIC_NOUNS = new Set(['rainforest', 'river', 'basin', 'region', 'delta', 'wetlands', 'islands', 'ocean', 'coast']);
const EVENT_WORDS = new Set(['day', 'year', 'war', 'cup', 'games', 'olympics', 'tournament', 'championship', 'festival', 'summit', 'conference', 'forum', 'award', 'awards', 'prize', 'week', 'series', 'open', 'act', 'bill', 'accord', 'treaty', 'agreement', 'plan', 'program', 'programme', 'initiative', 'index', 'covid-19', 'covid']);
const ACRONYM = /^\p{Lu}{2,6}s?$|^\p{Lu}\p{Lu}?&\p{Lu}$/u;
const NOT_ACRONYMS = new Set(['CEO', 'CFO', 'GDP', 'AI', 'TV', 'PM', 'AM', 'OK', 'ID', 'II', 'III', 'IV', 'VI', 'VII', 'PR', 'HIV', 'AIDS', 'COVID', 'NFT', 'EV', 'EVS', 'IPO', 'ETF', 'CPI', 'LNG', 'DNA', 'MP', 'MPS', 'US', 'UK', 'UAE', 'USA', 'DMZ', 'VIP', 'SUV', 'CCTV', 'PhD', 'ICBM', 'ICBMS', 'UAV', 'UAVS', 'GPS', 'ATM', 'CO2']);

const lower = (w: string): string => w.toLowerCase();

/** Whether a run may continue across "of"/"for": `Ministry of Defence`, `Secretary of State`, `Gulf of Finland`. */
export function joinOf(words: readonly string[]): boolean {
  const last = lower(words[words.length - 1]!);
  return ORG_HEADS_BEFORE_OF.has(last) || PLACE_HEADS_FIRST.has(last) || TITLE_HEADS.has(last) || last === 'horn' || last === 'centers' || last === 'republic';
}

/** A demonym: `Korean`, `North Koreans`, `Ukrainian` — from the table or a country name with the usual ending. */
export function isDemonym(word: string): boolean {
  const w = lower(word).replace(/s$/, '');
  if (DEMONYMS.has(w) || DEMONYMS.has(lower(word))) return true;
  const stems = [w.replace(/n$/, ''), w.replace(/ian$/, 'ia'), w.replace(/ian$/, 'e'), w.replace(/ian$/, 'y'), w.replace(/an$/, 'a'), w.replace(/an$/, 'o'), w.replace(/ese$/, ''), w.replace(/ese$/, 'a'), w.replace(/i$/, '')];
  return stems.some((s) => s !== w && s.length > 2 && country(s) !== undefined);
}

const isNameWord = (word: string): boolean => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word);

/** A run that can be a person's name: one to five name words, no organisation, place or event word, not shouted. */
export function nameLike(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 5) return false;
  for (const word of words) {
    const l = lower(word);
    if (!isNameWord(word) || ORG_HEADS.has(l) || PLACE_HEADS.has(l) || CALENDAR.has(l) || EVENT_WORDS.has(l) || SENTENCE_STARTERS.has(l) && words.length === 1) return false;
    if (word.length > 1 && word === word.toUpperCase() && !/^(?:\p{Lu}\.)+$/u.test(word)) return false;
  }
  return !words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w)));
}

/** `, the city’s power company,` / `, a state-run broadcaster,`: an appositive whose last word is a kind of organisation. */
function orgAppositive(t: readonly Token[], i: number): boolean {
  if (!t[i] || !(/^(?:the|a|an)$/.test(t[i]!.text) || t[i]!.possessive)) return false;
  let j = i;
  while (j < t.length && j - i < 8 && t[j]!.text !== ',' && t[j]!.text !== '.') j++;
  const lastWord = t[j - 1];
  return (t[j]?.text === ',' || t[j]?.text === '.') && lastWord !== undefined && !lastWord.cap && OUTLET_NOUNS.has(lastWord.text) && !t.slice(i, j).some((x) => TITLE_HEADS.has(x.text));
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
    ({ span, kind, name, from, title: null, personal: false, inner: [], placeCue: false, ...extra });

  // A capital that only starts the sentence: `The`, `However`, `Experts` — unless the whole run is known.
  while (words.length > 0 && t[from]!.initial && SENTENCE_STARTERS.has(lower(words[0]!)) && !known(words, false)) {
    words = words.slice(1);
    from++;
  }
  if (words.length === 0) return make('skip', '');
  const before = t[from - 1];
  const after = t[span.to];
  // `the Pacific`, `Brazil’s Amazon rainforest`: names that are also ordinary words, in a place's setting.
  const withThe = before?.text === 'the' || (words[0] === 'The' && !t[from]!.initial) || (after !== undefined && !after.cap && GEOGRAPHIC_NOUNS.has(lower(after.text)));
  const text = words.join(' ');
  // `Istanbul-based Kandilli Observatory`: the place, then the rest.
  const based = /^(.+)-based$/.exec(words[0]!);
  if (based && words.length > 1) {
    const rest = read({ ...span, from: span.from + 1, words: words.slice(1) }, paragraph, previous);
    const place = knownPlace(based[1]!);
    return place ? { ...rest, inner: [...rest.inner, { kind: 'place', name: place }] } : rest;
  }

  if (words.some((w) => CALENDAR.has(lower(w))) || EVENT_WORDS.has(lower(words[words.length - 1]!)) && words.length > 1) {
    // `the Paris Olympics`: an event, held in a place.
    const held = words.length > 1 ? knownPlace(words[0]!) : undefined;
    return make('skip', text, { inner: held ? [{ kind: 'place', name: held }] : [] });
  }
  // `outlet The War Zone`, `supermarket chain Aeon`, `The national grid operator, Ukrenergo,`, `the ruling Pheu Thai party`.
  const cue = before?.text === ',' && t[span.to]?.text === ',' ? t[from - 2] : before;
  const orgCue = (cue !== undefined && cue.word && !cue.cap && OUTLET_NOUNS.has(lower(cue.text))) || (after !== undefined && after.word && !after.cap && ORG_NOUNS_AFTER.has(lower(after.text)) && !(words.length === 1 && t[from]!.initial));
  if (orgCue && !known(words, false) && !HONORIFICS.has(lower(words[0]!))) return make('organisation', text);
  // `wrote on X`, `posted on Telegram`; `analysts at Goldman Sachs`, `an economist at UBS`.
  const bb0 = t[from - 2];
  if (text === 'X' && before?.text === 'on') return make('organisation', text);
  if (before?.text === 'at' && bb0 !== undefined && !bb0.cap && TITLE_HEADS.has(lower(bb0.text).replace(/s$/, '')) && !known(words, false)) return make('organisation', text);
  const whole = known(words, withThe);
  if (whole) return make(whole.kind, whole.name);
  // `U.S. East Coast`, `Seoul City Council`: a known place before a known name or a place or organisation word.
  if (words.length >= 2) {
    const lead = knownPlace(words[0]!);
    const rest = known(words.slice(1), false);
    if (lead !== undefined && rest) return make(rest.kind, rest.name, { inner: [{ kind: 'place', name: lead }] });
  }
  if ((text === 'North' || text === 'South') && withThe) return make('north', text);

  // A title printed in the run: `Defense Secretary Lloyd Austin`, `NATO Secretary General Mark Rutte`.
  const k = titleWordsInRun(words);
  if (k > 0 && nameLike(words.slice(k)) && (words.length - k >= 2 || !known(words.slice(k), false))) {
    // Ranks alone (`Gen.`, `Dr.`, `Prince`) give way to a fuller title around the name; else the title runs on
    // leftwards over its modifiers (`Lebanon’s caretaker Prime Minister`, `Army spokesman Major General`).
    let end = k;
    while (end > 0 && RANKS.has(lower(words[end - 1]!))) end--;
    // `Crown Prince` is a title in itself: only a rank after a title head is dropped (`Saudi Energy Minister Prince`).
    if (end > 0 && end < k && !TITLE_HEADS.has(lower(words[end - 1]!))) end = k;
    const nameSpan = { ...span, from: from + k };
    const around = end === 0 ? titleInAppositiveBefore(paragraph, { ...span, from }) ?? appositiveAfter(paragraph, nameSpan)?.title ?? null : null;
    const start = titleStart(span, from, true);
    const printed = end > 0 ? paragraph.slice(t[start]!.start, t[from + end - 1]!.end) : around ?? (start < from ? paragraph.slice(t[start]!.start, t[from - 1]!.end) : paragraph.slice(t[from]!.start, t[from + k - 1]!.end));
    return make('person', words.slice(k).join(' '), { from: from + k, title: printed, personal: true, inner: innerOfTitle(words.slice(0, k)) });
  }

  if (words.length === 1 && ACRONYM.test(text) && !NOT_ACRONYMS.has(text)) return make('acronym', text);
  // `Greenpeace Indonesia`, `GeoSphere Austria`, `Business Leadership South Africa`: a body named for its country.
  if (words.length >= 2) {
    for (let k = words.length - 1; k >= 1; k--) {
      if (country(words.slice(k).join(' ')) && !words.slice(0, k).every((w) => DIRECTIONS.has(lower(w))) && words[k - 1] !== 'of' && !knownPlace(words.slice(0, k).join(' '))) return make('organisation', text);
    }
  }
  if (words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w)))) return make('skip', text);
  const last = lower(words[words.length - 1]!);
  const first = lower(words[0]!);
  if (words.length >= 2 && (ORG_HEADS.has(last) || words.some((w, i) => ORG_HEADS_BEFORE_OF.has(lower(w)) && (words[i + 1] === 'of' || words[i + 1] === 'for')))) return make('organisation', text);
  // `K-Electric, the city’s power company,`: an appositive that names a kind of organisation.
  if (after?.text === ',' && orgAppositive(t, span.to + 1)) return make('organisation', text);
  if (words.length >= 2 && (PLACE_HEADS.has(last) || (PLACE_HEADS_FIRST.has(first) && nameLike(words.slice(1)))) && !isDemonym(words[0]!)) return make('place', text);
  // A demonym before other words is an adjective: `Russian Defense Ministry` was taken above; `Korean War` is an event.
  if (isDemonym(words[0]!) && words.length <= 2) return make('skip', text);

  // Evidence that the run is a person's name.
  const honorific = before !== undefined && HONORIFICS.has(lower(before.text));
  const subSpan = from === span.from ? span : { ...span, from };
  const lowerTitle = titleBefore(paragraph, subSpan) ?? titleInAppositiveBefore(paragraph, subSpan);
  const appositive = appositiveAfter(paragraph, subSpan);
  // `Analysts at Goldman Sachs said`: after a preposition a speaker is an institution, not a person.
  const governed = before !== undefined && !before.cap && ['at', 'of', 'from', 'for', 'with', 'by', 'in', 'on', 'to'].includes(before.text);
  const speaks = after !== undefined && !after.cap && SPEECH_VERBS.has(lower(after.text)) && !governed;
  const spoken = before !== undefined && !before.cap && (SPEECH_VERBS.has(lower(before.text)) || (lower(before.text) === 'to' && lower(t[from - 2]?.text ?? '') === 'according'));
  const relative = after?.text === ',' && ['who', 'whose'].includes(t[span.to + 1]?.text ?? '');
  const personal = honorific || lowerTitle !== null || appositive !== null || speaks || relative || (spoken && (after === undefined || [',', '.', '”', '"', 'of'].includes(after.text)));
  if (nameLike(words) && personal) return make('person', text, { title: lowerTitle ?? appositive?.title ?? null, personal: true });

  if (CORPORATE_SUFFIXES.has(last) && words.length >= 2) return make('organisation', text);
  // A place by the words around it: `in Vladivostok`, `Kursk region`, `Vladivostok, Russia’s…`, `Friedrichshain and Neukoelln`.
  const bb = t[from - 2];
  const lowerOrInitial = (tok: typeof before): boolean => tok !== undefined && (!tok.cap || tok.initial);
  const prepositional = lowerOrInitial(before) && (PLACE_PREPOSITIONS.has(lower(before!.text)) || (DIRECTIONS.has(lower(before!.text)) && bb !== undefined && PLACE_PREPOSITIONS.has(lower(bb.text))));
  const placeOf = before?.text === 'of' && bb !== undefined && !bb.cap && PLACE_NOUNS_BEFORE_OF.has(lower(bb.text));
  // `the Tigris and Euphrates rivers`: a name coordinated with one followed by a place noun.
  const nextAnd = after?.text === 'and' && t[span.to + 1]?.cap === true && t[span.to + 2] !== undefined && !t[span.to + 2]!.cap && PLACE_NOUNS.has(lower(t[span.to + 2]!.text));
  const placeNoun = after !== undefined && !after.cap && PLACE_NOUNS.has(lower(after.text));
  const commaPlace = after?.text === ',' && t[span.to + 1]?.cap === true && knownPlace(t[span.to + 1]!.text) !== undefined;
  const listed = (before?.text === 'and' || (before?.text === ',' && (after?.text === ',' || after?.text === 'and'))) && (previous?.kind === 'place' || previous?.placeCue === true) && previous.span.sentence === span.sentence && previous.span.to === from - 1;
  const long = words.join('').length >= 3;
  if (nameLike(words) && long && words.length <= 3 && (prepositional || placeOf || placeNoun || commaPlace || listed || nextAnd)) return make('unknown', text, { placeCue: true });
  return make('unknown', text);
}
