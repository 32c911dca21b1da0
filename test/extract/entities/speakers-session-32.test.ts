import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Speakers the copy keeps unnamed. Texts written for the tests. */

const none = { bylines: [], contributors: [] };

describe('Function: findEntities (unnamed sources, session 32)', () => {
  it('gives no speaker to a quote from a source the paragraph keeps unnamed, though a named speaker came before, unless someone is named after the source', () => {
    // Act
    const english = findEntities([
      '"The line will reopen on Friday," said Jonas Berg, a spokesman for the rail operator.',
      'A signal technician, who asked not to be named, said the repairs had barely begun. "We have not even found the fault yet," he said.',
    ], { ...none, language: 'en' });
    const namedAfter = findEntities([
      'A union official, who asked not to be named, said talks had stalled. But Transport Minister Jonas Berg disagreed. "We are close to a deal," he said.',
    ], { ...none, language: 'en' });
    const spanish = findEntities([
      '"La línea reabrirá el viernes", dijo Marta Ilves, portavoz de la operadora.',
      'Un técnico, que pidió el anonimato, aseguró que las obras apenas empezaron. "Ni siquiera encontramos la falla", dijo.',
    ], { ...none, language: 'es' });

    // Assess
    expect(english.quotes.map((q) => q.speaker)).toEqual(['Jonas Berg', null]);
    expect(namedAfter.quotes.map((q) => q.speaker)).toEqual(['Jonas Berg']);
    expect(spanish.quotes.map((q) => q.speaker)).toEqual(['Marta Ilves', null]);
  });
});
