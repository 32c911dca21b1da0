import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * A legislature named bare (`Parliament`, `the Legislature`, `the Sejm`) is an organisation, as most labelled stories list it
 * (BENCHMARKS.md, session 24); a place before it makes it that place's own, and the bare name after that is the same body.
 * A dollar sign after a country's letters names a currency, not the country; a lawmaker's party-and-town tag names a place.
 * Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const organisations = (paragraphs: string[]) => findEntities(paragraphs, none).organisations.map((o) => o.name);
const places = (paragraphs: string[]) => findEntities(paragraphs, none).places.map((p) => p.name);

describe('Function: findEntities (legislatures, session 24)', () => {
  it('lists a legislature named by its bare name', () => {
    // Act
    const found = organisations([
      'The amendment now goes to Parliament, where the government holds a slim majority.',
      'Lawmakers in the Seimas approved the budget late on Thursday.',
    ]);

    // Assess
    expect(found).toEqual(expect.arrayContaining(['Parliament', 'Seimas']));
  });

  it('names a place\'s legislature with the place, and its bare name after that as the same body', () => {
    // Act
    const found = organisations([
      'Growers will ask the Nebraska Legislature to extend the exemption.',
      'The Legislature reconvenes in January.',
    ]);

    // Assess
    expect(found).toContain('Nebraska Legislature');
    expect(found).not.toContain('Legislature');
  });
});

describe('Function: findEntities (bodies by their head word, session 24)', () => {
  it('reads a First Nation, a laboratory, a conservancy and a system operator as organisations', () => {
    // Act
    const found = organisations([
      'The Carcross Tagish First Nation opposed the rezoning, and the Mopane Soil Laboratory tested the samples.',
      'The Okondjou Conservancy and the Baltic Grid System Operator signed the deal.',
    ]);

    // Assess
    expect(found).toEqual(expect.arrayContaining(['Carcross Tagish First Nation', 'Mopane Soil Laboratory', 'Okondjou Conservancy', 'Baltic Grid System Operator']));
  });

  it('reads a body named for its remit as a body, not a title and a name', () => {
    // Act
    const found = findEntities(['Marta Sokil, an analyst at the Lviv-based Centre for Energy Transitions, said the plant mattered.'], none);

    // Assess
    expect(found.organisations.map((o) => o.name)).toContain('Centre for Energy Transitions');
    expect(found.people.map((p) => p.name)).toEqual(['Marta Sokil']);
  });
});

describe('Function: findEntities (places, session 24)', () => {
  it('reads no country from a currency sign', () => {
    expect(places(['Copper exports from Ndola reached US$3.2 billion, and the co-operative paid NZ$40 a share.'])).toEqual(['Ndola']);
  });

  it('reads the home town in a lawmaker\'s party tag as a place', () => {
    // Act
    const found = places([
      '"We are not done," said Rep. Marisol Quintero-Hale, D-Yakima, who chairs the committee.',
      'Sen. Orrin Takemoto (R-Kalispell) voted against the bill.',
    ]);

    // Assess
    expect(found).toEqual(expect.arrayContaining(['Yakima', 'Kalispell']));
  });
});
