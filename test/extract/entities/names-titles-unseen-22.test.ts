import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Names, titles and speakers that `wire-heldout-22` showed missed (session 21): ranks written without points, a Luo name's
 * closing apostrophe, a title head that also names other things before a given name, a quote run on over two paragraphs
 * whose speaker is named at its end, a Spanish family name used alone behind its particle. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[], language?: string) => findEntities(paragraphs, { ...none, ...(language ? { language } : {}) }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (names and titles of unseen copy)', () => {
  it('reads ranks written without points as no part of the name', () => {
    expect(people(['Maj Gen Khalid bin Rashid al Harthy, commander of the northern sector, said the roads were closed.']))
      .toEqual([['Khalid bin Rashid al Harthy', 'commander of the northern sector']]);
  });

  it('keeps the closing apostrophe of a Luo name inside the name', () => {
    expect(people(['Grace Achieng\' Otieno told the court the land had been in her family since 1962.'])).toEqual([['Grace Achieng\' Otieno', null]]);
  });

  it.each([
    ['Justice Esther Wanjiru Kamau dismissed the petition on Monday.', 'Esther Wanjiru Kamau', 'Justice'],
    ['Bishop Anna Kowalska led the service at the cathedral.', 'Anna Kowalska', 'Bishop'],
  ])('reads a title head that also names other things before a given name as the title: %s', (sentence, name, title) => {
    // Act
    const found = findEntities([sentence], none);

    // Assess: the head is no place either (`Bishop` is a town in California)
    expect(found.people.map((p) => [p.name, p.title])).toEqual([[name, title]]);
    expect(found.places).toEqual([]);
  });

  it('runs a minister\'s title on over remits joined by `and` up to the name (`… and Social Policy`)', () => {
    expect(people(['Minister of Health and Social Policy Zlatomira Dachkova presented the plan to parliament.'])).toEqual([['Zlatomira Dachkova', 'Minister of Health and Social Policy']]);
  });

  it('reads Khmer honorifics as no part of the name, and the title before them as the title', () => {
    expect(people(['Angkor Rice Mills chairman Neak Oknha Sok Chenda said exports would rise.'])).toEqual([['Sok Chenda', 'Angkor Rice Mills chairman']]);
  });

  it.each([
    ['Senior Counsel Otieno Kibet-Mwangi told the court the evidence was thin.', 'Otieno Kibet-Mwangi', 'Senior Counsel'],
    ['Bishop-elect Tomasz Nowak thanked the faithful in Gdansk.', 'Tomasz Nowak', 'Bishop-elect'],
  ])('reads a title that is no common office word as no part of the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('reads no one in a body whose name opens with such a head', () => {
    expect(people(['Justice Ministry officials said the draft would be published next week.'])).toEqual([]);
  });
});

describe('Function: findEntities (speakers of unseen copy)', () => {
  it('gives a quote run on over two paragraphs to the speaker named where it ends, not to the man the paragraph before it spoke of', () => {
    // Act
    const { quotes } = findEntities([
      'The service was led by Bishop Paul Okello, who in his sermon called for calm after the vote.',
      '"We have buried too many of our young people. We cannot bury more.',
      '"The election is over and the work must begin," Fr. Simon Wekesa, the parish priest, told reporters.',
    ], none);

    // Assess
    expect(quotes.map((q) => q.speaker)).toEqual(['Simon Wekesa']);
  });

  it('reads a Spanish family name used alone behind its particle as the person named in full', () => {
    // Act
    const found = findEntities([
      'El alcalde de Montecristi, José Luis del Campo Herrera, pidió ayuda al Gobierno.',
      '"Necesitamos agua ahora", dijo Del Campo.',
    ], { ...none, language: 'es' });

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['José Luis del Campo Herrera']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['José Luis del Campo Herrera']);
  });
});
