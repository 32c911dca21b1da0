import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'Floodwater from the river reached the lower town on Tuesday night, and about 400 people spent the night in two school halls.',
  'The water board said the pumping station would stay shut until engineers had checked its motors, probably on Thursday.',
  '“We have never seen the river rise this fast in autumn,” said Teodora Villalba, who runs the town’s civil protection office.',
];

describe('Web page tops of outlets read without a profile (issue 11, session 34)', () => {
  it('reads a menu whose links are set apart by two spaces as a menu, and the section under it as no dateline', async () => {
    // Act
    const record = await read(['River Valley Courier', 'The valley’s daily since 1921', '', 'Home  News  Business  Sport  Opinion', '', 'News', '',
      'Floodwater reaches lower town as river bursts its banks', '', 'Mara Ellison', '2026 October 6, 09:15', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.headline).toBe('Floodwater reaches lower town as river bursts its banks');
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes the day\'s date printed under the site\'s name, over its menu, for the page\'s and not the story\'s', async () => {
    // Act
    const record = await read(['LA VOZ DEL VALLE', 'Martes, 6 de octubre de 2026 | Villarrica', '', 'Inicio | Nacionales | Economía | Deportes | Mundo', '',
      'ECONOMÍA', '', 'El río desborda y llega a la parte baja de la ciudad', '', 'Por Mara Ellison', '6 de octubre de 2026 - 09:15', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.headline).toBe('El río desborda y llega a la parte baja de la ciudad');
    expect(record.bylines.map((b) => b.name)).toEqual(['Mara Ellison']);
    expect(record.firstCreated).toMatch(/^2026-10-06T09:15:00/);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a site\'s name of one word in camel case as the masthead, over the day\'s date', async () => {
    // Act
    const record = await read(['elValle', 'Martes, 6 de octubre de 2026', '', 'Portada | Nacionales | Economía | Deportes', '',
      'El río desborda y llega a la parte baja de la ciudad', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.provider).toBe('elValle');
    expect(record.headline).toBe('El río desborda y llega a la parte baja de la ciudad');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a byline joined by bars to a date in figures and its clock, each set apart', async () => {
    // Act
    const record = await read(['El río desborda y llega a la parte baja de la ciudad', '', 'Por Mara Ellison | 06/10/2026 | 9:15 AM', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Mara Ellison']);
    expect(record.firstCreated).toMatch(/^2026-10-06T09:15:00/);
  });
});
