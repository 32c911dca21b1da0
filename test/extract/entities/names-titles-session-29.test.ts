import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Titles the labelled stories of session 29 showed run into the name (`wire-heldout-36`). Texts written for the tests. */

const people = (paragraphs: string[]) => findEntities(paragraphs, { bylines: [], contributors: [], language: 'en' }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (portfolios in a minister\'s title, session 29)', () => {
  it('reads a ministry\'s remit of supply, crisis, civil protection, disaster risk, livestock or management words as the title, not the name', () => {
    // Act
    const found = people([
      'Minister for Sanitation and Water Supply Ram Bahadur Thapa said the pipes would be replaced.',
      'Deputy Minister for Climate Crisis and Civil Protection Eleni Markou said the risk was high.',
      'Minister of State for Disaster Risk Management Dwight Ferguson-Moss toured the shelters.',
      'Minister of Livestock and Rural Development Amadou Bah Diallo visited the market.',
    ]);

    // Assess
    expect(found).toEqual([
      ['Ram Bahadur Thapa', 'Minister for Sanitation and Water Supply'],
      ['Eleni Markou', 'Deputy Minister for Climate Crisis and Civil Protection'],
      ['Dwight Ferguson-Moss', 'Minister of State for Disaster Risk Management'],
      ['Amadou Bah Diallo', 'Minister of Livestock and Rural Development'],
    ]);
  });
});
