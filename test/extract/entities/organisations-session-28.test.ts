import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Organisations the labelled stories of session 28 showed missed (`wire-heldout-35`): an acronym behind French `l'`, and
 * a body named for a place whose name holds small words in lower case. Texts written for the tests.
 */

const found = (paragraphs: string[], language = 'en') => findEntities(paragraphs, { bylines: [], contributors: [], language });

describe('Function: findEntities (organisations, session 28)', () => {
  it('reads an acronym behind the elided French article as a name, and leaves a name after the acronym a person of its own', () => {
    // Act
    const story = found([
      'Selon la représentante de l\'OMS à Niamey, Aïssata Garba-Maïga, la campagne doit durer trois semaines.',
      '« Il faut agir vite », a déclaré à l\'AFP Issoufou Dan Baba, infirmier à Zinder.',
    ], 'fr');

    // Assess
    expect(story.organisations.map((o) => o.name)).toEqual(['OMS']);
    expect(story.people.map((p) => p.name)).toEqual(['Aïssata Garba-Maïga', 'Issoufou Dan Baba']);
  });

  it('reads a body of a place whose name holds small words in lower case whole', () => {
    // Act
    const story = found(['Lecturers at the University of Dar es Salaam voted to strike on Monday.']);

    // Assess
    expect(story.organisations.map((o) => o.name)).toEqual(['University of Dar es Salaam']);
  });

  it('reads a newsroom that reported, and a company by what a relative clause says it does, as organisations; a place that supplies water stays a place', () => {
    // Act
    const story = found([
      'The two crew members were freed on Monday, Mirror reported.',
      'Tasmanlink, which runs the Spirit ferries, said sailings would resume on Friday.',
      'The Mangla Dam, which supplies the canals, is at its lowest level in a decade.',
    ]);

    // Assess
    expect(story.organisations.map((o) => o.name)).toEqual(['Mirror', 'Tasmanlink']);
    expect(story.places.map((p) => p.name)).toEqual(['Mangla Dam']);
  });
});
