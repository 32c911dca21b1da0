import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Names and titles that the labelled sets showed missed (session 22): a title that lists its remits over commas before
 * the name, and an initial printed against the name it opens. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[]) => findEntities(paragraphs, none).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (titles with listed remits, glued initials)', () => {
  it.each([
    ['Minister of Lands, Housing and Urban Development Teodora Valcheva-Nikolova opened the site on Monday.', 'Teodora Valcheva-Nikolova', 'Minister of Lands, Housing and Urban Development'],
    ['The plan was backed by Minister for Fisheries, Forestry and Marine Resources Apisai Tora.', 'Apisai Tora', 'Minister for Fisheries, Forestry and Marine Resources'],
  ])('reads a title that lists its remits over commas before the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('joins the remits of a title, not the name after them to the next person over "and"', () => {
    // Act
    const found = people(['The deal was signed by Minister of Trade, Tourism and Industry Rangi Parata and Fiji Finance Minister Josefa Naulu.']);

    // Assess
    expect(found).toEqual([['Rangi Parata', 'Minister of Trade, Tourism and Industry'], ['Josefa Naulu', 'Fiji Finance Minister']]);
  });

  it('keeps an initial printed against the name it opens as printed, for the person and the quote', () => {
    // Act
    const found = findEntities(['Governor B.Enkhtuya said herders would be paid. "The fund is ready," B.Enkhtuya said.'], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['B.Enkhtuya']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['B.Enkhtuya']);
  });
});
