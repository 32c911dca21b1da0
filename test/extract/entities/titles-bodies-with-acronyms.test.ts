import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * A title opened by the body it is held in and that body's acronym in brackets (`Malawi Congress Party (MCP) candidate`):
 * the labelled sets' writers keep the body in the title (some 30 golds); remits joined by "and" before a title's head.
 * Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[]) => findEntities(paragraphs, none).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (a body and its acronym opening a title)', () => {
  it.each([
    ['Tonga Rugby Union (TRU) chief executive Viliami Fakatava-Moala named the squad on Monday.', 'Viliami Fakatava-Moala', 'Tonga Rugby Union (TRU) chief executive'],
    ['The strike was called off by Union of Bank Employees and Clerks (UBEC) General Secretary Okello Mugisha-Atim.', 'Okello Mugisha-Atim', 'Union of Bank Employees and Clerks (UBEC) General Secretary'],
    ['Growers\' Association (GAZ) chairwoman Memory Chanda-Banda said prices had halved.', 'Memory Chanda-Banda', 'Growers\' Association (GAZ) chairwoman'],
    ['On Tuesday, opposition Liberal Reform Party (LRP) leader Ana Teresa Quispe-Roca called for a vote.', 'Ana Teresa Quispe-Roca', 'opposition Liberal Reform Party (LRP) leader'],
  ])('keeps the body and its acronym in the title: %s', (sentence, name, title) => {
    expect(people([sentence])).toContainEqual([name, title]);
  });

  it('keeps them before a capitalised title of a body too, and across "for the" inside the body\'s name', () => {
    // Act
    const found = people([
      'Cricket Namibia (CN) Chairman of Selectors Petrus Steenkamp-Louw said the squad would stay.',
      'Society for the Protection of Reefs (SPR) field officer Sione Latu-Havili counted the dead coral.',
    ]);

    // Assess
    expect(found).toContainEqual(['Petrus Steenkamp-Louw', 'Cricket Namibia (CN) Chairman of Selectors']);
    expect(found).toContainEqual(['Sione Latu-Havili', 'Society for the Protection of Reefs (SPR) field officer']);
  });

  it('leaves an acronym that closes a sentence\'s clause out of the next title', () => {
    // Act
    const found = people(['The money came from the World Bank (IDA), and spokesman Peter Okoth said it would last a year.']);

    // Assess
    expect(found).toContainEqual(['Peter Okoth', 'spokesman']);
  });

  it.each([
    ['Trade and Logistics Minister Tomasi Vakaloa-Rees opened the port.', 'Tomasi Vakaloa-Rees', 'Trade and Logistics Minister'],
    ['The bill was tabled by housing and local government committee chair Aroha Te Rangi-Wells on Monday.', 'Aroha Te Rangi-Wells', 'housing and local government committee chair'],
  ])('keeps remits joined by "and" in the title before a name: %s', (sentence, name, title) => {
    expect(people([sentence])).toContainEqual([name, title]);
  });

  it('does not join a remit in lower case to a capitalised title after "and"', () => {
    expect(people(['Spending rose on health and Education Minister Pita Sharples-Hone said more would follow.'])).toContainEqual(['Pita Sharples-Hone', 'Education Minister']);
  });
});
