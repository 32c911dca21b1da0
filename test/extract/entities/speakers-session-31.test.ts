import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** French `dit`, the commonest verb of saying, after a quote: `a-t-il dit`, `dit-elle`, `a dit X`. Texts written for the tests. */

const none = { bylines: [], contributors: [], language: 'fr' };

describe('Function: findEntities (French dit)', () => {
  it('attributes a quote followed by `dit` to the person it names or its pronoun stands for', () => {
    // Act
    const { quotes } = findEntities([
      'Le maire de Tozeur, Hédi Ben Salah, a visité mardi la palmeraie.',
      '« Nous avons perdu un tiers des dattes », a-t-il dit.',
      'La présidente de l\'association des producteurs, Samia Gharbi, était présente.',
      '« L\'eau manque partout », dit-elle.',
      '« Il faut des puits profonds », a dit Karim Jaziri, un agriculteur.',
    ], none);

    // Assess
    expect(quotes.map((q) => q.speaker)).toEqual(['Hédi Ben Salah', 'Samia Gharbi', 'Karim Jaziri']);
  });
});
