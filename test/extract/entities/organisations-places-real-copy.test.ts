import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Organisations and places as real agency copy prints them, in short texts of our own. */
const none = { bylines: [], contributors: [] };
const found = (paragraphs: string[]) => {
  const e = findEntities(paragraphs, none);
  return { people: e.people.map((p) => p.name), organisations: e.organisations.map((o) => o.name), places: e.places.map((p) => p.name) };
};

describe('Function: findEntities (organisations and places in real copy)', () => {
  it('takes no measure, currency, time zone, plural or shouted label for an organisation', () => {
    // Act
    const e = found([
      'He will have an MRI on Saturday, after two TDs and a fine of EUR 100 at 0300 GMT. Eight MPs were absent.',
      'GOLF: Lakeside Masters - Sky Sports 4 1130.',
      '(Portland, OR - June 2) The rain stopped.',
    ]);

    // Assess
    expect(e.organisations).toEqual([]);
    expect(e.places).toEqual(['Portland']);
  });

  it('keeps an adjective of origin or backing out of names', () => {
    // Act
    const e = found([
      'A Chinese-owned company set up to buy the plant said it had won.',
      'Abdel Sayed of the Western-backed National Coalition spoke first.',
      'Rebels from Islamist groups were backed by Shi’ite Iran and Lebanon’s powerful Hezbollah Shi’ite militia.',
      'Police fought Islamist group Hamas in 2007.',
    ]);

    // Assess
    expect(e.organisations).toEqual(['National Coalition', 'Hezbollah', 'Hamas']);
    expect(e.places).toEqual(['Iran', 'Lebanon']);
  });

  it('reads the body a person heads, and companies after a plural cue word', () => {
    // Act
    const e = found([
      'Jeff Larkin, CEO of Prairieline, said the plants would run.',
      'Sam Cole, founder of Tern Climate, disagreed.',
      'The firm has talked to automakers Karsan and Tofas about funds.',
      'Yahya Qasem, Chairman of the Hamas Political Bureau in Gaza, was not hurt.',
    ]);

    // Assess
    expect(e.organisations).toEqual(['Prairieline', 'Tern Climate', 'Karsan', 'Hamas Political Bureau']);
  });

  it('reads teams after "the", with their short names', () => {
    // Act
    const e = found(['The Daegu Tigers beat the Incheon Seagulls 4-3 and the Miami Heat lost.', 'The Seagulls have lost six straight.']);

    // Assess
    expect(e.organisations).toEqual(['Daegu Tigers', 'Incheon Seagulls', 'Miami Heat']);
    expect(found(['The Seagulls beat the Harbor Kings.']).organisations).toEqual(['Harbor Kings']);
  });

  it('knows a company by the leading words of its name', () => {
    // Act
    const e = found(['Red Alder Brewing Company made a smoky beer.', 'In 2021, Red Alder wanted to warn drinkers.']);

    // Assess
    expect(e.organisations).toEqual(['Red Alder Brewing Company']);
    expect(findEntities(['Red Alder Brewing Company made a smoky beer.', 'In 2021, Red Alder wanted to warn drinkers.'], none).organisations[0]!.mentions).toBe(2);
  });

  it('reads venues and named places by their last word, and a place cued once wherever it stands alone', () => {
    // Act
    const e = found([
      'More than 20,000 fans packed Hanmaru Baseball Stadium in the Great Plains.',
      'The ship ran aground near the island of Pellara. Divers worked off Pellara all night.',
      'Munich’s Olympic Stadium hosted the final; it was for West Germany.',
    ]);

    // Assess
    expect(e.places).toEqual(['Hanmaru Baseball Stadium', 'Great Plains', 'Pellara', 'Munich', 'Olympic Stadium', 'West Germany']);
    expect(findEntities(['The ship ran aground near the island of Pellara. Divers worked off Pellara all night.'], none).places).toEqual([{ name: 'Pellara', mentions: 2 }]);
  });

  it('reads a team by its country as the country, not an organisation', () => {
    // Act
    const e = found(['Dilan Perera (cricket) - Former Sri Lanka opener and captain, born 1976.']);

    // Assess
    expect(e.organisations).toEqual([]);
    expect(e.places).toEqual(['Sri Lanka']);
  });

  it('does not start a name with a particle left after a sentence-start word', () => {
    // Act
    const e = found(['In der Regel 12 heißt es so.']);

    // Assess
    expect(e.places).toEqual([]);
  });

  it('continues a name over a plural possessive', () => {
    // Act
    const e = found(['He later chaired the Professional Footballers’ Association.']);

    // Assess
    expect(e.organisations).toEqual(['Professional Footballers’ Association']);
  });
});

describe('Function: findEntities (names that start a sentence)', () => {
  it('keeps "National" at the start of a body’s name and ties its acronym to it', () => {
    // Act
    const e = findEntities(['National Electric Vehicle Norway, or NEVN, applied for protection.', 'NEVN owes suppliers money.'], none);

    // Assess
    expect(e.organisations).toEqual([{ name: 'National Electric Vehicle Norway', mentions: 3 }]);
  });
});
