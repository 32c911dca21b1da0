import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Speakers of quotes whose verb follows them with its subject unsaid. Texts written for the tests. */

describe('Function: findEntities (unsaid subjects, session 33)', () => {
  it('gives a quote the person of the sentence before when the verb after it says only whom it was told to', () => {
    // Act
    const { quotes } = findEntities([
      'Marta Quispe Huamán, presidenta de la junta de regantes de Virú, recordó las promesas del Gobierno. “Ya nos anunciaron las obras dos veces”, declaró a Radio Santa Rosa.',
      'Giulia Ferraresi, sindaca di Comacchio, ha visitato gli argini. “Quando piove non dormo più”, ha detto a Telestense.',
    ], { bylines: [], contributors: [], language: 'es' });

    // Assess
    expect(quotes.map((q) => q.speaker)).toEqual(['Marta Quispe Huamán', 'Giulia Ferraresi']);
  });

  it('gives the quote to the person named after a Portuguese verb and its article, not to the one before', () => {
    // Act
    const { quotes } = findEntities([
      'João Silva, presidente da junta, visitou as casas. “A água subiu muito depressa”, contou a Maria Fernandes.',
    ], { bylines: [], contributors: [], language: 'pt' });

    // Assess
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Fernandes']);
  });

  it('ends a speaker\'s name before the agency he spoke to, its letters taking a case ending after a colon', () => {
    // Act
    const { people, quotes } = findEntities([
      '”Joki nousee vielä yöllä”, sanoo Lapin elinvoimakeskuksen asiantuntija Mikko Rautio STT:lle.',
    ], { bylines: [], contributors: [], language: 'fi' });

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Mikko Rautio']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mikko Rautio']);
  });
});
