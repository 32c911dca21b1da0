import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lambdas/extract/language.ts';
import { read } from './read-story.ts';

const PARAGRAPHS = [
  'The harbour board approved the dredging plan on Tuesday after a hearing that ran late into the evening.',
  'Work on the outer channel is due to begin in the spring and should take about eighteen months.',
];

describe('Datelines, bylines and signatures of outlets without a profile (issue 11)', () => {
  it('reads a writer and date joined by a spaced slash under a deck, and starts the story at the dateline', async () => {
    // Act
    const record = await read([
      'Harbour Courts Wire', 'Shipping  |  Appeals', 'Appeals panel restores dredging permit for outer channel',
      'A divided panel found the agency had weighed the harm to oyster beds before it issued the permit.',
      'DANIEL OKAFOR-BRENNAN / April 2, 2026', `RICHMOND, Va. (HCW) — ${PARAGRAPHS[0]}`, PARAGRAPHS[1],
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Daniel Okafor-Brennan']);
    expect(record.dateline?.city).toBe('Richmond');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a dateline in capitals with its date closed by dot leaders', async () => {
    // Act
    const record = await read([
      'Harbour board backs dredging plan', 'By Maeve Costa-Lindgren', 'SEACOAST NEWS SERVICE',
      `NEW BEDFORD, MAY 12, 2026.....${PARAGRAPHS[0]}`, PARAGRAPHS[1],
    ].join('\n\n'));

    // Assess
    expect(record.dateline).toMatchObject({ text: 'NEW BEDFORD, MAY 12, 2026', city: 'New Bedford' });
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads `Written by` over the story as its byline, and a place and tag closed by bars as its dateline', async () => {
    // Act
    const record = await read([
      'Lakeside Radio Network', 'Home  >  News  >  Business', 'Fish traders protest new landing fees',
      'Written by Akello Grace Nabwire', 'Tuesday, 7 April 2026 09:15', `Jinja, Uganda | LRN | ${PARAGRAPHS[0]}`, PARAGRAPHS[1],
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Akello Grace Nabwire']);
    expect(record.dateline?.city).toBe('Jinja');
    expect(record.provider).toBe('LRN');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a place in capitals and a one-word tag with no dash, and a foot of name and phone, address and agency', async () => {
    // Act
    const record = await read([
      'Nyhetsbyrån Kursen', '2026-04-07 08:30', 'Hamnbolaget: Rörelseresultat 88 Mkr (71), väntat 80 Mkr',
      `GÖTEBORG (Kursen) ${PARAGRAPHS[0]}`, PARAGRAPHS[1], 'Jonas Lindqvist +46 31 700 12 34', 'jonas.lindqvist@kursen.se', 'Nyhetsbyrån Kursen',
    ].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Göteborg');
    expect(record.provider).toBe('Kursen');
    expect(record.bylines.map((b) => b.name)).toEqual(['Jonas Lindqvist']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a country in capitals after the place as the dateline\'s country, not an agency\'s tag', async () => {
    // Act
    const record = await read(['Fishing nations agree catch limit', `SUVA, FIJI – ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.provider).toBeNull();
    expect([record.dateline?.city, record.dateline?.country]).toEqual(['Suva', 'Fiji']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes a dateline tag that is the provider a structured file names off its first paragraph, the place in ordinary case', async () => {
    // Act: a name with no word for news in it, known only as the file's copyright holder
    const record = await read(JSON.stringify({
      uri: 'urn:example:nurafshon:1', type: 'text', copyrightholder: 'Nurafshon', headline: 'Ferry line reopens', located: 'Khujand, Tajikistan',
      body_html: `<p>Khujand, Tajikistan (Nurafshon) — ${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`,
    }), 'test/unprofiled.json');

    // Assess
    expect(record.provider).toBe('Nurafshon');
    expect(record.dateline?.city).toBe('Khujand');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads the place, date and agency set apart by slashes', async () => {
    // Act
    const record = await read(['Caspian ferry line reopens', '', `Aktau/07.04.26/Kaspinform: ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.dateline?.city).toBe('Aktau');
    expect(record.provider).toBe('Kaspinform');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a dateline that opens with the outlet\'s own name and prints the time it was filed', async () => {
    // Act
    const record = await read([
      'Docket360', 'Bankruptcy  |  Texas', 'Judge Approves Sale Of Bankrupt Grocer To Rival Chain', 'By Mariela Ostrowski-Vance',
      `Docket360, Houston (April 7, 2026, 3:18 PM CDT) -- ${PARAGRAPHS[0]}`, PARAGRAPHS[1],
    ].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Houston');
    expect(record.firstCreated).toBe('2026-04-07T15:18:00-05:00');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a place of words joined by `de` before a date in parentheses', async () => {
    // Act
    const record = await read(['Cierran carriles por obras en el periférico', `Ciudad de Guatemala (7 abril 2026).- ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Ciudad de Guatemala');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads the outlet\'s name and a place on a line of their own under the headline as the dateline', async () => {
    // Act
    const record = await read(['Basra Today', 'Iraq | Economy', 'Date growers count losses after late frost', '2026-04-07 11:20', 'Basra Today – Zubair', ...PARAGRAPHS].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Zubair');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('Headers and feet of outlets without a profile (issue 11)', () => {
  it('reads the place, the agency, the date and the clock each on a line of their own under the writer as header, not story', async () => {
    // Act
    const record = await read(['Harbour board approves dredging of outer channel', 'Lirim Gashi', 'Durrës', 'BIRN', 'April 7, 2026', '10:45', ...PARAGRAPHS].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Durrës');
    expect(record.bylines.map((b) => b.name)).toEqual(['Lirim Gashi']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
    expect(record.firstCreated).toMatch(/^2026-04-07T10:45:00/);
  });

  it('reads an ANPA transmission stamp whose agency code is in lower case as the time', async () => {
    // Act
    const record = await read([
      '\u0016\u0016\u0001a0412\u001f', 'r a\u0013\u0011 BC-PORT-DREDGING-KNS   04-07 0401', '\u0002^Harbour board backs dredging plan<',
      `\t   MOMBASA, April 7 (KNS) - ${PARAGRAPHS[0]}`, `\t   ${PARAGRAPHS[1]}`, '', '\t   \u0003kns-04-07-26 1045GMT<', '', '\u000c', '\u0004',
    ].join('\r\n'));

    // Assess
    expect(record.firstCreated ?? record.versionCreated).toBe('2026-04-07T10:45:00+00:00');
  });

  it.each([
    ['initials, the agency in parentheses and initials', 'kw (KAI) / jm'],
    ['three pairs of Arabic initials', 'م ع/س ك/ن ر'],
    ['the agency\'s name of two words and two desk names in Devanagari', 'हिन्दुस्थान समाचार / राकेश / सुनील'],
  ])('leaves a sign-off of %s out of the story', async (_, signOff) => {
    // Act
    const record = await read(['Ferry line reopens after repairs', `KRAKÓW (PAI) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], signOff].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes a version note closing the headline off it', async () => {
    // Act
    const record = await read(['Harbour board backs dredging plan (Correcting board chairman\'s name)', `MOMBASA, April 7 (KNA) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Harbour board backs dredging plan');
  });

  it('passes over the outlet\'s name with its breadcrumb in a script without capitals, and the story\'s number, to the headline', async () => {
    // Act
    const record = await read(['خبرگزاری ایرنا | اقتصادی › بندر', 'شناسه خبر: ۸۴۲۱۹۳۷', '', 'ظرفیت بندر شهید رجایی ۲۰ درصد افزایش یافت', '',
      'بندرعباس- مدیرکل بنادر و دریانوردی استان هرمزگان از افزایش ۲۰ درصدی ظرفیت تخلیه و بارگیری کانتینر در بندر شهید رجایی خبر داد.', '',
      'وی گفت که این طرح با سرمایه‌گذاری بخش خصوصی و در مدت ۱۸ ماه اجرا شده است.'].join('\n'));

    // Assess
    expect(record.headline).toBe('ظرفیت بندر شهید رجایی ۲۰ درصد افزایش یافت');
  });
});

describe('The outlet a story names as told something (issue 11)', () => {
  it.each([['Harbour Daily'], ['Radio Lagoon'], ['Coast News']])('takes %s, told something in the story, as the provider where nothing else names one', async (outlet) => {
    // Act
    const record = await read(['Dredging to start on outer channel', PARAGRAPHS[0], `"We have waited ten years for this," the board's chairman told ${outlet} on Tuesday.`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.provider).toBe(outlet);
  });
});

describe('Press releases by e-mail (issue 11)', () => {
  it('takes the line that prints the Subject\'s headline as the headline, over the sender\'s letterhead, and the agency\'s name and date as no place', async () => {
    // Act
    const record = await read([
      'From: "Public Information Office" <pio@gov.example>', 'To: media@gov.example', 'Date: Tue, 7 Apr 2026 10:05:00 +0200',
      'Subject: PIO Press Release: Harbour board approves dredging of the outer channel', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'PUBLIC INFORMATION OFFICE', 'Ministry of Transport', 'Republic of Eastland', '', 'PRESS RELEASE', '',
      'Harbour board approves dredging of the outer channel', '', `PIO – 7 April 2026: ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1],
    ].join('\r\n'));

    // Assess
    expect(record.headline).toBe('Harbour board approves dredging of the outer channel');
    expect(record.dateline?.city ?? null).toBeNull();
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });
});

describe('Function: detectLanguage, Swedish by its letters', () => {
  it('takes short Swedish business copy with ä and ö for Swedish, not Norwegian', () => {
    expect(detectLanguage('Hamnbolaget: Rörelseresultat 88 Mkr (71), väntat 80 Mkr', ['Hamnbolaget redovisar ett rörelseresultat på 88 miljoner kronor för första kvartalet 2026 (71).'])).toBe('sv');
  });
});
