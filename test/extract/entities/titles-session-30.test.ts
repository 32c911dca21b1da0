import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Titles in Romance copy from session 30's development sets. Texts written for the tests. */

const titles = (paragraphs: string[], language: string) => findEntities(paragraphs, { bylines: [], contributors: [], language }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (Romance titles, session 30)', () => {
  it('reads the title after a verb of saying and whom it was said to (`ha detto al Corriere il sindaco di …, X`)', () => {
    // Act
    const italian = titles(['«La strada resta chiusa», ha detto alla Nazione il sindaco di Bormio, Lucia Dei Cas.'], 'it');
    const spanish = titles(['“No hay agua para todos”, dijo a Andina el jefe de la Autoridad del Agua, Rosa Quispe Mamani.'], 'es');

    // Assess
    expect(italian).toEqual([['Lucia Dei Cas', 'sindaco di Bormio']]);
    expect(spanish).toEqual([['Rosa Quispe Mamani', 'jefe de la Autoridad del Agua']]);
  });

  it('keeps the adjectives a title head takes after it, and a head behind its elided article opening the sentence', () => {
    // Act
    const found = titles(['L’assessore regionale Marta Zanin ha firmato il decreto.', 'El director general adjunto Tomás Ibarra Ruiz presentó el plan.'], 'it');

    // Assess
    expect(found).toEqual([['Marta Zanin', 'assessore regionale'], ['Tomás Ibarra Ruiz', 'director general adjunto']]);
  });
});
