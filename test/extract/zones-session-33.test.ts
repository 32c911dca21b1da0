import { describe, expect, it } from 'vitest';
import { countryVotesZone, placesZone } from '../../lambdas/extract/zones.ts';

describe('Function: placesZone (namesakes, session 33)', () => {
  it('keeps a country named in English its own clock among another country\'s places, and takes a country\'s name in another language for a namesake there', () => {
    // Act
    const mexico = placesZone([{ name: 'Mexico', mentions: 3 }, { name: 'Guatemala', mentions: 1 }, { name: 'Quetzaltenango', mentions: 1 }]);
    const places = [{ name: 'Santa Lucía', mentions: 1 }, { name: 'San Salvador', mentions: 2 }, { name: 'Soyapango', mentions: 1 }];
    // (the story's clock as the copy reads it: the places' zone, else their countries' votes)
    const colonia = placesZone(places) ?? countryVotesZone(places, []);

    // Assess
    expect(mexico).toBe('America/Mexico_City');
    expect(colonia).toBe('America/El_Salvador');
  });
});
