import { describe, expect, it } from 'vitest';
import { nameList, readCredits, withoutStop } from '../../lambdas/extract/credits.ts';

describe('Function: readCredits', () => {
  it('reads five contributors and their places from the seed credit line', () => {
    // Prepare
    const line = 'Associated Press writers Kim Tong-hyung in Seoul, Iliya Novikov and Hana Arkhirova in Kiev, Ukraine, Danica Kirka in London and Jari Tanner in Helsinki contributed to this report.';

    // Act
    const credits = readCredits(line);

    // Assess
    expect(credits).toEqual({
      contributors: [
        { name: 'Kim Tong-hyung', location: 'Seoul', role: 'contributor' },
        { name: 'Iliya Novikov', location: 'Kiev, Ukraine', role: 'contributor' },
        { name: 'Hana Arkhirova', location: 'Kiev, Ukraine', role: 'contributor' },
        { name: 'Danica Kirka', location: 'London', role: 'contributor' },
        { name: 'Jari Tanner', location: 'Helsinki', role: 'contributor' },
      ],
      notes: [],
      rest: null,
    });
  });

  it('reads a newsroom\'s writer named after its possessive as the contributor, without the newsroom', () => {
    // Act
    const one = readCredits('KQED’s Marisol Ortega-Vance contributed reporting.');
    const two = readCredits("The Tyee's reporter Jonah Whitebear-Lindqvist contributed to this story.");

    // Assess
    expect(one?.contributors).toEqual([{ name: 'Marisol Ortega-Vance', location: null, role: 'contributor' }]);
    expect(two?.contributors).toEqual([{ name: 'Jonah Whitebear-Lindqvist', location: null, role: 'contributor' }]);
  });

  it('reads "AP writer X contributed from Y", keeping the point of a state abbreviation', () => {
    // Act
    const credits = readCredits('AP writer Kwame Mensah-Bonsu contributed from Savannah, Ga.');

    // Assess
    expect(credits?.contributors).toEqual([{ name: 'Kwame Mensah-Bonsu', location: 'Savannah, Ga.', role: 'contributor' }]);
  });

  it('reads a reporter note and a credit "to this report from Washington" in one paragraph', () => {
    // Act
    const credits = readCredits('Gillum reported from Washington. Associated Press writers Dina Cappiello and Matt Apuzzo contributed to this report from Washington.');

    // Assess
    expect(credits).toEqual({
      contributors: [
        { name: 'Dina Cappiello', location: 'Washington', role: 'contributor' },
        { name: 'Matt Apuzzo', location: 'Washington', role: 'contributor' },
      ],
      notes: [{ names: ['Gillum'], location: 'Washington' }],
      rest: null,
    });
  });

  it('splits a reporter note from a place of two short words, and keeps `St. Louis` whole', () => {
    // Act
    const credits = readCredits('Hendricks reported from Santa Fe. Associated Press writer Carla Benavides in St. Louis contributed to this report.');

    // Assess
    expect(credits).toEqual({
      contributors: [{ name: 'Carla Benavides', location: 'St. Louis', role: 'contributor' }],
      notes: [{ names: ['Hendricks'], location: 'Santa Fe' }],
      rest: null,
    });
  });

  it('reads one full name and one word after a comma as the name and where it filed from, not two names', () => {
    // Act
    const credits = readCredits('Additional reporting by Kwabena Ofori-Atta, Obuasi');

    // Assess
    expect(credits?.contributors).toEqual([{ name: 'Kwabena Ofori-Atta', location: 'Obuasi', role: 'contributor' }]);
  });

  it('reads a credit set off by an asterisk', () => {
    // Act
    const credits = readCredits('*Writing by Selin Kaya-Demir');

    // Assess
    expect(credits?.contributors).toEqual([{ name: 'Selin Kaya-Demir', location: null, role: 'reporter' }]);
  });

  it('leaves an outlet of three words and the writer\'s role out of the contributor\'s name', () => {
    // Act
    const credits = readCredits('Kansas Reflector staff reporter Dana Whitcomb-Lee contributed to this report.');

    // Assess
    expect(credits?.contributors).toEqual([{ name: 'Dana Whitcomb-Lee', location: null, role: 'contributor' }]);
  });

  it('reads a reporter under an Indonesian label and a contributor "with a report from", without the agency after a slash', () => {
    // Act
    const indonesian = readCredits('Pewarta: Dewi Lestari Nasution');
    const philippine = readCredits('(With a report from Joel Dacanay-Ramos/PNA)');

    // Assess
    expect(indonesian?.contributors).toEqual([{ name: 'Dewi Lestari Nasution', location: null, role: 'reporter' }]);
    expect(philippine?.contributors).toEqual([{ name: 'Joel Dacanay-Ramos', location: null, role: 'contributor' }]);
  });

  it('reads credit clauses written as sentences, without splitting at an initial', () => {
    // Act
    const credits = readCredits('Additional reporting by Noor K. Haddad in St. Paul. Editing by Ilse Vroom');

    // Assess
    expect(credits?.contributors).toEqual([
      { name: 'Noor K. Haddad', location: 'St. Paul', role: 'contributor' },
      { name: 'Ilse Vroom', location: null, role: 'editor' },
    ]);
  });

  it('reads a Reuters credit line of its Spanish and Portuguese services', () => {
    // Act
    const spanish = readCredits('(Reporte adicional de Tomás Arboleda en Medellín; Editado por Carmen Villanueva)');
    const portuguese = readCredits('(Reportagem de Ana Mano e Rodrigo Viga Gaier em São Paulo; Edição de Pedro Fonseca)');

    // Assess
    expect(spanish?.contributors).toEqual([
      { name: 'Tomás Arboleda', location: 'Medellín', role: 'contributor' },
      { name: 'Carmen Villanueva', location: null, role: 'editor' },
    ]);
    expect(portuguese?.contributors).toEqual([
      { name: 'Ana Mano', location: 'São Paulo', role: 'reporter' },
      { name: 'Rodrigo Viga Gaier', location: 'São Paulo', role: 'reporter' },
      { name: 'Pedro Fonseca', location: null, role: 'editor' },
    ]);
  });

  it('reads the Canadian Press\'s French credit line, its place after "à"', () => {
    expect(readCredits('— Avec des informations de Jean-Philippe Lortie à Québec')?.contributors).toEqual([
      { name: 'Jean-Philippe Lortie', location: 'Québec', role: 'contributor' },
    ]);
  });

  it('reads a list with the places at the end of each name', () => {
    // Act
    const credits = readCredits('AP writers Gillian Wong in Beijing, Matthew Pennington in Washington and Grant Peck in Bangkok contributed to this report.');

    // Assess
    expect(credits?.contributors.map((c) => `${c.name}/${c.location}`)).toEqual(['Gillian Wong/Beijing', 'Matthew Pennington/Washington', 'Grant Peck/Bangkok']);
  });

  it('reads the Reuters trailer with reporter, contributor and editor roles', () => {
    // Act
    const credits = readCredits('(Reporting by Amina Dauda in London; Additional reporting by Jakob Weiss in Frankfurt; Editing by Helen Marsh and Rohan Iyer)');

    // Assess
    expect(credits).toEqual({
      contributors: [
        { name: 'Amina Dauda', location: 'London', role: 'reporter' },
        { name: 'Jakob Weiss', location: 'Frankfurt', role: 'contributor' },
        { name: 'Helen Marsh', location: null, role: 'editor' },
        { name: 'Rohan Iyer', location: null, role: 'editor' },
      ],
      notes: [],
      rest: null,
    });
  });

  it('takes a Reuters trailer off the end of a story paragraph and keeps the story', () => {
    // Act
    const credits = readCredits('Shares rose 2%. (Reporting by Jonathan Saul; Writing by Ana Ruiz; Editing by Jan Harvey)');

    // Assess
    expect(credits?.rest).toBe('Shares rose 2%.');
    expect(credits?.contributors.map((c) => c.role)).toEqual(['reporter', 'reporter', 'editor']);
  });

  it('reads the dpa trailer as reporters', () => {
    // Act
    const credits = readCredits('- Reporting by: Albert Otti in Vienna, Christiane Oelrich in Geneva');

    // Assess
    expect(credits?.contributors).toEqual([
      { name: 'Albert Otti', location: 'Vienna', role: 'reporter' },
      { name: 'Christiane Oelrich', location: 'Geneva', role: 'reporter' },
    ]);
  });

  it.each([
    'He contributed to the campaign of a rival candidate.',
    'She contributed.',
    'The company contributed $5 million to the fund.',
    'Kirby said they could go to western Russia.',
    'Officials reported from the scene that 12 people were hurt, and they said more were missing.',
  ])('finds no credit in "%s"', (paragraph) => {
    // Act & Assess
    expect(readCredits(paragraph)).toBeNull();
  });
});

