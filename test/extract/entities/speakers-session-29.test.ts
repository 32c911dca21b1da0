import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Speakers the labelled stories of session 29 showed lost in Romance copy (`wire-heldout-36`). Texts written for the tests. */

const speakers = (paragraphs: string[], language: string) => findEntities(paragraphs, { bylines: [], contributors: [], language }).quotes.map((q) => q.speaker);

describe('Function: findEntities (unsaid subjects after a quote, session 29)', () => {
  it('reads a Spanish verb of estimating or asking, its subject unsaid, as the last person\'s', () => {
    // Act
    const found = speakers([
      'Para Rodrigo Salazar Pinto, economista de la universidad, el paro costará caro.',
      '“Cada día perdemos dos millones”, estimó.',
      'La agricultora Marta Quispe Huamán teme lo peor. “¿Quién me va a pagar la cosecha?”, preguntó.',
    ], 'es');

    // Assess
    expect(found).toEqual(['Rodrigo Salazar Pinto', 'Marta Quispe Huamán']);
  });

  it('reads a place or an occasion after the verb (señaló en conferencia de prensa en Lima) as no speaker named', () => {
    // Act
    const found = speakers([
      'El ministro de Energía, Tomás Arévalo Quiroga, defendió el plan.',
      '“No habrá apagones este año”, señaló en conferencia de prensa en Lima.',
    ], 'es');

    // Assess
    expect(found).toEqual(['Tomás Arévalo Quiroga']);
  });

  it('still reads a Nordic `en` after the verb as opening a role, no one named', () => {
    // Act
    const found = speakers(['Ministern Anna Lindqvist besökte hamnen.', '– Vi har inga pengar, säger en talesperson för kommunen.'], 'sv');

    // Assess
    expect(found).toEqual([null]);
  });
});
