import { describe, expect, it } from 'vitest';
import { authorBylines, locateAuthors, readBylines } from '../../lambdas/extract/bylines.ts';

const AP = 'Associated Press';

describe('Function: readBylines', () => {
  it('reads two authors and leaves the agency out', () => {
    // Act
    const result = readBylines(['By Hyung Jin-Kim and Lolita C. Baldor, Associated Press'], AP);

    // Assess
    expect(result).toEqual({
      byline: 'By Hyung Jin-Kim and Lolita C. Baldor, Associated Press',
      bylines: [
        { name: 'Hyung Jin-Kim', title: null, location: null },
        { name: 'Lolita C. Baldor', title: null, location: null },
      ],
    });
  });

  it('leaves an agency\'s desk (PA Scotland), a newsroom, its bureau or its address after the name out, and keeps a job after it as the title', () => {
    expect(readBylines(['By Callum Drysdale, PA Scotland'], 'PA Media').bylines).toEqual([{ name: 'Callum Drysdale', title: null, location: null }]);
    // (a desk's report or a release's label in the byline's place names no writer)
    for (const line of ['Recorder Report', 'Peer-Reviewed Publication', 'Interim Results', 'For Immediate Release']) expect(readBylines([line], null).bylines).toEqual([]);
    // (a newsroom we have no profile of after the writer: its name, its bureau or its address)
    for (const line of ['By Tom Kessler-Ray, Yukon Beacon', 'Rafiqul Islam Chowdhury, Sylhet Bureau', 'Aistė Vaitkutė, Delfi.lt', 'By Mira Osei, The Ghana Herald']) {
      expect(readBylines([line], null).bylines.map((b) => b.name)).toHaveLength(1);
    }
  });

  it('reads a place in capitals after a dash as where the author filed from, in a byline line and in a format\'s author', () => {
    // Act & Assess
    expect(readBylines(['Ece Çelik Aras - ISTANBUL'], null).bylines).toEqual([{ name: 'Ece Çelik Aras', title: null, location: 'Istanbul' }]);
    expect(authorBylines([{ name: 'Ece Çelik Aras - ISTANBUL', title: null }], null)).toEqual([{ name: 'Ece Çelik Aras', title: null, location: 'Istanbul' }]);
  });

  it('reads "By NAME" with the agency on the next line, in natural case', () => {
    // Act
    const result = readBylines(['By JASON DEAREN', 'Associated Press'], AP);

    // Assess
    expect(result).toEqual({ byline: 'By JASON DEAREN, Associated Press', bylines: [{ name: 'Jason Dearen', title: null, location: null }] });
  });

  it('reads a writer signed with the agency\'s tag in parentheses, and no author in a newsroom\'s credit', () => {
    // Act
    const signed = readBylines(['Aiga Ozoliņa (LETA)'], 'LETA');
    const desk = readBylines(['Redacción VTV'], 'VTV');

    // Assess
    expect(signed.bylines).toEqual([{ name: 'Aiga Ozoliņa', title: null, location: null }]);
    expect(desk.bylines).toEqual([]);
  });

  it('takes a job title on the next line as the title', () => {
    // Act
    const result = readBylines(['By DARNELL OKAFOR', 'AP Sports Writer'], AP);

    // Assess
    expect(result.bylines).toEqual([{ name: 'Darnell Okafor', title: 'AP Sports Writer', location: null }]);
  });

  it('takes a job title after a comma as the title', () => {
    // Act
    const result = readBylines(['By Tim Reynolds, AP Basketball Writer'], AP);

    // Assess
    expect(result.bylines).toEqual([{ name: 'Tim Reynolds', title: 'AP Basketball Writer', location: null }]);
  });

  it('reads "By A, B and C" and gives each the shared title in the singular', () => {
    // Act
    const result = readBylines(['By PRIYA RAMASWAMY, OLUWASEUN ADEYEMI and KENJI WATANABE', 'AP Business Writers'], AP);

    // Assess
    expect(result.bylines.map((b) => [b.name, b.title])).toEqual([
      ['Priya Ramaswamy', 'AP Business Writer'],
      ['Oluwaseun Adeyemi', 'AP Business Writer'],
      ['Kenji Watanabe', 'AP Business Writer'],
    ]);
  });

  it('finds no author in "By The Associated Press"', () => {
    // Act
    const result = readBylines(['By The Associated Press'], AP);

    // Assess
    expect(result).toEqual({ byline: 'By The Associated Press', bylines: [] });
  });

  it('takes an affiliation after the comma as the title', () => {
    // Act
    const result = readBylines(['By Tom Krasovic, The San Diego Union-Tribune'], 'dpa');

    // Assess
    expect(result.bylines).toEqual([{ name: 'Tom Krasovic', title: 'The San Diego Union-Tribune', location: null }]);
  });

  it('leaves a dpa agency suffix out', () => {
    // Act
    const result = readBylines(['By Katrin Vogel, dpa'], 'dpa');

    // Assess
    expect(result.bylines).toEqual([{ name: 'Katrin Vogel', title: null, location: null }]);
  });

  it('gives nothing for no byline', () => {
    // Act & Assess
    expect(readBylines([], null)).toEqual({ byline: null, bylines: [] });
  });
});

describe('Function: authorBylines', () => {
  it('maps structured authors and drops the agency', () => {
    // Act
    const result = authorBylines([{ name: 'By DAVID PITT', title: 'Associated Press' }, { name: 'Associated Press', title: null }], AP);

    // Assess
    expect(result).toEqual([{ name: 'David Pitt', title: null, location: null }]);
  });
});

describe('Function: locateAuthors', () => {
  it('sets the location of the author a reporter note names by surname', () => {
    // Prepare
    const bylines = [{ name: 'Jack Gillum', title: null, location: null }, { name: 'Chet Brokaw', title: null, location: null }];

    // Act
    const result = locateAuthors(bylines, [{ names: ['Gillum'], location: 'Washington' }]);

    // Assess
    expect(result).toEqual([{ name: 'Jack Gillum', title: null, location: 'Washington' }, { name: 'Chet Brokaw', title: null, location: null }]);
  });
});

describe('Function: readBylines, agency styles', () => {
  it('reads AFP\'s "X with Y in Z": the place is where the second author worked', () => {
    // Act
    const result = readBylines(['Adel Zaanoun with Guillaume Lavallee in Jerusalem'], 'AFP');

    // Assess
    expect(result.bylines).toEqual([
      { name: 'Adel Zaanoun', title: null, location: null },
      { name: 'Guillaume Lavallee', title: null, location: 'Jerusalem' },
    ]);
  });

  it('reads dpa\'s German "Von NAME, dpa"', () => {
    // Act & Assess
    expect(readBylines(['Von Christian Hollmann, dpa'], 'dpa').bylines).toEqual([{ name: 'Christian Hollmann', title: null, location: null }]);
  });

  it.each([['NTB'], ['NTB-AFP-DPA'], ['tca/dpa']])('finds no author in the agency credit %s, but keeps it as the printed byline', (line) => {
    // Act
    const result = readBylines([line], 'NTB');

    // Assess
    expect(result).toEqual({ byline: line, bylines: [] });
  });

  it('takes a university after the name as the title, not as a second author', () => {
    // Act & Assess
    expect(readBylines(['Aaron J. Staples, Michigan State University'], null).bylines).toEqual([{ name: 'Aaron J. Staples', title: 'Michigan State University', location: null }]);
  });
});
