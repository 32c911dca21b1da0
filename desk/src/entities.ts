/** A piece of a paragraph: plain, or the name of something the story mentions. */
export interface EntityRun {
  readonly text: string;
  readonly kind?: 'person' | 'organisation' | 'place';
  /** The entity's full name, to search by. */
  readonly name?: string;
}

export interface EntityNames {
  readonly people: readonly { name: string }[];
  readonly organisations: readonly { name: string }[];
  readonly places: readonly { name: string }[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names to find in the text: each entity's full name and, for people, their last name alone (the short
 * references the record counts as mentions). Longer names first, so that `Lloyd Austin` wins over `Austin`.
 */
export function entityPatterns(names: EntityNames): { pattern: RegExp | null; lookup: Map<string, { kind: NonNullable<EntityRun['kind']>; name: string }> } {
  const lookup = new Map<string, { kind: NonNullable<EntityRun['kind']>; name: string }>();
  const add = (text: string, kind: NonNullable<EntityRun['kind']>, name: string) => {
    if (text.length >= 2 && !lookup.has(text)) lookup.set(text, { kind, name });
  };
  for (const { name } of names.people) add(name, 'person', name);
  for (const { name } of names.organisations) add(name, 'organisation', name);
  for (const { name } of names.places) add(name, 'place', name);
  for (const { name } of names.people) {
    const last = name.split(/\s+/).at(-1);
    if (last && last !== name && /^\p{Lu}/u.test(last)) add(last, 'person', name);
  }
  if (lookup.size === 0) return { pattern: null, lookup };
  const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), lookup };
}

/** A paragraph cut into runs, names marked. */
export function markEntities(text: string, patterns: ReturnType<typeof entityPatterns>): EntityRun[] {
  const { pattern, lookup } = patterns;
  if (!pattern) return [{ text }];
  const runs: EntityRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const entity = lookup.get(match[0]);
    if (!entity || match.index === undefined) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], kind: entity.kind, name: entity.name });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
