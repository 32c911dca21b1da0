import { UNLIMITED, type Entity, type ParseBudget, type Person, type Quote } from '../../story/index.ts';
import { cityNamedBody, joinOf, nameLike, opensWithCountry, sportsTeam, type Reading } from './classify.ts';
import { CLUB_NAMED_FOR_ITS_CITY, namedAfterSomeone, read } from './run-rules.ts';
import { ACRONYM_JOINS, AND_WORDS, ARTICLES, ORG_HEADS_FIRST, ROMANCE_OF_WORDS, NAME_PARTICLES, PLACE_KINDS, AUXILIARIES, ROLE_ARTICLES, CORPORATE_SUFFIXES, DIRECTIONS, INITIALS_NOUNS, INSTITUTION_HEADS, LEGISLATURES, OF_WORDS, ORDINALS, ORG_HEADS, PLACE_HEADS, SPEECH_VERBS, storyWordsOf, TITLE_HEADS_OTHER_LANGUAGES, TITLE_STOPS, type StoryWords } from './lexicon.ts';
import { isHead } from './titles.ts';
import { PeopleRegistry, familyNameFirst, isGivenName, isWorldGivenName, splitLeadingTitle, vietnameseName, withoutParticle, type Gender, type PersonEntry } from './people.ts';
import { caselessCountries } from './caseless-places.ts';
import { numberedRoads } from './roads.ts';
import { agencyNamed, knownPlace } from './gazetteer.ts';
import { city, country, countryOfName, town } from '../places.ts';
import { describedAge, findQuotes, type PersonMention, type Referent } from './quotes.ts';
import { sentencesOf, spansOf, type Sentence, type Span, type Token } from './text.ts';
import { NEWSROOM_WORD } from '../../wire/index.ts';

export { resolveStoryDay, printedWeekdayTime } from './story-dates.ts';

/**
 * People, organisations, places and quotes in a story's paragraphs (CONTRACT.md §1; issue 4). Rules and
 * gazetteers, no model: each capitalised run is read with the words around it (`classify.ts`), people
 * are gathered first so that their short references (`Austin`, `Cho`) win over places and words, then
 * every run is counted once as a mention, and quotes are attributed (`quotes.ts`).
 */

export interface FoundEntities {
  readonly people: Person[];
  readonly organisations: Entity[];
  readonly places: Entity[];
  readonly quotes: Quote[];
}

export interface EntityContext {
  /** Byline authors and credited contributors: in their own fields, not `people`, unless the story gives them a title. */
  readonly bylines: readonly string[];
  readonly contributors: readonly string[];
  /**
   * The story's language tag (`en-US`, `de`). German capitalises every noun, so a capitalised word used alone says
   * nothing of a name there.
   * @default unknown: read as English
   */
  readonly language?: string | null;
  /** The names of the outlet that filed the story (its provider, its masthead): where its body prints one, an organisation. */
  readonly outlets?: readonly (string | null)[];
  /** Asked once a sentence. @default UNLIMITED */
  readonly budget?: ParseBudget;
}

class Tally {
  private readonly counts = new Map<string, { name: string; mentions: number; first: number }>();
  /** @param printed the name as the story printed it, where it is another spelling of `name` (`UAE`): listed so at its first mention */
  add(name: string, position: number, printed: string = name): void {
    const key = name.toLowerCase();
    const entry = this.counts.get(key);
    if (entry) entry.mentions++;
    else this.counts.set(key, { name: printed, mentions: 1, first: position });
  }
  has(name: string): boolean {
    return this.counts.has(name.toLowerCase());
  }
  list(): Entity[] {
    return [...this.counts.values()].sort((a, b) => a.first - b.first).map(({ name, mentions }) => ({ name, mentions }));
  }
}

/** An ordinal's ending after its number, a token of its own: `14` `th`, `3` `rd`, `101` `st`. */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** The definite articles that open no one's name: `the Pink Line`, `la Ville de Liège`, `el Banco Central`, `die Stadt`. */
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'las', 'le', 'les', 'lo', 'los', 'il', 'gli', 'der', 'die', 'das', 'het']);

/** Marks that end the clause a name's verb of saying is looked for in. */
const CLAUSE_ENDS = new Set(['.', ';', ':', '“', '”', '"', '!', '?']);

/** `National Intelligence Service` → `NIS`; small words are skipped. */
const initials = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

export function findEntities(printedParagraphs: readonly string[], context: EntityContext): FoundEntities {
  const paragraphs = printedParagraphs.map(withoutNativeSpelling);
  const budget = context.budget ?? UNLIMITED;
  const sentences = sentencesOf(paragraphs);
  const language = storyWordsOf(context.language ?? null);
  const readings = spelledByAcronym(ownOutlet(placesListedTogether(readRuns(paragraphs, sentences, budget, language)), paragraphs, context.outlets ?? []));
  const people = gatherPeople(readings, paragraphs, context, language);
  const aliases = organisationAliases(readings);
  const { organisations, places, mentions } = countMentions(readings, sentences, people, aliases, language);
  // scripts without capitals give no runs: their countries are found by name; nor does a road's number
  paragraphs.forEach((paragraph, k) => {
    for (const { name, at } of caselessCountries(paragraph, context.language)) places.add(name, k * 100_000 + at);
    for (const { name, at } of numberedRoads(paragraph, context.language ?? null)) places.add(name, k * 100_000 + at);
  });
  budget.check();
  const printed = printedName(paragraphs);
  const quotes = attributeQuotes(paragraphs, sentences, mentions).map((q) => (q.speaker === null ? q : { ...q, speaker: printed(q.speaker) }));
  return {
    people: people.all().filter((p) => p.mentions > 0).map(({ name, title, mentions: count }) => ({ name: printed(name), title, mentions: count })),
    organisations: organisations.list(),
    places: places.list(),
    quotes,
  };
}

/**
 * A name's spelling in its own script, in brackets after the name in Latin letters (`Lai Yu-han (賴玉涵), an associate research
 * fellow`, Taiwanese and Korean copy in English), blanked to spaces of its length: the name's appositive and verb follow it,
 * and every offset stays the printed one.
 */
const NATIVE_SPELLING = /(?<=\p{Script=Latin}\s?)[（(][\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・\s]{1,16}[）)]/gu;
/**
 * A nickname in quotation marks inside a name (`Ma. Theresa “Tessa” Labella-Ouano`, `Kervin “Bigs” Alphonse`), blanked
 * the same way: no part of the name, and no quote.
 */