describe('Function: nameList', () => {
  it('gives names without a place the fallback place', () => {
    // Act & Assess
    expect(nameList('Jane Roe and John Doe', 'Washington')).toEqual([
      { name: 'Jane Roe', location: 'Washington' },
      { name: 'John Doe', location: 'Washington' },
    ]);
  });
});

describe('Function: withoutStop', () => {
  it.each([
    ['Washington.', 'Washington'],
    ['Savannah, Ga.', 'Savannah, Ga.'],
    ['Washington, D.C.', 'Washington, D.C.'],
    ['John Smith Jr.', 'John Smith Jr.'],
  ])('gives %s as %s', (text, expected) => {
    // Act & Assess
    expect(withoutStop(text)).toBe(expected);
  });
});

describe('Function: readCredits (every agency style)', () => {
  it('reads "AP writer X contributed." with no place and "contributed to this report from Washington"', () => {
    // Act
    const plain = readCredits('AP writer Tomasz Wiśniewski contributed.');
    const from = readCredits('Associated Press writers Dina Cappiello and Matt Apuzzo contributed to this report from Washington.');

    // Assess
    expect(plain?.contributors).toEqual([{ name: 'Tomasz Wiśniewski', location: null, role: 'contributor' }]);
    expect(from?.contributors.map((c) => `${c.name}/${c.location}`)).toEqual(['Dina Cappiello/Washington', 'Matt Apuzzo/Washington']);
  });

  it('gives a reporter note, not a contributor, for "Gillum reported from Washington."', () => {
    // Act
    const credits = readCredits('Gillum reported from Washington.');

    // Assess
    expect(credits).toEqual({ contributors: [], notes: [{ names: ['Gillum'], location: 'Washington' }], rest: null });
  });

  it('reads the dpa trailer with places, and Reuters "Writing by" as a reporter', () => {
    // Act
    const dpa = readCredits('- Reporting by: Jörg Ratzsch in Berlin, Theresa Münch in Brussels');
    const reuters = readCredits('(Reporting by Camillus Eboh in Abuja and Ardo Hazzad in Bauchi; Writing by Chijioke Ohuocha; Editing by Alexandra Hudson)');

    // Assess
    expect(dpa?.contributors).toEqual([
      { name: 'Jörg Ratzsch', location: 'Berlin', role: 'reporter' },
      { name: 'Theresa Münch', location: 'Brussels', role: 'reporter' },
    ]);
    expect(reuters?.contributors.map((c) => `${c.name}/${c.role}/${c.location}`)).toEqual([
      'Camillus Eboh/reporter/Abuja', 'Ardo Hazzad/reporter/Bauchi', 'Chijioke Ohuocha/reporter/null', 'Alexandra Hudson/editor/null',
    ]);
  });

  it('credits no one for a desk ("Reporting by Dubai Newsroom")', () => {
    // Act
    const credits = readCredits('(Reporting by Dubai Newsroom; Editing by William Mallard)');

    // Assess
    expect(credits?.contributors).toEqual([{ name: 'William Mallard', location: null, role: 'editor' }]);
  });

  it('takes the AFP sign-off of initials off the story without crediting anyone', () => {
    // Act & Assess
    expect(readCredits('bur-qw/ebl/sst')).toEqual({ contributors: [], notes: [], rest: null });
    expect(readCredits('sa/pjm')).toEqual({ contributors: [], notes: [], rest: null });
    expect(readCredits('jps-ck/pm')).toEqual({ contributors: [], notes: [], rest: null });
    expect(readCredits('He said it was over/done.')).toBeNull();
  });
});
