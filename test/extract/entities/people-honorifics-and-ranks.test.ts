import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Honorifics that stay out of names (Myanmar's `U`, `Daw`, `Ma`; `Sister`), a rank before a name that gives way to the
 * job set off after it, a title's head word that is a name after an honorific, and named storms and landmarks that are
 * no people. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const titled = (people: readonly { name: string; title: string | null }[]) => people.map((p) => [p.name, p.title]);

describe('Function: findEntities (honorifics and ranks)', () => {
  it('leaves Myanmar honorifics out of the names, and the speakers named without them', () => {
    // Act
    const { people, quotes } = findEntities([
      'Deputy Minister for Electricity U Aung Zaw Lin said the Thilawa line would open in June.',
      'Daw Khin Mya Thein, a rice trader in Pathein, said prices had doubled.',
      '“We cannot store the harvest,” said Ma Thida Htwe, a farmer from Maubin.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Aung Zaw Lin', 'Deputy Minister for Electricity'], ['Khin Mya Thein', 'rice trader in Pathein'], ['Thida Htwe', 'farmer']]);
    expect(quotes).toEqual([{ text: 'We cannot store the harvest', speaker: 'Thida Htwe' }]);
  });

  it('prefers the job set off after the name to a rank or a religious honorific before it', () => {
    // Act
    const { people } = findEntities([
      'Captain Ingrid Solberg-Haugen, the harbour master of Tromsø, said the quay would close.',
      'Father Joseph Mwangi Kariuki, the parish priest at Nyeri, said the church was full.',
      'Sister Agnes Wanjiru Kamau, the matron of the mission hospital, told reporters the beds were full.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([
      ['Ingrid Solberg-Haugen', 'harbour master of Tromsø'],
      ['Joseph Mwangi Kariuki', 'parish priest at Nyeri'],
      ['Agnes Wanjiru Kamau', 'matron of the mission hospital'],
    ]);
  });

  it('keeps a word that heads titles as a name after an honorific and a given name', () => {
    // Act
    const { people } = findEntities(['Mr. Samuel Judge Otieno, the county treasurer, said the books were balanced.'], none);

    // Assess
    expect(titled(people)).toEqual([['Samuel Judge Otieno', 'county treasurer']]);
  });

  it('reads a named storm as no person, even when its name is used alone', () => {
    // Act
    const { people } = findEntities([
      'The coast was still rebuilding from Cyclone Freddy when the rains came.',
      'Freddy destroyed 4,000 homes in Chikwawa district.',
      'District commissioner Esther Banda said shelters were full.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Esther Banda']);
  });

  it('reads bridges, faults, trenches and mausoleums as places, not people', () => {
    // Act
    const { people, places } = findEntities([
      'Engineers inspected the Kazungula Bridge after the tremor on the Alpine Fault.',
      'Tourists queued at the Gur-e-Amir Mausoleum while scientists studied the Japan Trench.',
    ], none);

    // Assess
    expect(people).toEqual([]);
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Kazungula Bridge', 'Alpine Fault', 'Japan Trench']));
  });
});
