import { describe, expect, it } from 'vitest';
import { readWires } from '../../../lambdas/wire/index.ts';
import { iptc7901 } from '../../../lambdas/wire/formats/iptc-7901.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: iptc-7901', () => {
  it('is certain of SOH and STX without SYN', () => {
    // Act & Assess
    expect(detectWith(iptc7901, '\u0001eca100 3 s 586 ccccb   dpa 099\n\u0002Headline\n')).toBe('certain');
  });

  it('reads undeclared Latin-1, the take line, byline, wrapped paragraphs, the notebook and the stamp; the sign-off goes', () => {
    // Act
    const [doc] = readWires(readWireFixture('iptc-7901/dpa-7901-latin1-notebook.txt'));

    // Assess
    expect(doc).toMatchObject({
      encoding: 'ISO-8859-1', provider: 'dpa', dialect: 'dpa', marks: ['2ND LEAD'], headline: 'Düsseldorf to plant 5,000 street trees',
      bylineLines: ['By Katja Brügger, dpa'], slugline: 'Germany-environment/Duesseldorf/trees/', edNote: 'corrects number of trees in headline',
      trailer: ['- Reporting by: Katja Brügger', '- Editing by: Harald Winter'], times: { versionCreated: '2024-09-12T14:55:00Z' },
    });
    expect(doc!.datelineText).toBe('Düsseldorf (dpa)');
    expect(doc!.paragraphs[0]).toMatch(/^The city of Düsseldorf will plant 5,000 new trees along its main streets over the next three years/);
  });

  it.each([
    ['\u0003121455 GMT Sep 24\r\n', '2024-09-12T14:55:00Z'],
    ['\u0003121455 Sep 24\r\n', '2024-09-12T14:55:00'],
  ])('reads the stamp %j as UTC only when it says GMT, else as the desk\'s wall clock', (stamp, versionCreated) => {
    // Act
    const [doc] = parseWith(iptc7901, `\u0001x 3 s 10 dpa 1\n\u0002Headline here\nBerlin (dpa) - Text of the story.\n${stamp}`);

    // Assess
    expect(doc!.times.versionCreated).toBe(versionCreated);
  });

  it('reads a header without blank line before the story', () => {
    // Act
    const [doc] = parseWith(iptc7901, '\u0001x 3 s 10 dpa 1\n\u0002Headline here\nBy Ann Lee, dpa =\nBerlin (dpa) - Text of the story.\n\u0003');

    // Assess
    expect(doc).toMatchObject({ headline: 'Headline here', bylineLines: ['By Ann Lee, dpa'], paragraphs: ['Text of the story.'], datelinePlace: 'Berlin' });
  });

  it('reads paragraphs marked only by an indented first line, without blank lines, and an agency\'s name with its desk\'s initials as the sign-off', () => {
    // Act
    const [doc] = parseWith(iptc7901, [
      '\u0001SIT0412 4 dom 0296 SITA', '\u0002Cestovne v MHD zdrazie od februara', '',
      '   KOSICE 10. decembra (SITA) - Cestujuci v mestskej hromadnej', 'doprave si od februara priplatia.',
      '   Mesacny listok bude stat 36 eur namiesto', 'doterajsich 30 eur.',
      '   Generalny riaditel zdovodnil zdrazenie rastom cien.', '', 'FoNet mj/dk', '\u0003',
    ].join('\r\n'));

    // Assess
    expect(doc!.paragraphs.slice(0, 3)).toEqual(['Cestujuci v mestskej hromadnej doprave si od februara priplatia.', 'Mesacny listok bude stat 36 eur namiesto doterajsich 30 eur.', 'Generalny riaditel zdovodnil zdrazenie rastom cien.']);
  });

  it('reads a byline alone between blank lines under the headline, and a dateline tag that spells out the service\'s code', () => {
    // Act
    const [doc] = parseWith(iptc7901, [
      '\u0001KRO0412 3 ch 0331 Krone', 'Tirol-Lawinen', '\u0002Lawinenwarnstufe 4 in Tirol', '', 'Von Stefan Pichler', '',
      'Innsbruck (Krone) - Nach ergiebigen Schneefällen gilt in Tirol die Warnstufe 4.', '', 'Der Warndienst rechnet mit Neuschnee.', '\u0003',
    ].join('\r\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'Krone', bylineLines: ['Von Stefan Pichler'], datelinePlace: 'Innsbruck', paragraphs: ['Nach ergiebigen Schneefällen gilt in Tirol die Warnstufe 4.', 'Der Warndienst rechnet mit Neuschnee.'] });
  });

  it('reads a transmission framed the telex way, ZCZC to NNNN, without control characters', () => {
    // Prepare
    const text = ['ZCZC', 'APS0417 4 ECO 0398 ALGERIE-GAZ', 'Sonatrach met en service un champ gazier', '', 'ALGER - Le groupe Sonatrach a mis en service mercredi un nouveau', 'champ gazier dans le bassin de Berkine.', '', 'Le champ a été développé en moins de trois ans.', '', 'APS', '', '221035 GMT OCT 25', 'NNNN', ''].join('\r\n');

    // Act
    const [doc] = readWires(new TextEncoder().encode(text));

    // Assess
    expect(doc).toMatchObject({ format: 'iptc-7901', provider: 'APS', slugline: 'ALGERIE-GAZ', headline: 'Sonatrach met en service un champ gazier', datelinePlace: 'ALGER' });
    expect(doc!.paragraphs).toEqual(['Le groupe Sonatrach a mis en service mercredi un nouveau champ gazier dans le bassin de Berkine.', 'Le champ a été développé en moins de trois ans.']);
    expect(doc!.times.versionCreated).toBe('2025-10-22T10:35:00Z');
  });

  it('reads a telex transmission sent unwrapped, a paragraph a line with no blank line, its tag before the place', () => {
    // Prepare
    const first = 'Riapre dopo due anni di lavori il ponte sul Serchio a Ponte a Moriano, chiuso dopo la piena del novembre scorso, con un costo finale di 14 milioni di euro.';
    const second = 'Il traffico pesante resterà vietato fino alla fine delle prove di carico, previste per la prossima settimana secondo il cronoprogramma della Provincia.';
    const third = 'I commercianti della frazione hanno accolto la notizia con sollievo dopo mesi di incassi dimezzati e di deviazioni lunghe fino a venti chilometri.';
    const text = ['ZCZC', 'AGV0211 3 CRO 0 RR1 R/CRO / AGV /TXT', 'PONTI. LUCCA, RIAPRE IL PONTE SUL SERCHIO DOPO DUE ANNI', `(AGV) Lucca, 12 feb. - ${first}`, second, third, '(Rsa/ Agv)', '11:05 12-02-26', 'NNNN', ''].join('\r\n');

    // Act
    const [doc] = readWires(new TextEncoder().encode(text));

    // Assess: three paragraphs, not the headline's continuation; the place after the tag; the desk's sign-off left out
    expect(doc).toMatchObject({ format: 'iptc-7901', provider: 'AGV', headline: 'PONTI. LUCCA, RIAPRE IL PONTE SUL SERCHIO DOPO DUE ANNI', datelinePlace: 'Lucca' });
    expect(doc!.paragraphs).toEqual([first, second, third]);
  });

  it('reads the telex start on the service header\'s line, and paragraphs marked by indenting with no blank line, to the closing lines flush under them', () => {
    // Act
    const [doc] = parseWith(iptc7901, [
      '\u0001ZCZC KNA0212 3 eco 0233', '\u0002KE-PORT-DREDGING/', 'Harbour board backs dredging of outer channel',
      '   MOMBASA, April 7 (KNA) - The harbour board on Tuesday approved', 'dredging of the outer channel.',
      '   Work is due to start in the spring and should take about', 'eighteen months.', '   -0-', 'KNA/jo/wm', '071030 GMT Apr 26', '\u0003', 'NNNN', '',
    ].join('\r\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'KNA', headline: 'Harbour board backs dredging of outer channel', datelinePlace: 'MOMBASA' });
    expect(doc!.paragraphs).toEqual(['The harbour board on Tuesday approved dredging of the outer channel.', 'Work is due to start in the spring and should take about eighteen months.']);
  });

  it('reads a headline sent before STX, and a byline over the agency\'s name, to the dateline that opens the story with no blank line', () => {
    // Act
    const [doc] = parseWith(iptc7901, [
      '\u0001ap0521 3 i 0388 AP', 'BC-EU--Portugal-Wildfire', 'Firefighters contain wildfire north of Porto', '\u0002By ANA RIBEIRO', 'Associated Press', '',
      'PORTO, Portugal (AP) — Firefighters on Tuesday contained a wildfire that', 'burned for three days in hills north of the city.', '',
      'About 400 people had left their homes.', '\u0003',
    ].join('\n'));

    // Assess
    expect(doc).toMatchObject({ headline: 'Firefighters contain wildfire north of Porto', datelinePlace: 'PORTO, Portugal', bylineLines: ['By ANA RIBEIRO', 'Associated Press'] });
    expect(doc!.paragraphs).toEqual(['Firefighters on Tuesday contained a wildfire that burned for three days in hills north of the city.', 'About 400 people had left their homes.']);
  });

  it('reads a transmission whose control characters were lost: the service header its first line names the sender in words, a keyword line in capitals over the headline', () => {
    // Prepare
    const text = [
      'cwn0207 3 hn 0391 CUMBRIA WIRE NEWS', 'FELL RESCUE APPEAL', 'Mountain rescue team asks walkers to carry lights as dusk falls earlier', 'By Morag Ellison', '',
      'KESWICK - A mountain rescue team has urged walkers to carry head torches', 'after three call-outs in a week to people caught out by the dark.', '',
      'Callouts by month:', '', 'September          14', 'October            22', 'November            9', '', 'The team is run by 40 volunteers.', '',
      'CUMBRIA WIRE NEWS me/jh', '', '041812 GMT Nov 26', '',
    ].join('\n');

    // Act
    const [doc] = readWires(new TextEncoder().encode(text));

    // Assess: read as 7901; the sender from the header's words, the keyword line as the slugline; a table a row a paragraph
    expect(doc).toMatchObject({
      format: 'iptc-7901', provider: 'Cumbria Wire News', slugline: 'FELL RESCUE APPEAL', headline: 'Mountain rescue team asks walkers to carry lights as dusk falls earlier',
      bylineLines: ['By Morag Ellison'], datelinePlace: 'KESWICK', times: { versionCreated: '2026-11-04T18:12:00Z' },
    });
    expect(doc!.paragraphs).toEqual([
      'A mountain rescue team has urged walkers to carry head torches after three call-outs in a week to people caught out by the dark.',
      'Callouts by month:', 'September 14', 'October 22', 'November 9', 'The team is run by 40 volunteers.',
    ]);
  });

  it('reads a sign-off and the time stamp under it in one block as closing lines, not a paragraph of the story', () => {
    // Act
    const [doc] = readWires(new TextEncoder().encode(['\u0001ZCZC VLT0412 3 eco 0288', 'Latvia-ports/grain/', '\u0002Riga port grain volumes rise a fifth', '',
      'RIGA - Grain shipped through the port of Riga rose by a fifth in April', 'as farmers cleared stocks held back over the winter.', '',
      'The port authority expects the rise to hold into the summer.', '', 'lk/zb', '081530 EEST May 26', '\u0003', 'NNNN'].join('\r\n')));

    // Assess
    expect(doc!.paragraphs).toEqual([
      'Grain shipped through the port of Riga rose by a fifth in April as farmers cleared stocks held back over the winter.',
      'The port authority expects the rise to hold into the summer.',
    ]);
  });

  it('keeps a desk\'s two-letter code closing the service header out of the provider', () => {
    // Act
    const [doc] = readWires(new TextEncoder().encode(['XYZ0312 5 WI 0412 II', '', 'Wirtschaft/Handel/', '', 'Exporte steigen im Oktober', '', 'Wien - Die Exporte sind im Oktober gestiegen.', '', '171542 GMT Nov 26', ''].join('\n')));

    // Assess
    expect(doc).toMatchObject({ format: 'iptc-7901', headline: 'Exporte steigen im Oktober' });
    expect(doc!.provider).not.toBe('Ii');
  });

  it('spells out an unprofiled service code by the name its heading or closing lines print with those letters in order', () => {
    // Prepare
    const story = 'Text of the story about the harbour, which reopened on Monday after repairs.\n\nThe port authority said ships could dock again.';
    const wire = (heading: string, closing = '') => `\u0001${heading}\nHarbour-reopens/\n\u0002Harbour reopens after repairs\n\n${story}\n\n${closing}\u0003`;

    // Act
    const [headed] = parseWith(iptc7901, wire('GZT0312 3 ec 0389 Gozo Tribune'));
    const [closed] = parseWith(iptc7901, wire('GZT0312 3 ec 0389', '© 2026 Gozo Tribune\n'));
    const [unnamed] = parseWith(iptc7901, wire('GZT0312 3 ec 0389'));
    const [service] = parseWith(iptc7901, wire('GZT0312 3 ec 0389', 'GZT English\n'));
    const [credited] = parseWith(iptc7901, wire('GZT0312 3 ec 0389', '(Reporting by Gianni Zammit Tabone; Editing by Anna Borg)\n'));

    // Assess
    expect([headed!.provider, closed!.provider, unnamed!.provider, service!.provider, credited!.provider]).toEqual(['Gozo Tribune', 'Gozo Tribune', 'GZT', 'GZT', 'GZT']);
  });
});
