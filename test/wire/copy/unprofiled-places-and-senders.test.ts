import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const PARAGRAPHS_OF_COPY = [
  'The decision was announced on Monday after a meeting that lasted most of the afternoon.',
  'Work on the project is due to start in the autumn and should take about two years.',
];

describe('Where copy without a profile was filed, and who sent it (issue 11)', () => {
  it('takes an outlet by the one word that says it is a news service: a dateline tag, "X reports", "told X", or before the writer\'s job', async () => {
    // Act
    const tagged = await read(['Dam checks ordered', 'OSH (Fergpress) - Inspectors ordered checks on every tailings dam in the region on Tuesday.', 'The order follows cracks found last month.'].join('\n\n'));
    const reports = await read(['Generators for hospitals', 'Twelve generators will be installed in hospitals before winter, Podilinform reports, citing the regional administration.', 'The units arrive in October.'].join('\n\n'));
    const told = await read(['Quarry permit quashed', 'A judge quashed a quarry permit on Friday.', '"We were never asked," a resident told Islandnews outside the court.'].join('\n\n'));
    const byline = await read(['Surge floods islands', 'Mele Tupou, RNZ Pacific Journalist', 'Families were moved to higher ground after a storm surge flooded several villages.', 'More rain is expected.'].join('\n\n'));
    const job = await read(['Budget passed', 'Ana Lima, Political Correspondent', 'The council passed its budget on Monday after a long debate.', 'It takes effect in July.'].join('\n\n'));

    // Assess
    expect([tagged.provider, reports.provider, told.provider, byline.provider, job.provider]).toEqual(['Fergpress', 'Podilinform', 'Islandnews', 'RNZ Pacific', null]);
  });

  it('reads a service\'s masthead by its acronym, and a zone-less stamp in the zone of the country the page names most', async () => {
    // Act
    const record = await read([
      'RTHK English News | Local', 'Red tide kills fish at Tolo Harbour farms', '2025-12-05 13:18',
      'Fish farmers in Tolo Harbour say they have lost more than 40 tonnes of fish, the worst losses in Hong Kong for a decade.',
      'Officials said the red tide had spread across Hong Kong waters and was expected to clear by next week.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('RTHK');
    expect(record.firstCreated).toBe('2025-12-05T13:18:00+08:00');
  });

  it('reads a zone-less stamp in Russian copy in the zone of the country it opens on', async () => {
    // Act
    const record = await read([
      'На Рогунской ГЭС запустили третий агрегат', '05.12.2025 15:40',
      'В церемонии запуска на Рогунской ГЭС приняли участие члены правительства и представители банков.',
      'Таджикистан планирует экспортировать электроэнергию станции в Афганистан и Пакистан.',
    ].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2025-12-05T15:40:00+05:00');
  });

  it('looks a dateline city up where the copy\'s language is spoken first: BOR in Serbian copy is Bor in Serbia', async () => {
    // Act
    const record = await read([
      'Povećana koncentracija sumpor-dioksida u Boru', '05.12.2025. 14:37',
      'BOR, 5. decembra (FoNet) - Koncentracije sumpor-dioksida u vazduhu u Boru danas su ponovo bile iznad dozvoljenih vrednosti, saopštila je Agencija za zaštitu životne sredine.',
      'Građanima se savetuje da ne izlaze bez potrebe, posebno deca i starije osobe.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('FoNet');
    expect(record.dateline?.city).toBe('Bor');
    expect(record.firstCreated).toBe('2025-12-05T14:37:00+01:00');
  });

  it('reads a newsroom\'s name in parentheses after a place and its country as the agency tag, with no date', async () => {
    // Act
    const record = await read([
      'Tobago fast ferry pulled from service',
      'PORT OF SPAIN, Trinidad (Loop News) -- The fast ferry has been pulled from the inter-island service for emergency hull repairs.',
      'The company said the vessel would be out of service until January.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Loop News');
    expect(record.dateline).toMatchObject({ city: 'Port of Spain', country: 'Trinidad' });
  });

  it('reads an outlet\'s short name in capitals over its section as the masthead, a Mexican dateline closed by ".-", its time in Mexico\'s zone', async () => {
    // Act
    const record = await read([
      'QUADRATÍN MICHOACÁN\nMedio Ambiente', 'Llega la mariposa monarca a santuarios de Michoacán', '10 de diciembre de 2025, 13:27', 'Por: Ana Karen Villaseñor',
      'MORELIA, Mich., 10 de diciembre de 2025.- Las primeras colonias de la mariposa monarca ya se establecieron en los santuarios.',
      'El director de la reserva detalló que se han contabilizado 1.3 hectáreas ocupadas.',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Llega la mariposa monarca a santuarios de Michoacán');
    expect(record.provider).toBe('Quadratín Michoacán');
    expect(record.bylines.map((b) => b.name)).toEqual(['Ana Karen Villaseñor']);
    expect(record.dateline).toMatchObject({ city: 'Morelia', region: 'Michoacán', country: 'Mexico' });
    expect(record.firstCreated).toBe('2025-12-10T13:27:00-06:00');
    expect(record.body.paragraphs[0]).toMatch(/^Las primeras colonias/);
  });

  it.each([
    ['a masthead with its sections set off by bars, its copyright at the foot', ['Harbour Herald | News | Courts', 'Ferry operator fined over crew hours', 'Tue, 12 May, 2026 - 10:05', 'Aoife Ní Bhriain', ...PARAGRAPHS_OF_COPY, '© Harbour Herald Ltd. All rights reserved.'], 'Harbour Herald'],
    ['a masthead in capitals before its sections, its copyright holder in ordinary case', ['THE VALLEY STAR | Local News | Schools', 'School board approves later start times', 'By Rosa Delgado Ibarra', 'Thursday, May 14, 2026 | 7:40 pm', ...PARAGRAPHS_OF_COPY, '© 2026 The Valley Star. All rights reserved.'], 'The Valley Star'],
    ['a name before the slash of a stamp line, whom the story says someone told', ['Port opens new container berth', 'By: Ramon T. Galvez - Reporter', 'Mindanao Morning Post / 08:15 AM May 4, 2026', ...PARAGRAPHS_OF_COPY, '"We waited ten years for this," she told the Post.'], 'Mindanao Morning Post'],
  ])('reads an outlet without a profile by %s', async (_, lines, provider) => {
    // Act
    const record = await read(lines.join('\n\n'));

    // Assess
    expect(record.provider).toBe(provider);
  });

  it('reads an outlet\'s name and its section set off by a bar as the masthead, not the headline, and its stamps in the zone of the city it is named for', async () => {
    // Act
    const record = await read([
      'Daegu Daily | Culture', 'City orchestra names its first foreign music director', 'Posted : 2026-03-20 17:42:05  |  Updated : 2026-03-20 18:05:31',
      'By Lee Min-ji, Daegu Daily Reporter', ...PARAGRAPHS_OF_COPY, 'Copyright © Daegu Daily. All rights reserved.',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('City orchestra names its first foreign music director');
    expect(record.provider).toBe('Daegu Daily');
    expect(record.firstCreated).toBe('2026-03-20T17:42:05+09:00');
  });

  it('reads an outlet\'s name in ordinary case over a one-word section as the masthead, the headline set apart below, and a credit\'s place after "desde"', async () => {
    // Act
    const record = await read([
      'La Prensa Austral\nDeportes', 'Punta Arenas recibirá la final del campeonato nacional de básquetbol en mayo', 'Por Ignacio Barría Soto', '3 de marzo de 2026 - 18:40',
      'La Federación de Básquetbol de Chile confirmó este martes que la final del campeonato nacional se jugará en el gimnasio fiscal de Punta Arenas.',
      'Será la primera vez en doce años que la ciudad acoge una final de esa competencia.',
      'Con información de Valentina Oyarzún desde Puerto Natales.',
    ].join('\n\n'));

    // Assess: the name and section are not the headline, the section is not a dateline
    expect(record.headline).toBe('Punta Arenas recibirá la final del campeonato nacional de básquetbol en mayo');
    expect(record.provider).toBe('La Prensa Austral');
    expect(record.dateline).toBeNull();
    expect(record.bylines.map((b) => b.name)).toEqual(['Ignacio Barría Soto']);
    expect(record.body.paragraphs[0]).toMatch(/^La Federación de Básquetbol/);
    expect(record.contributors).toEqual([{ name: 'Valentina Oyarzún', location: 'Puerto Natales', role: 'contributor' }]);
  });

  it('reads a site\'s name with small words or initials over its menu as the provider, and a page\'s comments and appeals for no paragraph', async () => {
    // Act
    const page = (name: string) => read([
      `${name}\nHome   Local   World   Business   Sport`, 'National', 'Residents take Freeport fight to appeals tribunal', 'Wednesday, 10 December 2025, 18:42',
      'Residents of Birżebbuġa have filed an appeal against the decision to allow the terminal to extend its quay.',
      'The tribunal is expected to hold its first hearing in February.',
      `Independent journalism costs money. Support ${name} for the price of a coffee.`, 'Comments',
      'Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.',
    ].join('\n\n'));
    const malta = await page('Times of Malta');
    const nl = await page('NL Times');

    // Assess
    expect(malta.provider).toBe('Times of Malta');
    expect(nl.provider).toBe('NL Times');
    expect(malta.body.paragraphs.at(-1)).toBe('The tribunal is expected to hold its first hearing in February.');
  });

  it('names an ANPA story\'s outlet by the name under its byline that its copyright line repeats, and reads "told Barbados Today" as no person', async () => {
    // Act
    const record = await read([
      '\u0016\u0016\u0001b0347\u001f-----', 'r a\u0013\u0011 BC-BB-SARGASSUM-BT   12-11 0363', '\u0002^BC-BB-SARGASSUM-BT,0363<', '^Sargassum swamps east coast<',
      '^By MARISSA BOYCE-GRIFFITH=', '^Barbados Today=', '\t   The heaviest sargassum influx of the year has blanketed beaches along Barbados\' east coast.',
      '\t   "The season used to end around October," he told Barbados Today.', '\t   (c)2025 Barbados Today Inc. All rights reserved.', '', '\t   \u0003BT-12-11-25 1422<',
    ].join('\r\n'));

    // Assess
    expect(record.provider).toBe('Barbados Today');
    expect(record.people).toEqual([]);
    expect(record.places.map((p) => p.name)).toContain('Barbados');
    expect(record.versionCreated).toBe('2025-12-11T14:22:00-04:00');
  });

  it('names the sender of an e-mail by the tag before its Subject when the sender\'s name opens with it or the tag is its short form, and not by a topic tag', async () => {
    // Prepare
    const message = (from: string, subject: string) => [
      `From: ${from} <alerts@outlet.example>`, 'To: wire-in@newswire.example', `Subject: ${subject}`, 'Date: Wed, 10 Dec 2025 06:45:00 +0200',
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '',
      'NamWater warns of deeper water cuts', '',
      'The Namibia Water Corporation has warned that Windhoek could face supply cuts of up to 30% from January.', '',
      'The combined level of the three dams that supply the capital stood at 14 percent on Monday.', '',
    ].join('\r\n');

    // Act
    const tagged = await read(message('The Namibian Alerts', '[The Namibian] NamWater warns of deeper water cuts'));
    const topic = await read(message('Newsroom Alerts', '[Breaking] NamWater warns of deeper water cuts'));
    const short = await read(message('Seychelles Nation', '[Nation] NamWater warns of deeper water cuts'));

    // Assess
    expect(tagged.provider).toBe('The Namibian');
    expect(topic.provider).toBeNull();
    expect(short.provider).toBe('Seychelles Nation');
  });

  it('leaves a mail\'s signature under a dash alone out of the story', async () => {
    // Act
    const story = await read([
      'From: Island Times <alerts@islandtimes.example>', 'To: wire-in@newswire.example', 'Subject: Harbour dredging to start in June',
      'Date: Wed, 10 Dec 2025 06:45:00 +1000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '',
      'Harbour dredging to start in June', '', ...PARAGRAPHS_OF_COPY.flatMap((p) => [p, '']),
      '—', 'Island Times | News from the outer islands', '12 Wharf Road, Port Vila', 'Unsubscribe: https://islandtimes.example/u',
    ].join('\r\n'));

    // Assess
    expect(story.body.paragraphs.at(-1)).toBe(PARAGRAPHS_OF_COPY.at(-1));
  });
});
