import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Names and titles that the labelled sets showed missed (session 22): a title that lists its remits over commas before
 * the name, and an initial printed against the name it opens. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[]) => findEntities(paragraphs, none).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (titles with listed remits, glued initials)', () => {
  it.each([
    ['Minister of Lands, Housing and Urban Development Teodora Valcheva-Nikolova opened the site on Monday.', 'Teodora Valcheva-Nikolova', 'Minister of Lands, Housing and Urban Development'],
    ['The plan was backed by Minister for Fisheries, Forestry and Marine Resources Apisai Tora.', 'Apisai Tora', 'Minister for Fisheries, Forestry and Marine Resources'],
  ])('reads a title that lists its remits over commas before the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('joins the remits of a title, not the name after them to the next person over "and"', () => {
    // Act
    const found = people(['The deal was signed by Minister of Trade, Tourism and Industry Rangi Parata and Fiji Finance Minister Josefa Naulu.']);

    // Assess
    expect(found).toEqual([['Rangi Parata', 'Minister of Trade, Tourism and Industry'], ['Josefa Naulu', 'Fiji Finance Minister']]);
  });

  it('keeps an initial printed against the name it opens as printed, for the person and the quote', () => {
    // Act
    const found = findEntities(['Governor B.Enkhtuya said herders would be paid. "The fund is ready," B.Enkhtuya said.'], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['B.Enkhtuya']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['B.Enkhtuya']);
  });

  it.each([
    ['Lord Mayor of Durban Sipho Themba Ndlovu-Khumalo said the market would reopen.', 'Sipho Themba Ndlovu-Khumalo', 'Lord Mayor of Durban'],
    ['Lord Mayor of Port Louis Anwar Mohamed Jeetun-Bhoyroo said the bridge was safe.', 'Anwar Mohamed Jeetun-Bhoyroo', 'Lord Mayor of Port Louis'],
  ])('reads the place a title is of, before the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('reads a title whose listed remits run to several words, set off before the name by a comma', () => {
    expect(people(['The Minister of Agriculture, Land Reclamation and Water Resources, Kavita Ramgoolam-Seet, said the dam was full.']))
      .toEqual([['Kavita Ramgoolam-Seet', 'Minister of Agriculture, Land Reclamation and Water Resources']]);
  });

  it('reads a title of a body before "the Hon." and the name as the person\'s title', () => {
    // Act
    const found = people([
      'Minister of Works the Hon. Rohan Baptiste-Clarke said the road would open in May.',
      'The Minister of Tourism, the Hon. Alicia Greaves-Ramdin, said bookings were up.',
    ]);

    // Assess
    expect(found).toEqual([['Rohan Baptiste-Clarke', 'Minister of Works'], ['Alicia Greaves-Ramdin', 'Minister of Tourism']]);
  });

  it.each([
    ['FAO Representative in Malawi, Dr. Tendai Chirwa-Banda, said the harvest was late.', 'Tendai Chirwa-Banda', 'FAO Representative in Malawi'],
    ['Dr. Ruth Achola-Ouma, UNHCR Representative in Chad, said the camps were full.', 'Ruth Achola-Ouma', 'UNHCR Representative in Chad'],
  ])('keeps where an envoy serves in the title: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('reads a body\'s name over its "of" before the title it opens', () => {
    expect(people(['In Basra, Ministry of Water spokesman Karim Jassim al-Saadi said the canal was dry.'])).toEqual([['Karim Jassim al-Saadi', 'Ministry of Water spokesman']]);
  });

  it.each([
    ['Scaffolder Darren Okafor-Welsh, 41, said the platform had no guard rail.', 'Darren Okafor-Welsh', 'Scaffolder'],
    ['Tenor Matteo Bianchi-Ross said the hall was the best he had sung in.', 'Matteo Bianchi-Ross', 'Tenor'],
    ['Justice Raimi Olusegun Adebayo, who led the panel, said the law was clear.', 'Raimi Olusegun Adebayo', 'Justice'],
    ['Justice Oyelade Akinwale-Brown ruled that the dismissals were unlawful.', 'Oyelade Akinwale-Brown', 'Justice'],
    ['Regent Tomás Ibarra-Quiroz said the board would vote on tuition in June.', 'Tomás Ibarra-Quiroz', 'Regent'],
    ['The march was led by University Rector Esperanza Villalta Rojas and student leaders.', 'Esperanza Villalta Rojas', 'University Rector'],
    ['Coun. Perpetua Okonkwo-Dyck, who chairs the finance committee, voted against the budget.', 'Perpetua Okonkwo-Dyck', 'Coun.'],
  ])('keeps a job word or a judge\'s title opening the sentence out of the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toEqual([[name, title]]);
  });

  it('keeps a town named after a bishop a body\'s name, not a bishop', () => {
    expect(people(['Bishop Auckland Town Council said the market would reopen.'])).toEqual([]);
  });

  it('reads Irish and Scottish Gaelic names with their word for son or daughter of as people, not places', () => {
    // Act
    const found = people([
      'The equaliser came from wing-back Fionn Ó Ceallaigh and a late free from Síle Ní Dhonnchadha settled it.',
      'Crofting federation chair Seumas Mac a\' Ghobhainn said the grazings would be fenced by spring.',
    ]);

    // Assess
    expect(found.map(([name]) => name)).toEqual(['Fionn Ó Ceallaigh', 'Síle Ní Dhonnchadha', "Seumas Mac a' Ghobhainn"]);
  });

  it('keeps a street named after a title a place, not a person', () => {
    expect(findEntities(['Traffic on Regent Street was stopped for an hour.'], none)).toMatchObject({ people: [], places: [{ name: 'Regent Street' }] });
  });

  it('reads a common given name before three more names as a person, as the world\'s given names are read', () => {
    // Act
    const found = findEntities(['Segundo o relatório, Jorge Henrique Moura Vasconcelos, de 52 anos, deixou o cargo em março.'], { ...none, language: 'pt' });

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Jorge Henrique Moura Vasconcelos']);
  });

  it('reads a Hong Kong name, an English given name before the family name and a hyphenated Chinese given name, by its family name later', () => {
    // Act
    const found = findEntities(['Vivian Lo Ka-yan, who chairs the tenants\' group, said rents had doubled. "We cannot pay this," Lo said.'], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Vivian Lo Ka-yan']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Vivian Lo Ka-yan']);
  });
});
