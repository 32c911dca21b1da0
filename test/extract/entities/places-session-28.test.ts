import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Places the labelled stories showed missed after prepositions of place the list lacked (session 28). Texts written for the tests. */

const places = (paragraphs: string[]) => findEntities(paragraphs, { bylines: [], contributors: [], language: 'en' }).places.map((p) => p.name);

describe('Function: findEntities (places after prepositions, session 28)', () => {
  it('reads a name after `off`, `inside`, `within`, `beyond` and `between` as a place, and a sum in a currency\'s letters as none', () => {
    // Act
    const found = places([
      'A fishing boat capsized off Kizimkazi on Sunday.',
      'Sales inside Kariakoo fell by half last month.',
      'Schools within Temeke were closed, and the road beyond Mbagala was flooded.',
      'Buses between Ubungo and Kimara ran late, and fares rose by between Sh20 and Sh30.',
    ]);

    // Assess
    expect(found).toEqual(['Kizimkazi', 'Kariakoo', 'Temeke', 'Mbagala', 'Ubungo', 'Kimara']);
  });
});
