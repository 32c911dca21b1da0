import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';
import { shortForms } from '../../../lambdas/extract/entities/people.ts';

/** Cases met in real agency copy (sports agate, AFP and Reuters politics, dpa football), in short texts of our own. */
const none = { bylines: [], contributors: [] };
const peopleOf = (paragraphs: string[], language?: string) => findEntities(paragraphs, { ...none, language }).people.map((p) => [p.name, p.title, p.mentions]);

describe('Function: findEntities (people in real copy)', () => {
  it('reads a full name whose family name is used alone elsewhere as a person, not the family name as a place', () => {
    // Act
    const { people, places } = findEntities([
      'Dario Falcone scored 24 points and Ilkka Marten had 11 as the home side won.',
      'The lead grew after 3s from Falcone and Marten. Falcone ended the run with a dunk.',
    ], none);

    // Assess
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Dario Falcone', 3], ['Ilkka Marten', 2]]);
    expect(places).toEqual([]);
  });

  it('knows "al-Rashidi" as "Rashidi" in later references', () => {
    // Act
    const { people, places } = findEntities(['Omar al-Rashidi was sworn in for a second term on Monday.', 'Critics say Rashidi has ignored the north.'], none);

    // Assess
    expect(shortForms('Omar al-Rashidi')).toEqual(['al-Rashidi', 'Rashidi']);
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Omar al-Rashidi', 2]]);
    expect(places).toEqual([]);
  });

  it('takes a common given name before a family name as a person, even after "from"', () => {
    // Act
    const { people, places } = findEntities(['Wales beat Norway 2-0 in Cardiff with goals from Jamie Holt and Kevin Darby.'], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Jamie Holt', 'Kevin Darby']);
    expect(places.map((p) => p.name)).toEqual(['Wales', 'Norway', 'Cardiff']);
  });

  it('does not read a common noun used alone, an ordinal or a direction as a family name', () => {
    // Act
    const people = peopleOf(['Maple Test begins on Friday. Test cricket is slow.', 'Protesters met in Central Park. Park officials watched.']);

    // Assess
    expect(people).toEqual([]);
  });

  it('reads a club named for its city, and its short name, as an organisation', () => {
    // Act
    const { people, organisations } = findEntities(['Dynamo Kyiv said on Tuesday its coach would stay.', 'Dynamo said the fee was fair.'], none);

    // Assess
    expect(people).toEqual([]);
    expect(organisations).toEqual([{ name: 'Dynamo Kyiv', mentions: 2 }]);
  });

  it('gives a shared family name to the person the story is about once the other is out of sight', () => {
    // Act
    const people = peopleOf([
      'Former striker Ilse Brandt has retired at 61.',
      'Team captain Nora Brandt said she was moved by the news.',
      'Coach Paul Weiss said he was sad to hear of the decision.',
      'Brandt scored 200 goals for the club.',
    ]);

    // Assess
    expect(people).toEqual([['Ilse Brandt', 'Former striker', 2], ['Nora Brandt', 'Team captain', 1], ['Paul Weiss', 'Coach', 1]]);
  });

  it('reads titles the way wires print them', () => {
    // Act
    const people = peopleOf([
      'The Hornets played without All-Stars Jon Reyes and Ted Malloy.',
      'Rebels helped bring down dictator Idris Kamara in 2011.',
      'Flooding hit 100 homes, county board Chairman Dale Tomsic said.',
      'Wire President and CEO Gary Prewitt said he was shocked.',
      'US Secretary for Pacific Island Affairs Hana Moreau will visit.',
      'They hope to regain their best defender, Eli Barros, this season.',
      'Radio Nord’s Oslo bureau chief, Walid Haddad, told reporters the office was gone.',
      'Kristy Moran, an assistant manager of Little General Marathon Gas, said the town was calm.',
    ]);

    // Assess
    expect(people).toEqual([
      ['Jon Reyes', 'All-Stars', 1],
      ['Ted Malloy', null, 1],
      ['Idris Kamara', 'dictator', 1],
      ['Dale Tomsic', 'county board Chairman', 1],
      ['Gary Prewitt', 'Wire President and CEO', 1],
      ['Hana Moreau', 'US Secretary for Pacific Island Affairs', 1],
      ['Eli Barros', 'best defender', 1],
      ['Walid Haddad', 'Radio Nord’s Oslo bureau chief', 1],
      ['Kristy Moran', 'assistant manager of Little General Marathon Gas', 1],
    ]);
  });

  it('takes the speaker of "X of the Y told Reuters" as a person', () => {
    // Act
    const people = peopleOf(['“It was theatre,” Monzer Akdal of the exiled opposition group told Reuters.']);

    // Assess
    expect(people).toEqual([['Monzer Akdal', null, 1]]);
  });

  it('does not take a team with an article and a relative clause for a person', () => {
    // Act
    const { people, organisations } = findEntities(['The Rams are tied with the NFC-leading Saints, who beat them last week.'], none);

    // Assess
    expect(people).toEqual([]);
    expect(organisations).toEqual([]);
  });

  it('leaves family names used alone out in German, where every noun is capitalised', () => {
    // Act
    const people = peopleOf(['Der Ball traf Julian Weigl an der Hand.', 'Ein Handspiel liegt vor, wenn ein Spieler den Ball berührt. Der Ball war schnell.'], 'de');

    // Assess
    expect(people).toEqual([['Julian Weigl', null, 1]]);
  });
});

describe('Function: findEntities (spellings and appositives in real copy)', () => {
  it('counts "Müller" and "Mueller" as one person', () => {
    // Act
    const people = findEntities(['Striker Tomas Mueller said he was moved.', 'He praised players such as Tomas Müller.'], none).people;

    // Assess
    expect(people).toEqual([{ name: 'Tomas Mueller', title: 'Striker', mentions: 2 }]);
  });

  it('ends an appositive title before "based in"', () => {
    // Act
    const people = findEntities(['Chen called Bob Lin, a rights activist based in Texas who has helped dissidents.'], none).people;

    // Assess
    expect(people).toEqual([{ name: 'Bob Lin', title: 'rights activist', mentions: 1 }]);
  });
});
