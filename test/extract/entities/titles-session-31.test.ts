import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** A minister's title whose remit lists its portfolios, before a name whose given name no list holds. Texts written for the tests. */

const none = { bylines: [], contributors: [] };
const titled = (people: readonly { name: string; title: string | null }[]) => people.map((p) => [p.name, p.title]);

describe('Function: findEntities (remits that list their portfolios)', () => {
  it('starts the name one word after the remit\'s last `and`, where the name holds a given name or a family name\'s ending', () => {
    // Act
    const { people } = findEntities([
      'The medals were handed out by Minister of Youth, Arts and Heritage Fathimath Leena Shareef.',
      'The plan was announced by Minister of Labour and Poverty Reduction Bekzod Tursunov.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Fathimath Leena Shareef', 'Minister of Youth, Arts and Heritage'], ['Bekzod Tursunov', 'Minister of Labour and Poverty Reduction']]);
  });

  it('joins a title\'s remits across `and` when the first ends in a body\'s head word and the second is a portfolio', () => {
    // Act
    const { people, organisations } = findEntities(['The tender will open in May, Deputy Minister of Regional Administration and Transport Gevorg Sargsyan said.'], none);

    // Assess
    expect(titled(people)).toEqual([['Gevorg Sargsyan', 'Deputy Minister of Regional Administration and Transport']]);
    expect(organisations).toEqual([]);
  });

  it('reads the title of a body before the honorifics that open a name after a comma, with the words that qualify its head', () => {
    // Act
    const { people } = findEntities([
      'Minister of Energy, Water and Transport, Hon. Marcia Blake-Ferguson, opened the plant on Monday.',
      'The dam was inspected by the Eastern Divisional Chief Engineer of the Water Authority, Eng. Kwabena Owusu-Sarpong, on Friday.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Marcia Blake-Ferguson', 'Minister of Energy, Water and Transport'], ['Kwabena Owusu-Sarpong', 'Eastern Divisional Chief Engineer of the Water Authority']]);
  });

  it('reads a chief operating officer whole, and two lower-case titles joined by `and` before a name as one', () => {
    // Act
    const { people } = findEntities([
      'Harbour Ferries chief operating officer Lena Marsh said two sailings were cancelled.',
      'Coastline Power vice-president and general counsel Omar Haddad said the contract was signed.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Lena Marsh', 'Harbour Ferries chief operating officer'], ['Omar Haddad', 'Coastline Power vice-president and general counsel']]);
  });

  it('keeps a body\'s short name with its case ending after a colon in a Finnish or Swedish title', () => {
    // Act
    const finnish = findEntities(['SAK:n puheenjohtaja Jarkko Eloranta sanoi, että neuvottelut jatkuvat.'], { ...none, language: 'fi' });
    const swedish = findEntities(['SSAB:s presschef Anna Lindqvist säger att ugnen startar i maj.'], { ...none, language: 'sv' });

    // Assess
    expect([...titled(finnish.people), ...titled(swedish.people)]).toEqual([['Jarkko Eloranta', 'SAK:n puheenjohtaja'], ['Anna Lindqvist', 'SSAB:s presschef']]);
  });

  it('takes a body\'s list of remits set apart by commas into the title it opens', () => {
    // Act
    const { people } = findEntities(['Selangor Housing, Local Government and Public Works Committee chairman Wong Kah Lok said the bridge would reopen.'], none);

    // Assess
    expect(titled(people)).toEqual([['Wong Kah Lok', 'Selangor Housing, Local Government and Public Works Committee chairman']]);
  });

  it('gives no title for a degree in lower case before a name', () => {
    // Act
    const { people } = findEntities(['Az ügyről dr. Kiss-Baranyi Ottó beszélt a sajtótájékoztatón.'], { ...none, language: 'hu' });

    // Assess
    expect(titled(people)).toEqual([['Kiss-Baranyi Ottó', null]]);
  });
});
