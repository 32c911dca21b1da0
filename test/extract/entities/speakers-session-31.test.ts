import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * French `dit`, the commonest verb of saying, after a quote (`a-t-il dit`, `dit-elle`, `a dit X`), and other verbs of saying the
 * agencies' languages use. Texts written for the tests.
 */

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

  it('attributes quotes after other languages\' verbs of saying', () => {
    // Act
    const spanish = findEntities(['“El puerto estará listo en marzo”, resaltó Julián Ortega Paz, gerente de la empresa.'], { ...none, language: 'es' });
    const portuguese = findEntities(['“Não haverá cortes de água”, assegurou Marta Sequeira Lobo, diretora da empresa.'], { ...none, language: 'pt' });
    const italian = findEntities(['«I lavori finiranno a giugno», ricorda Paolo Bernasconi, sindaco del paese.'], { ...none, language: 'it' });

    // Assess
    expect([spanish, portuguese, italian].map((found) => found.quotes[0]?.speaker)).toEqual(['Julián Ortega Paz', 'Marta Sequeira Lobo', 'Paolo Bernasconi']);
  });
});
