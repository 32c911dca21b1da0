import { describe, expect, it } from 'vitest';
import { readWires } from '../../../lambdas/wire/index.ts';
import { cleanHeadline } from '../../../lambdas/wire/copy/index.ts';

const read = (text: string) => readWires(new TextEncoder().encode(text))[0]!;

describe('Copy: the lines above and below a story from an agency without a profile', () => {
  it('reads a headline that ends in an abbreviation after a number (`do końca 2027 r.`) as the headline', () => {
    // Act
    const doc = read(['Wody Polskie: odbudowa wałów potrwa do końca 2027 r.', '', 'Wrocław (PAP) - Odbudowa wałów na Nysie Kłodzkiej potrwa dwa lata, poinformował w poniedziałek dyrektor.', '', 'Prace obejmą 86 km wałów.'].join('\n'));

    // Assess
    expect(doc.headline).toBe('Wody Polskie: odbudowa wałów potrwa do końca 2027 r.');
  });

  it('passes over the masthead, the section and the fields, and reads the stamps, the note, the byline and the dateline', () => {
    // Prepare
    const copy = [
      'BTA - Bulgarian News Agency',
      'Domestic News',
      'Published: 12.06.2025 17:23',
      'Updated: 12.06.2025 18:41 (adds a statement in the last paragraph)',
      'News ID: 85821473',
      '',
      'Council approves metro extension in Sofia',
      '',
      'Author: Desislava Koleva',
      '',
      'Sofia, June 12 (BTA) - The Sofia Municipal Council on Thursday approved a plan to extend the metro.',
      '',
      'The second paragraph of the story says more about the plan.',
      '',
      '/DK/',
    ].join('\n');

    // Act
    const doc = read(copy);

    // Assess
    expect(doc).toMatchObject({ provider: 'BTA', headline: 'Council approves metro extension in Sofia', datelinePlace: 'Sofia', edNote: 'adds a statement in the last paragraph', bylineLines: ['Author: Desislava Koleva'] });
    expect(doc.times).toMatchObject({ firstCreated: '2025-06-12T17:23:00', versionCreated: '2025-06-12T18:41:00' });
    expect(doc.paragraphs).toEqual(['The Sofia Municipal Council on Thursday approved a plan to extend the metro.', 'The second paragraph of the story says more about the plan.']);
  });

  it('reads an all-numeric stamp in the order the dateline spells the day', () => {
    // Act
    const doc = read('Focus Taiwan - CNA English News\n11/05/2025 05:05 PM\n\nExport orders rise in October\n\nTaipei, Nov. 5 (CNA) Taiwan\'s export orders rose 12.4 percent year-on-year in October.\n\nMore follows here.');

    // Assess
    expect(doc.times.firstCreated).toBe('2025-11-05T17:05:00');
    expect(doc.provider).toBe('CNA');
  });

  it('takes the writer and the editor out of a sign-off that names them', () => {
    // Act
    const doc = read('AGERPRES\n20-11-2025 13:07\n\nBNR: Euro scade la 5,0782 lei\n\nBucurești, 20 nov /AGERPRES/ - Moneda națională s-a apreciat joi în raport cu euro.\n\nUn alt paragraf.\n\nAGERPRES/(AS - autor: Ioana Marin, editor: Mariana Ionescu)');

    // Assess
    expect(doc.bylineLines).toEqual(['By Ioana Marin']);
    expect(doc.trailer).toEqual(['Editing by Mariana Ionescu']);
    expect(doc.paragraphs.at(-1)).toBe('Un alt paragraf.');
  });

  it('drops a block of paragraphs sent twice at the end, and keeps a paragraph the story repeats apart', () => {
    // Prepare
    const p = (n: number) => `Paragraph number ${n} of the story, long enough to be more than a line of furniture.`;
    const copy = (paragraphs: string[]) => ['A headline for the story', '', 'ANKARA (AA) - The story begins here, as the dateline says it does.', ...paragraphs].join('\n\n');

    // Act
    const resent = read(copy([p(1), p(2), p(3), p(2), p(3)]));
    const quoted = read(copy([p(1), p(2), p(3), p(1)]));

    // Assess
    expect(resent.paragraphs).toHaveLength(4);
    expect(quoted.paragraphs).toHaveLength(5);
  });

  it('reads two stamps on one line with their offsets, a dateline whose date it cannot spell, and a writer signing with the tag', () => {
    // Act
    const doc = read([
      'Vilniaus oro uoste atidarytas naujas terminalas',
      'Published: 14 May 2025 09:05 (GMT+3) | Updated: 14 May 2025 11:40 (GMT+3)',
      '',
      'Vilnius, gegužės 14 d. (BNS). Vilniaus oro uoste antradienį atidarytas naujas išvykimo terminalas.',
      '',
      'Terminalas per valandą galės aptarnauti iki 2 tūkst. keleivių.',
      '',
      'Rūta Petrauskienė (BNS)',
    ].join('\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'BNS', datelinePlace: 'Vilnius', bylineLines: ['Rūta Petrauskienė (BNS)'] });
    expect(doc.times).toMatchObject({ firstCreated: '2025-05-14T09:05:00+03:00', versionCreated: '2025-05-14T11:40:00+03:00' });
    expect(doc.paragraphs).toEqual(['Vilniaus oro uoste antradienį atidarytas naujas išvykimo terminalas.', 'Terminalas per valandą galės aptarnauti iki 2 tūkst. keleivių.']);
  });

  it('reads a dateline on its own line with a tag of two words, and leaves the links to other stories and the desk\'s end mark out', () => {
    // Act
    const doc = read([
      'Los puertos gallegos cierran el año con récord de tráfico',
      '',
      'Publicado: lunes, 15 diciembre 2025 12:05',
      '',
      'VIGO, 15 (EUROPA PRESS)',
      '',
      'Los puertos de Galicia han movido 42 millones de toneladas este año, un 6 por ciento más que en 2024.',
      '',
      'El crecimiento se debe sobre todo a los graneles sólidos.',
      '',
      '(FIN) RQG/MPL',
      '',
      'Más en Europa Press:',
      '',
      '- El puerto de Vigo amplía su terminal de contenedores',
      '- La Xunta licita la nueva lonja de Burela',
      '',
      '© Europa Press. Todos los derechos reservados.',
    ].join('\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'EUROPA PRESS', datelinePlace: 'VIGO' });
    expect(doc.paragraphs).toEqual(['Los puertos de Galicia han movido 42 millones de toneladas este año, un 6 por ciento más que en 2024.', 'El crecimiento se debe sobre todo a los graneles sólidos.']);
  });

  it('reads a writer\'s name over the job, leaves the picture\'s credit out, and names the agency its copyright closes with', () => {
    // Act
    const doc = read([
      'Ferry services resume between Suva and Levuka',
      'Mere Tuilagi',
      'Senior Reporter',
      'June 2, 2025 4:40 pm',
      '',
      '[Source: Maritime Safety Authority/Facebook]',
      '',
      'Ferry services between Suva and Levuka resumed on Monday after repairs to the wharf were completed.',
      '',
      'The operator said two sailings a day would run until the end of the month.',
      '',
      'Copyright © 2025 Coral Coast News',
    ].join('\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'Coral Coast News', bylineLines: ['Mere Tuilagi', 'Senior Reporter'] });
    expect(doc.paragraphs).toEqual(['Ferry services between Suva and Levuka resumed on Monday after repairs to the wharf were completed.', 'The operator said two sailings a day would run until the end of the month.']);
  });

  it('leaves out a copyright line wrapped over two lines under the separator', () => {
    // Act
    const doc = read([
      'Snow closes mountain pass',
      '',
      'KABUL, Jan 14 (Pajhwok): Heavy snow closed the Salang pass on Tuesday, officials said.',
      '',
      'Hundreds of vehicles were stranded overnight.',
      '',
      '----------------------------------------',
      'Pajhwok Afghan News (c) 2025. All rights reserved. Subscribers may',
      'use this content under the terms of their subscription agreement.',
    ].join('\n'));

    // Assess
    expect(doc.paragraphs).toEqual(['Heavy snow closed the Salang pass on Tuesday, officials said.', 'Hundreds of vehicles were stranded overnight.']);
    expect(doc.trailer).toEqual([]);
  });

  it('takes an unknown agency\'s short name from its masthead', () => {
    // Act
    const kna = read('KENYA NEWS AGENCY\n\nDairy farmers to benefit from milk cooling plant\n\nPublished on 20/03/2025 10:14\n\nDairy farmers in Kakamega County are set to benefit from a milk cooling and processing plant, officials said on Thursday.');
    const kbc = read('KBC NEWS | COUNTIES\n\nFerry services resume on Lake Victoria\n\nBy Achieng Otieno\n\nFerry services between Kisumu and Mbita resumed on Monday after repairs to the jetty, officials said.');
    const unb = read('UNITED NEWS OF BANGLADESH (UNB)\n\nMetro section to open on September 1\n\nStaff Correspondent\n\nMetro rail services on the new section of the line will begin on September 1, the operator said on Wednesday.');

    // Assess
    expect(kbc).toMatchObject({ provider: 'KBC News', headline: 'Ferry services resume on Lake Victoria' });
    expect(kna).toMatchObject({ provider: 'KNA', masthead: 'KENYA NEWS AGENCY', headline: 'Dairy farmers to benefit from milk cooling plant' });
    expect(unb).toMatchObject({ provider: 'UNB', headline: 'Metro section to open on September 1' });
  });

  it('leaves a press release\'s contact block, source line and distribution codes out of the story', () => {
    // Prepare
    const release = [
      'Northfield Mining Reports Record Quarter', '', 'NEWS PROVIDED BY', 'Northfield Mining Corp.', 'October 29, 2025 17:05 ET', '',
      'TORONTO, Oct. 29, 2025 /PRNewswire/ -- Northfield Mining Corp. today reported record gold production for the quarter.', '',
      'About Northfield Mining Corp.', '', 'Northfield Mining Corp. is a Canadian gold producer with operations in Ontario.', '',
      'Media Contact:', 'Laura Bensimon', 'Vice President, Investor Relations', '+1 416-555-0172', 'investors@northfieldmining.com', '',
      'SOURCE Northfield Mining Corp.', '', 'CO: Northfield Mining Corp.', 'ST: Ontario', '', 'PRN',
    ].join('\n');

    // Act
    const doc = read(release);

    // Assess
    expect(doc).toMatchObject({ provider: 'PR Newswire', bylineLines: [], datelinePlace: 'TORONTO' });
    expect(doc.paragraphs).toEqual(['Northfield Mining Corp. today reported record gold production for the quarter.', 'About Northfield Mining Corp.', 'Northfield Mining Corp. is a Canadian gold producer with operations in Ontario.']);
  });
});

describe('Function: cleanHeadline', () => {
  it.each([
    ['Studie: Bei Hitzewellen deutlich mehr Nierenversagen in Kliniken =', 'Studie: Bei Hitzewellen deutlich mehr Nierenversagen in Kliniken'],
    ['Kenyan tea prices hit 18-month high', 'Kenyan tea prices hit 18-month high'],
    ['(संशोधित) मानसून से पहले नहरों की सफाई का काम पूरा', 'मानसून से पहले नहरों की सफाई का काम पूरा'],
    ['(Corrigé) Le port de Dakar rouvre ses quais', 'Le port de Dakar rouvre ses quais'],
  ])('reads "%s" as "%s"', (printed, headline) => {
    expect(cleanHeadline(printed).headline).toBe(headline);
  });
});

describe('Copy: two stamps on one line set apart by spaces', () => {
  it('reads the first as published and the second as updated', () => {
    // Act
    const doc = readWires(new TextEncoder().encode('Seoul to expand late-night bus network\n\nPublished : 2025-11-20 15:30 KST    Updated : 2025-11-20 16:12 KST\n\nSEOUL, Nov. 20 (Yonhap) -- Seoul will add 12 late-night bus routes, officials said Thursday.\n\nThe routes start next month.'))[0]!;

    // Assess
    expect(doc.times).toMatchObject({ firstCreated: '2025-11-20T15:30:00 KST', versionCreated: '2025-11-20T16:12:00 KST' });
  });
});

describe('Copy: an agency named only at both ends', () => {
  it('takes the name the copy opens with and signs off with as the provider', () => {
    // Act
    const doc = readWires(new TextEncoder().encode('Hiru Puvath\n\nCabinet approves new irrigation plan\n\nPosted on 20 Nov 2025 at 2:05 pm\n\nThe Cabinet of Ministers approved a new irrigation plan for the dry zone on Thursday.\n\nWork will begin next year, the spokesman said.\n\n- Hiru Puvath'))[0]!;

    // Assess
    expect(doc.provider).toBe('Hiru Puvath');
    expect(doc.paragraphs.at(-1)).toBe('Work will begin next year, the spokesman said.');
  });
});
