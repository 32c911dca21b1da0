import type { Entity, Person, Quote } from '../../story/index.ts';
import { joinOf, nameLike, read, type Reading } from './classify.ts';
import { CORPORATE_SUFFIXES, PLACE_HEADS, SPEECH_VERBS } from './lexicon.ts';
import { PeopleRegistry, type PersonEntry } from './people.ts';
import { findQuotes, type PersonMention } from './quotes.ts';
import { sentencesOf, spansOf } from './text.ts';

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
}

class Tally {
  private readonly counts = new Map<string, { name: string; mentions: number; first: number }>();
  add(name: string, position: number): void {
    const key = name.toLowerCase();
    const entry = this.counts.get(key);
    if (entry) entry.mentions++;
    else this.counts.set(key, { name, mentions: 1, first: position });
  }
  has(name: string): boolean {
    return this.counts.has(name.toLowerCase());
  }
  list(): Entity[] {
    return [...this.counts.values()].sort((a, b) => a.first - b.first).map(({ name, mentions }) => ({ name, mentions }));
  }
}

/** `National Intelligence Service` → `NIS`; small words are skipped. */
const initials = (name: string): string => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

export function findEntities(paragraphs: readonly string[], context: EntityContext): FoundEntities {
  const sentences = sentencesOf(paragraphs);
  const readings: Reading[] = [];
  for (const sentence of sentences) {
    let previous: Reading | undefined;
    for (const span of spansOf(sentence, joinOf)) {
      previous = read(span, paragraphs[sentence.paragraph]!, previous);
      readings.push(previous);
    }
  }
  const position = (r: Reading): number => r.span.sentence.paragraph * 100_000 + (r.span.sentence.tokens[r.from] ?? r.span.sentence.tokens[r.span.from]!).start;

  // People: full names with evidence, then bare runs whose last (or family) word is used alone as a person.
  const credited = new Set([...context.bylines, ...context.contributors].map((n) => n.toLowerCase()));
  const people = new PeopleRegistry();
  const singles = new Set<string>();
  for (const r of readings) {
    if (r.kind !== 'person') continue;
    if (r.name.includes(' ')) {
      if (!credited.has(r.name.toLowerCase()) || r.title !== null) people.add(r.name, r.title, position(r));
    } else singles.add(r.name);
  }
  for (const r of readings) {
    if (r.kind !== 'unknown' || r.placeCue || !r.name.includes(' ') || !nameLike(r.name.split(' '))) continue;
    const words = r.name.split(' ');
    if ((singles.has(words[words.length - 1]!) || singles.has(words[0]!)) && !credited.has(r.name.toLowerCase())) people.add(r.name, null, position(r));
  }
  // A single name with a title (`President Prabowo`) that is no one's short reference is a person too.
  for (const r of readings) {
    if (r.kind === 'person' && !r.name.includes(' ') && r.title !== null && !people.hasShort(r.name)) people.add(r.name, r.title, position(r));
  }

  // Organisations named in full, their acronyms and short forms.
  const orgNames = new Map<string, string>(); // acronym or short form → organisation
  for (const r of readings) {
    if (r.kind !== 'organisation') continue;
    const a = initials(r.name);
    // `IFRC` for the International Federation of Red Cross and Red Crescent Societies: a prefix of the initials will do.
    for (let n = Math.min(a.length, 3); n <= a.length; n++) if (n >= 2 && !orgNames.has(a.slice(0, n))) orgNames.set(a.slice(0, n), r.name);
    const words = r.name.split(' ');
    if (words.length >= 2 && CORPORATE_SUFFIXES.has(words[words.length - 1]!.toLowerCase())) orgNames.set(words[0]!, r.name);
    // `the National Intelligence Service (NIS)`
    const t = r.span.sentence.tokens;
    if (t[r.span.to]?.text === '(' && t[r.span.to + 2]?.text === ')' && t[r.span.to + 1]?.cap) orgNames.set(t[r.span.to + 1]!.text, r.name);
  }

  // `Noto` for the Noto Peninsula: a place named with a place word is also known by its first word.
  const placeShort = new Map<string, string>();
  for (const r of readings) {
    const words = r.name.split(' ');
    if (r.kind === 'place' && words.length === 2 && PLACE_HEADS.has(words[1]!.toLowerCase())) placeShort.set(words[0]!, r.name);
  }

  const organisations = new Tally();
  const places = new Tally();
  const mentions: PersonMention[] = [];
  const sentenceIndex = new Map(sentences.map((s, i) => [s, i]));
  const hasNorth = readings.some((r) => r.kind === 'place' && (r.name === 'North Korea' || r.name === 'South Korea'));
  for (const r of readings) {
    const at = position(r);
    const si = sentenceIndex.get(r.span.sentence)!;
    for (const inner of r.inner) (inner.kind === 'organisation' ? organisations : places).add(inner.name, at);
    const person: PersonEntry | undefined = people.get(r.name) ?? (r.kind !== 'organisation' || !r.name.includes(' ') ? shortReference(people, r) : undefined);
    if (person && (r.kind === 'person' || r.kind === 'unknown' || r.kind === 'place' || r.kind === 'acronym' || !r.name.includes(' '))) {
      people.mention(person);
      mentions.push({ sentence: si, from: r.from, to: r.span.to, person });
      continue;
    }
    switch (r.kind) {
      case 'organisation':
        organisations.add(r.name, at);
        break;
      case 'place':
        places.add(r.name, at);
        break;
      case 'acronym': {
        const org = orgNames.get(r.name);
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
        const org = orgNames.get(r.name);
        if (org) organisations.add(org, at);
        else if (r.placeCue) places.add(r.name, at);
        else if (placeShort.has(r.name)) places.add(r.name, at);
        break;
      }
      default:
        break;
    }
  }

  // The last person named as saying something, for "he said" / "she added".
  const speakerEvents = speechEvents(sentences, mentions);
  const lastSpeakerBefore = (p: number, offset: number): PersonEntry | null => {
    let found: PersonEntry | null = null;
    for (const e of speakerEvents) {
      if (e.paragraph < p || (e.paragraph === p && e.offset < offset)) found = e.person;
      else break;
    }
    return found;
  };
  const quotes = findQuotes(paragraphs, { sentences, mentions }, lastSpeakerBefore);

  return {
    people: people.all().filter((p) => p.mentions > 0).map(({ name, title, mentions: count }) => ({ name, title, mentions: count })),
    organisations: organisations.list(),
    places: places.list(),
    quotes,
  };
}