// (the opening mark first, so that the engine looks for it before it looks behind)
const NICKNAME = /[“"‘](?<=\p{Lu}[\p{L}\p{M}.'’-]*\s[“"‘])[\p{Lu}][\p{L}\p{M}.'’-]{0,20}(?:\s\p{Lu}[\p{L}\p{M}'’-]{0,20})?[”"’](?=\s\p{Lu}[\p{L}\p{M}'’-]*(?:[\s,.;:!?)]|$))/gu;
const withoutNativeSpelling = (paragraph: string): string =>
  paragraph.replace(NATIVE_SPELLING, (spelled) => ' '.repeat(spelled.length)).replace(NICKNAME, (nickname) => ' '.repeat(nickname.length));

/** An initial printed against the name it opens, Mongolian style: `G.Oyunchimeg`, `Ts.Batbold`. */
const GLUED_INITIAL = /(?<![\p{L}.])\p{Lu}\p{Ll}{0,2}\.\p{Lu}[\p{L}\p{M}'’-]*/gu;
const SPACED_INITIAL = /(?<![\p{L}.])(\p{Lu}\p{Ll}{0,2}\.) (\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/**
 * A person's name as the story prints it where the tokens split it: the words of a name are joined by spaces, so
 * `G.Oyunchimeg` would come out `G. Oyunchimeg`. One pass over the text finds the glued forms it prints.
 */
function printedName(paragraphs: readonly string[]): (name: string) => string {
  const glued = new Set<string>();
  for (const paragraph of paragraphs) for (const m of paragraph.matchAll(GLUED_INITIAL)) glued.add(m[0]);
  if (glued.size === 0) return (name) => name;
  return (name) => name.replace(SPACED_INITIAL, (whole, initial: string, rest: string) => (glued.has(initial + rest) ? initial + rest : whole));
}

/** Where a run stands in the story, for first-mention order. */
const positionOf = (r: Reading): number => r.span.sentence.paragraph * 100_000 + (r.span.sentence.tokens[r.from] ?? r.span.sentence.tokens[r.span.from]!).start;

/** Phase 1, runs: every capitalised run of every sentence, read by the rules of `run-rules.ts`. */
function readRuns(paragraphs: readonly string[], sentences: readonly Sentence[], budget: ParseBudget, language: StoryWords): Reading[] {
  const readings: Reading[] = [];
  for (const sentence of sentences) {
    budget.check();
    let previous: Reading | undefined;
    for (const span of spansOf(sentence, joinOf)) {
      previous = read(span, paragraphs[sentence.paragraph]!, previous, language);
      readings.push(previous);
    }
  }
  return readings;
}

/** Words before a list of places that say what they are: `woredas are Itang, Jikawo and Lare`, `districts of …`. */
const BEFORE_LISTED_PLACES = new Set(['are', 'of', 'in', 'including', ':']);

/**
 * A name that may stand in a list of places, not a possessive (`Somalia's Minister …`): a place, or a run of one to three words no rule could read, of three
 * letters or more (not `I`), holding no `and` of its own (`Soria y Palencia`), no acronym (`SMK Baleh`, a school) and not
 * opening with a given name (`Hemi Walker`).
 */
const listedName = (r: Reading): boolean => !r.span.sentence.tokens[r.span.to - 1]!.possessive && (r.kind === 'place' || (r.kind === 'unknown' && r.span.words.length <= 3 && r.name.length >= 3
  && !r.span.words.some((w) => AND_WORDS.has(w) || /^\p{Lu}{2,5}$/u.test(w)) && !(r.span.words.length >= 2 && isGivenName(r.span.words[0]!))));

/**
 * Names listed together, `Itang, Jikawo and Lare`, are things of one kind: where one of them is a place (`Ariana, Ben
 * Arous and Manouba`), or the list follows or precedes the kind of place they are (`woredas are …`, `… payams`), the
 * others the rules could not read are places too. A list holding a person or a body is left as it is.
 */
function placesListedTogether(readings: Reading[]): Reading[] {
  // (a comma, `and` in the story's languages or `or` between them, or a comma and `and`/`or`)
  const joins = (a: Reading, b: Reading): boolean => {
    if (a.span.sentence !== b.span.sentence) return false;
    const t = a.span.sentence.tokens;
    const gap = b.span.from - a.span.to;
    const word = (k: number): string => t[k]!.text.toLowerCase();
    return (gap === 1 && (word(a.span.to) === ',' || AND_WORDS.has(word(a.span.to)) || word(a.span.to) === 'or')) || (gap === 2 && word(a.span.to) === ',' && ['and', 'or'].includes(word(a.span.to + 1)));
  };
  const cued = new Set<Reading>();
  for (let i = 0; i < readings.length;) {
    let j = i;
    while (j + 1 < readings.length && joins(readings[j]!, readings[j + 1]!)) j++;
    const list = readings.slice(i, j + 1);
    i = j + 1;
    if (list.length < 2 || !list.every(listedName)) continue;
    const t = list[0]!.span.sentence.tokens;
    const opener = t[list[0]!.span.from - 1];
    const before = opener?.text.toLowerCase();
    // (two names set apart by a comma alone are a place and its country or a day, `Jakarta, Selasa`, or an appositive;
    // nor a list inside a name, `Port aux Basques`, `for the Betterment and Progress of Hong Kong`)
    if ((list.length === 2 && t[list[0]!.span.to]?.text === ',' && list[0]!.span.to + 1 === list[1]!.span.from) || before === 'the' || (before !== undefined && (NAME_PARTICLES.has(before) || before === 'aux'))) continue;
    // (nor a place and its country, then someone: `from Valencia, Spain, and Hemi Walker`; nor a possessive's, `France's Framatome and …`)
    if (opener?.possessive || list.some((r, k) => k > 0 && r.kind === 'place' && list[k - 1]!.kind === 'place' && country(r.name) !== undefined && country(list[k - 1]!.name) === undefined)) continue;
    const kindBefore = before !== undefined && BEFORE_LISTED_PLACES.has(before) && PLACE_KINDS.has(t[list[0]!.span.from - 2]?.text.toLowerCase() ?? '');
    const kindAfter = PLACE_KINDS.has(t[list.at(-1)!.span.to]?.text.toLowerCase() ?? '');
    if (kindBefore || kindAfter || list.some((r) => r.kind === 'place' || r.placeCue)) for (const r of list) if (r.kind === 'unknown' && !r.placeCue) cued.add(r);
  }
  return cued.size === 0 ? readings : readings.map((r) => (cued.has(r) ? { ...r, placeCue: true, rule: 'listed with places' } : r));
}

/** A run printed alone between parentheses: an acronym defined (`(KCTU)`), or a dateline's credit (`(FOLHAPRESS)`). */
const inParentheses = (span: Span): boolean => span.sentence.tokens[span.from - 1]?.text === '(' && span.sentence.tokens[span.to]?.text === ')';

/** Words a body's name runs back over from its acronym, at most. */
const ACRONYM_REACH = 12;

/**
 * A body's name defined by the acronym printed after it, `the Korean Confederation of Trade Unions (KCTU)`, `the Nigeria
 * Centre for Disease Control and Prevention (NCDC)`: the capitalised words before the parenthesis whose initials spell
 * the acronym (all of it, or it is their first letters), over small words, holding a body's head word, are one
 * organisation, however the runs were split at `of` and `and`.
 */
function spelledByAcronym(readings: Reading[]): Reading[] {
  /** The reading that takes the place of the runs it replaces, by the first of them; the others, dropped. */
  const first = new Map<Reading, Reading>();
  const replaced = new Set<Reading>();
  readings.forEach((r, i) => {
    const t = r.span.sentence.tokens;
    // (its letters: `PG&E` spells Pacific Gas and Electric)
    const printed = r.span.to - r.span.from === 1 ? t[r.span.from]!.text.replace(/&/g, '') : '';
    // (or in title case, over a name in lower case after its capitalised head, as Italian and Spanish print them:
    // `Federazione italiana sport invernali (Fisi)`)
    const titleCased = /^\p{Lu}\p{Ll}{1,7}$/u.test(printed);
    // (or its capitals with a small word's letter among them, which the initials skip: `Centro de Armadores Fluviales y Marítimos (CAFyM)`)
    // (not a plural's `s`: `Permanent Voter Cards (PVCs)`)
    const mixed = !titleCased && /^\p{Lu}\p{L}{1,7}$/u.test(printed) && /\p{Ll}(?=\p{Lu})/u.test(printed) && printed.replace(/\p{Ll}/gu, '').length >= 3;
    if ((!/^\p{Lu}{2,8}$/u.test(printed) && !titleCased && !mixed) || !inParentheses(r.span)) return;
    const acronym = mixed ? printed.replace(/\p{Ll}/gu, '') : printed.toUpperCase();
    const end = r.span.from - 2;
    let start: number | undefined;
    let capitals = '';
    // (the small words a name's initials skip; and a Romance `di`, `e` in a lower-case name)
    const joins = (word: string): boolean => ACRONYM_JOINS.has(word.toLowerCase()) || (titleCased && (ROMANCE_OF_WORDS.has(word) || AND_WORDS.has(word)));
    for (let k = end; k >= 0 && end - k < ACRONYM_REACH; k--) {
      const tok = t[k]!;
      if (tok.word && (tok.cap || (titleCased && !joins(tok.text))) && !/^(?:The|A|An)$/.test(tok.text)) {
        capitals = tok.text[0]!.toUpperCase() + capitals;
        if ((capitals === acronym || (capitals.startsWith(acronym) && capitals.length <= acronym.length + 1)) && (tok.cap && (!titleCased || ORG_HEADS_FIRST.has(tok.text.toLowerCase())))) start = k;
        if (capitals.length > acronym.length + 1) break;
      } else if (!joins(tok.text)) break;
    }
    if (start === undefined || start === end) return;
    // (a plural possessive inside the name keeps its apostrophe: `Siang Indigenous Farmers' Forum`)
    const words = t.slice(start, end + 1).map((tok, k) => (tok.possessive && start + k < end && /s['’]$/.test(tok.raw) ? tok.raw : tok.text));
    // (a mixed acronym spelling a name of three capitalised words or more is a body's, whatever its head)
    if (!titleCased && !mixed && !words.some((w) => ORG_HEADS.has(w.toLowerCase()) || INSTITUTION_HEADS.has(w.toLowerCase()))) return;
    // the runs of the name, just before the acronym in the sentence (at most one a word): read back from it
    // (a run's name starts after a word that only opens its sentence: `The` of `The Korean Confederation`)
    const inside: Reading[] = [];
    let j = i - 1;
    for (; j >= 0 && i - j <= ACRONYM_REACH && readings[j]!.span.sentence === r.span.sentence && readings[j]!.span.to > start; j--) {
      if (readings[j]!.from < start || replaced.has(readings[j]!)) return; // (a run that reaches past the name is left as it is)
      inside.unshift(readings[j]!);
    }
    if (inside.length === 0 || (inside.length === 1 && inside[0]!.kind === 'organisation' && inside[0]!.from === start && inside[0]!.span.to === end + 1)) return;
    inside.forEach((o) => replaced.add(o));
    first.set(inside[0]!, {
      ...inside[0]!, span: { sentence: r.span.sentence, from: start, to: end + 1, words }, kind: 'organisation', name: words.join(' '), from: start, title: null, personal: false,
      // (a place the runs named stays one: `Pakistan` of the `Geological Survey of Pakistan (GSP)`)
      inner: inside.flatMap((o) => (o.kind === 'place' ? [{ kind: 'place' as const, name: o.name }] : [])), placeCue: false, honorific: false, rule: 'a name its acronym spells',
    });
  });
  return first.size === 0 ? readings : readings.flatMap((r) => first.get(r) ?? (replaced.has(r) ? [] : [r]));
}

/** The rule that reads a name as the story's own outlet. */
const OWN_OUTLET = 'the story\'s own outlet';
/** Whether the token before `at` is `told`: what follows was told something (`told Yle`). */
const afterTold = (tokens: readonly Token[], at: number): boolean => at >= 1 && /^told$/i.test(tokens[at - 1]?.text ?? '');

/** A name's key for matching an outlet: lower case, without a leading article (`The Local`, `Local`). */
const outletKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, '');

/** Words a paragraph holds beyond an outlet's name for the name to be a mention, not a masthead or a footer (`Folhapress - Agência de notícias do Grupo Folha`). */
const OUTLET_SENTENCE_WORDS = 8;

/**
 * The outlet that filed the story, named in its body (`told The Daily Star`, `Rappler reported`): an organisation whatever
 * its words would otherwise read as (a person, `Daily Star`; nothing, `The Local`).
 */
function ownOutlet(readings: Reading[], paragraphs: readonly string[], outlets: readonly (string | null)[]): Reading[] {
  // (and the last word of a name of three words or more, as its own copy shortens it: `the Argus` for the South Wales Argus)
  const shortForm = (name: string): string[] => {
    const words = name.split(/\s+/);
    // (not a place's name: `Illinois` of Capitol News Illinois)
    return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && words.at(-1)!.length >= 4 && knownPlace(words.at(-1)!) === undefined ? [outletKey(words.at(-1)!)] : [];
  };
  const keys = new Set(outlets.flatMap((name) => (name !== null && name.trim().length >= 3 ? [outletKey(name.trim()), ...shortForm(name.trim())] : [])));
  // (and the first word of a name of two whose second is a newsroom's word, when someone told it: `told Sun` for Sun
  // Online; not `Garowe` of Garowe Online, a town)
  const toldKeys = new Set(outlets.flatMap((name) => {
    const words = name?.trim().split(/\s+/) ?? [];
    return words.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) && !ARTICLES.has(words[0]!.toLowerCase()) && NEWSROOM_WORD.test(words[1]!) ? [outletKey(words[0]!)] : [];
  }));
  if (keys.size === 0) return readings;
  const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return readings.map((r) => {
    const printed = r.span.words.join(' ');
    // (nor a dateline's credit, `SÃO JOSÉ DOS CAMPOS, SP (FOLHAPRESS) -`)
    // (or, told something, a name that opens with the outlet's: its service in another language or region, `told Yle Sápmi`)
    const opensWithOutlet = (): boolean => r.span.words.length >= 2 && [toldKeys, keys].some((set) => set.has(outletKey(r.span.words[0]!)));
    const told = afterTold(r.span.sentence.tokens, r.span.from) && (toldKeys.has(outletKey(printed)) || opensWithOutlet());
    const mention = (keys.has(outletKey(printed)) || told) && !inParentheses(r.span) && wordsIn(paragraphs[r.span.sentence.paragraph]!) - r.span.words.length >= OUTLET_SENTENCE_WORDS;
    if (mention) return { ...r, kind: 'organisation', name: printed, from: r.span.from, title: null, personal: false, inner: [], rule: OWN_OUTLET };
    // (`contou ao Açoriano Oriental Maria da Graça Medeiros`: the outlet told, then the person who told it, in one run)
    const words = r.span.words;
    const teller = words.findIndex((_, k) => k >= 1 && k <= words.length - 2 && keys.has(outletKey(words.slice(0, k).join(' '))));
    return teller > 0 && isGivenName(words[teller]!) && nameLike(words.slice(teller))
      ? { ...r, kind: 'person', name: words.slice(teller).join(' '), from: r.span.from + teller, title: null, personal: false, inner: [], rule: 'a person after the story\'s own outlet' }
      : r;
  });
}

/**
 * Phase 2, people: full names with evidence, then bare runs whose last (or family) word is used alone as a
 * person, names opening with a given name beside a verb of saying, and single names with a title.
 */
function gatherPeople(readings: readonly Reading[], paragraphs: readonly string[], context: EntityContext, language: StoryWords): PeopleRegistry {
  const prepositions = language.prepositions;
  const english = /^en\b/i.test(context.language ?? 'en');
  const catalan = /^ca\b/i.test(context.language ?? '');
  const credited = new Set([...context.bylines, ...context.contributors].map((n) => n.toLowerCase()));
  const people = new PeopleRegistry();
  const singles = new Set<string>();
  for (const r of readings) {
    if (r.kind !== 'person') continue;
    if (r.name.includes(' ')) {
      if (!credited.has(r.name.toLowerCase()) || r.title !== null) people.add(r.name, r.title, positionOf(r));
    } else singles.add(r.name);
  }
  // A family name used alone elsewhere, without an article (`Deng ended the run`, `from Korver and Teague`), makes the
  // full run a person's name (`Luol Deng`, `Kyle Korver`); a word the story also prints in lower case is no name.
  const lowerWords = new Set(paragraphs.join(' ').match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
  const alone = new Set<string>();
  const nounsCapitalised = /^de\b/i.test(context.language ?? '');
  for (const r of readings) {
    if (!nounsCapitalised && (r.kind === 'unknown' || r.kind === 'person') && r.name !== '' && !r.name.includes(' ') && !ARTICLES.has(r.span.sentence.tokens[r.from - 1]?.text ?? '') && !lowerWords.has(r.name.toLowerCase())) alone.add(r.name);
  }
  for (const r of readings) {
    if (r.kind !== 'unknown' || !r.name.includes(' ') || !nameLike(r.name.split(' '))) continue;
    const words = r.name.split(' ');
    const last = withoutParticle(words[words.length - 1]!);
    if (credited.has(r.name.toLowerCase())) continue;
    if (!r.placeCue && (singles.has(last) || singles.has(words[0]!))) people.add(r.name, null, positionOf(r));
    else if (words.length <= 3 && !ORDINALS.has(words[0]!.toLowerCase()) && !DIRECTIONS.has(words[0]!.toLowerCase()) && alone.has(last) && !ARTICLES.has(r.span.sentence.tokens[r.from - 1]?.text ?? '') && knownPlace(words[0]!) === undefined) people.add(r.name, null, positionOf(r));
  }
  // A run that opens with a given name of many countries and stands by a verb of saying is a person's name in any
  // language: `sier statsmeteorolog Kristian Nordbø`, `sagte FH-Sprecher Thomas Gerber`, `Sophie Lambert a expliqué`.
  for (const r of readings) {
    // a run the rules read by one of its parts (`Lorraine Medina`, `Amina Bello` as clubs named for a city) is still a
    // name here: a given name and a verb of saying are more evidence than the word the rule went by
    // (nor, in English, a run in a place's setting, `a radio station in El Alto, said she …`: the verb is the sentence's subject's;
    // in other languages the cue is too broad: `leder i Elevorganisasjonen Jonas Mæland`)
    if ((r.kind !== 'unknown' && !WEAK_READINGS.has(r.rule)) || (english && r.placeCue) || people.get(r.name) !== undefined || credited.has(r.name.toLowerCase())) continue;
    // `DWD-Meteorologin Katrin Oberleitner`: a title word before the name stays out of it
    const words = splitLeadingTitle(r.name).name.split(' ');
    const t = r.span.sentence.tokens;
    if (words.length < 2 || words.length > 4 || !nameLike(words) || namedAfterSomeone(words) || opensWithCountry(words)) continue;
    // `zegt bestuurder Jeroen Bakker.`, `siger meteorolog Lene Vestergaard.`: the verb, only a lower-case role between,
    // the name closing the clause: a person whatever their given name
    if (!isWorldGivenName(words[0]!)) {
      // (or a preposition after it: `sier seniorforsker Hilde Aasland i FHI`); a name of words joined by `and` is none
      // (`el ministro de Vivienda, Construcción y Saneamiento, Rodolfo Aguirre Salas`)
      const next = t[r.span.to];
      const closes = next === undefined || ['.', ',', ';'].includes(next.text) || (next.word && !next.cap && prepositions.has(next.text.toLowerCase()));
      // (a name right after an article is a thing's, what someone told: `he told the Leeuwarder Courant.`)
      const article = ARTICLES.has(t[r.from - 1]?.text.toLowerCase() ?? '');
      if (words.length <= 3 && closes && !article && !words.some((w) => AND_WORDS.has(w)) && reportedBy(t, r.from, prepositions, english)) people.add(r.name, null, positionOf(r));
      continue;
    }
    // (not a run right after a definite article, a thing's name whose first word is a given name elsewhere: `annonce que la
    // Ville de Liège demandera`; a job word may stand between them, `sagte der Verkehrsplaner Hauke Johannsen-Reiter`)
    // (Catalan puts its article before a person's name: `ha explicat la Marta Vilalta`)
    if (!catalan && DEFINITE_ARTICLES.has(t[r.from - 1]?.text.toLowerCase() ?? '') && splitLeadingTitle(r.name).title === null) continue;
    // the verb right after the name, or before it in its clause (`ha detto il sindaco di Sondalo, Ilario Bertolini`)
    const before: (Token | undefined)[] = [];
    for (let i = r.from - 1; i >= 0 && r.from - i <= 10 && !CLAUSE_ENDS.has(t[i]!.text); i--) before.push(t[i]);
    // after it, over a comma and an auxiliary: `Ibrahima Ndao Faye, a annoncé`
    const after = t.slice(r.span.to, r.span.to + 3);
    const nearby = [...before, ...after.filter((_, k) => k < 2 || AUXILIARIES.has(after[k - 1]!.text.toLowerCase())), verbAfterAppositive(t, r.span.to)];
    if (nearby.some((tok) => tok !== undefined && tok.word && !tok.cap && SPEECH_VERBS.has(tok.text.toLowerCase()))) people.add(r.name, null, positionOf(r));
  }
  // `Liu Yichen led the way`: a Chinese or Korean name, family name first, needs no other evidence
  for (const r of readings) {
    const words = r.name.split(' ');
    if (r.kind !== 'unknown' || r.placeCue || !familyNameFirst(words) || people.get(r.name) !== undefined || credited.has(r.name.toLowerCase())) continue;
    // (nor a name that opens with a place of two words: `Hong Kong Today`, a programme)
    // (a Vietnamese name's words may be places' too: `Tran Van Bay`, Van being a Turkish city)
    const vietnamese = vietnameseName(words);
    if (words.some((w) => (!vietnamese && (PLACE_HEADS.has(w.toLowerCase()) || knownPlace(w) !== undefined)) || ORG_HEADS.has(w.toLowerCase()) || CORPORATE_SUFFIXES.has(w.toLowerCase())) || knownPlace(r.name) !== undefined
      || (words.length > 2 && knownPlace(words.slice(0, 2).join(' ')) !== undefined)) continue;
    people.add(r.name, null, positionOf(r));
  }
  // A single name with a title (`President Prabowo`) or an honorific (`Mr. Ng`) that is no one's short reference is a person too
  // (not after a head of another language alone: `Waziri Kombo` is a short reference or nothing, `Ministrul Agriculturii` a title).
  for (const r of readings) {
    if (r.kind === 'person' && !r.name.includes(' ') && (r.title !== null || r.honorific) && !people.hasShort(r.name) && !(r.title !== null && TITLE_HEADS_OTHER_LANGUAGES.has(r.title.toLowerCase()))) people.add(r.name, r.title, positionOf(r));
  }

  return people;
}

/** What organisations and places are also called in the story: acronyms and short forms. */
interface Aliases {
  /** An acronym or short form → the organisation. */
  readonly orgNames: ReadonlyMap<string, string>;
  /** A leading part of the name → the organisation. */
  readonly orgShort: ReadonlyMap<string, string>;
  /** The first word of a body named in full, where it names no other (`Greenway` for Greenway Cycle Technology): read only where the word is read as a body. */
  readonly orgFirst: ReadonlyMap<string, string>;
  /** `Noto` for the Noto Peninsula. */
  readonly placeShort: ReadonlyMap<string, string>;
}

/** The country of a town a run no rule decided names, as printed, mid-sentence, and no given name; else undefined. */
function townInText(r: Reading): string | undefined {
  const words = r.name.split(' ');
  if (words.length > 3 || r.span.sentence.tokens[r.from]!.initial || isWorldGivenName(words[0]!)) return undefined;
  const found = town(r.name);
  return found === undefined ? undefined : country(found.country)?.name ?? found.country;
}

/** The country a place the story names lies in (or is), as the world's table names it. */
const countryOfPlace = (name: string): string | undefined => countryOfName(name)?.name ?? city(name)?.country;

/** Rules of `run-rules.ts` that read a run by one word of it, which a given name and a verb of saying outweigh. */
const WEAK_READINGS: ReadonlySet<string> = new Set([CLUB_NAMED_FOR_ITS_CITY]);

/** Speakers of the other gender stepped back over to find the one `he` or `she` means. */
const GENDER_LOOKBACK = 8;
/** A person a pronoun of this gender may stand for: of that gender, or of none known. */
const agrees = (person: PersonEntry, gender: Gender): boolean => gender === null || person.gender === null || person.gender === gender;

/** Lower-case words a role may take between a verb of saying and the name: `zegt bestuurder`, `siger vagthavende meteorolog`. */
const ROLE_WORDS = 4;

/**
 * Whether a verb of saying stands before the token, with only a role between: lower-case words (`sanoo
 * viestintäjohtaja`), maybe with the place or body it serves before its head (`sakė Neringos meras`), or a role
 * that opens in lower case and is set off by a comma (`a declarat ministrul Agriculturii, Florin Bărbulescu`,
 * `disse o secretário de Obras Públicas, Ruy Cabral Neto`). A preposition (`said a count in Pobitora …`) or
 * `of` right before the run (`secretário de Obras Públicas`) says the run is no name.
 */
function reportedBy(t: readonly Token[], from: number, prepositions: ReadonlySet<string>, english: boolean): boolean {
  if (OF_WORDS.has(t[from - 1]?.text.toLowerCase() ?? '')) return false;
  const comma = t[from - 1]?.text === ',' ? 1 : 0;
  for (let i = from - 1 - comma; i >= 0 && from - i <= ROLE_WORDS + 1 + 3 * comma; i--) {
    const tok = t[i]!;
    const lower = tok.text.toLowerCase();
    if (!tok.word || (tok.cap && i === from - 1)) return false;
    if (!comma && !tok.cap && prepositions.has(lower)) return false;
    if (!tok.cap && SPEECH_VERBS.has(lower)) {
      if (!comma) return true;
      // the role opens in lower case right after the verb (and its article): `sagte die Nephrologin Miriam Sadowski, …` is no role
      const role = t.slice(i + 1, from - 1).find((x) => !ROLE_ARTICLES.has(x.text.toLowerCase()));
      // (in English a title or trade: `said the developer, Tjålme Vind,` names a company)
      return role !== undefined && !role.cap && role.text.length >= 4 && (!english || isHead(role.text, false));
    }
  }
  return false;
}

/** Longest appositive a verb of saying is looked for after, in tokens: `Fatmata Koroma-Turay, paramount chief of Kholifa Rowala, told`. */
const APPOSITIVE_TOKENS = 14;

/** The word after an appositive that follows a name (`X, a hunter from Pond Inlet, said`), or undefined. */
function verbAfterAppositive(t: readonly Token[], to: number): Token | undefined {
  const after = afterAppositive(t, to);
  return after < 0 ? undefined : t[after];
}

/** Where the words after a name's appositive start (`X, a hunter from Pond Inlet, said` → `said`), or -1 when there is none. */
function afterAppositive(t: readonly { text: string }[], to: number): number {
  if (t[to]?.text !== ',') return -1;
  for (let k = to + 1; k < t.length - 1 && k - to <= APPOSITIVE_TOKENS; k++) {
    const text = t[k]!.text;
    if (CLAUSE_ENDS.has(text)) return -1;
    if (text === ',') return k + 1;
  }
  return -1;
}

/** Phase 3, organisations and aliases: organisations named in full, their acronyms and short forms; places' short forms. */
function organisationAliases(readings: readonly Reading[]): Aliases {
  const orgNames = new Map<string, string>(); // acronym or short form → organisation
  const orgShort = new Map<string, string>(); // a leading part of the name → organisation
  for (const r of readings) {
    if (r.kind !== 'organisation') continue;
    const a = initials(r.name);
    // `IFRC` for the International Federation of Red Cross and Red Crescent Societies: a prefix of the initials will do.
    for (let n = Math.min(a.length, 3); n <= a.length; n++) if (n >= 2 && !orgNames.has(a.slice(0, n))) orgNames.set(a.slice(0, n), r.name);
    const words = r.name.split(' ');
    // (`Kōwhai` for Kōwhai Therapeutics: a company named by one word and its trade in the plural, the word no place's)
    // (a trade's plural, not a service's: `Pu'er Customs`, `Südtirol News` are a place's)
    const trade = words.length === 2 && /(?:ics|als|ces|ays|ines|ings|ies|ors|ems|orks)$/.test(words[1]!) && ORG_HEADS.has(words[1]!.toLowerCase()) && knownPlace(words[0]!) === undefined;
    if (words.length >= 2 && (CORPORATE_SUFFIXES.has(words[words.length - 1]!.toLowerCase()) || trade)) orgNames.set(words[0]!, r.name);
    // `the National Intelligence Service (NIS)`
    const t = r.span.sentence.tokens;
    if (t[r.span.to]?.text === '(' && t[r.span.to + 2]?.text === ')' && t[r.span.to + 1]?.cap) orgNames.set(t[r.span.to + 1]!.text, r.name);
    // `Tokyo Electric Power Company Holdings, or TEPCO,`; `the Tequila Regulatory Council, known by its Spanish initials CRT`.
    const defined = acronymDefinedAfter(t, r.span.to);
    if (defined !== undefined) orgNames.set(defined, r.name);
    // `Bayern` for Bayern Munich; `the Legislature` for the Kansas Legislature.
    if (cityNamedBody(words)) orgShort.set(words[0]!, r.name);
    if (words.length >= 2 && LEGISLATURES.has(words[words.length - 1]!.toLowerCase()) && !orgShort.has(words[words.length - 1]!)) orgShort.set(words[words.length - 1]!, r.name);
    // `the Heroes`, `LG` for the LG Twins.
    if (r.span.sentence.tokens[r.from - 1]?.text.toLowerCase() === 'the' && sportsTeam(words)) {
      orgShort.set(words[words.length - 1]!, r.name);
      if (knownPlace(words[0]!) === undefined) orgShort.set(words[0]!, r.name);
    }
    // `Kuwait Fund` for the Kuwait Fund for Arab Economic Development, `Royal Air Force` for the Royal Air Force of Oman: the name
    // up to its head word, before its remit or its country (not the Land and Environment Court for its Court of Appeal, another body)
    const remit = words.findIndex((w, k) => k >= 1 && ORG_HEADS.has(w.toLowerCase()) && (words[k + 1] === 'for' || (words[k + 1] === 'of' && k + 3 === words.length && country(words[k + 2]!) !== undefined)));
    if (remit >= 1 && !orgShort.has(words.slice(0, remit + 1).join(' '))) orgShort.set(words.slice(0, remit + 1).join(' '), r.name);
    // `New Belgium` for the New Belgium Brewing Company.
    if (words.length >= 3 && CORPORATE_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) {
      for (let n = 2; n < words.length; n++) if (!orgShort.has(words.slice(0, n).join(' '))) orgShort.set(words.slice(0, n).join(' '), r.name);
    }
  }

  const firstWords = new Map<string, Set<string>>();
  for (const r of readings) {
    const words = r.name.split(' ');
    // (not an acronym, a name of its own: `PRO` and `PRO Stockholm` are two bodies)
    if (r.kind !== 'organisation' || words.length < 2 || knownPlace(words[0]!) !== undefined || ORG_HEADS.has(words[0]!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(words[0]!)) continue;
    if (!firstWords.has(words[0]!)) firstWords.set(words[0]!, new Set());
    firstWords.get(words[0]!)!.add(r.name);
  }
  const orgFirst = new Map([...firstWords].filter(([, names]) => names.size === 1).map(([word, names]) => [word, [...names][0]!]));

  // `Noto` for the Noto Peninsula: a place named with a place word is also known by its first word.
  const placeShort = new Map<string, string>();
  for (const r of readings) {
    const words = r.name.split(' ');
    if (r.kind === 'place' && words.length === 2 && PLACE_HEADS.has(words[1]!.toLowerCase())) placeShort.set(words[0]!, r.name);
  }

  return { orgNames, orgShort, orgFirst, placeShort };
}

/** `A Observatory of the B Agency` → [`A Observatory`, `B Agency`]: two names, each of three words or more and ending in a body's head word; else null. */
function twoBodies(name: string): [string, string] | null {
  const m = /^(.+?) of the (.+)$/.exec(name);
  if (m === null) return null;
  const [left, right] = [m[1]!.split(' '), m[2]!.split(' ')];
  const headed = (words: readonly string[]): boolean => words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && ORG_HEADS.has(words[words.length - 1]!.toLowerCase());
  return headed(left) && headed(right) ? [m[1]!, m[2]!] : null;
}

/**
 * Phase 4, mentions: every run counted once, as a person's mention (a full name or a short reference), an
 * organisation or a place, by what it was read as and what the story calls things elsewhere.
 */
function countMentions(readings: readonly Reading[], sentences: readonly Sentence[], people: PeopleRegistry, aliases: Aliases, language: StoryWords): { organisations: Tally; places: Tally; mentions: PersonMention[] } {
  const { prepositions } = language;
  const { orgNames, orgShort, orgFirst, placeShort } = aliases;
  // A name read as a place by the words around it once is that place wherever else it stands alone (`off Giglio`).
  const cuedPlaces = new Set(readings.filter((r) => r.kind === 'unknown' && r.placeCue).map((r) => r.name));
  const organisations = new Tally();
  const places = new Tally();
  const mentions: PersonMention[] = [];
  const towns: { name: string; at: number; land: string }[] = [];
  const agencyNames = new Map<string, string>();
  const sentenceIndex = new Map(sentences.map((s, i) => [s, i]));
  const hasNorth = readings.some((r) => r.kind === 'place' && (r.name === 'North Korea' || r.name === 'South Korea'));
  // (a body by the name the story gave it in full: `Solvane` for Solvane SA, `Senamhi` after `Servicio Nacional … (Senamhi)`)
  const fullerOrg = (name: string): string | undefined => orgShort.get(name) ?? (name.includes(' ') ? undefined : orgNames.get(name) ?? orgFirst.get(name));
  for (const r of readings) {
    const at = positionOf(r);
    const si = sentenceIndex.get(r.span.sentence)!;
    // (a body named inside a title, by the name the story gave it in full: `Senamhi` after `Servicio Nacional … (Senamhi)`)
    for (const inner of r.inner) {
      if (inner.kind === 'place') places.add(inner.name, at);
      else organisations.add(fullerOrg(inner.name) ?? inner.name, at);
    }
    // `a distillery near León` in a story quoting Mariana León: a known place after a preposition of place is the place
    const placed = r.kind === 'place' && prepositions.has(r.span.sentence.tokens[r.from - 1]?.text ?? '');
    const person: PersonEntry | undefined = people.get(r.name) ?? ((r.kind !== 'organisation' || !r.name.includes(' ')) && !placed ? shortReference(people, r) : undefined);
    if (person && (r.kind === 'person' || r.kind === 'unknown' || r.kind === 'place' || r.kind === 'acronym' || !r.name.includes(' ') || WEAK_READINGS.has(r.rule))) {
      people.mention(person, r.span.sentence.paragraph);
      mentions.push({ sentence: si, from: r.from, to: r.span.to, person });
      continue;
    }
    switch (r.kind) {
      case 'organisation': {
        // (`Solvane` for Solvane SA, named in full before)
        // (`Greenway's managing director` after Greenway Cycle Technology: a body's first word, read as a body, is that body)
        const fuller = fullerOrg(r.name);
        // (the story's own outlet is what it is called, not a service of it named beside: `told Yle` and `told Yle Sápmi`; it
        // is its own full name, `told Kazinform` after `Kazinform News Agency`)
        const service = r.rule === OWN_OUTLET && afterTold(r.span.sentence.tokens, r.from) && fuller !== undefined && fuller.startsWith(`${r.name} `) && !NEWSROOM_WORD.test(fuller.slice(r.name.length));
        // (a unit's number before its name is part of it: `14th Separate Mechanised Brigade`, `3rd Infantry Division`)
        const tokens = r.span.sentence.tokens;
        const ordinal = r.from === r.span.from && ORDINAL_SUFFIX.test(tokens[r.from - 1]?.text ?? '') && /^\d{1,3}$/.test(tokens[r.from - 2]?.text ?? '') ? `${tokens[r.from - 2]!.text}${tokens[r.from - 1]!.text}` : undefined;
        const name = service ? r.name : ordinal !== undefined && fuller === undefined && ORG_HEADS.has(r.name.split(' ').at(-1)!.toLowerCase()) ? `${ordinal} ${r.name}` : fuller ?? r.name;
        // (a news agency by the name the story first printed it with: `Anadolu Agency`, then `Anadolu`)
        const agency = agencyNamed(name);
        if (agency !== undefined && !agencyNames.has(agency)) agencyNames.set(agency, name);
        // (a body's office of another body, each named with its head word: `Ishigakijima Local Meteorological Observatory of the
        // Japan Meteorological Agency` is two)
        const pair = agency === undefined ? twoBodies(name) : null;
        if (pair !== null) {
          organisations.add(pair[0], at);
          organisations.add(pair[1], at + 1);
          break;
        }
        organisations.add(agency === undefined ? name : agencyNames.get(agency)!, at);
        break;
      }
      case 'person':
        // `Bayern said`: the short name of a club, not a person.
        if (orgShort.has(r.name)) organisations.add(orgShort.get(r.name)!, at);
        break;
      case 'place': {
        // (`UAE`, `United Kingdom`: the place as printed, eval/GOLD.md, counted with its other spellings; not an abbreviation with
        // points, `N.C.`, nor `US`, which read in full, as the labelled sets list them)
        const printed = r.span.words.slice(r.from - r.span.from).join(' ').replace(/^The /, '');
        places.add(r.name, at, printed !== r.name && !printed.includes('.') && r.name !== 'United States' && knownPlace(printed) === r.name ? printed : r.name);
        break;
      }
      case 'acronym': {
        const org = orgNames.get(r.name) ?? orgShort.get(r.name);
        // An acronym nobody spells out is still most often an organisation (`UNAMA`, `ORTM`); `GDP`, `CEO` are listed as not.
        // `… Workers’ Party (PKK)`: the acronym in parentheses after its name is the same mention.
        const t = r.span.sentence.tokens;
        if (t[r.span.from - 1]?.text === '(' && org !== undefined && t[r.span.from - 2]?.cap) break;
        organisations.add(org ?? r.name, at);
        break;
      }
      case 'north':
        if (hasNorth) places.add(r.name === 'North' ? 'North Korea' : 'South Korea', at);
        break;
      case 'unknown': {
        const org = orgNames.get(r.name) ?? orgShort.get(r.name);
        if (org) organisations.add(org, at);
        else if (r.placeCue || cuedPlaces.has(r.name)) places.add(r.name, at);
        else if (placeShort.has(r.name)) places.add(r.name, at);
        else {
          // `a Badalona`, `em Espinho`: a town of 3,000 people or more (GeoNames), kept if the story names another place in
          // its country (below)
          const land = townInText(r);
          if (land !== undefined) towns.push({ name: r.name, at, land });
        }
        break;
      }
      default:
        break;
    }
  }
  // a town is the place only where the story names another place of its country, or another such town (`Union`, `Mitte`,
  // `Police` are towns too, in countries the story is not about)
  const lands = new Set(places.list().map((p) => countryOfPlace(p.name)).filter((land) => land !== undefined));
  // (each land's towns counted once by name: linear however often a town is named)
  const namesInLand = new Map<string, Set<string>>();
  for (const t of towns) namesInLand.set(t.land, (namesInLand.get(t.land) ?? new Set()).add(t.name));
  // (where nouns are capitalised, only a place of its country vouches for a town: `Regen`, `Lage` and `Stein` are German towns and nouns)
  for (const t of towns) if (lands.has(t.land) || (!language.nounsCapitalised && namesInLand.get(t.land)!.size > 1)) places.add(t.name, t.at);

  return { organisations, places, mentions };
}

/**
 * Phase 5, quotes: each attributed to the person named with a verb of saying, else the last to have spoken
 * (`quotes.ts`); a speaker's description (`said the 71-year-old retired engineer`) becomes their title.
 */
function attributeQuotes(paragraphs: readonly string[], sentences: readonly Sentence[], mentions: readonly PersonMention[]): Quote[] {
  // The last person named as saying something, for "he said" / "she added": events in story order, searched by
  // halving, so that a story of thousands of quotes stays linear (issue 10).
  const speakerEvents = withIntroductions(speechEvents(sentences, mentions), sentences, mentions);
  // "She said" after a man spoke is the woman who spoke before him: the search steps back over speakers of the other
  // gender, a bounded number of them.
  const lastSpoken = (p: number, offset: number, gender: Gender): PersonEntry | null =>
    lastBefore(speakerEvents, p, offset, GENDER_LOOKBACK, (e) => agrees(e.person, gender))?.person ?? null;
  // No one has spoken yet: "he said" can only mean the one person the story has named so far, that is before the
  // first mention of a second person.
  const named = mentions.map((m) => ({ paragraph: sentences[m.sentence]!.paragraph, offset: sentences[m.sentence]!.tokens[m.from]!.start, person: m.person }))
    .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  const onlyNamed = named[0]?.person ?? null;
  const secondNamed = named.find((m) => m.person !== onlyNamed);
  // `Jaypeetee Kunuk, 71, a hunter …` then `…,” the 71-year-old said`: the one person the story gave that age
  const aged = agesOf(sentences, mentions);
  const lastSpeakerBefore = (p: number, offset: number, referent: Referent = { gender: null }): PersonEntry | null => {
    if (referent.role !== undefined) {
      // (`explicó la directora`: the last person named whose title holds the role)
      // (`the Union Minister said`: the one whose title holds `Union` too, before the last minister named)
      const { word, only, modifiers = [] } = referent.role;
      const holds = (m: { person: PersonEntry }, all: boolean): boolean => m.person.title !== null && titleHolds(m.person.title, word) && (!all || modifiers.every((w) => titleHolds(m.person.title!, w)));
      const titled = (modifiers.length > 0 ? lastBefore(named, p, offset, ROLE_LOOKBACK, (m) => holds(m, true))?.person : undefined)
        ?? lastBefore(named, p, offset, ROLE_LOOKBACK, (m) => holds(m, false))?.person ?? null;
      if (titled !== null || only) return titled;
    }
    const gender = referent.gender;
    const ofAge = referent.age === undefined ? undefined : aged.get(referent.age);
    if (ofAge && before(ofAge, p, offset)) return ofAge.person;
    const found = lastSpoken(p, offset, gender);
    if (found !== null) return found;
    if (named[0] === undefined || !before(named[0], p, offset)) return null;
    return (secondNamed === undefined || !before(secondNamed, p, offset)) && agrees(onlyNamed!, gender) ? onlyNamed : null;
  };
  // `… said Salem Zahran, a Lebanese political analyst.` then a paragraph that is only a quote: his words.
  const lastOfParagraph = new Map<number, PersonEntry>();
  for (const e of speakerEvents) lastOfParagraph.set(e.paragraph, e.person);
  const speakerOfParagraph = (p: number): PersonEntry | null => lastOfParagraph.get(p) ?? null;
  const quotes = findQuotes(paragraphs, { sentences, mentions }, lastSpeakerBefore, speakerOfParagraph);
  // `…,” said the 71-year-old retired engineer from Hanover`: the description of a speaker named earlier is their title.
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 1; i + 4 < t.length; i++) {
      if (describedAge(t, i) === undefined || !SPEECH_VERBS.has(t[i - 1]!.text.toLowerCase())) continue;
      let end = i + 4;
      let head = -1;
      while (end < t.length && end - i < 9 && t[end]!.word && !t[end]!.cap && !TITLE_STOPS.has(t[end]!.text)) {
        if (isHead(t[end]!.text, false)) head = end;
        end++;
      }
      const speaker = head < 0 ? null : lastSpeakerBefore(s.paragraph, t[i]!.start);
      if (speaker !== null && speaker.title === null) speaker.title = paragraphs[s.paragraph]!.slice(t[i + 4]!.start, t[head]!.end);
    }
  }

  return quotes;
}

/** How many people named before a role noun are looked at for the one whose title holds it. */
const ROLE_LOOKBACK = 40;

/** Whether a place in the story (paragraph, offset) comes before another. */
const before = (a: { paragraph: number; offset: number }, p: number, offset: number): boolean => a.paragraph < p || (a.paragraph === p && a.offset < offset);

/**
 * The last of the events (in story order) before a place in the story that `wanted` accepts, stepping back over at
 * most `lookback` of them; the place is found by halving, so a story of thousands of quotes stays linear (issue 10).
 */
function lastBefore<T extends { paragraph: number; offset: number }>(events: readonly T[], p: number, offset: number, lookback: number, wanted: (event: T) => boolean): T | undefined {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(events[mid]!, p, offset)) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && lo - k <= lookback; k--) if (wanted(events[k]!)) return events[k];
  return undefined;
}

/**
 * Whether a title holds the role noun, or a form of it (`directora`, `ministra` for `ministro`, `министра` for
 * `министр`): the same word but for its last two letters, five at least.
 */
function titleHolds(title: string, role: string): boolean {
  const common = (a: string, b: string): number => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return title.toLowerCase().split(/[^\p{L}]+/u).some((w) => w === role || common(w, role) >= Math.max(5, Math.min(w.length, role.length) - 2));
}

const ACRONYM_WORD = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/**
 * The acronym a name is given right after it, other than in parentheses: `…, or TEPCO,`, `…, known as CRT`,
 * `…, known by its Spanish initials CRT`.
 */
function acronymDefinedAfter(t: readonly { text: string }[], i: number): string | undefined {
  if (t[i]?.text !== ',') return undefined;
  const closes = (k: number): boolean => t[k] === undefined || [',', '.', ';', ')'].includes(t[k]!.text);
  if (t[i + 1]?.text === 'or' && ACRONYM_WORD.test(t[i + 2]?.text ?? '') && closes(i + 3)) return t[i + 2]!.text;
  if (t[i + 1]?.text !== 'known') return undefined;
  if (t[i + 2]?.text === 'as' && ACRONYM_WORD.test(t[i + 3]?.text ?? '') && closes(i + 4)) return t[i + 3]!.text;
  for (let k = i + 2; k < i + 8 && k < t.length - 1; k++) {
    if (INITIALS_NOUNS.has(t[k]!.text.toLowerCase())) return ACRONYM_WORD.test(t[k + 1]!.text) ? t[k + 1]!.text : undefined;
  }
  return undefined;
}

/** A run that is a known person's short reference: `Austin`, `Cho`, `Park`. */
function shortReference(people: PeopleRegistry, r: Reading): PersonEntry | undefined {
  return r.name === '' ? undefined : people.resolveShort(r.name, r.span.sentence.paragraph);
}

/** People the story gives an age after their name (`Jaypeetee Kunuk, 71,`), by age; an age two people share tells neither. */
function agesOf(sentences: readonly Sentence[], mentions: readonly PersonMention[]): Map<number, { paragraph: number; offset: number; person: PersonEntry }> {
  const ages = new Map<number, { paragraph: number; offset: number; person: PersonEntry } | null>();
  for (const m of mentions) {
    const t = sentences[m.sentence]!.tokens;
    if (t[m.to]?.text !== ',' || !/^\d{1,3}$/.test(t[m.to + 1]?.text ?? '') || ![',', '.', ';', undefined].includes(t[m.to + 2]?.text)) continue;
    const age = Number(t[m.to + 1]!.text);
    const seen = ages.get(age);
    const at = { paragraph: sentences[m.sentence]!.paragraph, offset: t[m.from]!.start, person: m.person };
    ages.set(age, seen === undefined || seen?.person === m.person ? seen ?? at : null);
  }
  return new Map([...ages].flatMap(([age, at]) => (at === null ? [] : [[age, at] as const])));
}

/**
 * A person's first mention counts as an event for `he said` too: `Tom Haigh welcomed the loans but said …` /
 * `“…,” he said.` — a voice the story brings in is the one its next pronoun means, more often than the last speaker.
 */
function withIntroductions(events: { paragraph: number; offset: number; person: PersonEntry }[], sentences: readonly Sentence[], mentions: readonly PersonMention[]): { paragraph: number; offset: number; person: PersonEntry }[] {
  const seen = new Set<PersonEntry>();
  const firsts: { paragraph: number; offset: number; person: PersonEntry }[] = [];
  // (not one brought in after another's verb of saying in the same sentence, who is what was said: `Ouellette said
  // Kovalainen would be paired with defenseman Jakub Vondracek.` / `“…,” he said.` is Ouellette's)
  const spoke = new Set(events.map((e) => `${e.paragraph}:${e.offset}`));
  const placed = mentions.map((m) => ({ m, paragraph: sentences[m.sentence]!.paragraph, offset: sentences[m.sentence]!.tokens[m.from]!.start }));
  const speakerOf = new Map<number, { offset: number; person: PersonEntry }>();
  for (const { m, paragraph, offset } of placed) {
    const first = speakerOf.get(m.sentence);
    if (spoke.has(`${paragraph}:${offset}`) && (first === undefined || offset < first.offset)) speakerOf.set(m.sentence, { offset, person: m.person });
  }
  for (const { m, paragraph, offset } of placed) {
    // and a paragraph that opens with a person is about them: `Alleyne-Forde, who grew up …, dedicated the innings …`
    const opens = m.from === 0 && sentences[m.sentence - 1]?.paragraph !== paragraph;
    const speaker = speakerOf.get(m.sentence);
    if (speaker !== undefined && speaker.person !== m.person && speaker.offset < offset) continue;
    if (seen.has(m.person) && !opens) continue;
    seen.add(m.person);
    firsts.push({ paragraph, offset, person: m.person });
  }
  return [...events, ...firsts].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
}

/** Where a person is the subject of a verb of saying: `Kirby said`, `said Kirby`, `Lee, quoting Cho, said`. */
function speechEvents(sentences: readonly { paragraph: number; tokens: readonly { text: string; start: number; word: boolean; cap: boolean }[] }[], mentions: readonly PersonMention[]): { paragraph: number; offset: number; person: PersonEntry }[] {
  const events: { paragraph: number; offset: number; person: PersonEntry }[] = [];
  const starts = new Map<number, Set<number>>(); // sentence → token indexes where a mention starts
  for (const m of mentions) starts.set(m.sentence, (starts.get(m.sentence) ?? new Set()).add(m.from));
  for (const m of mentions) {
    const tokens = sentences[m.sentence]!.tokens;
    const isVerb = (tok: { text: string; word: boolean; cap: boolean } | undefined): boolean => tok !== undefined && tok.word && !tok.cap && SPEECH_VERBS.has(tok.text.toLowerCase());
    // `Giorgio Valenti, ha annunciato`: a compound past, its auxiliary first
    const verbAt = (k: number): { text: string; word: boolean; cap: boolean } | undefined =>
      (tokens[k] !== undefined && AUXILIARIES.has(tokens[k]!.text.toLowerCase()) && isVerb(tokens[k + 1]) ? tokens[k + 1] : tokens[k]);
    const candidates = [verbAt(m.to)];
    if (tokens[m.to]?.text === ',') {
      // after an appositive: `Lee, quoting Cho, said`, `Jonas Adebayo-Richter, said`
      candidates.push(verbAt(m.to + 1));
      const after = afterAppositive(tokens, m.to);
      if (after >= 0) candidates.push(verbAt(after));
    }
    // `…,” said Kirby`: a verb before the name makes it the speaker only right after a quote or a comma, not in
    // `Rummenigge called Mueller “one of the all-time greats”`, where the name is the object.
    const opener = tokens[m.from - 2];
    const verbBefore = isVerb(tokens[m.from - 1]) && (opener === undefined || [',', '”', '"', '’', "'"].includes(opener.text));
    // `Jeff Lautt, CEO of Poet, which operates …, including in South Dakota, said`: the verb after a longer appositive.
    if (tokens[m.to]?.text === ',') {
      const others = starts.get(m.sentence)!;
      for (let k = m.to; k < tokens.length - 1 && k - m.to < 40; k++) {
        const tok = tokens[k]!;
        if (others.has(k) || tok.text === '“' || tok.text === '"' || tok.text === ';' || (tok.word && !tok.cap && ['he', 'she', 'they', 'i', 'we'].includes(tok.text))) break;
        if (tok.text === ',' && isVerb(tokens[k + 1])) {
          candidates.push(tokens[k + 1]);
          break;
        }
      }
    }
    if (candidates.some(isVerb) || verbBefore) {
      events.push({ paragraph: sentences[m.sentence]!.paragraph, offset: tokens[m.from]!.start, person: m.person });
    }
  }
  return events.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
}
