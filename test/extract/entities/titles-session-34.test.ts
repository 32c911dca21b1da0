import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Titles set off before a name after an article joined to its preposition, long or closed by a body's letters. Texts written for the tests. */

const titled = (text: string, language: string) => findEntities([text], { bylines: [], contributors: [], language }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (titles before names, session 34)', () => {
  it('reads a title after `du`, `del`, `da` set off before the name, its remits joined by `and` too', () => {
    // Act
    const french = titled('La cérémonie s’est déroulée en présence du ministre de l’Eau et de l’Energie, Jean-Paul Mbida Essomba, et du gouverneur de la région du Littoral, Samuel Dieudonné Ivaha, a-t-on appris.', 'fr');
    const spanish = titled('La medida fue anunciada tras la visita del alcalde de Comayagüela, Rigoberto Funes Aguilar, a los barrios afectados.', 'es');

    // Assess
    expect(french).toEqual([['Jean-Paul Mbida Essomba', 'ministre de l’Eau et de l’Energie'], ['Samuel Dieudonné Ivaha', 'gouverneur de la région du Littoral']]);
    expect(spanish).toEqual([['Rigoberto Funes Aguilar', 'alcalde de Comayagüela']]);
  });

  it('reads a title over a body\'s long name and its letters in brackets, set off before the name', () => {
    // Act
    const french = titled('Selon la directrice générale de la Douala Water Distribution Company (DWDC), Rose Ebongue Mandeng, l’eau est acheminée par une conduite de 75 kilomètres.', 'fr');

    // Assess
    expect(french).toEqual([['Rose Ebongue Mandeng', 'directrice générale de la Douala Water Distribution Company (DWDC)']]);
  });
});
