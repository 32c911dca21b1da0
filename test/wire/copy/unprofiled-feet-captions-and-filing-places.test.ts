import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'The district council approved a new bus timetable on Tuesday after months of complaints from commuters in the hill villages.',
  'The first buses on the new schedule leave at 5:40 a.m. from next week, the transport office said.',
];

describe('Feet, captions, datelines and writers\' filing places of outlets read without a profile (issues 11 and 12)', () => {
  it('reads a dateline whose date a colon closes, a place in capitals and the day', async () => {
    // Act
    const record = await read(['Bus timetable approved', `BIRATNAGAR, Mar 3: ${STORY[0]}`, STORY[1]].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Biratnagar');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes a closing "originally published" line as the time the story was first published, not as its last paragraph', async () => {
    // Act
    const record = await read(['Bus timetable approved', 'Updated March 3, 2026 6:05 PM', ...STORY, 'This article was originally published March 3, 2026 at 2:30 PM.'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.firstCreated).toMatch(/^2026-03-03T14:30:00/);
    expect(record.versionCreated).toMatch(/^2026-03-03T18:05:00/);
  });

  it('cuts a print-edition line, calls to follow or share in the agencies\' languages and a picture\'s caption from the foot', async () => {
    // Act
    const printed = await read(['Bus timetable approved', ...STORY, 'Published in The Hill Courier print edition, March 4, 2026'].join('\n\n'));
    const caption = await read(['Bus timetable approved', ...STORY, 'Pictured: The new depot at the foot of the pass. Photo by Mira Kovač / Hill Courier.'].join('\n\n'));
    const spanish = await read(['Aprueban nuevo horario de autobuses', 'El concejo aprobó el martes un nuevo horario de autobuses tras meses de quejas de los vecinos.', 'Los primeros autobuses saldrán a las 5:40 desde la próxima semana.', 'Síguenos en WhatsApp'].join('\n\n'));
    const portuguese = await read(['Aprovado novo horário dos autocarros', 'O conselho aprovou na terça-feira um novo horário dos autocarros após meses de queixas.', 'Os primeiros autocarros saem às 5h40 a partir da próxima semana.', 'Partilhe este artigo:'].join('\n\n'));

    // Assess
    for (const record of [printed, caption]) expect(record.body.paragraphs).toEqual(STORY);
    expect(spanish.body.paragraphs.at(-1)).toBe('Los primeros autobuses saldrán a las 5:40 desde la próxima semana.');
    expect(portuguese.body.paragraphs.at(-1)).toBe('Os primeiros autocarros saem às 5h40 a partir da próxima semana.');
  });

  it('reads the city after a writer\'s name as where the writer filed from, not as a second writer, and the story\'s clock from it', async () => {
    // Act
    const record = await read(['Bus timetable approved', 'By Neema Mwakyusa, Dodoma', 'Published at 10:15 AM Mar 3 2026', ...STORY].join('\n\n'));

    // Assess
    expect(record.bylines).toEqual([{ name: 'Neema Mwakyusa', title: null, location: 'Dodoma' }]);
    expect(record.firstCreated).toBe('2026-03-03T10:15:00+03:00');
  });

  it('finds no writer in an outlet\'s staff signing for a story, but one whose family name is Staff', async () => {
    // Act
    const desk = await read(['Bus timetable approved', 'By The Hill Courier staff', ...STORY].join('\n\n'));
    const writer = await read(['Bus timetable approved', 'By Emma Staff', ...STORY].join('\n\n'));

    // Assess
    expect(desk.bylines).toEqual([]);
    expect(writer.bylines.map((b) => b.name)).toEqual(['Emma Staff']);
  });

  it('keeps the time of a closing "first published" line that prints one', async () => {
    // Act
    const record = await read(['Bus timetable approved', 'Updated March 3, 2026 6:05 PM', ...STORY, 'This article was first published March 3, 2026 at 2:30 PM.'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.firstCreated).toMatch(/^2026-03-03T14:30:00/);
  });
});
