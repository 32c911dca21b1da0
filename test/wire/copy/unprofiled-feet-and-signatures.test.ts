import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import { read } from './read-story.ts';

const STORY = [
  'The regional council approved a new bus timetable on Tuesday after months of complaints from commuters in the valley.',
  'The first buses on the new schedule leave at 5:40 a.m. from next week, the transport department said.',
];

/** An IPTC 7901 transmission: its service header, headline, the wrapped text and the closing stamp. */
const telex = (text: string): Uint8Array => new TextEncoder().encode(`\u0001tlt0412 4 eco 230 TLT\r\n\u0002Bus timetable approved\r\n\r\n${text}\r\n\u0003`);

describe('Feet, signatures and outlets\' names read without a profile (issue 11)', () => {
  it('credits a translator under the story as a contributor, and cuts a related-posts block of one headline', async () => {
    // Act
    const record = await read(['Bus timetable approved', ...STORY, '(English translation by Haruka Tamaki-Ross)', 'Related Posts', 'Valley fares to rise in spring'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.contributors).toEqual([{ name: 'Haruka Tamaki-Ross', location: null, role: 'contributor' }]);
  });

  it('reads the writer and the editor a 7901 story signs with on two lines of one block, neither of them a paragraph', async () => {
    // Act
    const [record] = await parseStories(telex(`${STORY[0]}\r\n\r\n${STORY[1]}\r\n\r\nJournalist: Lucinda Amaral\r\nEditor: Tomé Xavier da Costa\r\n\r\n121540 TLT Jul 26`), { key: 'test/tatoli.txt' });

    // Assess
    expect(record!.bylines.map((b) => b.name)).toEqual(['Lucinda Amaral']);
    expect(record!.contributors).toEqual([{ name: 'Tomé Xavier da Costa', location: null, role: 'editor' }]);
    expect(record!.body.paragraphs).toHaveLength(2);
  });

  it('reads a dateline whose tag is the outlet\'s web address, and names the outlet as the masthead spells it', async () => {
    // Act
    const record = await read(['KURDISTAN DAILY', 'Bus timetable approved', 'Erbil (KurdistanDaily.net) – The regional council approved a new bus timetable on Tuesday after months of complaints.', STORY[1]].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Erbil');
    expect(record.provider).toBe('Kurdistan Daily');
    expect(record.body.paragraphs[0]).toMatch(/^The regional council approved/);
  });

  it('reads a byline joined by bars to a date and its clock, and a Portuguese byline over the newsroom\'s desk', async () => {
    // Act
    const joined = await read(['Valley Radio', 'Bus timetable approved', 'Author: Akol Deng Majok | Published: Tuesday, March 3, 2026 | 9:12 am', ...STORY].join('\n\n'));
    const desk = await read(['Horário de ônibus aprovado', 'Por Ana Beatriz Farias Lobo — Redação Central', 'O conselho regional aprovou nesta terça-feira um novo horário de ônibus após meses de queixas.', 'Os primeiros ônibus saem às 5h40 a partir da próxima semana.'].join('\n\n'));

    // Assess
    expect(joined.bylines.map((b) => b.name)).toEqual(['Akol Deng Majok']);
    expect(joined.firstCreated).toMatch(/^2026-03-03T09:12:00/);
    expect(joined.body.paragraphs).toEqual(STORY);
    expect(desk.bylines.map((b) => b.name)).toEqual(['Ana Beatriz Farias Lobo']);
  });

  it('takes the sources an outlet lists under its story off the story', async () => {
    // Act
    const record = await read(['Bus timetable approved', ...STORY, 'Sources: El Comercio, Diario Expreso'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('names an outlet by its full name at the top when its story says someone told its first word, which is an organisation', async () => {
    // Act
    const record = await read(['Star Online | News', 'Bus timetable approved', ...STORY, 'Council chairman Ibrahim Rasheed Manik told Star that more buses would follow in June.'].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Star Online');
    expect(record.organisations.map((o) => o.name)).toContain('Star');
  });
});
