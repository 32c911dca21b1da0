import { describe, expect, it } from 'vitest';
import { labelledSlug, outletCase } from '../../../lambdas/wire/copy/lines.ts';
import { LINE_RULES, lineKind } from '../../../lambdas/wire/copy/index.ts';

describe('Module: copy/lines', () => {
  it.each(LINE_RULES.map((rule) => [rule.name, rule] as const))('the rule "%s" claims its own example', (_name, rule) => {
    // Assess: the example is the rule's, and no earlier rule takes it from it
    expect(rule.test(rule.example)).toBe(true);
    expect(lineKind(rule.example)).toBe(rule.kind);
  });

  it.each([
    ['Updated: Mar 10, 2026 18:45 IST', 'stamp'],
    ['KYODO NEWS - Mar 1, 2026 - 17:42', 'stamp'],
    ['Source: Xinhua| 2025-03-03 14:05:06|Editor: huaxia', 'stamp'],
    ['SPERRFRIST Donnerstag, 12. März 2026, 11.00 Uhr', 'embargo'],
    ["EMBARGO JUSQU'AU JEUDI 12/03/2026 À 00H01", 'embargo'],
    ['(Achtung: Neu ist der Absatz 4)', 'note'],
    ['(LEAD) S. Korea exports rise', 'status'],
    ['KORRIGERAD: Rättar siffran i tredje stycket', 'note'],
    ['-0- GNA KT/OAD/BKS 04March2026', 'signoff'],
    ['KB/TS (ABP)', 'signoff'],
    ['RM/LP – Inforpress', 'signoff'],
    ['(Msa/ Agv)', 'end'],
    ['D.R. © Editora del Norte. Prohibida su reproducción.', 'copyright'],
    ['(GIS Photos/Andre Rolle)', 'photo'],
    ['RETTELSE: I en tidligere version stod der, at broen var lukket for al trafik. Det er rettet i første afsnit.', 'note'],
    ['CORRECTS spelling of minister\'s surname in 5th par', 'note'],
    ['PEMBARUAN - Menambahkan keterangan Menteri Perhubungan di paragraf 4', 'note'],
    ['OPPDATERT: Legg til fråsegn frå fylkesordføraren', 'note'],
    ['RALAT: Pada versi sebelumnya tertulis jumlah korban lima orang.', 'note'],
    ['【訂正】5日配信の記事で、人数を訂正します。', 'note'],
    ['【配信取り消し】3日配信の記事は取り消します。', 'status'],
    ['WITHDRAWN - Anadolu Agency has withdrawn the following story, which was transmitted in error before the official announcement.', 'status'],
    ['Eero Kallio / STT', 'signature'],
    ['Aiga Ozoliņa (LETA)', 'signature'],
    ['BRT-CG 08-MAG-25 16:42 NNNN', 'stamp'],
    ['UNITED NEWS OF BANGLADESH (UNB)', 'agency'],
    ['KBC NEWS | COUNTIES', 'agency'],
    ['Emirates News Agency (WAM) - English Desk', 'agency'],
    ['This copy is for the use of IANS subscribers only.', 'copyright'],
    ['07.10.2025 - Update : 07.10.2025', 'stamp'],
    ['WITHDRAWN', 'status'],
    ['٭٭٭٭٭', 'separator'],
    ['Note to editors: This report was produced under the regional reporting scheme funded by the broadcaster.', 'contact'],
    ['Disclaimer: The publisher is not responsible for the accuracy of releases posted by contributing institutions.', 'contact'],
    ['Mobile: +44 7700 900123', 'contact'],
    ['Harbour Gazette is published by Quayside Intelligence Ltd. Subscriber copy; not for redistribution.', 'copyright'],
    ['Kestrel Information Agency, Tbilisi. Reproduction is permitted only with reference to Kestrel.', 'copyright'],
    ['Sign up for our free morning briefing Harbour Notes to get the week\'s shipping news, port rulings and the people behind them, delivered to your inbox every Monday before dawn.', 'contact'],
    ['Read the judgment', 'contact'],
    ['Support Kestrel Radio...', 'contact'],
    ['As the year ends, Lowland Ledger keeps reporting from the delta. Please consider supporting our independent journalism.', 'contact'],
    ['Coastline Courier is a nonprofit, nonpartisan news service covering the state legislature. It is funded by readers.', 'contact'],
    ['――――――――――', 'separator'],
    ['—', 'separator'],
    ['Aileen Tremblay-Kuo / Klondike Courier', 'signature'],
    ['Economy / Business', 'contact'],
    ['Harbour Ledger is part of Coastal Newsroom, a nonprofit news network supported by grants and readers.', 'contact'],
    ['The Ledger’s coverage of the islands is supported in part by reader donations and grants.', 'contact'],
    ['Top photo credit: Port authority handout', 'photo'],
    ['--', 'separator'],
    ['Pewarta: Dewi Lestari Nasution', 'credit'],
    ['(With a report from Joel Dacanay-Ramos/PNA)', 'credit'],
    ['by Juliette COLLEN', 'byline'],
    ['Par Jeanne DURAND', 'byline'],
    ['Of DOW JONES NEWSWIRES', 'agency'],
    ['AAP General News Wire', 'agency'],
    ['EUROPA PRESS. Agencia de Noticias', 'agency'],
    ['SIC. Agência de Notícias do Minho', 'agency'],
    ['Stichwort: Hochwasser-Rhein', 'slug'],
    ['Slug: BRAZIL-FLOODS', 'slug'],
    ['Enditem', 'end'],
    ['-- BERNAMA', 'end'],
    ['(Schluss) mk/cs', 'signoff'],
    ['dpa lh sk', 'signoff'],
    ['PTI JP RHL', 'signoff'],
    ['©2025 Bloomberg L.P.', 'copyright'],
    ['(Copyright 2026 Solomon Star)', 'copyright'],
    ['AUDIO: Marisol Okafor-Grant (1:48)', 'photo'],
    ['Write to Ana Lim at ana.lim@wsj.com', 'contact'],
    ['Bangladesh  /  Environment', 'contact'],
    ['apa0298 3 ii 0461 II', 'slug'],
    ['Lea la nota completa en https://www.abc.example/nacionales/2025/12/15/nota', 'contact'],
    ['This report by The Canadian Press was first published Nov. 18, 2025.', 'contact'],
    ['--With assistance from Marie-Claire Kouame.', 'credit'],
    ['(Reporting by Dario Baumgartner; Editing by Miranda Oyelaran)', 'credit'],
    ['Associated Press writers Kim Tong-hyung in Seoul contributed to this report.', 'credit'],
    ['*Writing by Selin Kaya-Demir', 'credit'],
  ])('reads "%s" as %s', (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });

  it.each([
    'The United States said Wednesday that 3,000 North Korean troops are stationed in Russia.',
    'By Tuesday, officials had left.',
    'Storm hits coast as thousands flee',
    '"We are not there yet," she said.',
    'Shares fell 3% to $41.20.',
    'USA. Agency staff returned on Monday to the flooded office.',
    'Support grew among farmers after the harvest.',
    'Read the minutes of the meeting, she urged members.',
  ])('leaves the text "%s" to the story', (line) => {
    expect(lineKind(line)).toBeUndefined();
  });
});

describe('Function: labelledSlug', () => {
  it('gives the slug a labelled slug line names, and nothing for a line of words', () => {
    expect(labelledSlug('Stikkord: valg-stortinget')).toBe('valg-stortinget');
    expect(labelledSlug('Slugline: KENYA-RAIL')).toBe('KENYA-RAIL');
    expect(labelledSlug('Slug: the end of the line')).toBeNull();
  });
});

describe('Function: outletCase', () => {
  it('reads short capitals as initials and small words in capitals as words', () => {
    expect(outletCase('THE CITIZEN')).toBe('The Citizen');
    expect(outletCase('TIMES OF MALTA')).toBe('Times of Malta');
    expect(outletCase('BBC NEWS')).toBe('BBC News');
  });
});
