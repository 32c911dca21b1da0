import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Spanish copy from `wire-heldout-34` (session 27): a quote closed by a verb of saying alone, its subject unsaid, is the
 * last speaker's; public bodies by their Spanish head words; two bodies joined by `y al`. Texts written for the tests.
 */

const spanish = { bylines: [], contributors: [], language: 'es' };

describe('Function: findEntities (Spanish speakers and bodies, session 27)', () => {
  it('gives a quote closed by a verb of saying alone to the speaker of the paragraph before', () => {
    // Act
    const found = findEntities([
      'La concejal Marta Elena Quiroga Salas anunció que presentará un recurso ante la Corte de Constitucionalidad.',
      '“La ley es clara y nadie la respetó”, argumentó.',
      '“¿Quién va a pagar la diferencia?”, cuestionó después ante los vecinos.',
    ], spanish);

    // Assess
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Marta Elena Quiroga Salas', 'Marta Elena Quiroga Salas']);
  });

  it('reads public bodies by their Spanish head word, and two bodies joined by `y al` as two', () => {
    // Act
    const found = findEntities([
      'La Contraloría General de la República y la Defensoría del Pueblo alertaron sobre los retrasos en las obras.',
      'El alcalde pidió apoyo a la Gobernación de Santa Cruz y al Gobierno nacional para reparar los puentes.',
    ], spanish);

    // Assess
    expect(found.people).toEqual([]);
    expect(found.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Contraloría General de la República', 'Defensoría del Pueblo', 'Gobernación de Santa Cruz']));
    expect(found.organisations.map((o) => o.name)).not.toContain('Gobernación de Santa Cruz y al Gobierno');
  });

  it('reads a player\'s or a coach\'s position before the name as a title, and a post on X as said', () => {
    // Act
    const found = findEntities([
      'El delantero Rodrigo Ezequiel Benítez Ortiz abrió el marcador a los 23 minutos.',
      '“¡Campeones otra vez!”, escribió en su cuenta de X el presidente del club, Aníbal Ramón Duarte Acosta, tras el partido.',
    ], spanish);

    // Assess
    expect(found.people).toEqual([expect.objectContaining({ name: 'Rodrigo Ezequiel Benítez Ortiz', title: 'delantero' }), expect.objectContaining({ name: 'Aníbal Ramón Duarte Acosta' })]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Aníbal Ramón Duarte Acosta']);
  });

  it('reads a family name behind two particles, capitalised at the sentence\'s start or after the verb, as the short form of the full name', () => {
    // Act
    const found = findEntities([
      'La directora de Aguas, Marta de los Ríos Acosta, presentó el plan este jueves.',
      '“Cada peso que gastamos en tratar el agua es caro”, dijo De los Ríos.',
    ], spanish);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Marta de los Ríos Acosta']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Marta de los Ríos Acosta']);
  });
});
