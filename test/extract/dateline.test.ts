import { describe, expect, it } from 'vitest';
import { cityDatelineOpening, placeOf } from '../../lambdas/extract/dateline.ts';

describe('Function: cityDatelineOpening', () => {
  it('reads a title-case city the world knows before a spaced dash, and gives the paragraph after it', () => {
    // Act
    const found = cityDatelineOpening('Luanda - O Ministério da Saúde lançou hoje uma campanha de vacinação.', null);

    // Assess
    expect(found).toEqual({ dateline: { text: 'Luanda', city: 'Luanda', region: null, country: 'Angola' }, rest: 'O Ministério da Saúde lançou hoje uma campanha de vacinação.' });
  });

  it('reads a town of the world\'s gazetteer that the city table lacks (`Koper -`), with its country', () => {
    // Act
    const found = cityDatelineOpening('Celje - Mestni svet je v torek potrdil proračun za prihodnje leto.', null);

    // Assess
    expect(found?.dateline).toEqual({ text: 'Celje', city: 'Celje', region: null, country: 'Slovenia' });
  });

  it.each([
    'Officials - not the minister - said it would stay.',
    'Mariana - the eldest - left first.',
    'London-based lenders said rates would rise.',
    'Paris - based on the figures - is the most visited city.',
  ])('finds no dateline in "%s"', (paragraph) => {
    // Act & Assess
    expect(cityDatelineOpening(paragraph, null)).toBeNull();
  });
});

describe('Function: cityDatelineOpening (a city closed by a colon or a point)', () => {
  it.each([
    ['ISLAMABAD: The water level in Rawal Lake has fallen to its lowest in December since 2013.', 'Islamabad', 'The water level'],
    ['Dar es Salaam. The Tanzania Railways Corporation will begin running freight trains in January.', 'Dar es Salaam', 'The Tanzania'],
  ])('reads "%s"', (paragraph, city, rest) => {
    const found = cityDatelineOpening(paragraph, null);
    expect(found?.dateline.city).toBe(city);
    expect(found?.rest.startsWith(rest)).toBe(true);
  });

  it('reads no dateline from a sentence that opens with a word the city table does not know', () => {
    expect(cityDatelineOpening('Analysis: The lake fell again.', null)).toBeNull();
    expect(cityDatelineOpening('Officials. The lake fell again.', null)).toBeNull();
  });
});

describe('Function: placeOf', () => {
  it('reads a Mexican city\'s state by the abbreviation Mexican copy uses, and the same abbreviation after a US city as the US state', () => {
    expect(placeOf('MORELIA, Mich.')).toEqual({ city: 'Morelia', region: 'Michoacán', country: 'Mexico' });
    expect(placeOf('Detroit, Mich.')).toEqual({ city: 'Detroit', region: 'Mich.', country: 'United States' });
  });

  it('leaves an outlet\'s credit after the place out of it', () => {
    expect(placeOf('SUVA (Fiji Sun)')).toMatchObject({ city: 'Suva', country: 'Fiji' });
  });

  it('reads city, region and country when all three are printed', () => {
    // Act & Assess
    expect(placeOf('GAZA CITY, Gaza Strip, Palestinian Territories')).toEqual({ city: 'Gaza City', region: 'Gaza Strip', country: 'Palestinian Territories' });
  });

  it.each([
    ['WASHINGTON', { city: 'Washington', region: null, country: 'United States' }],
    ['MOUNT OLIVE, N.C.', { city: 'Mount Olive', region: 'N.C.', country: 'United States' }],
    ['SEOUL, South Korea', { city: 'Seoul', region: null, country: 'South Korea' }],
    ['DAMASCUS', { city: 'Damascus', region: null, country: 'Syria' }],
    ['STOCKHOLM, Aug 29, 2014', { city: 'Stockholm', region: null, country: 'Sweden' }],
    ['PORT-AU-PRINCE, Haiti', { city: 'Port-au-Prince', region: null, country: 'Haiti' }],
    ['ST. LOUIS', { city: 'St. Louis', region: null, country: 'United States' }],
    ['PARIS, Texas', { city: 'Paris', region: 'Texas', country: 'United States' }],
    ['TBILISI, Georgia', { city: 'Tbilisi', region: null, country: 'Georgia' }],
    ['TORONTO, Ontario', { city: 'Toronto', region: 'Ontario', country: 'Canada' }],
  ])('reads %s', (place, expected) => {
    // Act & Assess
    expect(placeOf(place)).toEqual(expected);
  });

  it('leaves the country null for a city it does not know', () => {
    // Act & Assess
    expect(placeOf('KURE BEACH')).toEqual({ city: 'Kure Beach', region: null, country: null });
  });
});

describe('Function: placeOf, cities of the agencies’ home countries', () => {
  it.each([
    ['LEIPZIG', 'Leipzig', 'Germany'],
    ['Düsseldorf', 'Düsseldorf', 'Germany'],
    ['TAMPERE', 'Tampere', 'Finland'],
    ['Oulu', 'Oulu', 'Finland'],
    ['GOTHENBURG', 'Gothenburg', 'Sweden'],
    ['Trondheim', 'Trondheim', 'Norway'],
    ['BOLOGNA', 'Bologna', 'Italy'],
    ['Bilbao', 'Bilbao', 'Spain'],
    ['LYON', 'Lyon', 'France'],
  ])('gives the country of a stand-alone %s', (text, city, country) => {
    // Act & Assess
    expect(placeOf(text)).toEqual({ city, region: null, country });
  });
});

describe('Function: placeOf, agency date forms and postal codes', () => {
  it.each([
    ['Strasbourg, 10 juil 2024', { city: 'Strasbourg', region: null, country: 'France' }],
    ['Gaza City, Palestinian Territories, May 16, 2021', { city: 'Gaza City', region: null, country: 'Palestinian Territories' }],
    ['LISBON, April 2', { city: 'Lisbon', region: null, country: 'Portugal' }],
    ['Jan 30', { city: null, region: null, country: null }],
    ['Newport News, VA', { city: 'Newport News', region: 'VA', country: 'United States' }],
  ])('reads %s', (place, expected) => {
    // Act & Assess
    expect(placeOf(place)).toEqual(expected);
  });
});
