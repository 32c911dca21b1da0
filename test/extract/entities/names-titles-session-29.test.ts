import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Titles the labelled stories of session 29 showed run into the name (`wire-heldout-36`). Texts written for the tests. */

const people = (paragraphs: string[]) => findEntities(paragraphs, { bylines: [], contributors: [], language: 'en' }).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (portfolios in a minister\'s title, session 29)', () => {
  it('reads a ministry\'s remit of supply, crisis, civil protection, disaster risk, livestock or management words as the title, not the name', () => {
    // Act
    const found = people([
      'Minister for Sanitation and Water Supply Ram Bahadur Thapa said the pipes would be replaced.',
      'Deputy Minister for Climate Crisis and Civil Protection Eleni Markou said the risk was high.',
      'Minister of State for Disaster Risk Management Dwight Ferguson-Moss toured the shelters.',
      'Minister of Livestock and Rural Development Amadou Bah Diallo visited the market.',
    ]);

    // Assess
    expect(found).toEqual([
      ['Ram Bahadur Thapa', 'Minister for Sanitation and Water Supply'],
      ['Eleni Markou', 'Deputy Minister for Climate Crisis and Civil Protection'],
      ['Dwight Ferguson-Moss', 'Minister of State for Disaster Risk Management'],
      ['Amadou Bah Diallo', 'Minister of Livestock and Rural Development'],
    ]);
  });
});

describe('Function: findEntities (a body\'s name inside a title, session 29)', () => {
  it('reads the name after the head word of the body a title is of, whose given name no list holds', () => {
    // Act
    const found = people([
      'Vice Chairman of the Provincial People’s Committee Hoang Van Luc inspected the flooded dykes.',
      'Chairman of the Ariaria International Market Traders Association Okechukwu Ibeabuchi Nwankwo said the levy was illegal.',
    ]);

    // Assess
    expect(found).toEqual([
      ['Hoang Van Luc', 'Vice Chairman of the Provincial People’s Committee'],
      ['Okechukwu Ibeabuchi Nwankwo', 'Chairman of the Ariaria International Market Traders Association'],
    ]);
  });
});

describe('Function: findEntities (Vietnamese names, session 29)', () => {
  it('reads a Vietnamese name, family name first, as a person\'s even where its words also name places (Van, Bay)', () => {
    // Act
    const found = findEntities(['Pham Van Bay inspected the exam halls on Tuesday.', '“The exam must be fair,” Bay said.', 'Tourists walked through Dong Nai Province and Han River Park.'], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Pham Van Bay']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Pham Van Bay']);
    expect(found.places.map((p) => p.name)).toEqual(['Dong Nai Province', 'Han River Park']);
  });
});

