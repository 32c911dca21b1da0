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

describe('Function: findEntities (styles, ranks and parties before a name, session 30)', () => {
  it('keeps a style of address, a brigadier\'s or counsellor\'s rank and a party word out of the name', () => {
    // Act
    const found = titles([
      'The presiding judge, Her Honour Abena Serwaa Dankwa, fined each of them.',
      'Brigadier Khalid Saeed Al Ketbi, director of the traffic department at Sharjah Police, urged drivers to slow down.',
      'Counsellor Hamad Rashid Al Nuaimi, head of the prosecution, said the case was closed.',
      'The seat went to Social Democrat Aušra Kazlauskienė, who said turnout was low.',
    ], 'en');

    // Assess
    expect(found).toEqual([
      ['Abena Serwaa Dankwa', 'presiding judge'],
      ['Khalid Saeed Al Ketbi', 'director of the traffic department at Sharjah Police'],
      ['Hamad Rashid Al Nuaimi', 'head of the prosecution'],
      ['Aušra Kazlauskienė', 'Social Democrat'],
    ]);
  });

  it('reads a detective superintendent abbreviated without points as the person met in full, and credits her quotes', () => {
    // Act
    const found = findEntities(['Detective Superintendent Mara Ellison-Cole said the truck was stopped near Katherine.',
      '“It is one of the biggest seizures we have made,” Det Supt Ellison-Cole said.', '“Those drugs were bound for Darwin.”'], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Mara Ellison-Cole', 'Detective Superintendent']]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Mara Ellison-Cole', 'Mara Ellison-Cole']);
  });
});

describe('Function: findEntities (honorifics of East Africa, Lesotho, South Asia and Vietnam, session 30)', () => {
  it('keeps Mzee, Ntate, Maulana and Ông out of the name', () => {
    // Act
    const found = titles([
      'Mzee Daniel Kiprono Cheruiyot, the residents\' chairman, said they would appeal.',
      'Ntate Lerato Mokoena, a farmer from Mapoteng, said the rains came late.',
      'Religious scholar Maulana Fazal Rahim Yousafzai urged parents to cooperate.',
      'Ông Trần Văn Hùng, a coffee trader, said prices had doubled.',
    ], 'en');

    // Assess
    expect(found.map(([name]) => name)).toEqual(['Daniel Kiprono Cheruiyot', 'Lerato Mokoena', 'Fazal Rahim Yousafzai', 'Trần Văn Hùng']);
  });
});

describe('Function: findEntities (a Romance title after whom it was said to, set off by commas, session 30)', () => {
  it('reads the title from the article after whom it was said to, not from the preposition', () => {
    // Act
    const found = titles(['“No hay agua”, dijo a Andina el jefe de la Autoridad del Agua, Rosa Quispe Mamani, que pidió calma.'], 'es');

    // Assess
    expect(found).toEqual([['Rosa Quispe Mamani', 'jefe de la Autoridad del Agua']]);
  });
});
