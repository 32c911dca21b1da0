import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'Passengers on the canal boats will pay up to 20 baht per trip from January, the city announced on Thursday.',
  'Fares on the 18-kilometre route currently range from 10 to 16 baht.',
];

describe('Feet, frames and take keys of copy read without a profile (issue 11)', () => {
  it('reads a web page whose menu keeps its bars, a byline at the foot over the page\'s tags, links and footer, and its time in the zone of the city it names', async () => {
    // Act
    const record = await read([
      'Khaosod English\nHome   News   Politics   Business   Culture', 'ข่าวสด   |   EN   |   Search', 'News',
      'Saen Saep canal boat fares to rise to 20 baht', 'Published: 12 Dec 2025 10:42',
      `Passengers on Bangkok's Saen Saep canal boats will pay up to 20 baht per trip from January, the city announced.`, STORY[1],
      'Story by Kanokwan Thaworn', 'Tags: Bangkok canal boats public transport',
      'Related\nBangkok\'s Purple Line extension to open in 2027   3 Dec 2025', 'Most Popular\nPolice raid illegal casino in Pathum Thani',
      'Khaosod English   About Us   Contact   Advertise', '© 2025 Khaosod English. All rights reserved.',
    ].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Saen Saep canal boat fares to rise to 20 baht');
    expect(record.provider).toBe('Khaosod English');
    expect(record.bylines.map((b) => b.name)).toEqual(['Kanokwan Thaworn']);
    expect(record.body.paragraphs.at(-1)).toBe(STORY[1]);
    expect(record.firstCreated).toBe('2025-12-12T10:42:00+07:00');
  });

  it('reads writers\' names in capitals set off by dashes at the foot as the byline, over the tags and a copyright notice in the copy\'s language', async () => {
    // Act
    const record = await read([
      'Triều cường lên cao, nhiều tuyến đường ngập sâu',
      'Sáng nay triều cường dâng cao khiến nhiều tuyến đường ở TP.HCM ngập sâu, người dân phải đẩy xe qua các đoạn ngập.',
      'Đài Khí tượng thủy văn dự báo đỉnh triều sẽ còn tăng trong hai ngày tới.',
      'THANH HUYỀN - ĐỨC PHÚ', 'Tags: Triều cường   Ngập nước   TP.HCM',
      'Bản quyền © 2025 Báo Tuổi Trẻ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.',
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Thanh Huyền', 'Đức Phú']);
    expect(record.body.paragraphs.at(-1)).toBe('Đài Khí tượng thủy văn dự báo đỉnh triều sẽ còn tăng trong hai ngày tới.');
  });

  it('names the outlet by its masthead, not by the initials of the tagline under it', async () => {
    // Act
    const record = await read([
      'La Nación\nNoticias de Costa Rica y el mundo\nInicio   El País   Economía   Sucesos   Deportes   Opinión',
      'El País › Salud', 'Pacientes esperan hasta 900 días por una cirugía en el Hospital México',
      'Las listas de espera del Hospital México suman 11.400 casos pendientes, informó la Caja Costarricense de Seguro Social.',
      'La dirección del centro médico prometió jornadas nocturnas a partir de enero.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('La Nación');
    expect(record.headline).toBe('Pacientes esperan hasta 900 días por una cirugía en el Hospital México');
  });

  it('reads a byline joined to its stamp by a bar, and takes a publisher\'s blurb and "You may also like" off the foot', async () => {
    // Act
    const record = await read([
      'The Standard\nHome   Kenya   Counties   Business', 'Water hyacinth strands ferry at Kisumu port',
      'By Beatrice Achieng\' Owino | Dec. 12, 2025 10:47 AM', ...STORY,
      'You may also like\nKPA to dredge Kisumu port ahead of oil jetty expansion\nWhy Lake Victoria\'s tilapia is getting smaller',
      'Standard Group PLC is a multi-media organization with investments in media platforms spanning print, television and radio.',
      '© 2025 The Standard Group PLC',
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Beatrice Achieng\' Owino']);
    expect(record.firstCreated).toMatch(/^2025-12-12T10:47:00/);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a place alone over a photo\'s caption as the dateline, the caption as no paragraph', async () => {
    // Act
    const record = await read([
      'Kenya\'s tea earnings drop 11%', 'Josphat Kiprono Mwaura   |12.12.2025 11:47', 'NAIROBI, Kenya',
      'File photo: Workers pick tea leaves on a plantation in Kericho County, Kenya (AA Archive)',
      'Kenya\'s tea export earnings fell 11% in the first 10 months of 2025, according to data released Friday.', 'The average price dropped to $2.14 per kilogram.',
    ].join('\n\n'));

    // Assess
    expect(record.dateline?.city).toBe('Nairobi');
    expect(record.body.paragraphs[0]).toMatch(/^Kenya's tea export earnings/);
  });

  it('reads a deck over the byline alone as no paragraph, and a link back to the story at the foot as no paragraph', async () => {
    // Act
    const record = await read([
      'THE LOCAL SWEDEN\nNews | Published: 12 December 2025 06:58 CET', 'SL raises price of Stockholm monthly pass',
      'Fares for Stockholm\'s buses, metro and commuter trains will go up in January.', 'Author: Linnéa Sjöberg-Haddad', ...STORY, 'Read more at thelocal.se',
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Linnéa Sjöberg-Haddad']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads "This story has been updated …" at the foot as the note, and an appeal for contributions as no paragraph', async () => {
    // Act
    const record = await read([
      'Cholera deaths in Kano rise to 42', ...STORY, 'This story has been updated with the latest figures from the state ministry of health.',
      'Support independent journalism\nOur reporting is free to read for everyone. If it helped you today, please consider a contribution to keep it that way.\nMake a donation',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.signals).toEqual(['update']);
    expect(record.edNote).toMatch(/^This story has been updated/);
  });

  it('takes Yonhap\'s (2nd LD) and Kyodo\'s (Corrected) off the headline, and a version note under ==Kyodo for the note', async () => {
    // Act
    const record = await read([
      '(Corrected) Cost of Hokuriku bullet train extension more than doubles', 'FUKUI, Japan, Dec. 12 Kyodo - The estimated cost has more than doubled, the ministry said.',
      'Construction is expected to take 28 years.', '==Kyodo', '(Corrects the estimated construction period in the 2nd paragraph to 28 years, not 25 years)',
    ].join('\n\n'));
    const yonhap = await read(['(2nd LD) Seoul subway union calls off strike', 'SEOUL, Dec. 12 (Yonhap) -- The union called off its strike.', 'Trains ran normally.'].join('\n\n'));

    // Assess
    expect(record.headline).toBe('Cost of Hokuriku bullet train extension more than doubles');
    expect(record.signals).toEqual(['correction']);
    expect(record.body.paragraphs.at(-1)).toBe('Construction is expected to take 28 years.');
    expect(yonhap.headline).toBe('Seoul subway union calls off strike');
    expect(yonhap.signals).toEqual(['update']);
  });

  it('names an ANPA or 7901 outlet by the sign-off or copyright its frame\'s code spells, an ANPA note in capitals for no headline, a site\'s run-in sign-off for no text', async () => {
    // Act
    const rappler = await read([
      '\u0016\u0016\u0001a0629\u001f-----', 'r i\u0013\u0011 BC-PH-MARIKINA-DREDGING-RAPPLER   12-12 0441', '\u0002^BC-PH-MARIKINA-DREDGING-RAPPLER,0441<',
      '^UPDATED with DPWH statement in paragraphs 9 and 10<', '^COA flags P1.2 billion in Marikina River dredging payments<', '^By Miguel Antonio Soriano=', '^Rappler=',
      '\t   MANILA, Philippines -- The Commission on Audit has flagged P1.2 billion in payments.', '\t   The report cited delays in 14 other projects. -- Rappler.com',
      '\t   (c)2025 Rappler Inc. All rights reserved.', '', '\t   \u0003RAPPLER-12-12-25 1834<',
    ].join('\r\n'));
    const cyprus = await read([
      '\u0001CYM0541 3 en 0402 CM', 'Cyprus-water-dams', '\u0002Kouris dam at 9 per cent', '', 'By Eleni Charalambous', '',
      'The Kouris dam, the island\'s largest reservoir, was 9 per cent full on Friday, the Water Development Department said.', '',
      'The Limassol Water Board urged households to cut consumption.', '', 'Cyprus Mail ec/ap', '', '121642 dec 25', '\u0003',
    ].join('\r\n'));

    // Assess
    expect(rappler).toMatchObject({ provider: 'Rappler', headline: 'COA flags P1.2 billion in Marikina River dredging payments', signals: ['update'] });
    expect(rappler.body.paragraphs.at(-1)).toBe('The report cited delays in 14 other projects.');
    expect(cyprus.provider).toBe('Cyprus Mail');
    expect(cyprus.body.paragraphs.at(-1)).toBe('The Limassol Water Board urged households to cut consumption.');
  });

  it('names an e-mail\'s sender by the leading words of its name that its address\'s domain spells', async () => {
    // Prepare
    const message = (from: string, address: string) => [
      `From: ${from} <${address}>`, 'To: wire-in@newswire.example', 'Subject: Elbilistene må betale mer i bomringen', 'Date: Fri, 12 Dec 2025 07:15:00 +0100',
      'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '', 'Elbilistene må betale mer i bomringen', '',
      'Bystyret i Oslo vedtok onsdag at elbiler skal betale full takst i bomringen fra mars.', '', 'Endringen må godkjennes av departementet.', '',
    ].join('\r\n');

    // Act & Assess
    expect((await read(message('Aftenposten Oslo', 'nyhetsbrev@aftenposten.no'))).provider).toBe('Aftenposten');
    expect((await read(message('The Local Sweden', 'alerts@thelocal.se'))).provider).toBe('The Local');
    expect((await read(message('Newsroom Alerts', 'alerts@example.com'))).provider).toBeNull();
  });

  it('reads the city of a NITF dateline\'s location parts opening the first paragraph with a colon, and a ninjs copyright holder without its legal form', async () => {
    // Act
    const nitf = await read('<nitf><head><docdata><doc-id id-string="mmegi-1"/></docdata></head><body><body.head><hedline><hl1>BMC to reopen abattoir</hl1></hedline><dateline><location><city>Francistown</city><country>Botswana</country></location></dateline></body.head><body.content><p>FRANCISTOWN: The Botswana Meat Commission says its abattoir will resume slaughtering in March.</p><p>Farmers welcomed the news.</p></body.content></body></nitf>');
    const ninjs = await read(JSON.stringify({ uri: 'https://fijitimes.example/1', type: 'text', version: '1', language: 'en', copyrightholder: 'The Fiji Times Ltd', headline: 'Labasa mill to close early', body_text: 'The Labasa mill will close its crushing season early.\n\nCane supply has slumped.' }));

    // Assess
    expect(nitf.dateline?.city).toBe('Francistown');
    expect(nitf.body.paragraphs[0]).toBe('The Botswana Meat Commission says its abattoir will resume slaughtering in March.');
    expect(ninjs.provider).toBe('The Fiji Times');
  });

  it('reads the editors under the reporter\'s contact block as editing credits, one at an address and one alone, after an assistance credit', async () => {
    // Act
    const record = await read([
      'Miner Restarts Flooded Pit as Zinc Output Slides', '(Bloomberg) -- A zinc miner will restart its flooded pit by June, its chief executive said on Monday.',
      'The pit has been shut since heavy rains in January.', '--With assistance from Tomasz Wierzbicki.', 'To contact the reporter on this story:',
      'Ingrid Solheim-Baptiste in Oslo at isolheim4@bloomberg.net', 'To contact the editors responsible for this story:', 'Dara Fitzmaurice at dfitzmaurice@bloomberg.net',
      'Kwame Asante-Boateng', '©2026 Bloomberg L.P.',
    ].join('\n\n'));

    // Assess
    expect(record.contributors).toEqual([
      { name: 'Tomasz Wierzbicki', location: null, role: 'contributor' },
      { name: 'Dara Fitzmaurice', location: null, role: 'editor' },
      { name: 'Kwame Asante-Boateng', location: null, role: 'editor' },
    ]);
    expect(record.body.paragraphs).toHaveLength(2);
  });
});
