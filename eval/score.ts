import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStory } from '../lambdas/ingest/parse-story.ts';
import type { StoryRecord } from '../lambdas/story/index.ts';

/**
 * The extraction evaluation (issue 4): the real pipeline (`parseStory`) over a labelled set of wire
 * stories, scored per field against gold JSON written as a careful editor would mark the story.
 * A gold name may list accepted spellings as `A|B` (`UN Security Council|U.N. Security Council`).
 */

export interface Gold {
  readonly people: readonly { name: string; title: string | null }[];
  readonly organisations: readonly string[];
  readonly places: readonly string[];
  readonly quotes: readonly { text: string; speaker: string | null }[];
  readonly contributors: readonly { name: string; location: string | null; role: string }[];
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface QuoteScore { gold: number; found: number; extra: number; rightSpeaker: number; accuracy: number }
export interface Miss { story: string; field: string; kind: 'missed' | 'spurious' | 'wrong'; item: string }

export interface Report {
  readonly stories: number;
  readonly people: Score;
  readonly titles: Score;
  readonly organisations: Score;
  readonly places: Score;
  readonly contributors: Score;
  readonly quotes: QuoteScore;
  readonly misses: Miss[];
}

/** The figures a field must reach (issue 4). */
export const TARGETS = { people: 0.95, organisations: 0.9, places: 0.9, quoteSpeakers: 0.95, contributors: 0.98 } as const;

export const EVAL_DIR = new URL('../test/fixtures/eval/', import.meta.url).pathname;

const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/^the /, '').trim();

class Counter {
  tp = 0;
  fp = 0;
  fn = 0;
  score(): Score {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const recall = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { tp: this.tp, fp: this.fp, fn: this.fn, precision: round(precision), recall: round(recall), f1: round(f1) };
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Set comparison where a gold entry may be `A|B`. */
function compare(story: string, field: string, gold: readonly string[], found: readonly string[], counter: Counter, misses: Miss[]): void {
  const left = new Set(found.map(norm));
  for (const entry of gold) {
    const options = entry.split('|').map(norm);
    const hit = options.find((o) => left.has(o));
    if (hit !== undefined) {
      counter.tp++;
      left.delete(hit);
    } else {
      counter.fn++;
      misses.push({ story, field, kind: 'missed', item: entry });
    }
  }
  for (const extra of left) {
    counter.fp++;
    misses.push({ story, field, kind: 'spurious', item: extra });
  }
}

export function scoreStory(story: string, record: StoryRecord, gold: Gold, acc: { people: Counter; titles: Counter; organisations: Counter; places: Counter; contributors: Counter; quotes: QuoteScore }, misses: Miss[]): void {
  compare(story, 'people', gold.people.map((p) => p.name), record.people.map((p) => p.name), acc.people, misses);
  compare(story, 'titles', gold.people.filter((p) => p.title !== null).map((p) => `${p.name} / ${p.title}`), record.people.filter((p) => p.title !== null).map((p) => `${p.name} / ${p.title}`), acc.titles, misses);
  compare(story, 'organisations', gold.organisations, record.organisations.map((o) => o.name), acc.organisations, misses);
  compare(story, 'places', gold.places, record.places.map((o) => o.name), acc.places, misses);
  compare(story, 'contributors', gold.contributors.map((c) => `${c.name} / ${c.role} / ${c.location ?? '-'}`), record.contributors.map((c) => `${c.name} / ${c.role} / ${c.location ?? '-'}`), acc.contributors, misses);
  const used = new Set<number>();
  for (const q of gold.quotes) {
    acc.quotes.gold++;
    const want = norm(q.text);
    const i = record.quotes.findIndex((r, k) => !used.has(k) && norm(r.text).startsWith(want));
    if (i < 0) {
      misses.push({ story, field: 'quotes', kind: 'missed', item: `${q.text} (${q.speaker ?? 'null'})` });
      continue;
    }
    used.add(i);
    acc.quotes.found++;
    if (norm(record.quotes[i]!.speaker) === norm(q.speaker)) acc.quotes.rightSpeaker++;
    else misses.push({ story, field: 'quotes', kind: 'wrong', item: `${q.text}: ${record.quotes[i]!.speaker ?? 'null'} ≠ ${q.speaker ?? 'null'}` });
  }
  record.quotes.forEach((r, k) => {
    if (used.has(k)) return;
    acc.quotes.extra++;
    misses.push({ story, field: 'quotes', kind: 'spurious', item: `${r.text.slice(0, 60)} (${r.speaker ?? 'null'})` });
  });
}

/** Runs the pipeline over every `*.txt` of the labelled set with its `*.json` gold. */
export function evaluate(dir = EVAL_DIR): Report {
  const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  const acc = { people: new Counter(), titles: new Counter(), organisations: new Counter(), places: new Counter(), contributors: new Counter(), quotes: { gold: 0, found: 0, extra: 0, rightSpeaker: 0, accuracy: 0 } };
  const misses: Miss[] = [];
  for (const name of names) {
    const story = name.replace(/\.txt$/, '');
    const gold = JSON.parse(readFileSync(join(dir, `${story}.json`), 'utf8')) as Gold;
    const record = parseStory(new Uint8Array(readFileSync(join(dir, name))), { key: `eval/${name}` });
    scoreStory(story, record, gold, acc, misses);
  }
  acc.quotes.accuracy = round(acc.quotes.gold === 0 ? 1 : acc.quotes.rightSpeaker / acc.quotes.gold);
  return {
    stories: names.length,
    people: acc.people.score(),
    titles: acc.titles.score(),
    organisations: acc.organisations.score(),
    places: acc.places.score(),
    contributors: acc.contributors.score(),
    quotes: acc.quotes,
    misses,
  };
}
