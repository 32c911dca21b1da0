import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** A one-word company set off by what it is (`Codelco, the world's biggest copper producer,`). Texts written for the tests. */

const none = { bylines: [], contributors: [] };

describe('Function: findEntities (a firm named by the appositive after it)', () => {
  it.each([
    ['Verdano, the region\'s second-largest dairy cooperative by volume, cut its milk price on Monday.', 'Verdano'],
    ['Shares of Quarzit, the world\'s biggest lithium producer, fell 4 percent.', 'Quarzit'],
    ['The loan went to Kelmora, the country\'s leading cement maker in the north, last year.', 'Kelmora'],
  ])('reads the name as an organisation: %s', (sentence, name) => {
    // Act
    const found = findEntities([sentence], none);

    // Assess
    expect(found.organisations.map((o) => o.name)).toContain(name);
    expect(found.people.map((p) => p.name)).not.toContain(name);
  });

  it('leaves a person whose trade is named without a ranking a person', () => {
    // Act
    const found = findEntities(['Hendricks, the film\'s producer, said shooting would resume in May.'], none);

    // Assess
    expect(found.organisations.map((o) => o.name)).not.toContain('Hendricks');
  });
});
