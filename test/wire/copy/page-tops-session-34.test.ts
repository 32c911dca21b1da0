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

describe('Decks, captions, feet and clocks of outlets read without a profile (issue 11, session 34)', () => {
  it('passes over a deck under the headline when the writer\'s credit stands on lines of its own, or the agency signs for the writer', async () => {
    // Act
    const credited = await read(['A chuva alaga ruas e deixa famílias desalojadas', '', 'O maior volume do ano foi registrado entre a noite de segunda e a manhã desta terça.', '',
      'Escrito por', 'Mara Ellison', 'mara.ellison@valle.example', '', '14 de Abril de 2026 às 07:52', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));
    const agency = await read(['Ligne fermée: 22 week-ends sans trains entre Fribourg et Flamatt', '', 'Les CFF vont renouveler la voie et les ponts du tronçon entre 2027 et 2029.', '',
      'ATS', 'Publié le 03.03.2026, 14:12 | Mis à jour le 03.03.2026, 16:40', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(credited.bylines.map((b) => b.name)).toEqual(['Mara Ellison']);
    expect(credited.body.paragraphs).toEqual(STORY);
    expect(agency.body.paragraphs).toEqual(STORY);
  });

  it('reads a date printed year first with the month\'s name (`2026 June 21, 14:05`)', async () => {
    // Act
    const record = await read(['Floodwater reaches lower town as river bursts its banks', '', 'Mara Ellison', '2026 June 21, 14:05', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.firstCreated).toMatch(/^2026-06-21T14:05:00/);
  });

  it('leaves out captions closed by `Fot.`, `Credit:`, a hyphen and the photographer\'s initials, a camera icon\'s label, or a credit to the outlet on the line under them', async () => {
    const captions = [
      'Wyławianie śniętych ryb z Odry w okolicach Brzegu Dolnego. Fot. PAP/archiwum',
      'La rame immobilisée boulevard de la Sauvenière, ce mercredi matin. - Sudinfo/M.L.',
      'Camera IconWater Corporation crews at the site of the burst main east of Merredin on Wednesday. Credit: Water Corporation',
    ];
    for (const caption of captions) {
      // Act
      const record = await read(['Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '', caption, '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

      // Assess
      expect(record.body.paragraphs, caption).toEqual(STORY);
    }
    // (a caption in a sentence, its credit under it naming the outlet of the masthead)
    const credited = await read(['River Valley Public', 'Listen Live | Donate | Newsletters | Events', '', 'Floodwater reaches lower town as river bursts its banks', '', 'Mara Ellison', 'Published March 19, 2026 at 4:52 PM EDT', '',
      'Water covers part of Main Street on Thursday morning, March 19, 2026.', 'Jo Pike / River Valley Public', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));
    expect(credited.body.paragraphs).toEqual(STORY);
  });

  it('leaves out the foot of a page: links to other stories under `Related Content`, the outlet\'s appeals for readers and money', async () => {
    // Act
    const record = await read(['Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '', ...STORY.flatMap((p) => [p, '']),
      'Related Content', 'The flood wall study is done. Paying for it is the next fight.', 'One year later: what has changed on the river since the floods', '',
      'Get the latest news from valleycourier.example in your inbox.', 'River Valley Public is an independent, nonprofit organization. Support local journalism.', '© 2026 River Valley Public'].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a zone-less time on the clock of the country a masthead names after its letters, or whose domain its address ends in', async () => {
    // Act
    const named = await read(['SBC - Seychelles Broadcasting Corporation', 'Home | News | Local | International | Sports', '', 'Floodwater reaches lower town as river bursts its banks', '', '09 February 2026 | 18:20', 'By: Mara Ellison', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));
    const addressed = await read(['valleycourier.be', 'Home | News | Local | International | Sports', '', 'Floodwater reaches lower town as river bursts its banks', '', '09 February 2026 | 18:20', 'By: Mara Ellison', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(named.firstCreated).toBe('2026-02-09T18:20:00+04:00');
    expect(addressed.firstCreated).toBe('2026-02-09T18:20:00+01:00');
  });

  it('leaves out a link to another story whose label a bar or an arrow sets off (`À lire aussi | …`)', async () => {
    // Act
    const record = await read(['Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '', STORY[0]!, '', 'À lire aussi | Tram de la ville: un an après, la fréquentation dépasse les prévisions', '', STORY[1]!, '', STORY[2]!].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('dates a story that opens on its outlet\'s name alone by the format\'s dateline', async () => {
    // Act
    const record = await read([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<nitf><head><title>Floodwater reaches lower town</title><docdata><doc-id id-string="valley-2026-1006-flood"/></docdata>',
      '<pubdata type="web" name="Valley News" date.publication="20261006T091500+0300"/></head>',
      '<body><body.head><hedline><hl1>Floodwater reaches lower town as river bursts its banks</hl1></hedline><dateline>MADABA</dateline></body.head>',
      `<body.content><p>Valley News - ${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p></body.content></body></nitf>`,
    ].join('\n'), 'test/valley-nitf.xml');

    // Assess
    expect(record.dateline?.city).toBe('Madaba');
    expect(record.body.paragraphs[0]).toBe(STORY[0]);
  });

  it('reads a newsletter\'s masthead in capitals over its date and a section in capitals, its sender the provider, and leaves out its `ALSO TODAY` list', async () => {
    // Act
    const record = await read([
      'From: Valley Courier <newsletter@valleycourier.example>', 'To: wire-in@newswire.example', 'Subject: Valley Courier Today: river bursts its banks',
      'Date: Tue, 06 Oct 2026 06:30:00 -0600', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '',
      'VALLEY COURIER TODAY', 'Tuesday, October 6, 2026', '', 'TOP STORY', '', 'Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '',
      ...STORY.flatMap((p) => [p, '']), 'ALSO TODAY', '- Council approves its 2027 budget', '- Pool to reopen in March after repairs',
    ].join('\r\n'));

    // Assess
    expect(record.provider).toBe('Valley Courier');
    expect(record.headline).toBe('Floodwater reaches lower town as river bursts its banks');
    expect(record.bylines.map((b) => b.name)).toEqual(['Mara Ellison']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves out a picture\'s caption closed by its credit wherever it stands, and `A lire aussi` printed without its accent', async () => {
    // Act
    const record = await read(['Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '', STORY[0]!, '',
      'Wyławianie śniętych ryb z Odry w okolicach Brzegu Dolnego. Fot. PAP/archiwum', '', STORY[1]!, '', 'A lire aussi: Le RER passera à la cadence au quart d’heure en 2035', '', STORY[2]!].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('keeps a story\'s own sentence on supporting journalism, and a table\'s header row set apart by two spaces below the page\'s top', async () => {
    // Act
    const appeal = await read(['Floodwater reaches lower town as river bursts its banks', '', 'By Mara Ellison', '', STORY[0]!, '', STORY[1]!, '', 'Residents rallied on Saturday to support local journalism.'].join('\n'));
    const table = await read(['Valley league: Harbour United stay top after late winner', '', 'By Mara Ellison', '', STORY[0]!, '', STORY[1]!, '',
      'Team  Played  Won  Lost  Points', 'Harbour United  10  8  2  24', 'River Rovers  10  7  3  21', '', STORY[2]!].join('\n'));

    // Assess
    expect(appeal.body.paragraphs.at(-1)).toBe('Residents rallied on Saturday to support local journalism.');
    expect(table.body.paragraphs.join('\n')).toContain('Team');
  });
});
