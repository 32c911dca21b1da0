import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import { read } from './read-story.ts';

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

  it('reads a zone-less posted stamp at the offset of the mail that carries it, when nothing else says where the story was filed', async () => {
    // Act
    const record = await read([
      'From: Bayside Newsroom <desk@bayside.example>', 'To: wires@example.org', 'Date: Tue, 14 Jul 2026 09:15:02 -0230', 'Subject: Council backs new plan',
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'Council backs new plan', '', 'By Tamsin Okoro-Reid', 'Posted: July 14, 2026 9:02 AM', '', ...PARAGRAPHS,
    ].join('\r\n'));

    // Assess: the sender's clock (an offset no zone keeps all year: Newfoundland's in summer), not UTC
    expect(record.firstCreated).toBe('2026-07-14T09:02:00-02:30');
    expect(record.versionCreated).toBe('2026-07-14T09:15:02-02:30');
  });

  it('reads the time of a barred section line whose published stamp is a date alone, and keeps the story created before its version', async () => {
    // Act: the page's update is at 07:12, the mail that carries it at 07:30
    const record = await read([
      'From: Valley Desk <desk@example.com>', 'To: wires@example.org', 'Date: Mon, 15 Dec 2025 07:30:18 +0545', 'Subject: Valley water supply to stop for repairs',
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
      'Valley water supply to stop for repairs', 'Valley | Published at : December 15, 2025 | Updated at : December 15, 2025 07:12', '', ...PARAGRAPHS,
    ].join('\r\n'));

    // Assess
    expect(record.firstCreated).toBe('2025-12-15T07:12:00+05:45');
    expect(record.versionCreated).toBe('2025-12-15T07:30:18+05:45');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('keeps a stamp line over an ANPA story beside the transmission stamp of its foot', async () => {
    // Act
    const record = await read([
      '\u0016\u0016\u0001a0388\u001f', 'r a\u0013\u0011 BC-IN-ODISHA-BIRDS-ANI   12-15 0512', '\u0002^BC-IN-ODISHA-BIRDS-ANI,0512<',
      '^Birds flock to Chilika as winter sets in<', '^Updated: Dec 15, 2025 16:21 IST<', `\t   Bhubaneswar (Odisha) [India], December 15 (ANI): ${PARAGRAPHS[0]}`,
      `\t   ${PARAGRAPHS[1]}`, '', '\t   \u0003ANI-12-15-25 1624<', '', '\u000c', '\u0004',
    ].join('\r\n'));

    // Assess
    expect([record.firstCreated, record.versionCreated]).toEqual(['2025-12-15T16:21:00+05:30', '2025-12-15T16:24:00+05:30']);
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

  it('takes an outlet\'s masthead with its sections for no headline, and an agency\'s Latin name over its Cyrillic tag', async () => {
    // Act
    const record = await read([
      'Interfax :: Лента новостей :: Экономика', '09.07.2025 14:15', '', 'Минсельхоз снизил прогноз урожая зерна', '',
      '(Добавлены подробности, комментарий аналитика в 4-6 абзацах)', '',
      'Москва. 9 июля. ИНТЕРФАКС - Министерство сельского хозяйства РФ понизило прогноз урожая зерна в 2025 году.', '', 'Ранее прогноз составлял 135 млн тонн.',
    ].join('\n'));

    // Assess
    expect(record.headline).toBe('Минсельхоз снизил прогноз урожая зерна');
    expect(record.provider).toBe('Interfax');
    expect(record.dateline?.city).toBe('Москва');
    expect(record.signals).toEqual(['update']);
    expect(record.firstCreated).toBe('2025-07-09T14:15:00+03:00');
  });

  it('reads stamps set off by bars beside a section name, an update stamp among them, which dates the version and signals nothing', async () => {
    // Act
    const record = await read(['ANP Nieuws | Binnenland', '08-07-25, 14:32 | Bijgewerkt: 08-07-25, 15:10', '', 'Tekort aan badmeesters', '', ...PARAGRAPHS].join('\n'));

    // Assess
    expect(record.headline).toBe('Tekort aan badmeesters');
    expect([record.firstCreated, record.versionCreated]).toEqual(['2025-07-08T14:32:00+02:00', '2025-07-08T15:10:00+02:00']);
    expect(record.signals).toEqual([]);
  });

  it('reads undeclared Central European bytes as windows-1250', async () => {
    // Act: Slovak copy in windows-1250, no charset anywhere
    const text = 'Tatry zaznamenali rekordný počet turistov\r\n\r\nPoprad 18. júla (TASR) - Vysoké Tatry navštívilo v júni približne 186.000 turistov, čo je o 14 percent viac.\r\n\r\nMesto zvýšilo daň za ubytovanie na tri eurá na osobu a noc.\r\n';
    const cp1250: Record<string, number> = { č: 0xe8, ň: 0xf2, š: 0x9a, ž: 0x9e, ý: 0xfd, ú: 0xfa, é: 0xe9, í: 0xed, á: 0xe1 };
    const encoded = Uint8Array.from([...text].map((c) => cp1250[c] ?? c.charCodeAt(0)));
    const [record] = await parseStories(encoded, { key: 'test/tasr.txt' });

    // Assess
    expect(record!.body.paragraphs[0]).toBe('Vysoké Tatry navštívilo v júni približne 186.000 turistov, čo je o 14 percent viac.');
  });

  it('reads undeclared Cyrillic bytes as windows-1251', async () => {
    // Act: Russian copy in windows-1251, no charset anywhere (TextDecoder gives the bytes of each letter)
    const text = 'Экспорт зерна вырос на треть\r\n\r\nАСТАНА, 12 ноября. Казахстан за десять месяцев экспортировал 8,1 миллиона тонн зерна, сообщили в министерстве сельского хозяйства.\r\n\r\nОсновными покупателями остаются Узбекистан, Таджикистан и Афганистан.\r\n';
    const encoded = Uint8Array.from([...text].map((c) => {
      const code = c.codePointAt(0)!;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0; // А–я
      return code === 0x451 ? 0xb8 : code === 0x401 ? 0xa8 : code;
    }));
    const [record] = await parseStories(encoded, { key: 'test/kazinform.txt' });

    // Assess
    expect(record!.source.encoding).toBe('windows-1251');
    expect(record!.headline).toBe('Экспорт зерна вырос на треть');
    expect(record!.body.paragraphs[1]).toBe('Основными покупателями остаются Узбекистан, Таджикистан и Афганистан.');
  });

  it('reads a dateline with a date of another calendar before the Gregorian one', async () => {
    // Act
    const record = await read([`Riyadh, Muharram 20, 1447, July 15, 2025, SPA -- ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '--SPA'].join('\n\n'));

    // Assess
    expect(record.provider).toBe('SPA');
    expect(record.dateline?.city).toBe('Riyadh');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('leaves an address between the agency\'s name and its telephone, end marks and tags with initials out of the story', async () => {
    // Act
    const address = await read([`Guatemala, 3 sep (AGN) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], 'lc/dc', 'Agencia Guatemalteca de Noticias (AGN)', '8a. calle 6-72 zona 1, Ciudad de Guatemala', 'Tel. (502) 2327-6000 | redaccion@agn.gt | www.agn.gt'].join('\n\n'));
    const marked = await read([`Hanoi (VNA) – ${PARAGRAPHS[0]}`, `${PARAGRAPHS[1]}/.`].join('\n\n'));
    const initials = await read([`MOSTAR, 3. septembra (FENA) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '(FENA) S. K.'].join('\n\n'));

    // Assess
    expect(address.body.paragraphs).toEqual(PARAGRAPHS);
    expect(marked.body.paragraphs).toEqual(PARAGRAPHS);
    expect(initials.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes a correction\'s detail in parentheses under its notice as part of the note, not as the headline', async () => {
    // Act
    const record = await read(['BELGIE-ONDERWIJS-UGENT', 'CORRECTIE - verbetert het aantal studenten in de tweede alinea', '(3.400 en niet 34.000)', 'Minder internationale studenten aan UGent', '', `GENT 10/07 (BELGA) = ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.headline).toBe('Minder internationale studenten aan UGent');
    expect(record.signals).toEqual(['correction']);
    expect(record.dateline?.city).toBe('Gent');
  });

  it('takes a masthead in Cyrillic and a breadcrumb for no headline, and a channel promotion for no paragraph', async () => {
    // Act
    const record = await read([
      'БЕЛТА — Новости Беларуси', 'Economy > Business', '', 'Новый мост через Сож открыли в Гомеле', '',
      'Новый автомобильный мост через реку Сож открыли сегодня в Гомеле.', '', 'Его длина составляет 420 метров.', '',
      'Подписывайтесь на БЕЛТА в Telegram и Viber!',
    ].join('\n'));

    // Assess
    expect(record.headline).toBe('Новый мост через Сож открыли в Гомеле');
    expect(record.body.paragraphs).toEqual(['Новый автомобильный мост через реку Сож открыли сегодня в Гомеле.', 'Его длина составляет 420 метров.']);
  });

  it('takes a news service\'s name in its own language for a masthead, and a photo credit in Cyrillic for no paragraph', async () => {
    // Act
    const finnish = await read(['STT:n uutispalvelu | Kotimaa', '', 'Suurpedot tappoivat ennätysmäärän poroja', '', ...PARAGRAPHS].join('\n'));
    const estonian = await read(['ERR uudised | Eesti', '', 'Ülemiste terminal hilineb', '', ...PARAGRAPHS].join('\n'));
    const belarusian = await read(['Новый мост открыли в Гомеле', '', ...PARAGRAPHS, '', 'Фото Ольги Некрашевич'].join('\n'));

    // Assess
    expect(finnish.headline).toBe('Suurpedot tappoivat ennätysmäärän poroja');
    expect(estonian.headline).toBe('Ülemiste terminal hilineb');
    expect(belarusian.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a kill mark on the killed story\'s headline, and a note to editors that asks for the kill', async () => {
    // Act
    const record = await read(['(KILL) S. Korea to extend fuel tax cut', '', 'EDITORS: Please KILL the following story, which was transmitted prematurely.', '', `SEJONG, Oct. 20 (Yonhap) -- ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.headline).toBe('S. Korea to extend fuel tax cut');
    expect(record.pubStatus).toBe('canceled');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a place alone under the headline as the dateline, and the agency, a dash and the writer at the foot as the byline', async () => {
    // Act
    const record = await read(['Kaupunki avaa uuden uimahallin', '', 'Oulu', '', ...PARAGRAPHS, '', 'STT–Anna Virtanen'].join('\n'));

    // Assess
    expect(record.dateline?.city).toBe('Oulu');
    expect(record.bylines.map((b) => b.name)).toEqual(['Anna Virtanen']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it.each([
    ['a writer and the tag of an agency without a profile', 'Aziza Rahimova, UzA', { byline: 'Aziza Rahimova' }],
    ['a rule and the desk\'s initials', '================K.M.', {}],
    ['the bureau that filed the story', 'IPS Geneva Bureau Report', {}],
    ['an editor credit in the agency\'s language', 'Toimetaja: Jaan Tamm', { editor: 'Jaan Tamm' }],
    ['an editor\'s login', 'Editor: wangyi', {}],
    ['the terms of reuse under their label', 'Republishing: content may be republished free of charge, provided the agency is credited.', {}],
    ['where to ask, with an address', 'Enquiries: newsdesk@example.gov | Tel: 012 473 0000', {}],
    ['a byline word in Albanian', 'Përgatiti: Drita Hoxha', { byline: 'Drita Hoxha' }],
    ['a follow line naming networks', 'Segwi lil TVMnews fuq Facebook, Instagram u TikTok.', {}],
    ['a follow line with a channel\'s link, in Cyrillic', 'Пратите СРНА на Телеграму: t.me/srna_agencija', {}],
    ['the terms of reuse in Russian', 'Ссылка на ИА «24.kg» при копировании обязательна.', {}],
    ['the agency behind an ellipsis', '….PACNEWS', {}],
    ['the editor\'s address and a follow line', 'Editor: desk@example.org | Follow us on Facebook and X', {}],
  ] as const)('leaves %s out of the story (%s)', async (_, line, expected: { byline?: string; editor?: string }) => {
    // Act
    const record = await read(['Council approves the new plan', '', `VALLETTA, Oct 3 (XNA) - ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1], '', line].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
    if (expected.byline) expect(record.bylines.map((b) => b.name)).toEqual([expected.byline]);
    expect(record.contributors.filter((c) => c.role === 'editor').map((c) => c.name)).toEqual(expected.editor ? [expected.editor] : []);
  });

  it('reads an agency masthead whose country follows the agency word, and month names in Albanian', async () => {
    // Act
    const record = await read(['MNA - Montsame Agentlag | National News Agency Mongolia', '', 'Parliament passes the budget', '', `Prizren, 14 shtator 2025 (Kosovapress) - ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(record.headline).toBe('Parliament passes the budget');
    expect(record.dateline?.city).toBe('Prizren');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes an outlet\'s masthead and the writer the format names, printed again atop the body, for no paragraphs', async () => {
    // Arrange
    const nitf = `<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Terminal delayed</title></head><body><body.head><hedline><hl1>Terminal delayed</hl1></hedline><byline>Karin Koppel</byline></body.head><body.content><p>ERR uudised | Eesti</p><p>Karin Koppel</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`;

    // Act
    const [record] = await parseStories(new TextEncoder().encode(nitf), { key: 'test/err.xml' });

    // Assess
    expect(record!.bylines.map((b) => b.name)).toEqual(['Karin Koppel']);
    expect(record!.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a web page: the site\'s name over its menu, its section, a byline label, a date with its small words, share and related lines', async () => {
    // Act
    const record = await read([
      'MNA – Agência de Notícias de Exemplo', 'Início  |  Nacional  |  Economia  |  Desporto', '', 'ECONOMIA', '', 'Governo aprova novo orçamento', '',
      'Reportagem: Ana Sousa', '04 de novembro de 2025, 14:22', '', `MAPUTO, 04 de novembro de 2025 (MNA) – ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1], '',
      'Partilhar:  Facebook  |  X  |  WhatsApp', '', 'Notícias relacionadas', '• Ponte reabre ao trânsito', '• Chuvas afetam o norte',
    ].join('\n'));

    // Assess
    expect(record.headline).toBe('Governo aprova novo orçamento');
    expect(record.dateline?.city).toBe('Maputo');
    expect(record.bylines.map((b) => b.name)).toEqual(['Ana Sousa']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a news agency named in guillemets after the place, and takes the agency\'s name alone over its tagged dateline for no paragraph', async () => {
    // Act
    const named = await read(['Мэрия закупит новые автобусы', '', `Ош, ИА «Ала-Тоо». ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));
    const tagged = await read(['Exports rise again', '', 'Prensanorte', '', `Cali, 13 de noviembre de 2025 (Prensanorte). ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(named.dateline?.city).toBe('Ош');
    expect(named.body.paragraphs).toEqual(PARAGRAPHS);
    expect(tagged.dateline?.city).toBe('Cali');
    expect(tagged.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes a site\'s one-word name over its menu for the provider, and the distributor of a syndicated tag', async () => {
    // Act
    const site = await read(['Starwire', 'Binnenland | Economie | Buitenland | Sport', '', 'Rijstboeren vrezen misoogst', '', ...PARAGRAPHS].join('\n'));
    const syndicated = await read(['Whale season sets a record', '', `NUKU'ALOFA, 13 NOVEMBER 2025 (MATANGI TONGA/PACNEWS) --- ${PARAGRAPHS[0]}`, '', PARAGRAPHS[1]].join('\n'));

    // Assess
    expect(site.provider).toBe('Starwire');
    expect(site.headline).toBe('Rijstboeren vrezen misoogst');
    expect(syndicated.provider).toBe('PACNEWS');
    expect(syndicated.dateline?.city).toBe("Nuku'alofa");
    expect(syndicated.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a hard-wrapped first paragraph whole, under a masthead with its tagline over a rule', async () => {
    // Act: a newspaper's mail alert, lines wrapped at 72 columns
    const record = await read([
      'TONGA DAILY\nThe Kingdom\'s Morning Paper\nFriday 5 December 2025\n------------------------------------------------------------',
      'Vava\'u wharf to close for repairs in March',
      'By Mele Fifita',
      'The main wharf at Neiafu will close for six weeks from March while its\npiles are replaced, the Ports Authority said on Thursday, and cargo will\nbe landed at the old jetty.',
      'Ferry services to Tongatapu will keep to their timetable, the authority\nsaid, although some sailings may leave an hour later than usual.',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Vava\'u wharf to close for repairs in March');
    expect(record.bylines.map((b) => b.name)).toEqual(['Mele Fifita']);
    expect(record.body.paragraphs[0]).toBe('The main wharf at Neiafu will close for six weeks from March while its piles are replaced, the Ports Authority said on Thursday, and cargo will be landed at the old jetty.');
    expect(record.body.paragraphs).toHaveLength(2);
  });

  it('takes a bulletin\'s dated title for no headline, and an agency tag in square brackets in the dateline', async () => {
    // Act
    const record = await read([
      'AGENCE DE PRESSE DU SUD (APS)\nLe bulletin du vendredi 5 décembre 2025',
      'Ouverture d\'un nouveau marché couvert à Jacmel',
      'Jacmel, 5 déc. 2025 [APS]- La mairie de Jacmel a inauguré vendredi un marché couvert de 300 étals, construit en huit mois.',
      'Les marchandes installées sur la place d\'Armes y seront relogées avant la fin du mois.',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Ouverture d\'un nouveau marché couvert à Jacmel');
    expect(record.dateline?.city).toBe('Jacmel');
    expect(record.body.paragraphs[0]).toBe('La mairie de Jacmel a inauguré vendredi un marché couvert de 300 étals, construit en huit mois.');
  });

  it('takes links to other stories, copyright lines in other scripts, a serial number and a contact line off the foot', async () => {
    // Act
    const record = await read([
      'Puerto nuevo para Samaná',
      `SAMANÁ, República Dominicana (XYZ) — ${PARAGRAPHS[0]}`,
      PARAGRAPHS[1],
      'Lea también: Turismo cierra octubre con cifras récord',
      'Read more at www.example-news.do/category/nacionales',
      'แชร์ข่าว : Facebook | LINE | X',
      'Contato: redacao@example-news.do',
      'ISSN 2465 - 1222',
      'جميع الحقوق محفوظة © وكالة الأنباء 2025',
      '本稿件为本社版权所有，未经书面授权，不得以任何方式转载。',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads AP en español\'s credit line at the foot as a credit, with the contributor', async () => {
    // Act
    const record = await read([
      'Sequía reduce el nivel de las presas',
      `CIUDAD DE MÉXICO (AP) — ${PARAGRAPHS[0]}`,
      PARAGRAPHS[1],
      'La periodista de AP Marta Ruiz contribuyó a este despacho desde Puebla.',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
    expect(record.contributors.map((c) => [c.name, c.location])).toEqual([['Marta Ruiz', 'Puebla']]);
  });

  it('reads a zone-less stamp in the dateline city\'s zone, a Cyrillic city by its transliteration, or the language\'s one clock', async () => {
    // Act
    const cyrillic = await read(['Тарифы на электроэнергию вырастут', '27.11.2025 11:05', 'ДУШАНБЕ, 27 ноября /АГЕНТСТВО/. Тарифы на электроэнергию для населения вырастут с 1 января, сообщили в министерстве энергетики.', 'Повышение составит в среднем 15 процентов.'].join('\n\n'));
    const italian = await read(['Allerta meteo in Calabria', '27-NOV-25 14:52', 'La protezione civile ha diramato per domani un\'allerta arancione su gran parte della regione, con piogge e temporali.', 'Le scuole resteranno chiuse in diversi comuni della costa tirrenica.'].join('\n\n'));

    // Assess
    expect(cyrillic.dateline?.city).toBe('Душанбе');
    expect(cyrillic.firstCreated).toBe('2025-11-27T11:05:00+05:00');
    expect(italian.firstCreated).toBe('2025-11-27T14:52:00+01:00');
  });

  it('cases a Turkish dateline printed in capitals by Turkish rules', async () => {
    // Act
    const record = await read(['Pamuk hasadı yüzde 12 arttı', 'ŞANLIURFA (AA) - Şanlıurfa\'da bu yıl pamuk hasadı geçen yıla göre yüzde 12 arttı ve üreticiler fiyatlardan memnun.', 'Hasadın kasım sonuna kadar tamamlanması bekleniyor.'].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Şanlıurfa');
  });

  it('reads a Korean web page: the section word over the headline, [서울=뉴시스], (종합) as an update, the Latin name beside the tag', async () => {
    // Act
    const record = await read([
      '뉴시스 NEWSIS\n정치 | 경제 | 사회 | 국제 | 스포츠',
      '경제',
      '부산항 물동량 역대 최대…11월 누적 2400만TEU(종합)',
      '[부산=뉴시스]김민수 기자 = 부산항의 올해 컨테이너 물동량이 11월까지 2400만TEU를 넘어 역대 최대를 기록했다.',
      '부산항만공사는 환적 화물이 크게 늘었다고 밝혔다.',
      '관련기사\n부산항 신항 2단계 개장',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('NEWSIS');
    expect(record.headline).toBe('부산항 물동량 역대 최대…11월 누적 2400만TEU');
    expect(record.signals).toEqual(['update']);
    expect(record.dateline?.city).toBe('부산');
    expect(record.body.paragraphs).toEqual(['부산항의 올해 컨테이너 물동량이 11월까지 2400만TEU를 넘어 역대 최대를 기록했다.', '부산항만공사는 환적 화물이 크게 늘었다고 밝혔다.']);
  });

  it('reads Chinese and Japanese datelines, and takes (完), a desk editor in brackets and a rights line off the foot', async () => {
    // Act
    const chinese = await read(['长江航运量创新高', '新华社武汉11月27日电（记者 李明）长江干线今年前10个月货物通过量达到35亿吨，同比增长4%。', '武汉港口集团表示，集装箱吞吐量增长最快。(完)', '【编辑:张伟】', '本稿件为本社版权所有，未经书面授权，不得以任何方式转载。'].join('\n\n'));
    const japanese = await read(['北海道で初雪、平年より遅く', '【札幌共同】札幌管区気象台は27日、札幌市で初雪を観測したと発表した。平年より10日遅い。', '道内の各地で気温が下がった。'].join('\n\n'));

    // Assess
    expect([chinese.provider, chinese.dateline?.city, chinese.body.paragraphs]).toEqual(['Xinhua', '武汉', ['长江干线今年前10个月货物通过量达到35亿吨，同比增长4%。', '武汉港口集团表示，集装箱吞吐量增长最快。']]);
    expect([japanese.provider, japanese.dateline?.city, japanese.body.paragraphs[0]]).toEqual(['Kyodo', '札幌', '札幌管区気象台は27日、札幌市で初雪を観測したと発表した。平年より10日遅い。']);
  });

  it('takes a masthead in two scripts over a menu for no headline, and a page\'s tags, a share line in Arabic and a desk\'s initials off the foot', async () => {
    // Act
    const record = await read([
      'وكالة الأنباء - وانا\nNews Agency - WANA\nالرئيسية | سياسة | اقتصاد | رياضة',
      'اقتصاد',
      'ارتفاع صادرات التمور بنسبة 20 في المائة',
      'أعلنت وزارة الزراعة أن صادرات التمور ارتفعت بنسبة 20 في المائة خلال العام الجاري مقارنة بالعام الماضي.',
      'وأضافت الوزارة أن الأسواق الآسيوية استوعبت معظم الكميات المصدرة.',
      'مشاركة: فيسبوك | إكس | واتساب',
      'Tags: dates, exports',
      '(Fdc/Wana)',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('ارتفاع صادرات التمور بنسبة 20 في المائة');
    expect(record.body.paragraphs).toHaveLength(2);
  });

  it('reads an Italian notice that the story corrects and replaces an earlier one as a correction', async () => {
    // Act
    const record = await read(['ATTENZIONE: LA SEGUENTE NOTIZIA CORREGGE E SOSTITUISCE LA XCI12345 - CORRETTA LA DATA', 'Porto di Genova, nuovo terminal', `(ANSA) - GENOVA, 28 NOV - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.signals).toEqual(['correction']);
    expect(record.headline).toBe('Porto di Genova, nuovo terminal');
  });

  it('reads a page copied from a browser: a masthead in capitals and its tagline over a menu set apart by spaces, account links, a deck over the writer and the time', async () => {
    // Act
    const record = await read([
      'HIMAL TIMES\nNepal\'s Morning Daily\nHome   Nation   Business   Sports   Opinion\nSearch   Subscribe',
      'Business',
      'Pokhara airport adds night flights to Kathmandu',
      'The airport will keep its runway lights on until midnight from January, its managers said on Monday.',
      'Sita Gurung | Pokhara',
      '25 Nov, 2025 | 9:40 AM',
      ...PARAGRAPHS,
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Himal Times');
    expect(record.headline).toBe('Pokhara airport adds night flights to Kathmandu');
    expect(record.bylines.map((b) => b.name)).toEqual(['Sita Gurung']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('takes a page\'s footer under the story\'s last credit, and reads a closing version note as the note', async () => {
    // Act
    const record = await read([
      'Copper miner slumps on permit delay',
      'By Ana Lima',
      ...PARAGRAPHS,
      '(Updates with closing share price in second paragraph.)',
      '— With assistance from Rui Costa',
      'Have a confidential tip for our reporters? Get in Touch',
      'LEARN MORE',
      'More From Example News',
      'Nickel glut deepens as output keeps climbing',
      'Terms of Service   Privacy Policy   Careers   Help',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
    expect(record.signals).toEqual(['update']);
    expect(record.contributors.map((c) => c.name)).toEqual(['Rui Costa']);
  });

  it('reads an Arabic dateline with a numeric date and the tag in brackets, and takes Arabic initials and a writer\'s address off the foot', async () => {
    // Act
    const record = await read([
      'ارتفاع صادرات الصمغ العربي',
      'كسلا 26-11-2025 (وانا)- أعلن مجلس الصمغ العربي أن الصادرات ارتفعت خلال العام الجاري بنسبة كبيرة مقارنة بالعام الماضي.',
      'وأضاف المجلس أن الأسواق الآسيوية استوعبت معظم الكميات.',
      'ع.م/ ه.ع',
      '◎ الوكالة writer@example.sd',
    ].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('كسلا');
    expect(record.body.paragraphs).toEqual(['أعلن مجلس الصمغ العربي أن الصادرات ارتفعت خلال العام الجاري بنسبة كبيرة مقارنة بالعام الماضي.', 'وأضاف المجلس أن الأسواق الآسيوية استوعبت معظم الكميات.']);
  });

  it('reads an HTML-only newsletter whose heading is an h2: its labelled fields with a space before the colon, the agency named with its acronym', async () => {
    // Act
    const record = await read([
      'From: Daily News <alerts@news.example.bw>',
      'To: desk@newswire.example',
      'Subject: Daily News: Clinic opens in Tsabong',
      'Date: Thu, 27 Nov 2025 16:05:12 +0200',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=us-ascii',
      '',
      '<html><body><table><tr><td>DAILY NEWS<br /><span>Kalahari Press Agency (KAPA) &ndash; Ministry of Communications</span></td></tr>',
      '<tr><td><h2>Clinic opens in Tsabong</h2><table><tr><td>Author&nbsp;: Neo Tau</td></tr><tr><td>Location&nbsp;: TSABONG</td></tr><tr><td>Event&nbsp;: Official opening</td></tr></table>',
      `<p>TSABONG &ndash; ${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`,
      '<p>Source&nbsp;: KAPA<br />Editor&nbsp;: Mpho Dube</p></td></tr></table></body></html>',
    ].join('\r\n'));

    // Assess
    expect(record.headline).toBe('Clinic opens in Tsabong');
    expect(record.provider).toBe('KAPA');
    expect(record.bylines.map((b) => b.name)).toEqual(['Neo Tau']);
    expect(record.dateline?.city).toBe('Tsabong');
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a Thai page: the Latin acronym its masthead opens with, a stamp in the Buddhist era, a source line at the foot', async () => {
    // Act
    const record = await read([
      'TNA สำนักข่าวไทย\nหน้าแรก | ข่าวการเมือง | ข่าวเศรษฐกิจ | ข่าวสังคม',
      'ข่าวเศรษฐกิจ',
      'ท่าอากาศยานเชียงใหม่เพิ่มเที่ยวบินช่วงปีใหม่',
      'วันที่ 3 ธันวาคม 2568 เวลา 09:15 น.',
      'ท่าอากาศยานเชียงใหม่เตรียมเพิ่มเที่ยวบินพิเศษ 120 เที่ยวบินในช่วงเทศกาลปีใหม่ เพื่อรองรับนักท่องเที่ยวที่คาดว่าจะเพิ่มขึ้น',
      'ผู้อำนวยการท่าอากาศยานกล่าวว่า จะเปิดเคาน์เตอร์เช็คอินเพิ่มอีก 10 จุด',
      'ข่าวจาก : ท่าอากาศยานไทย',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('TNA');
    expect(record.headline).toBe('ท่าอากาศยานเชียงใหม่เพิ่มเที่ยวบินช่วงปีใหม่');
    expect(record.firstCreated ?? record.versionCreated).toBe('2025-12-03T09:15:00+07:00');
    expect(record.body.paragraphs).toHaveLength(2);
  });

  it('reads an outlet\'s name in capitals and its section over the headline as the masthead', async () => {
    // Act
    const record = await read(['FOLHA NOTÍCIAS | Economia', 'Safra de café deve crescer 4% em 2026', 'Maria Souza', `SÃO PAULO - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Folha Notícias');
    expect(record.headline).toBe('Safra de café deve crescer 4% em 2026');
  });

  it('reads Swahili\'s Na before a name alone as a byline, and takes a newsletter\'s notice and a service\'s terms off the foot', async () => {
    // Act
    const record = await read([
      'Wakulima wapokea mbegu bora',
      'Na Asha Mwakyusa',
      `DODOMA - ${PARAGRAPHS[0]}`,
      PARAGRAPHS[1],
      'Umepokea barua pepe hii kwa sababu umejiandikisha kupokea jarida la Habari. Jiondoe',
      'EXNEWS is a service of the Example Islands News Association. Material may be used by its members with credit to EXNEWS and the originating source.',
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Asha Mwakyusa']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('names an agency without a profile by the Latin spelling of its Cyrillic tag when no masthead prints one', async () => {
    // Act
    const record = await read(['Нови мост преко Дрине', 'ЗВОРНИК, 7. НОВЕМБРА /МНА/ - Изградња новог моста преко Дрине биће завршена до краја године, рекао је данас начелник општине.', 'Радови су почели у марту.'].join('\n\n'));

    // Assess
    expect(record.provider).toBe('MNA');
    expect(record.dateline?.city).toBe('Зворник');
  });

  it('reads the word for "by" of Hausa and Tagalog before a name alone, and a share line in Tagalog off the foot, in Manila time', async () => {
    // Act
    const hausa = await read(['An bude sabuwar kasuwa a Kano', 'Daga Musa Sani Bello', '', ...PARAGRAPHS].join('\n\n'));
    const tagalog = await read(['Bagong tulay binuksan sa Iloilo', 'Ni Maria Santos', 'December 2, 2025 @ 6:45 PM', '', 'Binuksan na ang bagong tulay sa Iloilo City nitong Martes matapos ang dalawang taon ng konstruksyon, ayon sa lokal na pamahalaan.', 'Inaasahang mapapabilis nito ang biyahe ng libu-libong motorista araw-araw.', 'I-share: Facebook | X | Messenger'].join('\n\n'));

    // Assess
    expect(hausa.bylines.map((b) => b.name)).toEqual(['Musa Sani Bello']);
    expect(tagalog.bylines.map((b) => b.name)).toEqual(['Maria Santos']);
    expect(tagalog.firstCreated).toBe('2025-12-02T18:45:00+08:00');
    expect(tagalog.body.paragraphs.at(-1)).toBe('Inaasahang mapapabilis nito ang biyahe ng libu-libong motorista araw-araw.');
  });

  it('reads a name in capitals with a tagline right under it as the masthead, not the tagline as the headline', async () => {
    // Act
    const record = await read([
      'DALA TIMES\nЖалпыұлттық қоғамдық-саяси газет',
      'Қоғам',
      'Астанада жаңа мектеп ашылды',
      '03.12.2025 09:47',
      'Астанада 1200 оқушыға арналған жаңа мектеп ашылды, деп хабарлады қалалық білім басқармасы.',
      'Мектепте спорт залы мен кітапхана бар.',
    ].join('\n\n'));

    // Assess: the outlet's name for provider, the section for nothing, the stamp in Kazakhstan's one zone
    expect(record.provider).toBe('Dala Times');
    expect(record.headline).toBe('Астанада жаңа мектеп ашылды');
    expect(record.dateline).toBeNull();
    expect(record.firstCreated).toBe('2025-12-03T09:47:00+05:00');
  });

  it('takes "more to follow" and "end of message" marks of other languages and a contact line in double brackets off the foot', async () => {
    // Act
    const german = await read([`BERLIN, 2. Dezember (dpa) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '(Weitere Meldung folgt)'].join('\n\n'));
    const persian = await read(['افتتاح پل جدید در اصفهان', 'پل جدید اصفهان روز سه‌شنبه با حضور استاندار افتتاح شد و به گفته مسئولان ترافیک شهر را کاهش می‌دهد.', 'ساخت این پل سه سال طول کشید.', 'انتهای پیام'].join('\n\n'));
    const reuters = await read([`LIMA, Dec 2 (Reuters) - ${PARAGRAPHS[0]}`, PARAGRAPHS[1], '(Reporting by Ana Ruiz; Editing by Tom Hale)', '((ana.ruiz@thomsonreuters.com; +51 1 555 0100))'].join('\n\n'));

    // Assess
    expect(german.body.paragraphs.at(-1)).toBe(PARAGRAPHS[1]);
    expect(persian.body.paragraphs.at(-1)).toBe('ساخت این پل سه سال طول کشید.');
    expect(reuters.body.paragraphs.at(-1)).toBe(PARAGRAPHS[1]);
  });

  it('reads a page whose masthead is its address, with two-link menus and a stamp line of a date, its time and an update time', async () => {
    // Act
    const record = await read([
      'frettir.is\nForsíða   Fréttir   Innlent   Erlent   Íþróttir   K100\nInnskráning   Áskrift',
      'Innlent | frettir | 1.12.2025 | 14:27 | Uppfært 15:05',
      'Ný brú opnuð yfir Ölfusá',
      'Ný brú yfir Ölfusá var opnuð fyrir umferð í dag eftir þriggja ára framkvæmdir, að sögn Vegagerðarinnar.',
      'Brúin styttir leiðina milli Selfoss og Hveragerðis um tíu mínútur.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('frettir.is');
    expect(record.headline).toBe('Ný brú opnuð yfir Ölfusá');
    expect([record.firstCreated, record.versionCreated]).toEqual(['2025-12-01T14:27:00+00:00', '2025-12-01T15:05:00+00:00']);
    expect(record.language).toBe('is');
  });

  it('takes a masthead in capitals, its tagline and a menu of two links for the masthead, not the headline', async () => {
    // Act
    const record = await read([
      'DAILY KANO\nJaridar Hausa ta Kamfanin Misali\nLabarai | Lafiya',
      'Kano ta bude sabuwar kasuwa',
      'Daga Musa Sani Bello',
      'Gwamnatin Jihar Kano ta bude sabuwar kasuwa a birnin Kano ranar Litinin, a wani mataki na bunkasa kasuwanci a jihar.',
      'Kasuwar tana da shaguna fiye da dubu biyu.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Daily Kano');
    expect(record.headline).toBe('Kano ta bude sabuwar kasuwa');
    expect(record.bylines.map((b) => b.name)).toEqual(['Musa Sani Bello']);
  });
});

describe('Agency furniture of session 15 (issue 11)', () => {
  it('reads an embargo line set off below a 7901 headline, with a Malay clock, as the embargo and no paragraph', async () => {
    // Act
    const record = await read([
      '\u0001abc0101 3 im 0301 XYZ', 'Ekonomi-Pelabuhan', '\u0002Pelabuhan baharu dibuka bulan depan', '03/03/2026 04:10 PM', '',
      'EMBARGO: TIDAK BOLEH DISIARKAN SEBELUM 12.01 PAGI, KHAMIS, 5 MAC 2026', '', PARAGRAPHS[0], '', PARAGRAPHS[1], '\u0003',
    ].join('\r\n'));

    // Assess
    expect(record.embargoedUntil).toMatch(/^2026-03-05T00:01:00/);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
  });

  it('reads a day-time group in Central European time, desk lines in scripts without capitals and an Arabic end mark as the foot', async () => {
    // Act
    const german = await read(['Neue Brücke über die Elbe eröffnet', ...PARAGRAPHS, 'abc def', '041530 MEZ Mar 26'].join('\n\n'));
    const arabic = await read(['افتتاح جسر جديد', '', 'افتتحت وزارة الأشغال العامة اليوم الثلاثاء جسرا جديدا فوق النهر يربط شرق المدينة بغربها بعد عامين من الأعمال المتواصلة.', 'وقال وزير الأشغال العامة في كلمة خلال الافتتاح إن الجسر الجديد سيخفف الازدحام المروري في وسط المدينة بشكل كبير.', '(النهاية)', 'ع م ك / س ل'].join('\n\n'));
    const hindi = await read(['नया पुल खुला', '', 'राज्य सरकार ने आज नदी पर बने नए पुल का उद्घाटन किया, जिसका निर्माण दो साल पहले शुरू हुआ था और जिस पर चार सौ करोड़ रुपये खर्च हुए।', 'लोक निर्माण मंत्री ने उद्घाटन समारोह में कहा कि इस पुल से शहर के पूर्वी और पश्चिमी हिस्सों के बीच यातायात आसान होगा।', 'शर्मा / वर्मा'].join('\n\n'));

    // Assess
    expect(german.body.paragraphs).toEqual(PARAGRAPHS);
    expect(german.firstCreated).toBe('2026-03-04T15:30:00+01:00');
    expect(arabic.body.paragraphs.at(-1)).toMatch(/^وقال وزير الأشغال العامة/u);
    expect(hindi.body.paragraphs.at(-1)).toMatch(/^लोक निर्माण मंत्री/u);
  });

  it('reads a German update note in parentheses over the headline as the note and an update, and an agency named with its spaced acronym as the masthead', async () => {
    // Act
    const update = await read(['(neu: Stellungnahme der Stadt ab Absatz 2)', 'Neue Brücke über die Elbe eröffnet', ...PARAGRAPHS].join('\n\n'));
    const masthead = await read(['Gulf Coast News Agency ( GCNA )', 'Port traffic rises for a third month', ...PARAGRAPHS].join('\n\n'));

    // Assess
    expect(update.headline).toBe('Neue Brücke über die Elbe eröffnet');
    expect(update.signals).toContain('update');
    expect(masthead.headline).toBe('Port traffic rises for a third month');
  });
});
