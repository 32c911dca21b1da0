import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'The council approved the new bus lanes on Tuesday after a debate that ran late into the evening.',
  'Work on the first two corridors is due to begin in April and should be finished by the end of the year.',
];

describe('Feet of web pages and newsletters, and mastheads, of outlets read without a profile (issue 11)', () => {
  it('cuts a tags line and everything under it, a long copyright line and a comment count too, and a related block in another language', async () => {
    // Act
    const record = await read([
      'Kelių remontas prasidės balandį', ...STORY,
      'Susiję straipsniai\nMieste daugės dviračių takų\nAutobusai važiuos dažniau',
      'Temos:   Miestas   Keliai',
      'Komentarai (12)',
      '© UAB „Miesto žinios“, 2026. Visos teisės saugomos. Kopijuoti, platinti be raštiško sutikimo draudžiama.',
      'Kontaktai   Reklama   Privatumo politika',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves promotions, pointers to the site, subscription lines, a writer\'s description and an error-report line out of the story', async () => {
    // Act
    const irish = await read(['Bus lanes approved', ...STORY, 'Sign up for push alerts and have the best news delivered directly to your phone', 'Join The City Times on WhatsApp and stay up to date'].join('\n\n'));
    const catalan = await read(['Nous carrils bus', ...STORY, 'Llegeix aquesta notícia a ciutatdiari.cat/encatala', 'Has rebut aquest correu perquè estàs subscrit al butlletí.', 'Donar-se de baixa: https://ciutat.example/baixa'].join('\n\n'));
    const swiss = await read(['Neue Busspuren', ...STORY, 'Fehler gefunden? Jetzt melden.', 'Anna von Arx ist Redaktorin im Ressort Stadt und schreibt vor allem über Verkehr und Stadtentwicklung.', 'Newsletter\nStadt heute\nErhalten Sie die wichtigsten Nachrichten aus der Stadt.\nEinloggen'].join('\n\n'));
    const thai = await read(['Bus lanes approved', ...STORY, '© Copyright City Post PCL. All rights reserved.', 'City Post Building, 136 Sunthorn Kosa Road, Khlong Toei, Bangkok 10110'].join('\n\n'));

    // Assess
    for (const record of [irish, catalan, swiss, thai]) expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a short masthead over a trail of sections, a byline under the word WRITER and the publisher\'s copyright with its legal form', async () => {
    // Act
    const record = await read([
      'City Post\nNews  >  General', 'Bus lanes approved for the old town', 'PUBLISHED : 3 Feb 2026 at 17:25\nWRITER: Anong Sriwan and Pracha Boonmee', ...STORY,
      '© Copyright City Post PCL. All rights reserved.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('City Post');
    expect(record.headline).toBe('Bus lanes approved for the old town');
    expect(record.bylines.map((b) => b.name)).toEqual(['Anong Sriwan', 'Pracha Boonmee']);
  });

  it('reads a hyphenated masthead over its menu, a page stamp labelled as updated (no version mark) and Catalan and web bylines', async () => {
    // Act
    const swiss = await read([
      'Stadt-Anzeiger\nStadt   Schweiz   Sport   Kultur\nAbo   Anmelden   Suche', 'Neue Busspuren für die Altstadt', 'Anna von Arx, Reto Meier',
      'Publiziert: 28.01.2026, 05:30\nAktualisiert: 28.01.2026, 11:12', 'Der Stadtrat von Zürich hat am Dienstag die neuen Busspuren nach einer langen Debatte beschlossen.', STORY[1],
    ].join('\n\n'));
    const catalan = await read(['Nous carrils bus al centre', 'Mireia Puig i Ballester\n30/01/2026 06:45 | Actualitzat a les 09:20', "L'Ajuntament de Barcelona va aprovar dimarts els nous carrils bus després d'un llarg debat.", "Les obres començaran a Barcelona a l'abril i acabaran a finals d'any."].join('\n\n'));
    const lithuanian = await read(['Kelių remontas prasidės balandį', 'Jurga Petrauskaitė, miestas.lt\n2026-01-30 08:05', ...STORY].join('\n\n'));

    // Assess
    expect(swiss.provider).toBe('Stadt-Anzeiger');
    expect(swiss.slugline).toBeNull();
    expect(swiss.signals).toEqual([]);
    expect([swiss.firstCreated, swiss.versionCreated]).toEqual(['2026-01-28T05:30:00+01:00', '2026-01-28T11:12:00+01:00']);
    expect(swiss.bylines.map((b) => b.name)).toEqual(['Anna von Arx', 'Reto Meier']);
    expect([catalan.firstCreated, catalan.versionCreated]).toEqual(['2026-01-30T06:45:00+01:00', '2026-01-30T09:20:00+01:00']);
    expect(catalan.bylines.map((b) => b.name)).toEqual(['Mireia Puig i Ballester']);
    expect(lithuanian.bylines.map((b) => b.name)).toEqual(['Jurga Petrauskaitė']);
  });

  it('skips a photo caption over its credit line and reads the dateline after it', async () => {
    // Act
    const record = await read([
      'Bus lanes approved', 'Published: January 31, 2026 09:30', 'The new lanes will run along the old harbour road.\nImage Credit: Supplied',
      `Dubai: ${STORY[0]}`, STORY[1],
    ].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Dubai');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes a link to another story out of the middle of the story, and the writers and the day closing it in parentheses', async () => {
    // Act
    const record = await read(['Nuevos carriles bus', STORY[0], 'Mirá también Ola de calor: cuántos días más durará', STORY[1], '(Ana López, Pedro Ruiz, 28.1.2026)'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads an update note in Dutch over the headline as a note, not the headline', async () => {
    // Act
    const record = await read(['03/02/2026 10:15', "UPDATE - voegt reacties van de oppositie toe (alinea's 7 tot 10)", 'Gent verdubbelt parkeertarief', `(Belga) ${STORY[0]}`, STORY[1]].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Gent verdubbelt parkeertarief');
    expect(record.signals).toContain('update');
  });

  it('names the contributor AP\'s Spanish service credits as "El periodista de The Associated Press …"', async () => {
    // Act
    const record = await read(['Condenan a constructor', ...STORY, 'El periodista de The Associated Press Rafael Peña contribuyó a este despacho desde Santiago de los Caballeros.'].join('\n\n'));

    // Assess
    expect(record.contributors.map((c) => [c.name, c.location])).toEqual([['Rafael Peña', 'Santiago de los Caballeros']]);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads dpa\'s slashed ANPA keyword and its coded trailer time, and a Kyodo 7901 stamp in Japan time', async () => {
    // Act
    const dpa = await read(['\u0016\u0016\u0001d0211\u001f-----', 'r i\u0013\u0011 Verkehr/Stadt/Busse/   02-05 0295', '\u0002^Verkehr/Stadt/Busse/,0295<', '^Neue Busspuren beschlossen<',
      `\t   Hamburg (dpa) - ${STORY[0]}`, `\t   ${STORY[1]}`, '\t   dpa alk yyzz n1 fvh', '', '\t   \u0003051632 GMT Feb 26<', '', '\u000c', '\u0004'].join('\r\n'), 'test/dpa.tst');
    const kyodo = await read(['\u0001KYD0436 3 ie 0512 KYODO', 'Japan-bus-lanes', '\u0002Bus lanes approved in Sapporo', '', `SAPPORO, Jan. 27 Kyodo - ${STORY[0]}`, '', STORY[1], '', '==Kyodo', '', '271918 JST Jan 26', '\u0003'].join('\r\n'), 'test/kyodo.txt');

    // Assess
    expect(dpa.slugline).toBe('Verkehr/Stadt/Busse/');
    expect(dpa.versionCreated).toBe('2026-02-05T16:32:00+00:00');
    expect(kyodo.firstCreated ?? kyodo.versionCreated).toBe('2026-01-27T19:18:00+09:00');
  });

  it('names a regional newsroom\'s broadcaster in ninjs, leaves a notice to subscribers in a NITF tagline out and takes a mail\'s sender for the masthead it prints', async () => {
    // Act
    const nrk = await read(JSON.stringify({ uri: 'urn:x:1', type: 'text', language: 'nb', headlines: [{ value: 'Ny bussvei' }], bodies: [{ role: 'text', contentType: 'text/plain', value: 'Bystyret vedtok tirsdag den nye bussveien etter en lang debatt.\n\nArbeidet starter i april.' }], infoSources: [{ name: 'NRK Troms og Finnmark' }] }), 'test/nrk.json');
    const nitf = await read(`<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Yeni otobüs yolu</title><docdata><date.issue norm="20260203T101500+0300"/></docdata></head><body><body.head><hedline><hl1>Yeni otobüs yolu</hl1></hedline></body.head><body.content><p>Belediye meclisi salı günü yeni otobüs yolunu uzun bir tartışmanın ardından onayladı.</p><p>Çalışmalar nisanda başlayacak.</p></body.content><body.end><tagline>Haberler web sitesinde abonelere özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.</tagline></body.end></body></nitf>`, 'test/aa.xml');
    const mail = await read(['From: "City Courier" <newsletters@courier.example>', 'To: wires@example.org', 'Date: Fri, 30 Jan 2026 06:02:11 +0200', 'Subject: Bus lanes approved', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'CITY COURIER', '', 'Bus lanes approved', '', ...STORY.flatMap((p) => [p, ''])].join('\r\n'), 'test/mail.eml');

    // Assess
    expect(nrk.provider).toBe('NRK');
    expect(nitf.body.paragraphs).toEqual(['Belediye meclisi salı günü yeni otobüs yolunu uzun bir tartışmanın ardından onayladı.', 'Çalışmalar nisanda başlayacak.']);
    expect(mail.provider).toBe('City Courier');
  });

  it('reads a site\'s name over its section, or over a trail of sections in any case, as the masthead and the outlet, and the headline under them', async () => {
    // Act
    const section = await read(['The Harbour Times', 'Region News', '', 'Council approves new bus lanes', '', 'By ANA LIMA', '', ...STORY].join('\n'));
    const trail = await read(['Lidové listy', 'Domov / Doprava', '', 'Rada schválila nové pruhy pro autobusy', '', 'Radní schválili v úterý nové pruhy pro autobusy po debatě, která se protáhla do večera.', '', 'Práce na prvních dvou úsecích začnou v dubnu.'].join('\n'));

    // Assess
    expect(section.headline).toBe('Council approves new bus lanes');
    expect(section.provider).toBe('The Harbour Times');
    expect(section.body.paragraphs).toEqual(STORY);
    expect(trail.headline).toBe('Rada schválila nové pruhy pro autobusy');
    expect(trail.provider).toBe('Lidové listy');
  });

  it('reads a masthead over its section with a blank line between, when a headline and the writer or the time follow, and a desk credit over the time', async () => {
    // Act
    const farming = await read(['Clare Champion', '', 'Agriculture', '', 'Farmers in east Clare object to new hedgerow rules', '', 'By Orla Brennan', '', 'Published June 3, 2026 at 7:40 am', '', ...STORY].join('\n'));
    const sections = await read(['Border Mail', '', 'Regional News | Rural', '', 'Wodonga saleyards to close for a month of repairs', '', 'By Hamish Ward-Lee', '', 'Updated June 2 2026 - 6:05pm, first published 4:48pm', '', ...STORY].join('\n'));
    const desk = await read(['Jornal Notícias', '', 'Economia', '', 'Governo aprova novas faixas para autocarros em Maputo', '', 'Escrito por Redacção', 'Terça, 2 Junho 2026 10:15', '', 'O conselho municipal de Maputo aprovou na terça-feira as novas faixas para autocarros depois de um longo debate.', '', 'As obras começam em Julho.'].join('\n'));

    // Assess
    expect(farming.provider).toBe('Clare Champion');
    expect(farming.headline).toBe('Farmers in east Clare object to new hedgerow rules');
    expect(farming.dateline).toBeNull();
    expect(farming.body.paragraphs).toEqual(STORY);
    expect(sections.provider).toBe('Border Mail');
    // (the page's clock, whatever zone the copy gives no sign of)
    expect([sections.firstCreated, sections.versionCreated].map((t) => t?.slice(0, 19))).toEqual(['2026-06-02T16:48:00', '2026-06-02T18:05:00']);
    expect(desk.provider).toBe('Jornal Notícias');
    expect(desk.bylines).toEqual([]);
    expect(desk.firstCreated?.slice(0, 19)).toBe('2026-06-02T10:15:00');
    // (a month capitalised in Mozambique's and Portugal's older spelling is no place)
    expect(desk.places.map((p) => p.name)).toEqual(['Maputo']);
    expect(desk.body.paragraphs[0]).toMatch(/^O conselho municipal/);
  });

  it('reads any name over its section, no blank line between, when a headline and the writer or the time follow, and the writer under a label', async () => {
    // Act
    const short = await read(['KPBS', 'Politics | San Diego County', '', 'County supervisors approve new bus lanes on two corridors', '', 'By Ana Lima-Okoro (KPBS)', 'June 2, 2026 3:14 p.m.', '', ...STORY].join('\n'));
    const labelled = await read(['Kerryman', 'SPORT', '', 'Council approves new bus lanes for Tralee town centre', '', 'Reporter:', 'Niamh O\'Sullivan-Carey', 'Email:', 'niamh.osullivan@kerryman.example', '', '2 June 2026 9:40 PM', '', ...STORY].join('\n'));

    // Assess
    expect(short.provider).toBe('KPBS');
    expect(short.headline).toBe('County supervisors approve new bus lanes on two corridors');
    expect(short.body.paragraphs).toEqual(STORY);
    expect(labelled.provider).toBe('Kerryman');
    expect(labelled.bylines.map((b) => b.name)).toEqual(['Niamh O\'Sullivan-Carey']);
    expect(labelled.firstCreated?.slice(0, 19)).toBe('2026-06-02T21:40:00');
    expect(labelled.body.paragraphs).toEqual(STORY);
  });

  it('reads a zone-less page time in the zone of the city a two-word masthead ends with', async () => {
    // Act
    const record = await read(['SunStar Davao', 'Local News', '', 'City council approves new bus lanes on two corridors', '', 'By Ana Lima', 'June 2, 2026 7:18 PM', '', ...STORY].join('\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-06-02T19:18:00+08:00');
  });

  it('cuts a tag line filed under, a print-edition note, a promotion of this week\'s paper, desk initials in parentheses and a related block under its category', async () => {
    // Act
    const filed = await read(['Council approves new bus lanes', '', ...STORY, '', 'Filed under: Transport, City council, Buses'].join('\n'));
    const print = await read(['Council approves new bus lanes', '', ...STORY, '', 'A version of this story appears in print on June 5, 2026, of The Kathmandu Post.'].join('\n'));
    const promo = await read(['Council approves new bus lanes', '', ...STORY, '', 'Read more local news in this week’s Western People, in shops now.'].join('\n'));
    const initials = await read(['Council approves new bus lanes', '', ...STORY, '', '(RMA / JLT)'].join('\n'));
    const related = await read(['Council approves new bus lanes', '', ...STORY, '', 'Mais nesta categoria:', '« Chuvas cortam estrada em Inhambane', 'Governo aprova novo regulamento de pesca »'].join('\n'));

    // Assess
    for (const record of [filed, print, promo, initials, related]) expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves a web page\'s summary bullets over the writer and the time out of the story, and a section\'s name between them out of the dateline', async () => {
    // Act
    const record = await read(['Court halts Mombasa ferry fare rise', '', 'In Summary', '', '• The judge said operators had not been consulted.', '• Fares were to double from July.', '', 'by AMINA WANJIRU', 'Counties', '4 June 2026 - 09:12', '', ...STORY].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.dateline).toBeNull();
    expect(record.bylines.map((b) => b.name)).toEqual(['Amina Wanjiru']);
  });

  it('cuts a related block under its heading in Czech', async () => {
    // Act
    const record = await read(['Council approves new bus lanes', '', STORY[0]!, '', 'Související:', '', 'Tramvaje pojedou přes most až v září', '', 'Nový jízdní řád platí od neděle', '', STORY[1]!].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });
});

