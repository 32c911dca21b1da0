import { TITLE_HEADS_OTHER_LANGUAGES, isOrgCompound, isAgencyCompound, CLAUSE_WORDS_AFTER_NAME, AGE_NOUNS, AND_WORDS, ARTICLES, HERITAGE_LISTING_NOUNS, ROMANCE_ARTICLES_AFTER_OF, STATION_NOUNS_ROMANCE, TOWN_SIDES_ROMANCE, COMPANY_VERBS_AFTER_WHICH, REPORT_ENDS, CRAFT_NOUNS, NAMED_FEATURE_NOUNS_ROMANCE, NATIONALITY_NOUNS, RELATIVE_PRONOUNS_OTHER_LANGUAGES, ROLE_ARTICLES, ROMANCE_OF_WORDS, SERVICE_STATION_WORDS, CALENDAR, ENVOY_HEADS, RANK_INITIALS, SOCIAL_PLATFORMS, CLAUSE_STARTS, CLUB_PLURAL_VERBS, COUNTRY_LETTERS, DIRECTIONS, EVENT_WORDS, GEOGRAPHIC_NOUNS, GIVEN_NAMES, HOME_NATIONS, HONORIFICS, INSTITUTION_HEADS, ABSTRACT_NOUN_ENDINGS, LEGISLATURES, LOCAL_COUNCIL_HEADS, LOCAL_COUNCIL_KINDS, NAME_ADJECTIVES, REGION_HEADS_AFTER_DIRECTION, NAME_PARTICLES, NATIONAL_MOVEMENTS, NOT_ACRONYMS, NOUN_FOLLOWERS, OF_WORDS, ORG_HEADS, ORG_HEADS_BEFORE_OF, ORG_HEADS_FIRST, ORG_LEADS, ORG_NOUNS_AFTER, ORG_VERBS_AFTER, OUTLET_NOUNS, PATRONYMIC_PARTICLES, PATRONYMIC_PREFIXES, PLACE_ADJECTIVES, PLACE_HEADS, PLACE_HEADS_ALSO_SURNAMES, PLACE_HEADS_FIRST, PLACE_KINDS, PLACE_NOUNS, PLACE_NOUNS_BEFORE_OF, PLACE_NOUNS_BEFORE_OF_OTHER_LANGUAGES, PLACE_PREPOSITIONS, PORTFOLIOS, POST_NOMINALS, RANKS, SPEECH_VERBS, STORM_KINDS, STREET_WORDS, TITLE_HEADS, TITLE_MODIFIERS, ENGLISH_STORY_WORDS, type StoryWords } from './lexicon.ts';
import { knownPlace } from './gazetteer.ts';
import { familyNameFirst, familyNameShaped, isGivenName, isWorldGivenName, vietnameseName } from './people.ts';
import { MAX_RUN_WORDS, type Span, type Token } from './text.ts';
import { appositiveAfter, bodyHeadAt, honorificLength, isDegree, isHead, singularHead, titleBefore, titleInAppositiveBefore, titleOfList, titleStart, titleWithAcronymBefore, titleWordsInRun } from './titles.ts';
import { city as cityNamed, country, town, usState, village } from '../places.ts';
import { calendarWordInName, cityNamedBody, isDemonym, known, lower, nameLike, opensWithCountry, sportsTeam, type Kind, type Reading } from './classify.ts';

/**
 * The rules a capitalised run is read by (issue 12): the run is prepared (a sentence-start word, a particle, an
 * adjective made of a name, an honorific set aside), then an ordered table of named rules, each with the example
 * it exists for (test/extract/entities/rules.test.ts), gives the first reading that holds.
 */

/** What a platform names after it when it is where something was posted: `his Telegram channel`, `its Facebook page`. */
const PLATFORM_PARTS: ReadonlySet<string> = new Set(['channel', 'page', 'account', 'feed', 'profile', 'post', 'handle']);

/** An age made an adjective: `27-year-old`, one token or three (`27`, `-`, `year-old`), ending at token `k`. */
const AGED = /^\d{1,3}-year-old$/;
const agedEndsAt = (t: readonly Token[], k: number): boolean =>
  AGED.test(t[k]?.text ?? '') || (/^year-old$/i.test(t[k]?.text ?? '') && t[k - 1]?.text === '-' && /^\d{1,3}$/.test(t[k - 2]?.text ?? ''));

/**
 * A name of three or four words that opens with one of the world's given names (`Karla Vanessa Mora Villalobos`), none
 * of them a title (`Justice …`), a place (`Santa Cruz …`, `… Qarshi`, but `… dos Santos`) or a body's head word (`Golden Delta Builders`), and
 * not after a place's noun (`lago Ezequiel Ramos Mexía`).
 */
function worldNamed(words: readonly string[], before: Token | undefined, minWords = 3): boolean {
  if (words.length < minWords || !isWorldGivenName(words[0]!)) return false;
  if (before !== undefined && !before.cap && (PLACE_NOUNS.has(lower(before.text)) || GEOGRAPHIC_NOUNS.has(lower(before.text)))) return false;
  if (words.some((w) => TITLE_HEADS.has(lower(w)) || HONORIFICS.has(lower(w)) || ORG_HEADS.has(lower(w)) || PLACE_HEADS.has(lower(w)) || DIRECTIONS.has(lower(w)))) return false;
  // (`… Nunes dos Santos`: after Portuguese `dos`, `da` the last word is a family name, whatever city shares it; not a city's
  // own name, `Fernando de la Mora`)
  const surname = /^(?:dos|das|da|do)$/.test(words.at(-2)!);
  return knownPlace(words.slice(0, 2).join(' ')) === undefined && cityNamed(words.slice(0, 2).join(' ')) === undefined && (surname || cityNamed(words.at(-1)!) === undefined)
    && !namedAfterSomeone(words);
}

/**
 * A place or a building named after someone, whole: a town (`Fernando de la Mora`), or a name with a king's numeral inside
 * it (`Mohammed V de Casablanca`, a stadium).
 */
export function namedAfterSomeone(words: readonly string[]): boolean {
  const whole = words.join(' ');
  return knownPlace(whole) !== undefined || cityNamed(whole) !== undefined || town(whole) !== undefined || words.slice(0, -1).some((w) => /^[IVX]{1,4}$/.test(w));
}
const ACRONYM = /^\p{Lu}{2,6}s?$|^\p{Lu}{1,4}&\p{Lu}{1,4}$/u;
/** `Chinese-owned`, `Western-backed`, `NFC-leading`, `Istanbul-based`: an adjective made of a name and a participle. */
const COMPOUND_ADJECTIVE = /^(.+)-(?:owned|backed|based|led|run|made|born|leading|controlled|linked|affiliated|aligned|allied|held|funded|sponsored|style|speaking|bound|flagged|listed|registered|headquartered|focused)$/u;






/** `, the city’s power company,` / `, a state-run broadcaster,`: an appositive whose last word is a kind of organisation. */
function orgAppositive(t: readonly Token[], i: number): boolean {
  if (!t[i] || !(/^(?:the|a|an)$/.test(t[i]!.text) || t[i]!.possessive)) return false;
  let j = i;
  // `, a charity that helps migrants,`: the noun before a relative clause.
  while (j < t.length && j - i < 8 && t[j]!.text !== ',' && t[j]!.text !== '.' && !(j > i + 1 && (t[j]!.text === 'that' || t[j]!.text === 'which'))) j++;
  if (![',', '.', 'that', 'which'].includes(t[j]?.text ?? '')) return false;
  // (`, the country's third-largest pharmacy chain by sales,`: the noun before a measure it is ranked by)
  const by = t.slice(i + 2, j).findIndex((x) => x.text === 'by' || x.text === 'in');
  const end = by >= 0 && OUTLET_NOUNS.has(t[i + 1 + by]!.text) ? i + 2 + by : j;
  const lastWord = t[end - 1];
  // (`, the world's biggest copper producer,`: a noun that names a person's trade too is a firm's when it is ranked)
  const ranked = t.slice(i, end - 1).some((x) => RANKING.test(x.text));
  return lastWord !== undefined && !lastWord.cap && OUTLET_NOUNS.has(lastWord.text) && (ranked || !t.slice(i, end).some((x) => TITLE_HEADS.has(x.text)))
    // (`, an ecologist with the institute,`: a person's job before the body they work for)
    && !t.slice(i, end - 1).some((x) => x.word && !x.cap && isHead(x.text, false));
}
/** A superlative that ranks a firm among its kind: `biggest`, `second-largest`, `leading`. */
const RANKING = /^(?:\w+-)?(?:largest|biggest|leading|top|smallest|oldest)$/;

/** A verb of saying within the clause that starts at token i: `of the … group told Reuters`. */
function speechVerbAhead(t: readonly Token[], i: number): boolean {
  for (let j = i; j < t.length && j - i < 12; j++) {
    const tok = t[j]!;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || tok.text === '“' || tok.text === '"') return false;
    if (tok.word && !tok.cap && SPEECH_VERBS.has(lower(tok.text))) return true;
  }
  return false;
}

/** A country, or one of the United Kingdom's nations. */
const nation = (name: string): boolean => country(name) !== undefined || HOME_NATIONS.has(lower(name));


/** Organisations and places among the words of a title (`NATO Secretary General`, `White House Press Secretary`). */
function innerOfTitle(words: readonly string[]): { kind: 'organisation' | 'place'; name: string }[] {
  const found: { kind: 'organisation' | 'place'; name: string }[] = [];
  let i = 0;
  while (i < words.length) {
    let hit = false;
    for (let j = words.length; j > i; j--) {
      const k = known(words.slice(i, j), false);
      if (k) {
        // (`U.S. Circuit Judge`: the country's letters in a title are an adjective, eval/GOLD.md; `Bishop`, a town in California
        // too, is the title's own word)
        if (!(j === i + 1 && (COUNTRY_LETTERS.has(words[i]!) || TITLE_HEADS.has(lower(words[i]!))))) found.push(k);
        i = j;
        hit = true;
        break;
      }
    }
    if (!hit) i++;
  }
  return found;
}

/**
 * One capitalised run read: prepared, then decided by the first rule of `RUN_RULES` that holds.
 * @param language the words of the story's language the rules read with (`storyWordsOf`, resolved once a story)
 */
