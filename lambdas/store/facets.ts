import type { StoryRecord } from '../story/index.ts';
import { facetKey } from './keys.ts';

/**
 * The facet keys a story version is listed under. Only a usable story is listed at all: a withheld
 * or canceled one has none, which takes it out of every listing (CONTRACT.md §1 `pubStatus`).
 */
export function storyFacets(record: StoryRecord): string[] {
  if (record.pubStatus !== 'usable') return [];
  const keys = [
    facetKey('all'),
    ...(record.provider ? [facetKey('provider', record.provider)] : []),
    ...record.bylines.map((b) => facetKey('author', b.name)),
    ...record.contributors.map((c) => facetKey('contributor', c.name)),
    ...record.people.map((p) => facetKey('person', p.name)),
    ...record.organisations.map((o) => facetKey('organisation', o.name)),
    ...record.places.map((p) => facetKey('place', p.name)),
  ];
  return [...new Set(keys)];
}