describe('Function: findEntities (a lower-case title of a body before its officer, session 29)', () => {
  it('reads the body by its head word and the officer named after it, the title in lower case before `of the`', () => {
    // Act
    const found = findEntities([
      'Deputy chairman of the Provincial People’s Committee Do Van Long inspected the dykes.',
      'On Friday, the head of the District People’s Committee Nguyen Thi Hoa said clinics stayed open.',
      'The commander of Coast Guard Sector Mobile-Pensacola said the channel was closed.',
    ], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([
      ['Do Van Long', 'Deputy chairman of the Provincial People’s Committee'],
      ['Nguyen Thi Hoa', 'head of the District People’s Committee'],
    ]);
    expect(found.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Provincial People’s Committee', 'District People’s Committee']));
  });
});

describe('Function: findEntities (a chief after a title in apposition, session 29)', () => {
  it('reads a chief\'s rank set off after a title in apposition as an honorific, the appositive as the title', () => {
    // Act
    const found = people(['The chairman of the Aba Traders Union, Chief Emeka Okafor-Nwosu, said the market would stay shut.']);

    // Assess
    expect(found).toEqual([['Emeka Okafor-Nwosu', 'chairman of the Aba Traders Union']]);
  });
});

describe('Function: findEntities (a body\'s title in apposition, a police rank by its initials, session 29)', () => {
  it('reads a body\'s name of several words before a head in lower case as the appositive title, past a rank by its initials', () => {
    // Act
    const found = people([
      'The Enugu State Fire Service spokesperson, Chidinma Okoro-Eze, said two engines were sent.',
      'The Enugu State Police Command spokesperson, SP Daniel Ndukwe Uche, said officers were deployed.',
    ]);

    // Assess
    expect(found).toEqual([
      ['Chidinma Okoro-Eze', 'Enugu State Fire Service spokesperson'],
      ['Daniel Ndukwe Uche', 'Enugu State Police Command spokesperson'],
    ]);
  });
});

describe('Function: findEntities (a possessive opening a title in another language, session 29)', () => {
  it('reads a title without the possessive determiner that opens it, not an acronym spelled like one', () => {
    // Act
    const german = findEntities(['Ihre Sprecherin Annina Caflisch verwies auf die Zahl der Lastwagen.'], { bylines: [], contributors: [], language: 'de' }).people.map((p) => [p.name, p.title]);
    const english = people(['SES Assistant Commissioner Nicole Farrugia said crews worked overnight.']);

    // Assess
    expect(german).toEqual([['Annina Caflisch', 'Sprecherin']]);
    expect(english).toEqual([['Nicole Farrugia', 'SES Assistant Commissioner']]);
  });
});

describe('Function: findEntities (a long title opening the sentence in apposition, session 29)', () => {
  it('reads a title of up to eight words that opens the sentence, set off before an honoured name', () => {
    // Act
    const found = people(['Member of Parliament for St Ann North Western, Dr Delroy Campbell-Ebanks, said the road would be repaired.']);

    // Assess
    expect(found).toEqual([['Delroy Campbell-Ebanks', 'Member of Parliament for St Ann North Western']]);
  });
});

describe('Function: findEntities (occupations as titles, session 29)', () => {
  it('reads more trades and crafts before a name as the title', () => {
    // Act
    const found = people(['Portuguese restorer Inês Carvalho-Mota cleaned the altarpiece.', 'Later, blacksmith Tomás Ferreira-Lobo said the forge would close.']);

    // Assess
    expect(found).toEqual([['Inês Carvalho-Mota', 'Portuguese restorer'], ['Tomás Ferreira-Lobo', 'blacksmith']]);
  });
});

describe('Function: findEntities (Bhutanese titles, session 29)', () => {
  it('reads Dzongdag and Thrompon after a district or town as titles, not parts of the name', () => {
    // Act
    const found = findEntities(['Trongsa Dzongdag Karma Wangchuk said the road would reopen.', 'Paro Thrompon Sonam Tobgay said the market would move.'], { bylines: [], contributors: [], language: 'en' });

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Karma Wangchuk', 'Trongsa Dzongdag'], ['Sonam Tobgay', 'Paro Thrompon']]);
  });
});

describe('Function: findEntities (sports roles opening the sentence, session 29)', () => {
  it('reads a sportsperson\'s role capitalised at the sentence start as the title, not part of the name', () => {
    // Act
    const found = people(['Off-spinner Kavindu Ranasinghe said the pitch turned on the last day.', 'Rower Ilse Vermeulen-Dekker won the single sculls.']);

    // Assess
    expect(found).toEqual([['Kavindu Ranasinghe', 'Off-spinner'], ['Ilse Vermeulen-Dekker', 'Rower']]);
  });
});

describe('Function: findEntities (two given names for a person met in full, session 29)', () => {
  it('reads a person\'s two given names, family name left off, as the same person', () => {
    // Act
    const found = findEntities([
      'Salah seorang calon kepala desa, Abdul Rahman Pakaya, mengatakan seluruh calon telah menandatangani pakta integritas.',
      '"Kami sudah sepakat dengan calon lain," ujar Abdul Rahman.',
    ], { bylines: [], contributors: [], language: 'id' });

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Abdul Rahman Pakaya']);
  });
});
