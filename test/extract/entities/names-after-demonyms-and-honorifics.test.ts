import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * People the labelled stories of session 26 showed read with a word that is not their name (`wire-heldout-31`, `-32`):
 * a nation's or a town's people before the name, honorifics of West Africa and Malta, and French sentences whose first word
 * joined the run. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[], language = 'en') => findEntities(paragraphs, { ...none, language }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (names after demonyms and honorifics, session 26)', () => {
  it('leaves a nation\'s people before a given name out of the name, but not a given name that is also a faith\'s', () => {
    // Act
    const english = people(['Second in the sprint was Dutchman Pieter Hoekstra, ahead of Kenyan Daniel Kiprop.', 'Hoekstra said the last climb had decided it.']);
    const norwegian = people(['Høyres gruppeleder Christian Fredrik von Krogh stemte imot.'], 'nb');

    // Assess
    expect(english).toEqual([['Pieter Hoekstra', null], ['Daniel Kiprop', null]]);
    expect(norwegian.map(([name]) => name)).toEqual(['Christian Fredrik von Krogh']);
  });

  it('leaves French copy\'s noun of a town\'s people and the sentence\'s first word out of the name', () => {
    // Act
    const found = people([
      'Le Montois Hugo Delvaux a remporté samedi la deuxième étape.',
      'Seul le Danois Mikkel Sørensen a pu suivre, devant le Carolorégien Louis Marchal.',
    ], 'fr');

    // Assess
    expect(found.map(([name]) => name)).toEqual(['Hugo Delvaux', 'Mikkel Sørensen', 'Louis Marchal']);
  });

  it('leaves a comrade\'s, a Maltese architect\'s and a Cameroonian mother\'s honorific out of the name', () => {
    // Act
    const found = people([
      'The secretary of the drivers’ union, Comrade Ibrahim Sani Gwarzo, said the strike would go ahead.',
      'Perit Mark Camilleri Vella told the court the scaffolding had been moved.',
      'The treasurer of the market women’s group, Mami Grace Ebai Tanyi, asked for calm.',
    ]);

    // Assess
    expect(found.map(([name]) => name)).toEqual(['Ibrahim Sani Gwarzo', 'Mark Camilleri Vella', 'Grace Ebai Tanyi']);
  });

  it('reads a Gambian village head\'s title and honorific, and a person whose family name is a city\'s by the age after it', () => {
    // Act
    const gambian = findEntities(['The Alkalo of Gunjur, Alhagie Ebrima Touray, said the smell had been felt for months.', '"Our fishermen cannot sell what they catch," he said.'], none);
    const aged = people(['Rosa Cárdenas, 58, who runs a bakery near the plant, said she smelled smoke before dawn.']);

    // Assess
    expect(gambian.people.map((p) => [p.name, p.title])).toEqual([['Ebrima Touray', 'Alkalo of Gunjur']]);
    expect(gambian.quotes.map((q) => q.speaker)).toEqual(['Ebrima Touray']);
    expect(aged).toEqual([['Rosa Cárdenas', null]]);
  });
});

describe('Function: findEntities (titles in French, Spanish and Portuguese copy, session 26)', () => {
  it('reads a title set off before the name after a possessive determiner, and judges, lawyers and vice-rectors as titles', () => {
    // Act
    const french = people([
      'Son président, Luc Arsenault-Doiron, dénonce une décision prise sans consultation.',
      'La juge Sylvie Thériault-Bujold a rejeté la requête mardi.',
      'L’avocat du syndicat, Marc Gionet, a annoncé un appel.',
      'Le vice-recteur du campus d’Edmundston, Paul Cyr, assure que rien ne changera.',
    ], 'fr');
    const spanish = people(['Su portavoz, Carmen Ibáñez Soto, dijo que la empresa estudiará el fallo.'], 'es');

    // Assess
    expect(french).toEqual([['Luc Arsenault-Doiron', 'président'], ['Sylvie Thériault-Bujold', 'juge'], ['Marc Gionet', 'avocat du syndicat'], ['Paul Cyr', 'vice-recteur du campus d’Edmundston']]);
    expect(spanish).toEqual([['Carmen Ibáñez Soto', 'portavoz']]);
  });

  it('reads a title whose remits are listed each after its `de`, up to `et`, `y` or `e`', () => {
    // Act
    const french = people(['La ministre de la Santé, des Aînés et de la Famille, Julie Comeau-Savoie, a annoncé mardi un plan.'], 'fr');
    const spanish = people(['El ministro de Educación, de Cultura y de Deporte, Andrés Ferrer Vila, presentó el plan.'], 'es');

    // Assess
    expect(french).toEqual([['Julie Comeau-Savoie', 'ministre de la Santé, des Aînés et de la Famille']]);
    expect(spanish).toEqual([['Andrés Ferrer Vila', 'ministro de Educación, de Cultura y de Deporte']]);
  });

  it('reads a name set off before an age in words or a relative pronoun of another language as a person\'s', () => {
    // Act
    const spanish = findEntities(['Rosario Ibarra Soto, de 74 años, que vive junto al río desde 1981, miró el agua subir.', '“Nunca lo había visto así”, dijo.'], { ...none, language: 'es' });
    const swedish = people(['Anders Lindqvist, som har drivit sin butik i 30 år, är orolig för kunderna.'], 'sv');

    // Assess
    expect(spanish.people.map((p) => p.name)).toEqual(['Rosario Ibarra Soto']);
    expect(spanish.quotes.map((q) => q.speaker)).toEqual(['Rosario Ibarra Soto']);
    expect(swedish.map(([name]) => name)).toEqual(['Anders Lindqvist']);
  });

  it('leaves a chief\'s rank after a job printed before the name out of the title, not a police chief\'s', () => {
    // Act
    const found = people([
      'Union president Chief Okonkwo Adeyemi-Bello said the strike would go on.',
      'Kingston police Chief Maria Lopez said the road was closed.',
    ]);

    // Assess
    expect(found).toEqual([['Okonkwo Adeyemi-Bello', 'Union president'], ['Maria Lopez', 'Kingston police Chief']]);
  });
});
