import { describe, expect, it } from 'vitest';
import WORLD from '../../lambdas/extract/data/world-cities.json' with { type: 'json' };
import { town } from '../../lambdas/extract/places.ts';

/** The towns' table bin/build-data.mjs builds (npm ci) is searched by binary search: it must be sorted by its key. */

const key = (name: string): string => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

describe('the towns\' table', () => {
  it('is sorted by the unaccented lower-case name, as the search reads it (a table built by an older script is not)', () => {
    // Arrange
    const keys = WORLD.towns.split('|').map((row) => key(row.slice(0, row.indexOf('~'))));

    // Assess
    expect(keys.length).toBeGreaterThan(20_000);
    expect(keys.every((k, i) => i === 0 || keys[i - 1]! <= k)).toBe(true);
  });

  it('finds a town of a few thousand people by its name with or without diacritics', () => {
    // Act & Assess
    expect(town('Sortland')?.country).toBe('Norway');
    expect(town('Abaran')?.name).toBe('Abarán');
    expect(town('Abarán')?.country).toBe('Spain');
  });
});