export function read(span: Span, paragraph: string, previous: Reading | undefined, language: StoryWords = ENGLISH_STORY_WORDS): Reading {
  const t = span.sentence.tokens;
  let from = span.from;
  let words = span.words;
  const make = (kind: Kind, name: string, extra: Partial<Reading> = {}): Reading =>
    ({ span, kind, name, from, title: null, personal: false, inner: [], placeCue: false, honorific: false, rule: '', ...extra });

  // A capital that only starts the sentence: `The`, `However`, `Experts` — unless the whole run is known.
  // `National Electric Vehicle Sweden, or NEVS,`: an adjective that starts a body's name is kept.
  // `Health Canada`, `Transport Scotland`: a remit before a country is a body's name.
  const bodyName = (words.length >= 3 && NAME_ADJECTIVES.has(lower(words[0]!)) && (ORG_HEADS.has(lower(words[words.length - 1]!)) || nation(words[words.length - 1]!)))
    || (words.length === 2 && (PORTFOLIOS.has(lower(words[0]!)) || ORG_HEADS.has(lower(words[0]!))) && nation(words[1]!));
  // (a word opening a question or an exclamation is no name, whatever it spells: `¿Cómo nos van a cobrar…?`, not Como)
  while (!bodyName && words.length > 0 && t[from]!.initial && language.starters.has(lower(words[0]!)) && (!known(words, false) || /^[¿¡]$/.test(t[from - 1]?.text ?? ''))) {
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
  const honorifics = honorificLength(words, language.honorifics);
  const titled = honorifics > 0 && nameLike(words.slice(honorifics));
  if (titled) {
    words = words.slice(honorifics);
    from += honorifics;
  }
  // `Sarah Oyelaran-Brooks KC`, `Jane Doe MP`: letters after a name make it a person's, and are no part of it.
  const lettered = words.length >= 3 && POST_NOMINALS.has(words[words.length - 1]!) && nameLike(words.slice(0, -1));
  if (lettered) words = words.slice(0, -1);
  const honoured = titled || lettered;
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
  // (`the UNESCO-listed centre`, `the Nasdaq-listed company`: a body known by heart is mentioned as much as a place is)
  if (words.length === 0) {
    const body = compound && !compoundPlace ? known([compound[1]!], false) : undefined;
    return make('skip', '', { inner: compoundPlace ? [{ kind: 'place', name: compoundPlace }] : body?.kind === 'organisation' ? [body] : [] });
  }
  if (compound) {
    const rest = read({ ...span, from, words }, paragraph, previous, language);
    return compoundPlace ? { ...rest, inner: [...rest.inner, { kind: 'place', name: compoundPlace }] } : rest;
  }
  const before = t[from - 1];
  const after = t[span.to];
  // `the Pacific`, `Brazil’s Amazon rainforest`: names that are also ordinary words, in a place's setting.
  const withThe = before?.text === 'the' || (words[0] === 'The' && !t[from]!.initial) || (after !== undefined && !after.cap && GEOGRAPHIC_NOUNS.has(lower(after.text)));
  // `Ministry of Agriculture, Fisheries and Mining`: a comma inside a run stays with its word
  const view: RunView = { span, paragraph, previous, language, t, from, words, text: words.join(' ').replace(/ ,(?= )/g, ','), before, after, withThe, honoured, make };
  for (const rule of RUN_RULES) {
    const reading = rule.apply(view);
    if (reading) return { ...reading, rule: rule.name };
  }
  return make('unknown', view.text);
}

/** `le Namurois`, `du Liégeois`: a French noun of a town's or a nation's people, after its article (not `François`, a given name). */
const frenchDemonym = (word: string, before: Token | undefined): boolean =>
  ['le', 'la', 'du', 'au'].includes(lower(before?.text ?? '')) && /^\p{Lu}\p{Ll}+(?:ois|oise|ais|aise|ien|ienne|ain|aine)$/u.test(word) && !isGivenName(word);

/** What a rule sees of one capitalised run: the run after its sentence-start words, honorifics and adjectives are set aside. */
export interface RunView {
  readonly span: Span;
  readonly paragraph: string;
  readonly previous: Reading | undefined;
  /** The words before a place's name in the story's language. */
  readonly language: StoryWords;
  readonly t: readonly Token[];
  /** Token index where the run's name starts. */
  readonly from: number;
  readonly words: readonly string[];
  /** The words joined. */
  readonly text: string;
  readonly before: Token | undefined;
  readonly after: Token | undefined;
  /** `the` before it, or a geographic noun after it: a name that is also an ordinary word may be the place. */
  readonly withThe: boolean;
  /** An honorific opened the run (`Mr. Ng`, `Datuk Seri Roslan Hamid`). */
  readonly honoured: boolean;
  make(kind: Kind, name: string, extra?: Partial<Reading>): Reading;
}

/**
 * One rule of the table: its name, the sentence it exists for (the run in [brackets]) and what it makes of
 * it, and the test itself, which gives a reading or passes (undefined) to the next rule.
 */
export interface RunRule {
  readonly name: string;
  /** The run it exists for, in [brackets], read in `language` (BCP 47; English when not given). */
  readonly example: { readonly text: string; readonly kind: Kind; readonly language?: string };
  readonly apply: (v: RunView) => Reading | undefined;
}

/** A lower-case word, or the sentence's first (`Analysts at …`). */
const lowerOrInitial = (tok: Token | undefined): boolean => tok !== undefined && (!tok.cap || tok.initial);
/** `automakers Mahindra and Dongfeng`: a cue noun before a body's name (maybe plural). */
const cueNoun = (tok: Token | undefined): boolean => tok !== undefined && tok.word && !tok.cap && !tok.possessive && (OUTLET_NOUNS.has(lower(tok.text)) || OUTLET_NOUNS.has(lower(tok.text).replace(/s$/, '')));

/**
 * What a capitalised run is, rule by rule, the first that decides: events and dates, bodies by the words
 * around them, names known by heart, titles printed with a name, acronyms, bodies and places by their head
 * words, a person by the evidence around the name, a place by its setting. A run no rule decides is
 * `unknown`: a bare name that a later phase may tie to a person, a body or a place named in full elsewhere.
 */
/** The Red Cross and the Red Crescent in the agencies' languages. */
const RED_CROSS = /(?:^|\s)(?:Red Cross|Red Crescent|Cruz Roja|Cruz Vermelha|Croix-Rouge|Croissant-Rouge|Croce Rossa|Mezzaluna Rossa|Rote[sn]? Kreuz(?:es)?|Rode Kruis|Røde Kors|Röda Korset|Punainen Risti|Media Luna Roja|Crescente Vermelho|Czerwony Krzyż|Kızılay)(?:\s|$)/u;

/** A rule that reads a run by one word of it, which a phase may overrule with more evidence (index.ts `WEAK_READINGS`). */
export const CLUB_NAMED_FOR_ITS_CITY = 'club named for its city';
/** Prepositions of place a club follows as often as a place does: `lost 2-0 away to Sanfrecce Hiroshima`, `a striker at Dynamo Kyiv`. */
const CLUB_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'against', 'bei']);

/** A title that is only a degree or an honorific: `Dr.`, `Prof`, `Dr (Mrs)`. */
const DEGREE_ONLY = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|Dra)\.?\s*(?:\((?:Mrs|Mr|Ms)\))?\s*)+$/;

/** A family name with the Arabic article: `Al-Ghunaim`, `al-Gharyani`, `El-Sayed`. */
const ARTICLE_FAMILY_NAME = /^(?:Al|al|El|el)-\p{Lu}\p{Ll}+$/u;

/** A run that names a place by its kind or by heart (`Hub Dam`, `Avra Valley`, `Kenya`): no body, whatever it did. */
const placeNamed = (words: readonly string[], text: string): boolean => PLACE_HEADS.has(lower(words[words.length - 1]!)) || knownPlace(text) !== undefined;

/** A figure as a token prints it: `120,000`, `4.5`, `14:05`. */
const FIGURE = /^\d[\d.,:]*$/;

/** The direction words that open a region's name, `South Caucasus`, `Upper Nile` (not the adjectives in -ern). */
const COMPASS: ReadonlySet<string> = new Set([...DIRECTIONS].filter((w) => !w.endsWith('ern')));


/** A word of a body's name or remit (`Research`, `Hydro`): no part of the person's name after a title of a body. */
const namesABody = (word: string): boolean => PORTFOLIOS.has(lower(word)) || ORG_HEADS.has(lower(word));
/** A word that ends as the abstract nouns of a minister's remit do (`Reduction`, `Welfare`), a given name aside (`Florence`). */
const abstractNoun = (word: string): boolean => !isWorldGivenName(word) && ABSTRACT_NOUN_ENDINGS.some((ending) => word.toLowerCase().endsWith(ending));

/**
 * `Minister of Health the Hon. Christopher Tufton`, `the Minister of Finance, the Hon. Colm Imbert,`: the title of a body read just
 * before `the` (or a comma) and the honorifics that open the name; null when the run has no such title before it.
 */
function titleOfBodyBefore(span: Span, previous: Reading | undefined, paragraph: string): string | null {
  const t = span.sentence.tokens;
  // (or a comma alone between them: `Minister of Agriculture, Fisheries and Mining, Hon. Dwayne Clarke-Mitchell,`)
  const article = lower(t[span.from - 1]?.text ?? '') === 'the';
  if (previous?.rule !== 'title of a body' || previous.span.sentence !== span.sentence || (!article && t[span.from - 1]?.text !== ',')) return null;
  const end = !article || t[span.from - 2]?.text === ',' ? span.from - (article ? 2 : 1) : span.from - 1;
  if (previous.span.to !== end) return null;
  // (the reading holds the body the title is of: the title's head is found before it)
  let start = previous.span.from;
  while (start > 0 && end - start < MAX_RUN_WORDS && (t[start - 1]!.cap || ['of', 'for', 'the'].includes(t[start - 1]!.text))) start--;
  while (start < end && !TITLE_HEADS.has(lower(t[start]!.text)) && !TITLE_MODIFIERS.has(lower(t[start]!.text))) start++;
  // (and back over the capitalised words that qualify its head, after an article: `the Vicar General of …`, `the Central Regional
  // Chief Manager of …`)
  const opening = [1, 2, 3].map((n) => start - n).find((k) => k >= 0 && lower(t[k]!.text) === 'the');
  if (opening !== undefined && t.slice(opening + 1, start).every((x) => x.cap && x.word)) start = opening + 1;
  return start < previous.span.from ? paragraph.slice(t[start]!.start, t[end - 1]!.end) : null;
}

/** The first words of things named for a person in the languages with a genitive: airports, streets, squares, bridges, schools, hospitals, stadiums. */
const NAMED_FOR_SOMEONE = /^(?:Aeroport|Airport|Letišt|Lotnisk|Аэропорт|Аеропорт|Αεροδρόμι|Strad|Stra[sß]|Ulic|Улиц|Вулиц|Bulevard|Бульвар|Alej|Plac|Piaț|Náměst|Площад|Most|Мост|Colegi|Lice|Școal|Szkoł|Škol|Школ|Gimnazj|Gymnázi|Spital|Szpital|Nemocnic|Больниц|Universit|Uniwersytet|Университет|Stadion|Стадион|Παν|Οδ|Πλατεί|Νοσοκομεί)/u;
/** `and` between the items of a list of places, in the languages that do not capitalise their nouns (not German's `und`: `Städte und Kommunen`). */
const listAnd = (token: { text: string } | undefined): boolean => token !== undefined && AND_WORDS.has(lower(token.text)) && lower(token.text) !== 'und';
/** The bare `of` of the Romance languages, no article in it: `de`, `d'`, `di` (not Portuguese `da`, `of the`). */
const BARE_OF: ReadonlySet<string> = new Set(['de', "d'", 'd’', 'di']);
/** A plural's ending among the nouns of places: `quartiers`, `barrios`, `villages`, Italian `comuni`, `frazioni`, `paesi`. */
const PLURAL_END = /(?:[sx]|i)$/;