/** A run that is a known person's short reference: `Austin`, `Cho`, `Park`. */
function shortReference(people: PeopleRegistry, r: Reading): PersonEntry | undefined {
  return r.name === '' ? undefined : people.resolveShort(r.name);
}

/** Where a person is the subject of a verb of saying: `Kirby said`, `said Kirby`, `Lee, quoting Cho, said`. */
function speechEvents(sentences: readonly { paragraph: number; tokens: readonly { text: string; start: number; word: boolean; cap: boolean }[] }[], mentions: readonly PersonMention[]): { paragraph: number; offset: number; person: PersonEntry }[] {
  const events: { paragraph: number; offset: number; person: PersonEntry }[] = [];
  for (const m of mentions) {
    const tokens = sentences[m.sentence]!.tokens;
    const candidates = [tokens[m.to]];
    if (tokens[m.to]?.text === ',') {
      // after an appositive: `Lee, quoting Cho, said`, `Jonas Adebayo-Richter, said`
      candidates.push(tokens[m.to + 1]);
      let k = m.to + 1;
      while (k < tokens.length && tokens[k]!.text !== ',' && k - m.to < 14) k++;
      candidates.push(tokens[k + 1]);
    }
    const isVerb = (tok: { text: string; word: boolean; cap: boolean } | undefined): boolean => tok !== undefined && tok.word && !tok.cap && SPEECH_VERBS.has(tok.text.toLowerCase());
    if (candidates.some(isVerb) || isVerb(tokens[m.from - 1])) {
      events.push({ paragraph: sentences[m.sentence]!.paragraph, offset: tokens[m.from]!.start, person: m.person });
    }
  }
  return events.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
}
