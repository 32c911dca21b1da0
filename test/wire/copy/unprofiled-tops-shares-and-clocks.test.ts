import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../lambdas/wire/copy/index.ts';
import { read } from './read-story.ts';

const STORY = [
  'O município aprovou na segunda-feira um novo horário para os barcos que ligam as ilhas ao continente, depois de meses de queixas.',
  'As primeiras viagens do novo horário partem às 5h40 a partir da próxima semana, informou a empresa concessionária.',
];
const ENGLISH = [
  'The county approved a new ferry timetable on Monday after months of complaints from commuters on the islands.',
  'The first sailings on the new schedule leave at 5:40 a.m. from next week, the ferry service said.',
];

describe('Tops of pages, share labels and printed clocks of outlets read without a profile (issue 11)', () => {
  it('reads the headline over the writer and the time when the page opens on its name, a tagline and a section', async () => {
    // Act
    const record = await read(['Jornal da Ilha\nO diário dos Açores desde 1952', 'Regional', '', 'Câmara aprova novo horário dos barcos entre as ilhas', '', 'Por Helena Medeiros Furtado', '3 de março de 2026 às 09:12', '', ...STORY].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Câmara aprova novo horário dos barcos entre as ilhas');
    expect(record.bylines.map((b) => b.name)).toEqual(['Helena Medeiros Furtado']);
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves a share label alone on its line out of the dateline and the story', async () => {
    // Act
    const record = await read(['Ferry timetable approved', 'By Dana Whitcomb', 'Posted: Mar 3, 2026 / 09:12 AM EST', 'SHARE', ...ENGLISH].join('\n\n'));
    const french = await read(['Nouvel horaire pour les traversiers', 'Partager', 'Le comté a approuvé lundi un nouvel horaire des traversiers après des mois de plaintes des usagers des îles.', 'Les premiers départs auront lieu à 5 h 40 dès la semaine prochaine.'].join('\n\n'));

    // Assess
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(ENGLISH);
    expect(french.dateline).toBeNull();
    expect(french.body.paragraphs[0]).toMatch(/^Le comté a approuvé lundi/);
  });

  it('takes a site\'s name and country over its trail of sections as the masthead, and its country\'s clock', async () => {
    // Act
    const record = await read(['Berbice Tide Online - Guyana', 'Home » Regional', '', 'Ferry timetable approved', '', 'Last updated on Tuesday, 3rd March, 2026, 09:12 by Staff', '', ...ENGLISH].join('\n'));

    // Assess
    expect(record.headline).toBe('Ferry timetable approved');
    expect(record.versionCreated ?? record.firstCreated).toBe('2026-03-03T09:12:00-04:00');
    expect(record.body.paragraphs).toEqual(ENGLISH);
  });

  it('reads the time a page prints in parentheses after the date as the date\'s time, not as a note', async () => {
    // Act
    const record = await read(['Nuovo orario per i traghetti delle isole', 'di Chiara Locatelli Brambilla', 'Lunedì 3 Agosto 2026 (08:40)', "Il comune ha approvato lunedì un nuovo orario dei traghetti per le isole dopo mesi di proteste dei pendolari.", 'Le prime corse partiranno alle 5.40 dalla prossima settimana, ha detto la società di navigazione.'].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-08-03T08:40:00+02:00');
    expect(record.edNote).toBeNull();
  });

  it('reads Newfoundland\'s own clock in a stamp (NDT, NST)', async () => {
    // Act
    const summer = await read(['Ferry timetable approved', 'Posted: Jul 3, 2026 / 09:12 AM NDT', ...ENGLISH].join('\n\n'));
    const winter = await read(['Ferry timetable approved', 'Posted: Jan 13, 2026 / 09:12 AM NST', ...ENGLISH].join('\n\n'));

    // Assess
    expect(summer.firstCreated).toBe('2026-07-03T09:12:00-02:30');
    expect(winter.firstCreated).toBe('2026-01-13T09:12:00-03:30');
  });

  it('reads a country by its English name, not as the other country another language calls by it (Guyana, not French Guiana)', async () => {
    // Act
    const record = await read(['Ferry timetable approved', 'Posted on Tuesday, 3 March 2026 at 09:12', 'Guyana: the county approved a new ferry timetable on Monday after months of complaints from commuters in Guyana.', 'The first sailings on the new schedule across Guyana leave at 5:40 a.m. from next week, the ferry service said.'].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-03-03T09:12:00-04:00');
  });

  it('leaves a picture\'s caption closed by its credit out of the story, at the top and at the foot', async () => {
    // Act
    const top = await read(['Ferry timetable approved', 'By Dana Whitcomb', 'March 3, 2026 9:12 am', 'Commuters board the early ferry at the Vinalhaven terminal on March 2, 2026, before the new schedule. Photograph: Courtesy of the Island Ferry Service', ...ENGLISH].join('\n\n'));
    const foot = await read(['Ferry timetable approved', ...ENGLISH, 'The early ferry at the terminal. Foto: Island Ferry Service'].join('\n\n'));

    // Assess
    expect(top.body.paragraphs).toEqual(ENGLISH);
    expect(foot.body.paragraphs).toEqual(ENGLISH);
  });

  it('cuts a newsletter\'s list of more headlines under the story', async () => {
    // Act
    const record = await read(['Ferry timetable approved', ...ENGLISH, 'MORE HEADLINES\n- Island fares to rise in spring\n- New dock opens at Vinalhaven'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(ENGLISH);
  });

  it('reads `(UPDATED)` after a headline as a mark of an update, not as the headline\'s words', async () => {
    // Act
    const record = await read(['Ferry timetable approved (UPDATED)', ...ENGLISH].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Ferry timetable approved');
    expect(record.signals).toContain('update');
  });

  it('leaves the outlet signing off under the story out, and keeps a sentence or a credit that names it', async () => {
    // Act
    const signed = await read(['Ferry timetable approved', ...ENGLISH, '«Island Daily News»', '© 2026 Island Daily News. All rights reserved.'].join('\n\n'));
    const sentence = await read(['Ferry timetable approved', ...ENGLISH, 'Island Daily News regrets the error.', '© 2026 Island Daily News. All rights reserved.'].join('\n\n'));
    const credit = await read(['Ferry timetable approved', ...ENGLISH, "Island Daily News' Lola Duffort contributed reporting.", '© 2026 Island Daily News. All rights reserved.'].join('\n\n'));

    // Assess
    expect(signed.body.paragraphs).toEqual(ENGLISH);
    expect(sentence.body.paragraphs).toEqual([...ENGLISH, 'Island Daily News regrets the error.']);
    expect(credit.contributors.map((c) => c.name)).toEqual(['Lola Duffort']);
  });

  it('cuts a newsletter\'s closing notice that the reader gets it as a subscriber, in other languages too', async () => {
    // Act
    const records = await Promise.all([
      'Ви отримуєте цей лист, бо підписалися на розсилку новин.',
      'Þú færð þennan póst vegna þess að þú skráðir þig á póstlistann.',
      'Vous recevez cette lettre parce que vous êtes abonné.',
      'Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter.',
    ].map((notice) => read(['Ferry timetable approved', ...ENGLISH, notice].join('\n\n'))));

    // Assess
    for (const record of records) expect(record.body.paragraphs).toEqual(ENGLISH);
  });

  it('reads labels that end in a letter outside ASCII as whole words (Zdieľať, Colaboró, Lisää, publié)', () => {
    // Act
    const kinds = ['Zdieľať na Facebook', '*Colaboró: Pedro Ruiz', 'PÄIVITETTY: Lisää ministerin kommentin', "Texte publié sous embargo jusqu'au 3 mars 2026 à 06:00"].map(lineKind);

    // Assess
    expect(kinds).toEqual(['contact', 'credit', 'note', 'note']);
  });

  it('names the paper printed under the writer\'s name as the provider, and no second writer\'s name (Lena Sun)', async () => {
    // Act
    const paper = await read(['Ferry timetable approved', 'Dana Whitcomb\nPenobscot Examiner', 'Published 9:12 a.m. ET March 3, 2026', ...ENGLISH].join('\n\n'));
    const two = await read(['Ferry timetable approved', 'Dana Whitcomb\nLola Duffort', 'Published 9:12 a.m. ET March 3, 2026', ...ENGLISH].join('\n\n'));

    const surname = await read(['Ferry timetable approved', 'Dana Whitcomb\nLena Sun', 'Published 9:12 a.m. ET March 3, 2026', ...ENGLISH].join('\n\n'));

    // Assess
    expect(paper.provider).toBe('Penobscot Examiner');
    expect(paper.bylines.map((b) => b.name)).toEqual(['Dana Whitcomb']);
    expect(two.provider).toBeNull();
    expect(surname.provider).toBeNull();
  });

  it('keeps a headline over its section, a deck, the writer and the time: only a tagline under the masthead gives way', async () => {
    // Act
    const record = await read(['County approves new ferry timetable for islands', 'Politics', 'Commuters say the early sailings still come too late for work', 'By Dana Whitcomb', 'March 3, 2026 9:12 am', ...ENGLISH].join('\n\n'));

    // Assess
    expect(record.headline).toBe('County approves new ferry timetable for islands');
  });

  it('keeps a closing paragraph that only opens like a newsletter\'s notice (Hungarian, Turkish, Finnish)', async () => {
    // Act
    const kinds = ['Ezt a levelet a polgármester és a kompvállalat vezetője is aláírta hétfőn.', 'Bu e-postayı gönderen kişi polise başvurdu.', 'Saat tämän päätöksen jälkeen liikenne palaa normaaliksi.', 'Ezt az e-mailt azért kapja, mert feliratkozott hírlevelünkre.'].map(lineKind);

    // Assess
    expect(kinds).toEqual([undefined, undefined, undefined, 'contact']);
  });
});