export const RUN_RULES: readonly RunRule[] = [
  {
    // who the person is by nation or town, before a name that opens with a given name the lists know, is no part of it:
    // `Dutchman Joris van der Linden`, `le Namurois Théo Lambotte` (not `Christian Fredrik von Krogh`, whose first word is a name)
    name: 'name after a demonym',
    example: { text: 'Second was [Kenyan Daniel Kiprop].', kind: 'person' },
    apply: ({ words, t, from, make }) => {
      if (words.length < 3 || isGivenName(words[0]!) || !isGivenName(words[1]!) || !nameLike(words.slice(1))) return undefined;
      return isDemonym(words[0]!) || NATIONALITY_NOUNS.has(lower(words[0]!)) || frenchDemonym(words[0]!, t[from - 1]) ? make('person', words.slice(1).join(' '), { from: from + 1 }) : undefined;
    },
  },
  {
    // a heritage listing before the noun it qualifies is no name; the body that lists it is one: `a UNESCO World Heritage
    // site`, `the World Heritage list` (not `World Heritage Committee`, a body)
    name: 'heritage listing',
    example: { text: 'The old town is a [UNESCO World Heritage] site.', kind: 'skip' },
    apply: ({ words, after, make }) => {
      // (or the listing's noun capitalised with it: `a UNESCO World Heritage Site since 2018`)
      const noun = HERITAGE_LISTING_NOUNS.has(words[words.length - 1]!) ? 1 : 0;
      const end = words.length - noun;
      if (end < 2 || words[end - 2] !== 'World' || words[end - 1] !== 'Heritage' || (noun === 0 && (after === undefined || after.cap || !after.word))) return undefined;
      const lister = end > 2 ? known(words.slice(0, end - 2), false) : undefined;
      return make('skip', '', { inner: lister?.kind === 'organisation' ? [lister] : [] });
    },
  },
  {
    // a street, square, bridge or stadium named after someone, its noun in lower case before the name: a place
    name: 'place after a Romance street noun',
    example: { text: 'Fans gathered on the avenida [Carlos Antonio López] before the match.', kind: 'place' },
    // (listed with its noun, as printed: `piazza San Marco`, `avenida Nazaré`)
    apply: ({ before, from, text, words, language, make }) => (before !== undefined && before.word && !before.cap && language.streetNouns.has(lower(before.text)) && words.length <= 5 && nameLike(words) ? make('place', `${before.text} ${text}`, { from: from - 1 }) : undefined),
  },
  {
    // … or the noun and `de`, `du`, `del`, `de la` before the name: `la rue du Progrès`, `le río Yaque del Norte`, `la presa de
    // Monción`, `la plaza de la Constitución`, listed whole, as printed
    name: 'place after a Romance street noun and its of',
    example: { text: 'Le tunnelier est à l’arrêt sous la rue du [Progrès] depuis lundi.', kind: 'place', language: 'fr' },
    apply: ({ t, span, before, from, words, language, paragraph, make }) => {
      if (before === undefined || words.length > 5 || !nameLike(words)) return undefined;
      // (`de la`, `de los`: the article between)
      const of = ROMANCE_ARTICLES_AFTER_OF.has(lower(before.text)) && !before.cap ? from - 2 : from - 1;
      const noun = t[of - 1];
      if (!ROMANCE_OF_WORDS.has(lower(t[of]?.text ?? '')) || noun === undefined || !noun.word || noun.cap || !language.streetNouns.has(lower(noun.text))) return undefined;
      // (`à la place de …` is French for `instead of`)
      if (lower(noun.text) === 'place' && lower(t[of - 2]?.text ?? '') === 'la' && /^[àa]$/i.test(t[of - 3]?.text ?? '')) return undefined;
      // (a station by its town is the town's: `gare de Namur`; by a quarter or a side, the station's own name: `gare du Nord`;
      // `port de Lomé`, `bairro de Namicopo`: a town's port or quarter, and the town or the quarter the place)
      const station = STATION_NOUNS_ROMANCE.has(lower(noun.text)) && (TOWN_SIDES_ROMANCE.has(lower(words[0]!)) || knownPlace(words.join(' ')) === undefined);
      if (!NAMED_FEATURE_NOUNS_ROMANCE.has(lower(noun.text)) && !station) return undefined;
      return make('place', paragraph.slice(noun.start, t[span.to - 1]!.end), { from: of - 1 });
    },
  },
  {
    name: 'event or date',
    example: { text: 'Athletes arrived for the [Paris Olympics] on Sunday.', kind: 'skip' },
    apply: ({ words, text, make }) => {
      // (`Hurricane Dorian`, `Tropical Storm Alberto`: a named storm)
      if (words.length > 1 && words.slice(0, 2).some((w) => STORM_KINDS.has(lower(w)))) return make('skip', text);
      // (a month after a particle is part of a name: `Rio de Janeiro`)
      const dated = words.some((w, k) => CALENDAR.has(lower(w)) && !(k > 0 && NAME_PARTICLES.has(lower(words[k - 1]!))) && !calendarWordInName(words, k));
      if (!(dated || (EVENT_WORDS.has(lower(words[words.length - 1]!)) && words.length > 1))) return undefined;
      // `the Paris Olympics`: an event, held in a place.
      const held = words.length > 1 ? knownPlace(words[0]!) : undefined;
      return make('skip', text, { inner: held ? [{ kind: 'place', name: held }] : [] });
    },
  },
  {
    name: 'body named after its kind',
    example: { text: 'The outage hit customers of power company [Ukrenergo] overnight.', kind: 'organisation' },
    apply: ({ span, paragraph, t, from, words, text, before, after, make }) => {
      // `outlet The War Zone`, `supermarket chain Aeon`, `The national grid operator, Ukrenergo,`, `the ruling Pheu Thai party`.
      const cue = before?.text === ',' && t[span.to]?.text === ',' ? t[from - 2] : before;
      // `A spokesman for the club association, Jonas Adebayo-Richter, said`: the noun ends a title, and the name is a person's.
      const cueTitled = (): boolean => cue !== before && titleInAppositiveBefore(paragraph, from === span.from ? span : { ...span, from }) !== null;
      const orgCue = (cueNoun(cue) && !cueTitled()) || (after !== undefined && after.word && !after.cap && ORG_NOUNS_AFTER.has(lower(after.text)) && !(words.length === 1 && t[from]!.initial));
      if (!orgCue || HONORIFICS.has(lower(words[0]!)) || words.every(isDemonym)) return undefined;
      // `Trucking operator Joseph Wani said`: a given name and a verb of saying make the name a person's, cue or not
      if (words.length >= 2 && isWorldGivenName(words[0]!) && nameLike(words) && after !== undefined && !after.cap && SPEECH_VERBS.has(lower(after.text))) return undefined;
      // `film producer Ana Lucía Torres`, `the developer, Marcus Bell,`: an agent noun names a person's trade as well as a firm's,
      // and before a given name it is the person's (`lithium producer Litio Norte`, `contractor Sary-Arka Zhol Kurylys` are firms)
      if (cueNoun(cue) && /(?:er|or)s?$/.test(lower(cue!.text)) && words.length >= 2 && isGivenName(words[0]!) && nameLike(words)) return undefined;
      // (`Canteen operator Nor Azizah Abdullah, 44,`: an age set off after the name is a person's; so is `, who`: `durian
      // exporter Phonesavanh Inthavong, who ships from Champasak`)
      if (after?.text === ',' && /^\d{1,3}$/.test(t[span.to + 1]?.text ?? '') && [',', '.'].includes(t[span.to + 2]?.text ?? '') && nameLike(words)) return undefined;
      if (cueNoun(cue) && /(?:er|or)s?$/.test(lower(cue!.text)) && after?.text === ',' && t[span.to + 1]?.text === 'who' && words.length >= 2 && nameLike(words)) return undefined;
      // `Lebanon’s powerful Hezbollah Shi'ite militia`: a demonym before the cue word describes the body.
      let named = words;
      while (named.length > 1 && isDemonym(named[named.length - 1]!)) named = named.slice(0, -1);
      const k0 = known(named, false);
      if (named !== words && k0?.kind === 'organisation') return make('organisation', k0.name);
      return known(words, false) ? undefined : make('organisation', text);
    },
  },
  {
    name: 'platform posted on',
    example: { text: 'The minister wrote on [X] that talks had ended.', kind: 'skip' },
    // (where something was posted is no organisation the story is about: `wrote on Facebook`, `posted on Telegram`, `wrote on
    // his Telegram channel`, `Follow us on Telegram and Instagram`)
    apply: ({ text, t, from, before, after, make }) => {
      if (!SOCIAL_PLATFORMS.has(text)) return undefined;
      const posted = before?.text === 'on' || (ARTICLES.has(lower(before?.text ?? '')) && t[from - 2]?.text === 'on') || PLATFORM_PARTS.has(lower(after?.text ?? ''))
        || ((before?.text === 'and' || before?.text === ',') && SOCIAL_PLATFORMS.has(t[from - 2]?.text ?? ''));
      return posted ? make('skip', text) : undefined;
    },
  },
  {
    name: 'employer of an analyst',
    example: { text: 'Analysts at [Brightwater Capital] expect a cut.', kind: 'organisation' },
    apply: ({ t, from, words, text, before, make }) => {
      // `analysts at Goldman Sachs`, `an economist at UBS`
      const bb = t[from - 2];
      return before?.text === 'at' && bb !== undefined && (!bb.cap || bb.initial) && TITLE_HEADS.has(lower(bb.text).replace(/s$/, '')) && !known(words, false) ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'country letters as an adjective',
    example: { text: 'Prices in the [U.S.] cracker market rose.', kind: 'skip' },
    // `U.S. officials`, `US dollars`, `UK-based firms`: the letters before a noun say whose; not `the U.S. said`, `the U.S. and China`
    apply: ({ text, after, make }) => (COUNTRY_LETTERS.has(text) && after !== undefined && after.word && !after.cap && !NOUN_FOLLOWERS.has(lower(after.text)) ? make('skip', text) : undefined),
  },
  {
    name: 'currency sign',
    example: { text: 'Exports reached [US]$7.1 billion.', kind: 'skip' },
    // `US$7.1 billion`, `NZ$40`, `HK$ 2 million`: a country's letters before a dollar sign name the currency, not the country
    apply: ({ text, after, make }) => (after?.text === '$' && /^\p{Lu}{1,3}$/u.test(text) ? make('skip', text) : undefined),
  },
  {
    name: 'party and home town after a lawmaker',
    example: { text: 'Sen. Ana Ruiz, [R-Las Cruces], voted against it.', kind: 'place' },
    // `Rep. Kaitlyn Ovaska-Brandt, D-Juneau,`, `(R-Show Low)`: US copy tags a lawmaker with party and home town; the town is a place
    apply: ({ text, before, after, make }) => {
      const tag = /^[DRI]-(\p{Lu}.*)$/u.exec(text);
      return tag && (before?.text === ',' || before?.text === '(') && (after === undefined || [',', ')', '.', ';'].includes(after.text)) ? make('place', tag[1]!) : undefined;
    },
  },
  {
    name: 'town\'s council in lower case',
    example: { text: 'The [Rabat] local council objected to the plans.', kind: 'organisation' },
    // `Munxar local council`, `Winnipeg city council`, `Makana local municipality`: the council is named as printed, the town
    // is a place too (of the gold's council names so printed, 10 are listed as bodies and 3 are not); a town may be named like a
    // person (`Brandon city council`), a person's full name may not
    apply: ({ span, paragraph, t, from, words, text, after, make }) => {
      const head = t[span.to + 1];
      return words.length <= 3 && after !== undefined && !after.cap && LOCAL_COUNCIL_KINDS.has(after.text) && head !== undefined && !head.cap && LOCAL_COUNCIL_HEADS.has(head.text)
        && head.text !== after.text && !(words.length >= 2 && GIVEN_NAMES.has(lower(words[0]!)))
        ? make('organisation', paragraph.slice(t[from]!.start, head.end), { inner: [{ kind: 'place', name: text }] }) : undefined;
    },
  },
  {
    name: 'known by heart',
    example: { text: 'Leaders met at the [North Atlantic Treaty Organization] summit venue.', kind: 'organisation' },
    apply: ({ words, withThe, make }) => {
      const whole = known(words, withThe);
      return whole ? make(whole.kind, whole.name) : undefined;
    },
  },
  {
    name: 'part of a known place',
    example: { text: 'Trade runs through the [South Caucasus] to Europe.', kind: 'place' },
    // `East Java`, `Central Sulawesi`, `Upper Nile`: a compass word before a region the gazetteers know (not `Northern`, which
    // opens a sentence about a country's north as often as a region's name)
    apply: ({ words, text, make }) => (words.length === 2 && COMPASS.has(lower(words[0]!)) && knownPlace(words[1]!) !== undefined ? make('place', text) : undefined),
  },
  {
    name: 'body a person heads',
    example: { text: 'She is the founder of [Velora Climate], which sells sensors.', kind: 'organisation' },
    apply: ({ t, from, words, text, before, make }) => {
      // `CEO of Poet`, `manager of Little General Marathon Gas` (`Head of Logistics` in a capitalised title names a department)
      const bb = t[from - 2];
      return before?.text === 'of' && bb !== undefined && bb.word && INSTITUTION_HEADS.has(lower(bb.text)) && (!bb.cap || bb.text === bb.text.toUpperCase()) && !t[from]!.initial && !(words.length <= 3 && GIVEN_NAMES.has(lower(words[0]!)))
        ? make('organisation', text) : undefined;
    },
  },
  {
    name: CLUB_NAMED_FOR_ITS_CITY,
    example: { text: 'The striker joined [Dynamo Kyiv] in June.', kind: 'organisation' },
    // (`Yoshiaki Kanazawa, who chairs the committee,`: a relative clause in the singular is about a person; a club's
    // takes the plural, `Dynamo Kyiv, who are top of the league`; and an age is a person's, `Lupe Cárdenas, 63,`)
    // (nor a place's name after a preposition of place: `en Villa Lugano y Barracas`, two quarters of Buenos Aires)
    // (nor a name after a title in apposition: `Le ministre de la Culture, Boukary Zongo, a lancé …`, though Zongo is a town)
    apply: ({ span, paragraph, t, words, text, before, after, language, make }) => {
      if (!cityNamedBody(words) || (language.prepositions.has(lower(before?.text ?? '')) && !CLUB_PREPOSITIONS.has(lower(before?.text ?? '')))) return undefined;
      if (before?.text === ',' && titleInAppositiveBefore(paragraph, span) !== null) return undefined;
      const next = after?.text === ',' ? t[span.to + 1]?.text ?? '' : '';
      const relative = ['who', 'whose'].includes(next) && !CLUB_PLURAL_VERBS.has(t[span.to + 2]?.text ?? '');
      const aged = /^\d{1,3}$/.test(next) && Number(next) <= 120 && t[span.to + 2]?.text === ',';
      return relative || aged ? undefined : make('organisation', text);
    },
  },
  {
    name: 'place before a known name',
    example: { text: 'Storms battered the [U.S. East Coast] overnight.', kind: 'place' },
    apply: ({ words, make }) => {
      // `U.S. East Coast`, `Seoul City Council`: a known place before a known name or a place or organisation word.
      if (words.length < 2) return undefined;
      const lead = knownPlace(words[0]!);
      const rest = known(words.slice(1), false);
      // (`U.S. Embassy`: the country's letters before a name are an adjective, no mention of the place)
      // (`Mozambique Red Cross`, `Kenya Red Cross`: a country's own body of a movement is named with the country)
      // (and a place's legislature is named with the place: `Kansas Legislature`, `Kurdistan Parliament`)
      const national = rest?.kind === 'organisation' && !COUNTRY_LETTERS.has(words[0]!)
        && ((country(words[0]!) !== undefined && NATIONAL_MOVEMENTS.has(lower(rest.name))) || LEGISLATURES.has(lower(rest.name)));
      return lead !== undefined && rest ? make(rest.kind, national ? words.join(' ') : rest.name, { inner: COUNTRY_LETTERS.has(words[0]!) ? [] : [{ kind: 'place', name: lead }] }) : undefined;
    },
  },
  {
    name: 'place a title is of, then the name',
    example: { text: 'said the mayor of [Chicago Brandon Johnson].', kind: 'person' },
    apply: ({ span, paragraph, t, from, words, before, after, make }) => {
      // `the mayor of Chicago Brandon Johnson`, `градоначалникот на Охрид Благоја Стефановски`: the place ends the
      // title and the words after it are the name (the Slavic `на` only after a title head, where it means `of`).
      const head = t[from - 2];
      // (or an envoy's post: `Malaysian Consul-General in Songkhla Ahmad Fahmi Mohd Sharif`)
      const envoy = head !== undefined && before?.text === 'in' && ENVOY_HEADS.has(lower(head.text));
      if (words.length < 3 || before === undefined || before.cap || head === undefined || (!envoy && (head.cap || !isHead(head.text, false)))) return undefined;
      if (!OF_WORDS.has(lower(before.text)) && before.text !== 'на' && !envoy) return undefined;
      const start = titleStart(span, from - 2);
      for (let k = Math.min(words.length - 2, 3); k >= 1; k--) {
        const place = knownPlace(words.slice(0, k).join(' '));
        const name = words.slice(k);
        if (place === undefined || !nameLike(name) || known(name, false) || !isWorldGivenName(name[0]!) && name.length > 3) continue;
        const title = paragraph.slice(t[start]!.start, t[from + k - 1]!.end);
        return make('person', name.join(' '), { from: from + k, title, personal: true, inner: [{ kind: 'place', name: place }] });
      }
      // (a place the gazetteer lacks, `на Охрид`: one word, then a two-word name that a verb of saying next to it vouches for)
      const voiced = [after, t[start - 1]].some((x) => x !== undefined && !x.cap && SPEECH_VERBS.has(lower(x.text)));
      if (words.length !== 3 || !voiced || !nameLike(words.slice(1)) || known(words.slice(1), false)) return undefined;
      return make('person', words.slice(1).join(' '), { from: from + 1, title: paragraph.slice(t[start]!.start, t[from]!.end), personal: true });
    },
  },
  {
    name: 'the North or the South',
    example: { text: 'Talks with the [North] stalled again.', kind: 'north' },
    apply: ({ text, withThe, make }) => ((text === 'North' || text === 'South') && withThe ? make('north', text) : undefined),
  },
  {
    name: 'second national team',
    example: { text: 'Put in to bat, [India A] posted 287 for seven.', kind: 'organisation' },
    apply: ({ words, text, make }) => (words.length === 2 && /^[AB]$/.test(words[1]!) && country(words[0]!) !== undefined ? make('organisation', text) : undefined),
  },
  {
    name: 'sports team',
    example: { text: 'Fans of the [Kiwoom Heroes] lined the streets.', kind: 'organisation' },
    apply: ({ words, text, before, make }) => (lower(before?.text ?? '') === 'the' && sportsTeam(words) ? make('organisation', text) : undefined),
  },
  {
    // `vice chairman of the HCMC People's Committee Tran Van Bay`, `the head of the District People's Committee Nguyen Thi Hoa`:
    // a title in lower case before `of (the)`, then the body by its head word and a name of two to four words after it
    name: 'officer after the body a lower-case title is of',
    example: { text: 'On Monday, vice chairman of the [Provincial People’s Committee Nguyen Van Hoa] said it was fine.', kind: 'person' },
    apply: ({ t, span, from, words, paragraph, make }) => {
      const of = lower(t[from - 1]?.text ?? '') === 'the' ? from - 2 : from - 1;
      const head = t[of - 1];
      if (t[of]?.text !== 'of' || head === undefined || head.cap || !TITLE_HEADS.has(lower(head.text))) return undefined;
      const body = bodyHeadAt(words, 0);
      // (a name by a given name or a family name written first: not `commander of Coast Guard Sector Houston-Galveston`)
      const name = words.slice(body + 1);
      if (body < 1 || !(isWorldGivenName(name[0]!) || familyNameFirst(name) || vietnameseName(name))) return undefined;
      // (the title's modifiers before its head: `vice`, `deputy`, `acting`, capitalised where they open the sentence)
      let start = of - 1;
      while (start > 0 && (!t[start - 1]!.cap || t[start - 1]!.initial) && TITLE_MODIFIERS.has(lower(t[start - 1]!.text))) start--;
      const bodyName = words.slice(0, body + 1).join(' ');
      return make('person', name.join(' '), {
        from: from + body + 1, title: paragraph.slice(t[start]!.start, t[span.from + body]!.end), personal: true, inner: [{ kind: 'organisation', name: bodyName }],
      });
    },
  },
  {
    name: 'title of a body',
    example: { text: 'He spoke to the [Chairman of the Hamas Political Bureau] by phone.', kind: 'organisation' },
    apply: ({ span, paragraph, t, from, words, after, language, make }) => {
      // `Chairman of the Hamas Political Bureau`, `Head of Logistics`: a title alone; what it is "of" is read on its own.
      // (`DA Undersecretary for High-Value Crops …`: the body's acronym may stand before the title; `Deputy Minister
      // of …`, `Vice Minister of …`: so may words that qualify it)
      let h = words.length >= 4 && /^\p{Lu}{2,6}$/u.test(words[0]!) && TITLE_HEADS.has(lower(words[1]!)) ? 1 : 0;
      while (h < 2 && words.length >= 4 + h && TITLE_MODIFIERS.has(lower(words[h]!)) && TITLE_HEADS.has(lower(words[h + 1]!))) h++;
      // (`Chief District Officer of Chitwan …`, `Sindh Minister for Forests …`: a head of the title behind words that qualify it
      // or the place it serves, no given name among them)
      if (!(TITLE_HEADS.has(lower(words[h]!)) && (words[h + 1] === 'of' || words[h + 1] === 'for'))) {
        const head = words.findIndex((w, k) => k >= 1 && k <= 3 && TITLE_HEADS.has(lower(w)) && (words[k + 1] === 'of' || words[k + 1] === 'for'));
        // (not a place's kind opening it, `Island Administrator for Central Abaco …`, nor honorifics in the name, which the rule
        // for a title printed with the name reads: `… Sustainability Datuk Seri Mohd Faizal Abdul Rahim`)
        if (head > 0 && words.length >= 3 + head && !PLACE_HEADS.has(lower(words[0]!)) && !HONORIFICS.has(lower(words[0]!)) && words.slice(0, head).every((w) => /^\p{Lu}/u.test(w) && !isWorldGivenName(w) && !ORG_HEADS.has(lower(w)))
          && !words.some((_, k) => k > head + 1 && honorificLength(words.slice(k)) > 0)) h = head;
      }
      // (`Auditor General for Scotland Fiona McAllister`: a head and `General` after it are one title)
      if (words.length >= 5 + h && TITLE_HEADS.has(lower(words[h]!)) && words[h + 1] === 'General' && (words[h + 2] === 'of' || words[h + 2] === 'for')) h++;
      if (!(words.length >= 3 + h && TITLE_HEADS.has(lower(words[h]!)) && !ORG_HEADS_BEFORE_OF.has(lower(words[h]!)) && (words[h + 1] === 'of' || words[h + 1] === 'for'))) return undefined;
      const skip = h + (words[h + 2] === 'the' ? 3 : 2);
      // `Minister of Industry and Tourism Jordi Hereu`: the title of a body, then a person's name
      // (`… Renewable Energy Eng. Fahad Al-Otaibi`: an honorific marks where the name starts, given name known or not)
      // a given name we know (or an honorific) marks where the name starts; failing that, a verb of saying after the
      // run makes its last words a name whatever its given name (`… and Research Asif Kakar said`)
      // (so does a relative clause on a person after it: `Governor of West Nusa Tenggara Lalu Hamdan Zulkarnain, who attended …`)
      const speaks = after !== undefined && (SPEECH_VERBS.has(lower(after.text)) || (after.text === ',' && lower(t[span.to + 1]?.text ?? '') === 'who'));
      // (`… Tourism Dato Seri Setia Dr Ahmad Zaki bin Haji Mahmud`: a name that joins the father's by `bin` is longer; its
      // given names before `bin`, one or two)
      const particle = words.findIndex((w, i) => i > skip + 1 && PATRONYMIC_PARTICLES.has(w) && words.length - i <= 4);
      // (a body's head word in the run marks where the name starts after it: `Vice Chairman of the Provincial People's Committee
      // Nguyen Van Tam`, whose given name no list holds)
      const bodyEnd = bodyHeadAt(words, skip);
      const bodySize = bodyEnd > skip && knownPlace(words[bodyEnd + 1]!) === undefined ? words.length - bodyEnd - 1 : 0;
      // (a remit that lists its portfolios ends one word after its last `and`, where the name starts: `Minister of Sports, Fitness
      // and Recreation Aishath Nihan Rasheed`, whose given name no list holds)
      // (not a remit's second word, `… and Poverty Reduction Nodirbek Khaitov`, `… and Marine Life Sector`: the name holds a given
      // name or a family name's ending, and opens on no abstract noun's)
      const lastAnd = words.lastIndexOf('and');
      const remitName = words.slice(lastAnd + 2);
      const remitSize = lastAnd > skip && remitName.length >= 2 && remitName.length <= 4 && !namesABody(remitName[0]!) && knownPlace(remitName[0]!) === undefined
        && !abstractNoun(remitName[0]!) && (remitName.some(isWorldGivenName) || familyNameShaped(remitName.at(-1)!)) ? remitName.length : 0;
      const sizes = [...(bodySize > 0 ? [bodySize] : []), ...(remitSize > 0 ? [remitSize] : []), ...(particle > 0 ? [words.length - particle + 2, words.length - particle + 1, 3, 2].filter((n) => words.length - n > skip) : [3, 2])];
      for (const byVerb of speaks ? [false, true] : [false]) {
        for (const size of sizes) {
          let at = words.length - size;
          if (at <= skip || !nameLike(words.slice(at)) || ['of', 'for', 'and', 'the'].includes(words[at - 1]!)) continue;
          const honorific = honorificLength(words.slice(at - 1)) === 1 || /^(?:Dr|Prof)\.?$/.test(words[at - 1]!);
          // (or a family name's ending: `Minister of Emergency Situations Yerlan Serikbayuly`)
          const shaped = size === 2 && familyNameShaped(words[at + 1]!) && knownPlace(words[at + 1]!) === undefined && !namesABody(words[at]!);
          // (or a father's given name between the given name and a family name with the article, `… Operations Talal Ibrahim
          // Al-Ghunaim`: the first of three is a given name the lists may lack)
          const fathered = size === 3 && ARTICLE_FAMILY_NAME.test(words[at + 2]!) && isWorldGivenName(words[at + 1]!) && !namesABody(words[at]!) && !TITLE_HEADS.has(lower(words[at]!)) && knownPlace(words[at]!) === undefined;
          // (by the verb, a name whose first word is no place's: `Island Administrator for Central Abaco Terecita Pinder-Bethel said`)
          const named = honorific || isWorldGivenName(words[at]!) || shaped || fathered || size === bodySize || size === remitSize || (byVerb && !words.slice(at).some(namesABody) && knownPlace(words[at]!) === undefined);
          if (!named) continue;
          // (`… Collective Health Rosa Elena Peña Almonte`: a given name before the given name is the name's too)
          while (!honorific && at - 1 > skip && words.length - at < 5 && isWorldGivenName(words[at - 1]!) && !namesABody(words[at - 1]!)) at--;
          // (`Superintendent of Police Dilli Raj Bhandari`: so is a word no list knows between the body's last word and a given
          // name of two, where a verb of saying follows the run)
          if (speaks && !honorific && size === 2 && at - 2 >= skip && namesABody(words[at - 2]!) && !namesABody(words[at - 1]!) && nameLike([words[at - 1]!]) && knownPlace(words[at - 1]!) === undefined) at--;
          // (`… Forestry Awang Haji Saifullah bin Haji Ismail`: a name opening on `bin` takes the given name before it, not the
          // honorifics before that)
          if (PATRONYMIC_PARTICLES.has(words[at]!) && at - 1 > skip && honorificLength(words.slice(at - 1)) === 0) at--;
          // (the honorifics between the title and the name are neither: `… Tourism Dato Seri Setia Dr Ahmad Zaki …`)
          let titled = honorific ? at - 1 : at;
          const opens = Array.from({ length: titled - skip }, (_, n) => skip + n).find((h) => honorificLength(words.slice(h)) === at - h);
          if (opens !== undefined) titled = opens;
          const title = words.slice(0, titled).join(' ').replace(/ ,(?= )/g, ',');
          // (`Sri Lanka Cricket (SLC) Chairman of Selectors …`: the body and its acronym before the title are the title's; so are its
          // modifiers and its country in the possessive, `Ukraine’s Minister of Strategic Industries …`, as a title printed with a name)
          const body = titleStart(span, from, true);
          return make('person', words.slice(at).join(' '), { from: from + at, title: body < from ? `${paragraph.slice(t[body]!.start, t[from - 1]!.end)} ${title}` : title, personal: true });
        }
      }
      const inRun = titleWordsInRun(words);
      return skip < words.length && (inRun === 0 || !nameLike(words.slice(inRun))) ? read({ ...span, from: from + skip, words: words.slice(skip) }, paragraph, undefined, language) : undefined;
    },
  },
  {
    // `ο δήμαρχος Ηρακλείου Γιάννης …`, `ministrul Agriculturii Florin Bărbulescu`, `directorul ANRE Ion …`, `wethouder Wonen Lotte
    // van der Meulen-Brink`: a job in lower case right before a run whose first word is no given name and whose second is one:
    // the first word (a place or a remit in the genitive, a body's letters) is the job's complement, the rest the person
    // (13 such in the gold of every set)
    name: 'name after a job and its complement',
    example: { text: 'Ο δήμαρχος [Ηρακλείου Ελένη Ψαρουδάκη] είπε ότι το νερό φτάνει.', kind: 'person', language: 'el' },
    apply: ({ span, paragraph, t, from, words, before, language, make }) => {
      if (words.length < 3 || words.length > 5 || before === undefined || before.cap || !before.word || !isHead(before.text, false)) return undefined;
      if (isWorldGivenName(words[0]!) || !isWorldGivenName(words[1]!) || !nameLike(words.slice(1)) || ORG_HEADS.has(lower(words[0]!)) || NAME_PARTICLES.has(words[0]!)) return undefined;
      // (the first word a body's letters, three at least, a place or a remit; or any word, in a language that puts the complement
      // in the genitive after the job: not a given name the lists lack, `spokesperson Sita Devi Maharjan`, nor initials, `minister
      // KT Rama Rao`)
      const complement = /^\p{Lu}{3,}(?:-\p{L}{1,3})?$/u.test(words[0]!) || (knownPlace(words[0]!) !== undefined && words[0]!.length >= 4) || PORTFOLIOS.has(lower(words[0]!)) || language.genitiveAfterJob;
      if (!complement || vietnameseName(words) || familyNameFirst(words)) return undefined;
      // (with its modifiers, `Generálny riaditeľ DPMK`, `výkonná riaditeľka OOCR`; not its article, `Η αντιπεριφερειάρχης`)
      const first = titleStart(span, from - 1);
      let start = first;
      while (start < from - 1 && ROLE_ARTICLES.has(lower(t[start]!.text))) start++;
      return make('person', words.slice(1).join(' '), { from: from + 1, title: paragraph.slice(t[start]!.start, t[from]!.end), personal: true });
    },
  },
  {
    // `Rzecznik … (RZGW) Wód Polskich Tomasz Jędrzejczak poinformował`: in a language that puts a job's complement in the genitive,
    // a body's name run into a person's, given name and family name last, the job further back (behind the body's letters, an
    // adjective of place): the name is the person's, the rest whose they are
    name: 'name after a body in the genitive',
    example: { text: 'Rzecznik Regionalnego Zarządu (RZGW) [Wód Polskich Tomasz Jędrzejczak] poinformował we wtorek o zakwicie.', kind: 'person', language: 'pl' },
    apply: ({ language, t, from, words, make }) => {
      // (not a job opening the run, capitalised as the sentence's first word: `Primátor Košíc Tomáš Hudák`, a title and its name)
      if (!language.genitiveAfterJob || words.length < 3 || words.length > 6 || isHead(lower(words[0]!), false)) return undefined;
      const given = words.findIndex((w, k) => k > 0 && w.length >= 3 && isWorldGivenName(w));
      if (given < 1 || words.length - given < 2 || words.length - given > 3 || words.slice(0, given).some((w) => isWorldGivenName(w) || NAME_PARTICLES.has(w))) return undefined;
      // (one word opening the sentence before the name is its job, as these languages print it: `Statik Martin Vojtíšek uvedl`)
      if (given === 1 && (t[from - 1] === undefined || !t[from - 1]!.word)) return undefined;
      // (the words before the name a body's, in the genitive: no body's head in the nominative, no acronym, `Wód Polskich`)
      if (!nameLike(words.slice(given)) || words.slice(0, given).some((w) => ORG_HEADS.has(lower(w)) || /^\p{Lu}{2,}$/u.test(w))) return undefined;
      // (not a thing named for a person: `pe Aeroportul Internațional Henri Coandă`, `Strada Ion Creangă`, `Letiště Václava Havla`)
      if (NAMED_FOR_SOMEONE.test(words[0]!)) return undefined;
      return make('person', words.slice(given).join(' '), { from: from + given, personal: true });
    },
  },
  {
    // `la vulcanóloga del Insivumeh Lucía Ajcú Batz`, `la especialista del Senamhi Rosa Quispe Mamani`, `il consigliere del Partito
    // Democratico Marco De Rossi Gaspari`: a job in lower case and its `of` before a run that opens on a body's name and goes on
    // with a given name: the body is the job's, the rest of the run the person (8 such in the gold of every set)
    name: 'name after a job of a body',
    example: { text: 'La bióloga del [Intecmar Lucía Paz-Andrade Ferro] dijo que el cierre seguirá.', kind: 'person', language: 'es' },
    apply: ({ paragraph, t, from, words, before, make }) => {
      const job = t[from - 2];
      // (the job in lower case, maybe behind an elided article that opens the sentence: `L'échevin des Sports Michel Dufrasne`)
      if (words.length < 3 || before === undefined || !OF_WORDS.has(lower(before.text)) || job === undefined || !job.word || (job.cap && !/^[LD]['’]\p{Ll}/u.test(job.text)) || !isHead(job.text, false)) return undefined;
      const given = words.findIndex((w, k) => k > 0 && isWorldGivenName(w));
      if (given < 1 || given > 4 || words.length - given < 2 || words.slice(0, given).some((w) => isWorldGivenName(w)) || !nameLike(words.slice(given))) return undefined;
      // (a remit or a title's word after the job is no body: `procureur du Roi`, `échevin des Sports`)
      const body = words.slice(0, given);
      const remit = body.length === 1 && ([body[0]!, body[0]!.replace(/s$/, '')].some((w) => PORTFOLIOS.has(lower(w))) || TITLE_HEADS.has(lower(body[0]!)) || TITLE_HEADS_OTHER_LANGUAGES.has(lower(body[0]!)));
      return make('person', words.slice(given).join(' '), { from: from + given, title: paragraph.slice(job.start, t[from + given - 1]!.end).replace(/^[lLdD]['’]/, ''), personal: true, inner: remit ? [] : [{ kind: 'organisation', name: body.join(' ') }] });
    },
  },
  {
    name: 'title printed with the name',
    example: { text: '[Defense Secretary Lloyd Austin] spoke in Rome.', kind: 'person' },
    apply: ({ span, paragraph, t, from, words, before, honoured, language, make }) => {
      // `Defense Secretary Lloyd Austin`, `NATO Secretary General Mark Rutte`
      // (not after an honorific, before a given name: `Cllr. Mohammed Sheriff Kanneh`, whose `Sheriff` is a name)
      // (a compound's head only where the language prints jobs so: `Stadtrat Jonas Weber`, not `Sirirat Phongsakul`)
      const k = honoured && isWorldGivenName(words[0]!) ? 0 : titleWordsInRun(words, language.jobOpensSentence, ROLE_ARTICLES.has(lower(before?.text ?? '')));
      // `Plantation and Commodities Minister Datuk Seri Roslan Hamid`: honorifics between the title and the name.
      const named = k > 0 ? k + honorificLength(words.slice(k)) : 0;
      // (not a lower-case particle after the title: `Bürgermeister von Deutschlandsberg` is a title and its town)
      // (nor a title's own words: `Chief Operating Officer` names no one called Operating Officer)
      // (nor a street, a place or a body named after a title: `Regent Street`, `King Island`, `Queen Hospital`)
      // (nor an abstract noun, `General Coordination for Displaced Persons`)
      const headWord = words.length - named === 1 && ([STREET_WORDS, PLACE_HEADS, ORG_HEADS].some((list) => list.has(lower(words[named]!))) || abstractNoun(words[named]!));
      if (!(k > 0 && nameLike(words.slice(named)) && !NAME_PARTICLES.has(words[named]!) && !headWord && (words.length - named >= 2 || named > k || !known(words.slice(named), false)))) return undefined;
      if (TITLE_HEADS.has(lower(words[words.length - 1]!)) && !isWorldGivenName(words[named]!)) return undefined;
      // Ranks alone (`Gen.`, `Dr.`, `Prince`) give way to a fuller title around the name; else the title runs on
      // leftwards over its modifiers (`Lebanon’s caretaker Prime Minister`, `Army spokesman Major General`).
      let end = k;
      // (`The Rev Dr Mere Pōmare-Kingi, vicar at Ōtaki,`: a degree between the rank and the name gives way too)
      while (end > 0 && (RANKS.has(lower(words[end - 1]!)) || isDegree(words[end - 1]!))) end--;
      // (`ANLCA president Chief Ikechukwu Anyanwu-Obi`, `Council chairman Chief Watas Molbarav`: a chief's rank that opens the run
      // after a title's head printed before it is an honorific, as `Prince` is; not `Police Chief Maria Lopez`, `Thunder Bay police Chief …`)
      const titleBeforeChief = t[from - 1] !== undefined && !t[from - 1]!.cap && TITLE_HEADS.has(t[from - 1]!.text) && !['police', 'fire'].includes(t[from - 1]!.text);
      // (or set off after a title in apposition: `The President-General of the … Association, Chief Chukwudi Emeka Obiorah,`)
      if (end === 1 && k === 1 && lower(words[0]!) === 'chief' && (titleBeforeChief || (t[from - 1]?.text === ',' && titleInAppositiveBefore(paragraph, { ...span, from }) !== null))) end = 0;
      // `Crown Prince` is a title in itself: only a rank after a title head is dropped (`Saudi Energy Minister Prince`).
      if (end > 0 && end < k && !TITLE_HEADS.has(lower(words[end - 1]!))) end = k;
      const nameSpan = { ...span, from: from + named };
      const around = end === 0 ? titleInAppositiveBefore(paragraph, { ...span, from }) ?? appositiveAfter(paragraph, nameSpan)?.title ?? null : null;
      const start = titleStart(span, from, true);
      const printed = end > 0 ? paragraph.slice(t[start]!.start, t[from + end - 1]!.end) : around ?? (start < from ? paragraph.slice(t[start]!.start, t[from - 1]!.end) : paragraph.slice(t[from]!.start, t[from + k - 1]!.end));
      // (a plural title before a list is each name's in the singular: `Opposition MPs` → `Opposition MP`)
      const plural = end > 0 ? singularHead(words[end - 1]!) : null;
      // (a degree or an honorific alone is no title, eval/GOLD.md: `Dr. Aïssatou Ndiaye-Kane` has none of her own here)
      const title = DEGREE_ONLY.test(printed) ? null : plural === null ? printed : printed.replace(/\S+$/, plural);
      return make('person', words.slice(named).join(' '), { from: from + named, title, personal: true, honorific: named > k, inner: innerOfTitle(words.slice(0, k)) });
    },
  },
  {
    name: 'job noun opening the sentence before a name',
    example: { text: '[Landmand Jens Hansen] siger, at høsten er tabt.', kind: 'person', language: 'da' },
    apply: ({ t, from, words, before, language, make }) => {
      // `Dijkgraaf Anna Schuurman-Lubbers`, `Vagtchef Kristian Overgaard Møller`, `Župan Anton Mežnar`: in Dutch, German, the
      // Nordic, Baltic and Slavic languages and Finnish a word the sentence opens with that is no given name, before a name that
      // opens with one, is what the person does (the word capitalised only as the sentence's first); not where a head word makes
      // the run a road's or a body's name
      if (!(language.jobOpensSentence && t[from]!.initial && before === undefined && words.length >= 3 && words.length <= 5)) return undefined;
      const [job, given] = [words[0]!, words[1]!];
      // (a given name the lists lack will do after a word that is itself a title's head: `Kuvataiteilija Joonas Ervasti`,
      // `Direktorė Rasa Žemaitienė`, capitalised only as the sentence's first word)
      const head = isHead(job, false) || isHead(lower(job), false);
      // (not a head and the word it governs before a name: `Градоначелник Приједора Данијел Крунић`)
      if (!isWorldGivenName(given) && words.length >= 4) return undefined;
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(job) || isWorldGivenName(job) || GIVEN_NAMES.has(lower(job)) || !(isWorldGivenName(given) || head && /^\p{Lu}/u.test(given)) || NAME_PARTICLES.has(lower(given)) || isWorldGivenName(words[2]!) && words.length === 3 && !head) return undefined;
      if (known([job], false) || knownPlace(job) !== undefined || cityNamed(job) !== undefined || country(job) !== undefined || isDemonym(job)) return undefined;
      if (!nameLike(words.slice(1)) || words.some((w, k) => ORG_HEADS.has(lower(w)) || PLACE_HEADS.has(lower(w)) || (k > 0 || !head) && TITLE_HEADS.has(lower(w)) || DIRECTIONS.has(lower(w)))) return undefined;
      return make('person', words.slice(1).join(' '), { from: from + 1, title: job, personal: true });
    },
  },
  {
    name: 'abbreviation in the plural',
    example: { text: 'Sales of [SUVs] rose again.', kind: 'skip' },
    // `VPNs`, `NGOs`, `SUVs`: an abbreviation in the plural names a kind of thing; a body's acronym takes no plural.
    apply: ({ words, text, make }) => (words.length === 1 && /^\p{Lu}{2,6}s$/u.test(text) ? make('skip', text) : undefined),
  },
  {
    name: 'acronym',
    example: { text: 'The report by [KWT] was published on Monday.', kind: 'acronym' },
    apply: ({ t, from, words, text, before, after, make }) => {
      if (!(words.length === 1 && ACRONYM.test(text) && !NOT_ACRONYMS.has(text) && !NOT_ACRONYMS.has(text.toUpperCase()))) return undefined;
      // `TENNIS: Shanghai Masters`, `FAKTEN: …`: a shouted label at the head of a line is no organisation.
      if (t[from]!.initial && after?.text === ':' && text.length > 3) return make('skip', text);
      // `New York, NY`: a state's postal code after its city.
      if (before?.text === ',' && t[from - 2]?.cap && usState(text) !== undefined && text.length === 2) return make('skip', text);
      // `120,000 TEU`, `4.5 billion CZK`, `CFA 10,000`, `14:05 AEDT`: letters beside a figure are a unit, a currency or a zone
      const counted = ['million', 'billion', 'trillion'].includes(before?.text ?? '') && FIGURE.test(t[from - 2]?.text ?? '');
      if (FIGURE.test(before?.text ?? '') || FIGURE.test(after?.text ?? '') || counted) return make('skip', text);
      // `S&P/ASX 200`, `AUD/USD`: letters paired by a slash name an index or a rate
      if (after?.text === '/' && t[from + 2]?.cap === true) return make('skip', text);
      return make('acronym', text);
    },
  },
  {
    name: 'rank by its initials before a family name',
    example: { text: '“We found nine bodies,” [SP Bhandari] said.', kind: 'person' },
    // `SP Bhandari said`, `DSP Rana told reporters`: a police rank by its initials before one name, then a verb of saying
    // (not a body's acronym before a region, `NHS Grampian said`: only the ranks the lexicon lists)
    apply: ({ span, paragraph, from, words, before, after, make }) => {
      if (!(words.length >= 2 && words.length <= 5 && RANK_INITIALS.has(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(w)))) return undefined;
      const name = words.slice(1);
      if (name.some((w) => namesABody(w) || knownPlace(w) !== undefined || PLACE_HEADS.has(lower(w)) || OUTLET_NOUNS.has(lower(w)))) return undefined;
      // (or a full name set off after a title in apposition: `The … Police Command spokesperson, SP Olufemi Adebayo Ogunleye, said`)
      const apposed = before?.text === ',' && after?.text === ',' && name.length >= 2 ? titleInAppositiveBefore(paragraph, { ...span, from }) : null;
      if (apposed === null && (after === undefined || !SPEECH_VERBS.has(lower(after.text)))) return undefined;
      return make('person', name.join(' '), { from: from + 1, title: apposed ?? words[0]!, personal: true });
    },
  },
  {
    name: 'body named for its country',
    example: { text: 'The campaign by [Greenpeace Indonesia] began in May.', kind: 'organisation' },
    apply: ({ words, text, make }) => {
      // `Greenpeace Indonesia`, `GeoSphere Austria`, `Business Leadership South Africa`, `Transport Scotland`
      for (let k = words.length - 1; k >= 1; k--) {
        if (!nation(words.slice(k).join(' ')) || words[k - 1] === 'of' || knownPlace(words.slice(0, k).join(' '))) continue;
        // `Upper Egypt` is a region; `Shi'ite Iran` is Iran.
        if (words.slice(0, k).every((w) => DIRECTIONS.has(lower(w)))) continue;
        // `Former Sri Lanka opener`: the team of the country is the country.
        if (words.slice(0, k).every((w) => DIRECTIONS.has(lower(w)) || isDemonym(w) || lower(w) === 'former')) return make('place', country(words.slice(k).join(' '))?.name ?? words.slice(k).join(' '));
        return make('organisation', text);
      }
      return undefined;
    },
  },
  {
    name: 'a people or a direction',
    example: { text: 'Hundreds of [North Koreans] crossed the river.', kind: 'skip' },
    apply: ({ words, text, make }) => (words.every((w) => isDemonym(w) || DIRECTIONS.has(lower(w))) ? make('skip', text) : undefined),
  },
  {
    name: 'the Red Cross in its languages',
    example: { text: 'La [Cruz Roja Salvadoreña] instaló un albergue.', kind: 'organisation', language: 'es' },
    // `Cruz Roja Salvadoreña`, `Croix-Rouge`, `Österreichisches Rotes Kreuz`, `Croce Rossa Italiana`: a national society, whatever
    // given name (`Cruz`) its words hold
    apply: ({ words, make }) => {
      const joined = words.join(' ');
      const at = RED_CROSS.exec(joined);
      if (at === null) return undefined;
      // (the society's words and the capitalised words right after them, not what the run goes on with: `Polski Czerwony Krzyż
      // do Kłodzka`; over `of`, `de` before a capitalised word too: `Red Crescent Society of Tajikistan`, `Cruz Vermelha de Moçambique`)
      const capital = (k: number): boolean => /^\p{Lu}/u.test(words[k] ?? '');
      let last = joined.slice(0, at.index + at[0].trimEnd().length).split(' ').length;
      while (last < words.length) {
        if (capital(last)) last++;
        else if (OF_WORDS.has(lower(words[last]!)) && capital(last + 1)) last += 2;
        else break;
      }
      return make('organisation', words.slice(0, last).join(' '));
    },
  },
  {
    name: 'body by its compound head',
    example: { text: 'Die [Landwirtschaftskammer Steiermark] schätzt den Schaden hoch.', kind: 'organisation', language: 'de' },
    // `Landwirtschaftskammer Steiermark`, `Österreichische Hagelversicherung`, `Rijkswaterstaat`, `Trafikverket`: in a language
    // that writes a body's name as one word, a word ending in a body's head is the body: last after the body's other words, first
    // before its place, alone where the language's such words name bodies by themselves (not after a given name or an article;
    // nor a common noun before a name, `Fackförbundet Unionen`, `Energiekonzern Alpiq`: the name after it is the body)
    apply: ({ words, text, language, make }) => {
      if (language.compoundBodies === null || words.length > 3 || isWorldGivenName(words[0]!) || words.some((w) => ROLE_ARTICLES.has(lower(w)))) return undefined;
      const rest = words.slice(1).join(' ');
      const body = words.length === 1 ? language.compoundBodies === 'alone' && isAgencyCompound(words[0]!)
        : isOrgCompound(words[words.length - 1]!) || (isOrgCompound(words[0]!) && (knownPlace(rest) !== undefined || town(rest) !== undefined));
      return body ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'body by its head word',
    example: { text: 'The [Halvorsen Foundation] gave the money.', kind: 'organisation' },
    apply: ({ words, text, make }) => {
      const last = lower(words[words.length - 1]!);
      if (words.length === 2 && REGION_HEADS_AFTER_DIRECTION.has(last) && DIRECTIONS.has(lower(words[0]!))) return undefined;
      return words.length >= 2 && (ORG_HEADS.has(last) || words.some((w, i) => ORG_HEADS_BEFORE_OF.has(lower(w)) && (words[i + 1] === 'of' || words[i + 1] === 'for' || words[i + 1] === 'on'))) ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'airline named for its country',
    example: { text: 'Flights on [Air Tahiti] were cancelled on Wednesday.', kind: 'organisation' },
    // `Air Tahiti`, `Air Seychelles`, `Air India`: `Air` before a country's, an island's or a city's name is the airline
    apply: ({ words, text, make }) => (words.length >= 2 && words.length <= 3 && words[0] === 'Air' && knownPlace(words.slice(1).join(' ')) !== undefined ? make('organisation', text) : undefined),
  },
  {
    name: 'body by its lead word',
    example: { text: 'The bid was won by [Grupo Norteño], officials said.', kind: 'organisation' },
    apply: ({ words, text, before, after, make }) => {
      // `Casa Huizache`, `Grupo Bimbo`: a head noun first; `World Athletics`: a lead word no person's name has.
      // (`a World Heritage property`, `World War II`: a modifier or an event.)
      const first = lower(words[0]!);
      const last = lower(words[words.length - 1]!);
      const leadsBody = ORG_LEADS.has(first) && !PLACE_HEADS.has(last) && !words.some((w) => EVENT_WORDS.has(lower(w)) || /^[IVX]+$/.test(w)) && !['a', 'an'].includes(lower(before?.text ?? ''))
        && (after === undefined || !after.word || after.cap || SPEECH_VERBS.has(lower(after.text)) || /(?:ed|s)$/.test(after.text) || CLAUSE_STARTS.has(after.text));
      // (not `Hospital Road`: a place's head word last makes it the place named after the body)
      return words.length >= 2 && ((ORG_HEADS_FIRST.has(first) && !PLACE_HEADS.has(last) && !STREET_WORDS.has(last)) || leadsBody) ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'union local by its number',
    example: { text: 'Members of [United Steelworkers Local 6500] voted on Monday.', kind: 'organisation' },
    apply: ({ words, text, make }) => (words.length >= 3 && words[words.length - 2] === 'Local' && /^\d{1,5}$/.test(words[words.length - 1]!) ? make('organisation', text) : undefined),
  },
  {
    name: 'names joined by an ampersand',
    example: { text: 'Shares of [Johnson & Johnson] fell on Monday.', kind: 'organisation' },
    // `Johnson & Johnson`, `Marks & Spencer`, `Forest & Bird`: two names joined by an ampersand are a firm's or a body's (not
    // `Trinidad & Tobago`, a place, which the gazetteer knew before)
    // (as printed: `PG&E`, not `PG & E`)
    apply: ({ span, paragraph, t, words, text, make }) => (words.includes('&') && words.length >= 3 && knownPlace(text.replace(' & ', ' and ')) === undefined && knownPlace(words[0]!) === undefined
      ? make('organisation', paragraph.slice(t[span.from]!.start, t[span.to - 1]!.end)) : undefined),
  },
  {
    name: 'what only a company does',
    example: { text: 'Today [Vestrom] employs 18,000 people.', kind: 'organisation' },
    // `Bosch employs 18,000 people`
    apply: ({ words, text, after, make }) => (after !== undefined && !after.cap && ORG_VERBS_AFTER.has(lower(after.text)) && !GIVEN_NAMES.has(lower(words[0]!)) ? make('organisation', text) : undefined),
  },
  {
    name: 'outlet that reported',
    example: { text: 'The crew was freed on Monday, [Dawn] reported.', kind: 'organisation' },
    // (`reported` with no object after it: a newsroom's report, not someone reporting something)
    // (a given name alone is no one's name in a report's attribution, where people go by their family names: `…, Dawn reported`)
    apply: ({ span, t, words, text, after, make }) => (words.length <= 3 && after?.text === 'reported' && REPORT_ENDS.has(t[span.to + 1]?.text ?? '.') && (words.length === 1 || !GIVEN_NAMES.has(lower(words[0]!)))
      && !placeNamed(words, text) ? make('organisation', text) : undefined),
  },
  {
    name: 'what was told, after its article',
    example: { text: '“It was green,” he told the [Leeuwarder Courant].', kind: 'organisation' },
    // (a person told something takes no article: `told the Leeuwarder Courant`, `told the Senate Finance Committee`)
    apply: ({ from, t, words, text, before, make }) => (before !== undefined && lower(before.text) === 'the' && !before.cap && lower(t[from - 2]?.text ?? '') === 'told' && words.length >= 2 && words.length <= 5
      && nameLike(words) && !placeNamed(words, text) ? make('organisation', text) : undefined),
  },
  {
    name: 'what only a company does, said after which',
    example: { text: '[KiwiRail], which runs the Interislander ferries, said sailings would resume.', kind: 'organisation' },
    apply: ({ span, t, words, text, after, make }) => (after?.text === ',' && t[span.to + 1]?.text === 'which' && COMPANY_VERBS_AFTER_WHICH.has(lower(t[span.to + 2]?.text ?? '')) && !GIVEN_NAMES.has(lower(words[0]!))
      && !placeNamed(words, text) ? make('organisation', text) : undefined),
  },
  {
    name: 'body serving a region',
    example: { text: 'Trading on [ICE Futures Europe] was halted.', kind: 'organisation' },
    apply: ({ words, text, make }) => {
      // `ICE Futures Europe`, `Bursa Malaysia Derivatives`: a body's name may end in the region it serves.
      const head = words.findIndex((w, i) => i > 0 && ORG_HEADS.has(lower(w)));
      return words.length >= 3 && head > 0 && words.slice(head + 1).every((w) => knownPlace(w) !== undefined) ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'compound naming a body',
    example: { text: 'Courses at the [Goethe-Institut] are full.', kind: 'organisation' },
    apply: ({ words, text, make }) => {
      // `Goethe-Institut`, `Robert-Koch-Institut`: a compound whose last part names a body.
      const part = words.length === 1 ? /-(\p{Lu}[\p{L}]+)$/u.exec(text) : null;
      return part && ORG_HEADS.has(lower(part[1]!)) ? make('organisation', text) : undefined;
    },
  },
  {
    name: 'appositive naming a kind of body',
    example: { text: 'Supply is back, [Kalvex], the city’s power company, said.', kind: 'organisation' },
    // `K-Electric, the city’s power company,`
    apply: ({ span, t, text, after, make }) => (after?.text === ',' && orgAppositive(t, span.to + 1) ? make('organisation', text) : undefined),
  },
  {
    name: 'place by its head word',
    example: { text: 'Boats crossed [Lake Tanganyika] at dawn.', kind: 'place' },
    apply: ({ words, text, make }) => {
      const first = lower(words[0]!);
      const last = lower(words[words.length - 1]!);
      // (`Gulf of St. Lawrence`, `Bay of Islands`: the head before `of` and a name; not `Port of Oakland`, the body that runs it)
      const rest = words[1] === 'of' ? (first === 'port' ? [] : words.slice(2)) : words.slice(1);
      // (a station is a place where trains stop, not where a service works: `Camden Station`, not `Kutchan Police Station`)
      if (last === 'station' && SERVICE_STATION_WORDS.has(lower(words[words.length - 2] ?? ''))) return undefined;
      // (nor a Vietnamese name whose last word is also a place's noun, a middle name between: `Tran Van Bay`; not `Dong Nai Province`)
      if (vietnameseName(words)) return undefined;
      const surnameHead = words.length >= 2 && PLACE_HEADS_ALSO_SURNAMES.has(last) && !isGivenName(words[words.length - 2]!);
      return words.length >= 2 && (PLACE_HEADS.has(last) || surnameHead || STREET_WORDS.has(last) || (PLACE_HEADS_FIRST.has(first) && rest.length > 0 && nameLike(rest))) && !isDemonym(words[0]!) ? make('place', text) : undefined;
    },
  },
  {
    name: 'a people as an adjective',
    example: { text: 'The [Brazilian Samba] parade drew crowds.', kind: 'skip' },
    // A demonym before other words is an adjective: `Russian Defense Ministry` was taken above; `Korean War` is an event.
    // (but a people's own government named as a body, capitalised: `the Scottish Government`, `the Welsh Government`,
    // `the Flemish Parliament`)
    apply: ({ words, text, make }) => (isDemonym(words[0]!) && words.length <= 2
      ? make(words.length === 2 && /^(?:Government|Parliament|Executive)$/.test(words[1]!) ? 'organisation' : 'skip', text) : undefined),
  },
  {
    name: 'body before one of its people',
    example: { text: '[Korvala Freight] chief executive Anna Lind said volumes fell.', kind: 'organisation' },
    // `Sydbank analyst Morten Hvidberg-Jensen`, `Tjålme Vind CEO, Johan af Klercker,`: a name before the title of someone it employs,
    // in lower case, then that someone's name (not a person's name, `Donald Trump adviser Stephen Miller`)
    // (not in the languages that put a body in the genitive before its officer's title: `Finnairin toimitusjohtaja`, `Neringos meras`)
    apply: ({ span, language, t, words, text, make }) => {
      if (language.jobOpensSentence) return undefined;
      // (`Masdar's Chief Operating Officer, Hamad Khalfan Al Kaabi,`: after the body's possessive the title may be capitalised)
      const owner = t[span.to - 1]!.possessive;
      let k = span.to;
      while (k < span.to + 4 && t[k] !== undefined && t[k]!.word && (!t[k]!.cap || t[k]!.text === 'CEO' || owner) && !t[k]!.possessive) k++;
      // (a verb between is a clause, not a title: `De Búrca confirmed that full-back Ciarán Hogan-Maher …`)
      if (t.slice(span.to, k).some((tok) => SPEECH_VERBS.has(tok.text.toLowerCase()) || tok.text === 'that')) return undefined;
      const head = t[k - 1];
      const named = t[k]?.text === ',' ? t[k + 1] : t[k];
      if (k === span.to || head === undefined || !isHead(head.text, false) || !named?.cap || !named.word) return undefined;
      // (`Senior analyst …`, `Presiding judge …`: one word opening a sentence is as often the title's adjective)
      const opening = span.from === 0 || ['“', '"', '(', '—', '–'].includes(t[span.from - 1]!.text);
      // (`DA-6 regional director`, `OCD Bicol regional director`: a regional office by its acronym is a part of a body the story names)
      if (words.some((w) => /\d/.test(w) || /^\p{Lu}{2,}-\p{Lu}+$/u.test(w)) || (words.length >= 2 && /^\p{Lu}{2,}$/u.test(words[0]!))) return undefined;
      if ((opening && words.length === 1 && !owner) || (words.length === 1 && (ORG_HEADS.has(lower(text)) || TITLE_HEADS.has(lower(text)))) || words.some(isDemonym) || isGivenName(words[0]!) || familyNameFirst(words) || knownPlace(text) !== undefined || town(text) !== undefined) return undefined;
      return make('organisation', text);
    },
  },
  {
    name: 'known as, after a body',
    example: { text: 'The state grain agency, known as [Granexa], said stocks were low.', kind: 'organisation' },
    // `the national crop agency, known as Conab,`: the name a body described in lower case goes by
    apply: ({ t, from, text, before, make }) => {
      if (before?.text !== 'as' || t[from - 2]?.text !== 'known') return undefined;
      for (let k = from - 3; k >= Math.max(0, from - 9); k--) {
        const w = t[k]!;
        if (w.cap || w.text === '.') return undefined;
        if (w.word && (ORG_HEADS.has(lower(w.text)) || OUTLET_NOUNS.has(lower(w.text)))) return make('organisation', text);
      }
      return undefined;
    },
  },
  {
    name: 'a place that speaks is its body',
    example: { text: '[Harlow Municipality] said the roads would reopen.', kind: 'organisation' },
    // `Fujairah Municipality said`, `Kowloon District told residents`: a place's noun before a verb of speaking names the
    // body that runs the place, never a person (not after a preposition: `fish farmers in Tolo Harbour say`, `farmers in the
    // Mekong Delta said`; after `the` or `and`, `and Fujairah Municipality said`)
    apply: ({ t, from, words, text, before, after, language, make }) => (words.length >= 2 && PLACE_NOUNS.has(lower(words[words.length - 1]!)) && after !== undefined && !after.cap
      && SPEECH_VERBS.has(lower(after.text)) && (before === undefined || before.cap || !before.word || AND_WORDS.has(lower(before.text))
        || (ARTICLES.has(lower(before.text)) && !language.prepositions.has(lower(t[from - 2]?.text ?? ''))))
      ? make('organisation', text) : undefined),
  },
  {
    name: 'evidence of a person',
    example: { text: '[Marta Ilves], a hydrologist, said the river was rising.', kind: 'person' },
    apply: ({ span, paragraph, previous, t, from, words, text, before, after, honoured, make }) => {
      const honorific = honoured || (before !== undefined && HONORIFICS.has(lower(before.text)));
      const subSpan = from === span.from ? span : { ...span, from };
      // (a title before the honorifics that open the run is the person's: `Kampuchea Skyways chairman Neak Oknha Ly Sovann`,
      // `Its chairman, Dr. Simon Kigondu, said`)
      const overHonorifics = (find: (paragraph: string, span: Span) => string | null): string | null => find(paragraph, subSpan) ?? (subSpan !== span ? find(paragraph, span) : null);
      const lowerTitle = overHonorifics(titleBefore) ?? overHonorifics(titleInAppositiveBefore) ?? titleOfList(paragraph, subSpan) ?? (honoured ? titleOfBodyBefore(span, previous, paragraph) : null) ?? titleWithAcronymBefore(paragraph, subSpan);
      const appositive = appositiveAfter(paragraph, subSpan);
      // `Analysts at Goldman Sachs said`: after a preposition a speaker is an institution, not a person.
      const governed = before !== undefined && !before.cap && ['at', 'of', 'from', 'for', 'with', 'by', 'in', 'on', 'to'].includes(before.text);
      const speaks = after !== undefined && !after.cap && SPEECH_VERBS.has(lower(after.text)) && !governed;
      const spoken = before !== undefined && !before.cap && (SPEECH_VERBS.has(lower(before.text)) || (lower(before.text) === 'to' && lower(t[from - 2]?.text ?? '') === 'according'));
      // `the NFC-leading Saints, who`: a name takes no article.
      // (Spanish `quien`, `quienes` are a person's only: `Migdalia Santiago Torres, quien depende de …`)
      const relative = after?.text === ',' && ['who', 'whose', 'quien', 'quienes'].includes(t[span.to + 1]?.text ?? '') && !ROLE_ARTICLES.has(lower(before?.text ?? ''));
      // (in other languages the relative pronoun is a thing's too, so after a name that opens with a given name: `Ola Grøtting, som
      // har drevet …`; or an age set off in words, `Nereida Quiñones, de 81 años,`)
      const next = lower(t[span.to + 1]?.text ?? '');
      const relativeOther = after?.text === ',' && RELATIVE_PRONOUNS_OTHER_LANGUAGES.has(next) && words.length >= 2 && isGivenName(words[0]!) && !ROLE_ARTICLES.has(lower(before?.text ?? ''));
      // (or without `de`, after no article, the age set off: `Mereana Kaiha, 34 ans,`, `Sven Berg, 52 år,`; not `la Condroz Cycling
      // Team, 23 ans,`, nor `Médecins Sans Frontières, 50 ans après sa fondation,`)
      const ageAt = (k: number): boolean => /^\d{1,3}$/.test(t[k]?.text ?? '') && AGE_NOUNS.has(lower(t[k + 1]?.text ?? ''));
      const agedInWords = after?.text === ',' && ((['de', 'com'].includes(next) && ageAt(span.to + 2))
        || (ageAt(span.to + 1) && [',', '.', ')'].includes(t[span.to + 3]?.text ?? '.') && !ROLE_ARTICLES.has(lower(before?.text ?? ''))));
      // `Monzer Akbik of the Western-backed National Coalition opposition group told Reuters`.
      const speaksOf = after?.text === 'of' && !governed && words.length >= 2 && speechVerbAhead(t, span.to + 1);
      // `Jamie Ward`, `Kyle Korver`: a common given name before a family name, with no article.
      // (or one of the world's, before two or three more names: `Karla Vanessa Mora Villalobos`, `Rubén Darío Cáceres Giménez`)
      // (not a title, `Justice Marcia Brown-Hinds`; nor a place named after someone, `lago Ezequiel Ramos Mexía`)
      // (particles not counted: `Joaquim Paulo Nunes dos Santos`)
      const core = words.filter((w) => !NAME_PARTICLES.has(w)).length;
      // (two names set off as an apposition, `l'ancien trésorier de l'ASBL, Jean-Marc Lelièvre,`, or before a party's letters,
      // `Nathalie Hubaux-Fontaine (PS)`: a given name of the world's is enough)
      const party = after?.text === '(' && /^\p{Lu}{1,5}$/u.test(t[span.to + 1]?.text ?? '') && t[span.to + 2]?.text === ')' && !words.map((w) => w[0]).join('').startsWith(t[span.to + 1]!.text);
      // (or opening the sentence, set off by a comma before a lower-case apposition: `Mariette Sossa, revendeuse de poisson fumé, a perdu …`)
      const opensSet = before === undefined && after?.text === ',' && t[span.to + 1]?.word === true && !t[span.to + 1]!.cap && !CLAUSE_WORDS_AFTER_NAME.has(lower(t[span.to + 1]!.text));
      const set = (before?.text === ',' && (after?.text === ',' || after?.text === '.')) || party || opensSet;
      // (after `a`, a common given name and a family name before a lower-case noun name the person the noun is about: `a Joe Biden
      // appointee`, `a Donald Trump ally`)
      const attributive = ['a', 'an'].includes(lower(before?.text ?? '')) && after !== undefined && after.word && !after.cap && isGivenName(words[0]!) && core === 2 && !/-\p{Ll}/u.test(words[words.length - 1]!);
      const given = core >= 2 && core <= 4 && !['the', 'a', 'an'].includes(lower(before?.text ?? '')) && knownPlace(words[0]!) === undefined
        // (a common given name before four names reads as the world's do: `Jorge Luiz Batista Neto`)
        && (GIVEN_NAMES.has(lower(words[0]!)) && core <= 3 ? !(core < words.length && namedAfterSomeone(words)) : worldNamed(words, before, set ? 2 : 3));
      // `27-year-old deckhand Tyler Brandt`, `the 71-year-old Jaypeetee Kunuk`: an age before the name, maybe with a role between
      const aged = before !== undefined && (agedEndsAt(t, from - 1) || (!before.cap && before.word && agedEndsAt(t, from - 2)));
      // (`Hamish Kerr-Lindsay`, `Lucia Bergström-Avery`: a given name of the world's before a double-barrelled family name)
      const doubleBarrelled = core === 2 && words.length === 2 && isGivenName(words[0]!) && /^\p{Lu}[\p{Ll}'’]+-\p{Lu}\p{Ll}+$/u.test(words[1]!) && knownPlace(text) === undefined && knownPlace(words[0]!) === undefined;
      // (`Sardor Tursunov`, `Agron Beridze`: two names, the second shaped like a family name by its ending, neither a place's
      // nor a body's word; not an Arabic article's name, `Al Rayyan`, a Slavic adjective's, `Progresívneho Slovenska`, nor a
      // name after a common noun, `the vessel Víctor Angelescu`)
      // (nor a name after `the`: `told the Leeuwarder Courant`)
      const shaped = core === 2 && words.length === 2 && lower(before?.text ?? '') !== 'the' && familyNameShaped(words[1]!) && knownPlace(text) === undefined && knownPlace(words[0]!) === undefined && knownPlace(words[1]!) === undefined && !words.some(namesABody)
        && !/^(?:Al|El|Ul|Ar|As|Ad)$/.test(words[0]!) && !/(?:ho|ej|ych|ého|ego)$/.test(words[0]!) && !CRAFT_NOUNS.has(lower(before?.text ?? ''))
        // (a first word of three letters at least, `B.Rahimov` being the short form of a name; and a given name we know when it
        // opens the sentence, `Edhe Gjakova` being "also Gjakova")
        && /^\p{Lu}\p{Ll}{2,}/u.test(words[0]!) && (!t[from]!.initial || isGivenName(words[0]!));
      // (`Sardor Tursunov, a 31-year-old from …`: an age set off after the name)
      const agedApposition = after?.text === ',' && ['a', 'an'].includes(next) && (agedEndsAt(t, span.to + 2) || agedEndsAt(t, span.to + 4));
      // `Tendai Mutasa (34), Givemore Chikwanha (29) and …`: an age in parentheses after two names or more
      const agedAfter = core >= 2 && after?.text === '(' && /^\d{1,3}$/.test(t[span.to + 1]?.text ?? '') && t[span.to + 2]?.text === ')';
      // `Vietnam's Tran Minh Khoa`, `Bolivia's Milagros Quispe Mamani`: a country's possessive before two to four names, set off after
      // them (not `China's Belt and Road initiative`, a name before its noun)
      // (and opening with a given name, or a family name written first: not `Peru's Cordillera Blanca`, `Italy's Acciaierie Tirreniche`)
      const national = before?.possessive === true && country(before.text) !== undefined && core >= 2 && core <= 4 && knownPlace(text) === undefined
        && (isWorldGivenName(words[0]!) || familyNameFirst(words))
        && (after === undefined || [',', '.', ';', ')', 'and', 'or', '—', '–'].includes(after.text) || (!after.cap && SPEECH_VERBS.has(lower(after.text))));
      // `Cathal Ó Loingsigh`, `Dòmhnall Mac a' Phearsain`: a Gaelic word for son or daughter of between a name and a family name
      const gaelic = core >= 3 && words.some((w, k) => k > 0 && k < words.length - 1 && PATRONYMIC_PREFIXES.has(w) && /^\p{Lu}/u.test(words[words.length - 1]!));
      const personal = honorific || lowerTitle !== null || appositive !== null || speaks || speaksOf || relative || relativeOther || agedInWords || given || attributive || doubleBarrelled || aged || agedAfter || agedApposition || shaped || national || gaelic || (spoken && (after === undefined || [',', '.', '”', '"', 'of'].includes(after.text)));
      // (`told Barbados Today`: a name that opens with a country no one is named after is an outlet's or a body's)
      return nameLike(words) && personal && !opensWithCountry(words) ? make('person', text, { title: lowerTitle ?? appositive?.title ?? null, personal: true, honorific }) : undefined;
    },
  },
  {
    name: 'place by its setting',
    example: { text: 'The ship docked in [Korsakovo] on Friday.', kind: 'unknown' },
    apply: ({ span, previous, language, t, from, words, text, before, after, make }) => {
      const prepositions = language.prepositions;
      // A place by the words around it: `in Vladivostok`, `Kursk region`, `Vladivostok, Russia’s…`, `Friedrichshain and Neukoelln`.
      const bb = t[from - 2];
      // (`in northern Kyiv`, `in neighboring Iwanai`: a word that places it between)
      const placing = (w: string): boolean => DIRECTIONS.has(w) || PLACE_ADJECTIVES.has(w);
      // (or `along the South Shore`: a preposition of place before the article, the name no body's nor a numbered road's)
      const prepositional = lowerOrInitial(before) && (prepositions.has(lower(before!.text)) || (placing(lower(before!.text)) && bb !== undefined && prepositions.has(lower(bb.text)))
        || (lower(before!.text) === 'the' && lower(bb?.text ?? '') === 'along' && !/^\d/.test(after?.text ?? '')))
        // (German capitalises its nouns: after its own prepositions, `nach Galtür`, not `nach Angaben`, only a place the tables know,
        // a city or a village; not a town, whose names are nouns as often, `bei Regen`, `nach Lage`)
        && (!language.nounsCapitalised || PLACE_PREPOSITIONS.has(lower(before!.text)) || ((knownPlace(text) !== undefined || cityNamed(text) !== undefined || village(text) !== undefined) && !CALENDAR.has(lower(text))));
      // (`the town of Ely`; `concelho da Povoação`, `ilha de São Miguel`, `comune di Bagnone`)
      const placeOf = bb !== undefined && !bb.cap && ((before?.text === 'of' && PLACE_NOUNS_BEFORE_OF.has(lower(bb.text)))
        || (ROMANCE_OF_WORDS.has(lower(before?.text ?? '')) && PLACE_NOUNS_BEFORE_OF_OTHER_LANGUAGES.has(lower(bb.text))
          // (a plural before a bare `de` only: `les quartiers de Mendong`, not `six villes du Royaume`)
          && (!PLURAL_END.test(lower(bb.text)) || BARE_OF.has(lower(before!.text)))));
      // `resorts such as Kemer`, `cities such as Lyon`.
      const suchAs = before?.text === 'as' && bb?.text === 'such' && t[from - 3] !== undefined && PLACE_KINDS.has(lower(t[from - 3]!.text));
      // `the Tigris and Euphrates rivers`: a name coordinated with one followed by a place noun.
      const nextAnd = after?.text === 'and' && t[span.to + 1]?.cap === true && t[span.to + 2] !== undefined && !t[span.to + 2]!.cap && PLACE_NOUNS.has(lower(t[span.to + 2]!.text));
      // (not a people's or a church's adjective, `the Kashubian coast`, `Anglican shrines`, nor a species' Latin name, `(Avicennia marina)`)
      const placeNoun = after !== undefined && !after.cap && PLACE_NOUNS.has(lower(after.text)) && !isDemonym(words[0]!) && !(words.length === 1 && /(?:ian|ean|can|ine|ese)$/.test(lower(words[0]!))) && before?.text !== '(';
      const commaPlace = after?.text === ',' && t[span.to + 1]?.cap === true && knownPlace(t[span.to + 1]!.text) !== undefined;
      // `at Kanvili near Tamale`, `on the Daugava near Jēkabpils`
      const nearPlace = after?.text === 'near' && t[span.to + 1]?.cap === true && t[span.to + 1]!.word;
      const listed = (listAnd(before) || (before?.text === ',' && (after?.text === ',' || listAnd(after)))) && (previous?.kind === 'place' || previous?.placeCue === true) && previous.span.sentence === span.sentence && previous.span.to === from - 1;
      const long = words.join('').length >= 3 && !words.some((w) => AND_WORDS.has(lower(w)));
      // (not a sum in a currency's letters, `between Sh20 and Sh30`)
      const sum = words.length === 1 && /\d/.test(words[0]!);
      return nameLike(words) && long && !sum && words.length <= 3 && (prepositional || placeOf || suchAs || placeNoun || commaPlace || nearPlace || listed || nextAnd) ? make('unknown', text, { placeCue: true }) : undefined;
    },
  },
];
