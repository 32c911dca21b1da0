import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import type { StoryRecord } from '../../../lambdas/story/index.ts';

/** One story file through the whole parse path (sniff, decode, parse, copy, extract). */
async function read(source: string): Promise<StoryRecord> {
  const [record] = await parseStories(new TextEncoder().encode(source), { key: 'test/unprofiled.txt' });
  return record!;
}

const PARAGRAPHS = [
  'The regional council approved the plan on Monday after a debate that lasted most of the afternoon.',
  'The first works are due to start in the autumn and should take about two years to complete.',
];

describe('Copy shapes of agencies read without a profile of that shape (issue 11)', () => {
  it('reads a Nordic signature as byline and agency, and a dotted clock right after a date as the time', async () => {
    // Act
    const record = await read(['Fler cyklister än någonsin i Uppsala', 'Karin Holm/TT', 'Publicerad 2025-09-02 08.41', '', ...PARAGRAPHS].join('\n\n'));

    // Assess: TT's home zone applies to the zone-less stamp
    expect(record.provider).toBe('TT');
    expect(record.bylines.map((b) => b.name)).toEqual(['Karin Holm']);
    expect(record.firstCreated).toBe('2025-09-02T08:41:00+02:00');
  });

  it('reads a 24-hour clock with a redundant PM marker', async () => {
    // Act
    const record = await read(['Port expansion approved', 'Wed 03-09-2025 16:20 PM', '', `DUBAI, 3rd September, 2025 (WAM) -- ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2025-09-03T16:20:00+04:00');
  });

  it('leaves an agency tag with the desk initials out of the story', async () => {
    // Act
    const record = await read([`ZADAR, Sept 3 (Hina) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '(Hina) bk/ts'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs.at(-1)).toBe(PARAGRAPHS[1]);
  });

  it('takes neither a newsletter masthead as the headline nor its subscription footer as the story', async () => {
    // Act
    const record = await read([
      'BNS Morning Brief | 3 September 2025', 'Tallinn port traffic grows for a third month', `TALLINN, Sept 3 (BNS) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1],
      'Manage subscription: https://example.com/newsletter/manage', 'Unsubscribe: https://example.com/newsletter/unsubscribe',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Tallinn port traffic grows for a third month');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('keeps a city printed with "City" whole and in natural case', async () => {
    // Act
    const record = await read([`CEBU CITY – ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.dateline).toMatchObject({ city: 'Cebu City', country: 'Philippines' });
  });

  it('reads a time printed without a zone in the zone of a city the agency spells in its own language', async () => {
    // Act
    const record = await read(['Le tourisme progresse', 'Publié le mercredi 3 septembre 2025 à 10h15', '', `Marrakech, 3 sept. 2025 (MAP) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess: Morocco keeps UTC+1
    expect(record.dateline?.city).toBe('Marrakech');
    expect(record.firstCreated).toBe('2025-09-03T10:15:00+01:00');
  });

  it("calls an agency by the short name it closes its copy with, and reads ninjs 3's bylines", async () => {
    // Act
    const record = await read(JSON.stringify({
      uri: 'urn:example:1', type: 'text', version: '1', language: 'en', copyrightHolder: 'Philippine News Agency',
      versionCreated: '2025-09-03T10:00:00+08:00', headlines: [{ role: 'main', value: 'Farmers get solar pumps' }],
      bylines: [{ byline: 'By Ana Reyes', name: 'Ana Reyes', role: 'author' }],
      bodies: [{ role: 'main', contentType: 'text/html', value: `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>(PNA)</p>` }],
    }));

    // Assess
    expect(record.provider).toBe('PNA');
    expect(record.bylines.map((b) => b.name)).toEqual(['Ana Reyes']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads notices of a correction or an update above the headline as notes, in the agencies\' languages', async () => {
    // Act
    const corrected = await read(['RECTIFICARE: Se corectează suprafața afectată (62.400 ha, nu 26.400 ha)', '', 'Seceta a afectat culturile din Dobrogea', '', `Constanța, 3 sep /AGERPRES/ - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n'));
    const updated = await read(['3 SEP 2025, 11:42', 'UPDATED: 3 SEP 2025, 13:05 (adds comments by the governor, paragraph 2)', '', 'Icebreaker to start escorts in July', '', `MURMANSK, September 3. /TASS/. ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(corrected.headline).toBe('Seceta a afectat culturile din Dobrogea');
    expect(corrected.signals).toEqual(['correction']);
    expect(updated.headline).toBe('Icebreaker to start escorts in July');
    expect([updated.firstCreated, updated.versionCreated]).toEqual(['2025-09-03T11:42:00+03:00', '2025-09-03T13:05:00+03:00']);
    expect(updated.signals).toEqual(['update']);
  });

  it('reads a kill with its note to editors above the killed story', async () => {
    // Act
    const record = await read(['KILL KILL KILL', 'Editors please note: APP has withdrawn the following story as its figures were wrong. Please do not use it.', '', 'Locust swarms reach 14 districts', '', `QUETTA, Sep 3 (APP): ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.pubStatus).toBe('canceled');
    expect(record.headline).toBe('Locust swarms reach 14 districts');
    expect(record.body.paragraphs[0]).toBe(PARAGRAPHS[0]);
  });

  it.each([
    ['a lone tag in parentheses', '(Tanjug)'],
    ['initials between slashes', '/a.d/ /j.p/'],
    ['a channel to follow', 'Follow Kabar news on Telegram: t.me/kabar_news_agency'],
    ['links to share', 'More environment stories | Share: Facebook X'],
  ])('leaves %s at the foot out of the story', async (_what, line) => {
    // Act
    const record = await read([`BELGRADE, Sept 3 (Tanjug) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], line].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a writer named at the foot, and a collaborator\'s credit with their outlet', async () => {
    // Act
    const lithuanian = await read([`Neringa, rugsėjo 3 d. (ELTA). ${PARAGRAPHS[0]}`, PARAGRAPHS[1], 'Autorė: Gintarė Balčiūnė'].join('\n\n'));
    const portuguese = await read([`BELÉM, 3 set (ABr) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '*Colaborou Paulo Sérgio Nunes, da TV Brasil'].join('\n\n'));

    // Assess
    expect(lithuanian.bylines.map((b) => b.name)).toEqual(['Gintarė Balčiūnė']);
    expect(lithuanian.body.paragraphs).toEqual(PARAGRAPHS);
    expect(portuguese.body.paragraphs).toEqual(PARAGRAPHS);
    expect(portuguese.contributors).toEqual([{ name: 'Paulo Sérgio Nunes', location: null, role: 'contributor' }]);
  });

  it('reads a zone-less time in the zone of the one country the copy\'s language is spoken in, when nothing else says where', async () => {
    // Act: Neringa is in no city table, ELTA has no profile
    const record = await read(['ELTA', '2025-09-03 13:37', '', 'Į Kuršių neriją įvažiuoti brangs', '', 'Neringa, rugsėjo 3 d. (ELTA). Nuo spalio 1 d. į Kuršių neriją įvažiuojantiems automobiliams bus taikomas didesnis mokestis, pranešė savivaldybė.', 'Surinktos lėšos bus skiriamos kopų tvarkymui ir dviračių takų plėtrai.'].join('\n'));

    // Assess
    expect(record.firstCreated).toBe('2025-09-03T13:37:00+03:00');
  });

  it('keeps the rows of a table laid out in columns as paragraphs of their own in wrapped copy', async () => {
    // Act
    const record = await read([
      'APA0312 5 WI 0412 II                              Mi, 3.Sep 25', '', 'Nächtigungsrekord im August', '',
      'Wien (APA) - Die Beherbergungsbetriebe haben im August so viele', 'Nächtigungen verbucht wie noch nie.', '',
      'Nächtigungen nach Herkunftsmärkten:', '',
      'Deutschland          4,08 Mio.     +7,4 %', 'Österreich           3,52 Mio.     +3,1 %', 'Niederlande          0,61 Mio.    +12,0 %', '',
      'Die Branche kämpfe aber weiterhin mit dem', 'Personalmangel, hieß es.', '', '(Schluss) sl/ri',
    ].join('\n'));

    // Assess
    expect(record.headline).toBe('Nächtigungsrekord im August');
    expect(record.body.paragraphs).toEqual([
      'Die Beherbergungsbetriebe haben im August so viele Nächtigungen verbucht wie noch nie.', 'Nächtigungen nach Herkunftsmärkten:',
      'Deutschland 4,08 Mio. +7,4 %', 'Österreich 3,52 Mio. +3,1 %', 'Niederlande 0,61 Mio. +12,0 %', 'Die Branche kämpfe aber weiterhin mit dem Personalmangel, hieß es.',
    ]);
  });

  it('takes indented first lines as paragraph starts in wrapped copy', async () => {
    // Act
    const record = await read([
      'Venice doubles day-tripper fee', '', '   (ANSA) - VENICE, SEPT 3 - Venice will double its access fee for', 'day-trippers on the busiest days.',
      '   The fee applies to visitors who do not stay overnight in the', 'historic centre.', '   It was introduced in 2024.', '', 'ansa/AT',
    ].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(['Venice will double its access fee for day-trippers on the busiest days.', 'The fee applies to visitors who do not stay overnight in the historic centre.', 'It was introduced in 2024.']);
  });

  it('reads an embargo to a four-digit clock in hours and a zone, in the year of the copy\'s stamp', async () => {
    // Act
    const record = await read(['DEL58', 'GROUNDWATER-REPORT', 'Sep 3, 2025 17:25 IST', 'EMBARGOED TILL 0001 HRS IST ON THURSDAY, SEPTEMBER 4', '', 'Groundwater report released', '', `New Delhi, Sep 3, 2025 (PTI) ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.embargoedUntil).toBe('2025-09-04T00:01:00+05:30');
  });

  it('reads a tag between slashes, a writer with a job and no By, and an agency that names itself after the word for news', async () => {
    // Act
    const slashed = await read([`Cholpon-Ata, June 18 /Kabar/. ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));
    const signed = await read(['Kākāpō numbers pass 250', 'Tama Whitiora, Environment reporter', '', ...PARAGRAPHS].join('\n\n'));
    const andina = await read(JSON.stringify({
      uri: 'urn:andina:1', type: 'text', language: 'es', copyrightholder: 'Agencia Peruana de Noticias Andina', located: 'Puno',
      headline: 'Heladas en Puno', body_text: 'Puno, set. 3. La temperatura descendió hasta -16 grados en Mazocruz, informó el Senamhi.\n\nLas autoridades distribuyeron abrigo.',
    }));

    // Assess
    expect(slashed.provider).toBe('Kabar');
    expect(signed.bylines).toEqual([{ name: 'Tama Whitiora', title: 'Environment reporter', location: null }]);
    expect(andina.provider).toBe('Andina');
    expect(andina.body.paragraphs[0]).toBe('La temperatura descendió hasta -16 grados en Mazocruz, informó el Senamhi.');
  });
});
