import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import { read } from './read-story.ts';

const STORY = [
  'The county approved a new ferry timetable on Monday after months of complaints from commuters on the islands.',
  'The first sailings on the new schedule leave at 5:40 a.m. from next week, the ferry service said.',
];

const mail = (headers: string[], body: string): Promise<Awaited<ReturnType<typeof read>>> =>
  parseStories(new TextEncoder().encode([...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', '', body].join('\r\n')), { key: 'test/mail.eml' }).then((records) => records[0]!);

describe('Feet, credits, bylines and clocks of outlets read without a profile (issues 11 and 12)', () => {
  it('cuts a block of related headlines with the page\'s previous and next links, a share line and a writer\'s beat', async () => {
    // Act
    const related = await read(['Ferry timetable approved', ...STORY, 'Related Headlines\n\nIsland fares to rise in spring\nNew dock opens at Vinalhaven\n\n« Previous\nHarbor master retires after 30 years\nNext »\nTown meeting moves to May', '© 2026 Island Daily. All rights reserved.'].join('\n\n'));
    const shared = await read(['Ferry timetable approved', ...STORY, 'desk@islanddaily.example', 'Share this story', 'Copyright © 2026 Island Daily Media, Inc.'].join('\n\n'));
    const beat = await read(['Nuevo horario de los transbordadores', 'El condado aprobó el lunes un nuevo horario de transbordadores tras meses de quejas.', 'Los primeros viajes salen a las 5:40 de la mañana.', 'Lee más aquí:\nSuben las tarifas en primavera\nAbre un nuevo muelle en el puerto', 'Marta Ruiz-Velasco cubre transporte y asuntos del condado para el Diario Isleño. Antes trabajó en Tampa.'].join('\n\n'));
    const english = await read(['Ferry timetable approved', ...STORY, 'Dana Whitcomb-Reyes covers transportation and county government for the Island Daily.'].join('\n\n'));

    // Assess
    for (const record of [related, shared, english]) expect(record.body.paragraphs).toEqual(STORY);
    expect(beat.body.paragraphs).toEqual(['El condado aprobó el lunes un nuevo horario de transbordadores tras meses de quejas.', 'Los primeros viajes salen a las 5:40 de la mañana.']);
  });

  it('reads a byline line whose parts a middle dot sets apart, with the comment count, and one that prints the writer\'s e-mail address', async () => {
    // Act
    const dotted = await read(['Ferry timetable approved', 'By Rui Alves-Hartmann, in Local · 3 March 2026, 09:12 · 4 Comments', ...STORY].join('\n\n'));
    const mailed = await read(['Ferry timetable approved', 'By Nora Lindgren | nlindgren@islanddaily.example | Island Daily\nPUBLISHED: March 3, 2026 at 9:12 AM EST', ...STORY].join('\n\n'));

    // Assess
    expect(dotted.bylines.map((b) => b.name)).toEqual(['Rui Alves-Hartmann']);
    expect(dotted.firstCreated).toMatch(/^2026-03-03T09:12:00/);
    expect(mailed.bylines.map((b) => b.name)).toEqual(['Nora Lindgren']);
    expect(mailed.body.paragraphs).toEqual(STORY);
  });

  it('names the contributor of a credit that says who also provided information, and of French copy\'s elided credit', async () => {
    // Act
    const provided = await read(['Ferry timetable approved', ...STORY, 'Information for this story was also provided by Island Daily reporter Tomas Eklund in Rockland.'].join('\n\n'));
    const french = await read(['Nouvel horaire des traversiers', 'Le comté a approuvé lundi un nouvel horaire des traversiers après des mois de plaintes.', 'Les premiers départs auront lieu à 5 h 40.', '— Avec des informations d\'Amélie Gauthier à Caraquet'].join('\n\n'));

    // Assess
    expect(provided.body.paragraphs).toEqual(STORY);
    expect(provided.contributors).toEqual([{ name: 'Tomas Eklund', location: 'Rockland', role: 'contributor' }]);
    expect(french.body.paragraphs).toHaveLength(2);
    expect(french.contributors).toEqual([{ name: 'Amélie Gauthier', location: 'Caraquet', role: 'contributor' }]);
  });

  it('reads a ninjs item\'s content as first created when it was made before the item', async () => {
    // Arrange
    const ninjs = JSON.stringify({
      uri: 'urn:example:ferry-1', type: 'text', language: 'en', headlines: [{ value: 'Ferry timetable approved' }],
      contentcreated: '2026-03-02T21:05:00+01:00', firstcreated: '2026-03-03T08:00:00+01:00', versioncreated: '2026-03-03T08:30:00+01:00',
      bodies: [{ role: 'main', contenttype: 'text/plain', value: STORY.join('\n\n') }],
    });

    // Act
    const [record] = await parseStories(new TextEncoder().encode(ninjs), { key: 'test/ferry.json' });

    // Assess
    expect(record!.firstCreated).toBe('2026-03-02T21:05:00+01:00');
    expect(record!.versionCreated).toBe('2026-03-03T08:30:00+01:00');
  });

  it('names a newsroom sending from its desk by the domain its name ends with, and takes its name over the page for no slug', async () => {
    // Act
    const desk = await mail(
      ['From: Harbor Courier Content Desk <desk@courier.example>', 'To: partners@newswire.example', 'Subject: Ferry timetable approved', 'Date: Tue, 03 Mar 2026 09:30:00 -0500'],
      ['Ferry timetable approved', '', 'By Nora Lindgren', '', ...STORY.flatMap((p) => [p, ''])].join('\r\n'),
    );
    const masthead = await mail(
      ['From: KLX Today Newsdesk <news@klx.example>', 'To: partners@newswire.example', 'Subject: [KLX Today] Ferry timetable approved', 'Date: Tue, 03 Mar 2026 09:30:00 -0500'],
      ['KLX Today', '', 'Ferry timetable approved', '', 'By Nora Lindgren', '', ...STORY.flatMap((p) => [p, ''])].join('\r\n'),
    );

    // Assess
    expect(desk.provider).toBe('Harbor Courier');
    expect(masthead.provider).toBe('KLX Today');
    expect(masthead.slugline).toBeNull();
    expect(masthead.body.paragraphs).toEqual(STORY);
  });

  it('reads a zone-less time on the clock of the namesake city the story is in, and of a state the story names most', async () => {
    // Act
    const namesake = await read(['Portland Harbor Gazette', 'Ferry timetable approved', 'Posted March 3, 2026 4:15 PM', 'Ferries across Casco Bay will run on a new timetable in Maine from next week, the county said.', 'Maine officials said the change follows complaints from island residents across Maine.'].join('\n\n'));
    const state = await read(['Ferry timetable approved', 'Posted March 3, 2026 4:15 PM', 'Ferries between the islands of Texas will run on a new timetable, the county said on Monday.', 'Officials in Texas said commuters had asked for earlier sailings.'].join('\n\n'));

    // Assess
    expect(namesake.firstCreated).toBe('2026-03-03T16:15:00-05:00');
    expect(state.firstCreated).toBe('2026-03-03T16:15:00-06:00');
  });

  it('cuts a share heading over its networks, an agency named as the source, and a footer naming the publisher with its acronym', async () => {
    // Act
    const share = await read(['Ferry timetable approved', ...STORY, 'Share this:\nFacebook\nX\nTelegram'].join('\n\n'));
    const source = await read(['Ferry timetable approved', ...STORY, '(Source: Hina)', 'Share:\nFacebook | X | Viber'].join('\n\n'));
    const footer = await read(['Ferry timetable approved', ...STORY, 'Solomon Islands Broadcasting Corporation (SIBC) | Radio Happy Isles | Wantok FM'].join('\n\n'));

    // Assess
    for (const record of [share, source, footer]) expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads the writer under a publishing system\'s label, after `Posted by:`, and two writers over their job in another language', async () => {
    // Act
    const labelled = await read(['Island Times', 'Ferry timetable approved', 'Details\nWritten by Liisa Korhonen-Berg\nPublished: Tuesday, 03 March 2026 09:12', ...STORY].join('\n\n'));
    const posted = await read(['Island Radio', 'Ferry timetable approved', 'Posted by: Mele Tupou Vaka\n3 March 2026, 9:12 AM', ...STORY].join('\n\n'));
    const dutch = await read(['Eilandkrant', 'Nieuwe dienstregeling voor de veerboten', 'Anouk de Vries en Pieter Bakker\nJournalisten', 'Gepubliceerd: 03.03.2026 09:12', 'De gemeente heeft maandag een nieuwe dienstregeling voor de veerboten goedgekeurd na maanden van klachten.', 'De eerste afvaarten vertrekken volgende week om 5.40 uur.'].join('\n\n'));

    // Assess
    expect(labelled.bylines.map((b) => b.name)).toEqual(['Liisa Korhonen-Berg']);
    expect(labelled.dateline).toBeNull();
    expect(labelled.body.paragraphs).toEqual(STORY);
    expect(posted.bylines.map((b) => b.name)).toEqual(['Mele Tupou Vaka']);
    expect(posted.body.paragraphs).toEqual(STORY);
    expect(dutch.bylines.map((b) => b.name)).toEqual(['Anouk de Vries', 'Pieter Bakker']);
    expect(dutch.dateline).toBeNull();
  });

  it('reads a zone-less time on the clock of the country whose places the story names most often, each mention a vote', async () => {
    // Act
    const record = await read(['Mudflows close mountain road', 'Posted March 3, 2026 4:15 PM', 'Mudflows closed the road through Namangan on Tuesday, and officials in Namangan said crews from Andijan and Namangan were clearing it.', 'Trucks bound for Shymkent in Kazakhstan were turned back, while Uzbekistan said the road to Andijan and Namangan would reopen on Friday.'].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-03-03T16:15:00+05:00');
  });

  it('names a paper without the publisher\'s word its masthead and copyright line print after the name', async () => {
    // Act
    const record = await read(['Kailahun Courier Newspaper\nHome > Health', 'Clinic opens in Pendembu', 'By Fatu Kamara', 'A new clinic opened in Pendembu on Monday, health officials told the Kailahun Courier.', 'The clinic will serve 12 villages.', '© 2026 Kailahun Courier Newspaper. All rights reserved.'].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Kailahun Courier');
    expect(record.organisations.map((o) => o.name)).toEqual(['Kailahun Courier']);
  });

  it('names the newsroom a byline prints after the writer as the provider, not as a second writer', async () => {
    // Act
    const record = await read(['Ferry timetable approved', 'By Tom Kessler-Ray, Yukon Beacon', ...STORY].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Yukon Beacon');
    expect(record.bylines.map((b) => b.name)).toEqual(['Tom Kessler-Ray']);
  });
});
