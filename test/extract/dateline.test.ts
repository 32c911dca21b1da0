import { describe, expect, it } from 'vitest';
import { findDateline, placeOf } from '../../lambdas/extract/dateline.ts';

describe('Function: findDateline', () => {
  it('reads a stand-alone city before an em dash', () => {
    // Act
    const found = findDateline('WASHINGTON — The United States said Wednesday …');

    // Assess
    expect(found).toEqual({
      dateline: { text: 'WASHINGTON', city: 'Washington', region: null, country: 'United States' },
      tag: null,
      rest: 'The United States said Wednesday …',
    });
  });

  it('reads a city with a state abbreviation and agency tag, keeping the region as printed', () => {
    // Act
    const found = findDateline('MOUNT OLIVE, N.C. (AP) — A farmer said …');

    // Assess
    expect(found?.dateline).toEqual({ text: 'MOUNT OLIVE, N.C. (AP)', city: 'Mount Olive', region: 'N.C.', country: 'United States' });
    expect(found?.tag).toBe('AP');
    expect(found?.rest).toBe('A farmer said …');
  });

  it.each([
    ['SEOUL, South Korea (AP) _ Text.', { text: 'SEOUL, South Korea (AP)', city: 'Seoul', region: null, country: 'South Korea' }],
    ['ATLANTA (AP) -- Text.', { text: 'ATLANTA (AP)', city: 'Atlanta', region: null, country: 'United States' }],
    ['DAMASCUS (Reuters) - Text.', { text: 'DAMASCUS (Reuters)', city: 'Damascus', region: null, country: 'Syria' }],
    ['Munich (dpa) - Text.', { text: 'Munich (dpa)', city: 'Munich', region: null, country: 'Germany' }],
    ['Jan 30 (Reuters) - Text.', { text: 'Jan 30 (Reuters)', city: null, region: null, country: null }],
    ['STOCKHOLM, Aug 29, 2014 (AFP) - Text.', { text: 'STOCKHOLM, Aug 29, 2014 (AFP)', city: 'Stockholm', region: null, country: 'Sweden' }],
    ['PORT-AU-PRINCE, Haiti (AP) — Text.', { text: 'PORT-AU-PRINCE, Haiti (AP)', city: 'Port-au-Prince', region: null, country: 'Haiti' }],
    ['ST. LOUIS (AP) — Text.', { text: 'ST. LOUIS (AP)', city: 'St. Louis', region: null, country: 'United States' }],
    ['PARIS, Texas (AP) — Text.', { text: 'PARIS, Texas (AP)', city: 'Paris', region: 'Texas', country: 'United States' }],
    ['TBILISI, Georgia (AP) — Text.', { text: 'TBILISI, Georgia (AP)', city: 'Tbilisi', region: null, country: 'Georgia' }],
    ['TORONTO, Ontario (AP) — Text.', { text: 'TORONTO, Ontario (AP)', city: 'Toronto', region: 'Ontario', country: 'Canada' }],
  ])('reads %s', (paragraph, dateline) => {
    // Act & Assess
    expect(findDateline(paragraph)?.dateline).toEqual(dateline);
  });

  it.each([
    'He said — after a pause — that it was over.',
    'The U.S.-led coalition said it would stay.',
    'Kirby said the troops were fair game.',
    'Officials left. Then — nothing.',
  ])('finds no dateline in "%s"', (paragraph) => {
    // Act & Assess
    expect(findDateline(paragraph)).toBeNull();
  });

  it('gives nothing for no paragraph', () => {
    // Act & Assess
    expect(findDateline(undefined)).toBeNull();
  });
});

describe('Function: placeOf', () => {
  it('reads city, region and country when all three are printed', () => {
    // Act & Assess
    expect(placeOf('GAZA CITY, Gaza Strip, Palestinian Territories')).toEqual({ city: 'Gaza City', region: 'Gaza Strip', country: 'Palestinian Territories' });
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
