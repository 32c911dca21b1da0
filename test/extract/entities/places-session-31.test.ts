import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Numbered roads, which no capitalised run holds whole, and the words that open a place's name (counted over the gold of
 * every set). Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };

describe('Function: findEntities (numbered roads)', () => {
  it('reads a numbered road as a place, in English by its capitalised word, without a lower-case `state` before it', () => {
    // Act
    const { places } = findEntities([
      'A rockslide closed Highway 62 north of the town, and police turned traffic back onto Interstate 40.',
      'The state Highway 9 bridge will stay shut until Friday.',
      'Most people use the route 12 buses to get to work.',
    ], { ...none, language: 'en' });

    // Assess
    expect(places.map((p) => p.name)).toEqual(['Highway 62', 'Interstate 40', 'Highway 9']);
  });

  it('reads a numbered road in lower case in the agencies\' other languages, with the kind of road after its word', () => {
    // Act
    const { places } = findEntities([
      'Los vecinos cortaron la ruta nacional 9 durante cuatro horas.',
    ], { ...none, language: 'es' });
    const french = findEntities(['Un éboulement a fermé la route nationale 7b et la route 132 mardi.'], { ...none, language: 'fr' });
    const capitalised = findEntities(['El tránsito por la Ruta Nacional 40 quedó cortado.'], { ...none, language: 'es' });
    const american = findEntities(['Most people use the route 12 buses to get to work.'], { ...none, language: 'en-US' });

    // Assess
    expect(places.map((p) => p.name)).toEqual(['ruta nacional 9']);
    expect(french.places.map((p) => p.name)).toEqual(['route nationale 7b', 'route 132']);
    expect(capitalised.places.map((p) => p.name)).toEqual(['Ruta Nacional 40']);
    expect(american.places).toEqual([]);
  });

  it('reads a name opened by a word that opens places\' names as a place, not a person', () => {
    // Act
    const { places, people } = findEntities([
      'Residents of Kampung Lidah Tanah said the river rose overnight.',
      'Fishermen from Punta Lobera and traders near Puente Nuevo said the road was cut.',
      'Visitors to Gua Kelam and Barangay Malinao were told to stay away, said Ana Cruz.',
    ], { ...none, language: 'en' });

    // Assess
    expect(places.map((p) => p.name)).toEqual(['Kampung Lidah Tanah', 'Punta Lobera', 'Puente Nuevo', 'Gua Kelam', 'Barangay Malinao']);
    expect(people.map((p) => p.name)).toEqual(['Ana Cruz']);
  });
});
