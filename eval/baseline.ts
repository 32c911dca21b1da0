import nlp from 'compromise';
import type { Entity, Person, StoryRecord } from '../lambdas/story/index.ts';

/**
 * A statistical baseline for entity extraction (issue 12): compromise's people, places and organisations
 * (a part-of-speech lexicon and tagger in JavaScript, no weights from the network), run over the story's
 * paragraphs, for `npm run eval -- --baseline compromise|union`. It never runs in the pipeline: the
 * comparison decides whether anything of it is worth the bundle.
 *
 * - `compromise`: its entities in place of ours;
 * - `union`: ours, plus what it finds that we do not (what it could add to recall, at what precision);
 * - `union-new`: ours, plus only its names of two words or more that no entity of ours contains or is part of.
 */
export type Baseline = 'compromise' | 'union' | 'union-new';
export const BASELINES: readonly Baseline[] = ['compromise', 'union', 'union-new'];

/** A name as compromise prints it, without surrounding punctuation or a possessive: `Santo Domingo.` → `Santo Domingo`. */
const clean = (name: string): string => name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$|['’]s$/gu, '').replace(/(?<!\b\p{Lu})\.$/u, '').trim();

function counted(names: readonly string[]): Entity[] {
  const counts = new Map<string, Entity>();
  for (const raw of names) {
    const name = clean(raw);
    if (name === '' || !/\p{Lu}/u.test(name)) continue;
    const key = name.toLowerCase();
    const e = counts.get(key);
    counts.set(key, { name: e?.name ?? name, mentions: (e?.mentions ?? 0) + 1 });
  }
  return [...counts.values()];
}

export function compromiseEntities(paragraphs: readonly string[]): { people: Person[]; organisations: Entity[]; places: Entity[] } {
  const doc = nlp(paragraphs.join('\n\n'));
  return {
    people: counted(doc.people().out('array') as string[]).map((e) => ({ name: e.name, title: null, mentions: e.mentions })),
    organisations: counted(doc.organizations().out('array') as string[]),
    places: counted(doc.places().out('array') as string[]),
  };
}

/** The record with its entities replaced (`compromise`) or added to (`union`) by the baseline's. */
export function withBaseline(record: StoryRecord, baseline: Baseline): StoryRecord {
  const found = compromiseEntities(record.body.paragraphs);
  if (baseline === 'compromise') return { ...record, ...found };
  const ourNames = [...record.people, ...record.organisations, ...record.places].map((e) => e.name.toLowerCase());
  const isNew = (name: string): boolean => {
    const lower = name.toLowerCase();
    return name.includes(' ') && !ourNames.some((n) => n.includes(lower) || lower.includes(n));
  };
  const add = <T extends { name: string }>(ours: readonly T[], theirs: readonly T[]): T[] => {
    const known = new Set(ours.map((e) => e.name.toLowerCase()));
    return [...ours, ...theirs.filter((e) => !known.has(e.name.toLowerCase()) && (baseline === 'union' || isNew(e.name)))];
  };
  return { ...record, people: add(record.people, found.people), organisations: add(record.organisations, found.organisations), places: add(record.places, found.places) };
}
