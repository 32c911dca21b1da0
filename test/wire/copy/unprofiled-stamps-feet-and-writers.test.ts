import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'The harbour board voted on Wednesday to close the old ferry pier for six months while its pilings are replaced.',
  'Commuters will use a temporary landing on the north shore from next month, the board said in a statement.',
] as const;
const lines = (list: string[]): string => list.flatMap((l) => [l, '']).join('\n');

describe('Stamps, feet and writers read without a profile (issue 11, session 30)', () => {
  it('reads a date alone over its clock as one stamp, and a date whose update in parentheses holds the time', async () => {
    // Act
    const split = await read(lines(['Ferry pier to close for six months', 'By Leilani Kahale\nMarch 4, 2026\nUpdated 3:12 p.m.', ...STORY]));
    const bracketed = await read(lines(['Il molo chiude per sei mesi', 'di Marta Zanon\n4 marzo 2026 (modifica il 4 marzo 2026 | 15:12)', ...STORY]));

    // Assess
    expect([split.firstCreated, split.versionCreated].filter(Boolean).map((t) => t!.slice(0, 16))).toEqual(['2026-03-04T15:12']);
    expect([bracketed.firstCreated, bracketed.versionCreated].filter(Boolean).map((t) => t!.slice(0, 16))).toEqual(['2026-03-04T15:12']);
    expect(split.body.paragraphs).toEqual(STORY);
    expect(bracketed.bylines.map((b) => b.name)).toEqual(['Marta Zanon']);
  });

  it('leaves out the previous and next stories, a call to become a member or subscribe, and a bare share label at the foot', async () => {
    // Act
    const teasers = await read(lines(['Ferry pier to close for six months', ...STORY, 'Previous Story', 'Council delays vote on rental rules', 'Next Story', 'Man admits stealing from church']));
    const member = await read(lines(['Ferry pier to close for six months', ...STORY, 'Become a member of Harbour News', 'Become a member']));
    const subscribe = await read(lines(['O cais fecha seis meses', ...STORY, 'Partilhar', 'Assine o Diário do Cais']));

    // Assess
    expect(teasers.body.paragraphs).toEqual(STORY);
    expect(member.body.paragraphs).toEqual(STORY);
    expect(subscribe.body.paragraphs).toEqual(STORY);
  });

  it('leaves out the tags under a heading without its colon, and the writer\'s name, line and link to their stories', async () => {
    // Act
    const record = await read(lines(['Ferry pier to close for six months', ...STORY, 'Tags', 'Transport Ferries Harbour Board',
      'Noa Kealoha-Brandt', 'Noa Kealoha-Brandt is Harbour Radio’s transport reporter, based in Hilo.', 'See stories by Noa Kealoha-Brandt']));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a byline after the outlet\'s name and a bar, and `Texto` or a lower-case `di` opening a byline', async () => {
    // Act
    const barred = await read(lines(['Ferry pier to close for six months', 'Harbour Public Radio | By Noa Kealoha-Brandt', ...STORY]));
    const texto = await read(lines(['O cais fecha seis meses', 'Texto Inês Carvalho Reis', '4 março 2026 15:12', ...STORY]));

    // Assess
    expect(barred.bylines.map((b) => b.name)).toEqual(['Noa Kealoha-Brandt']);
    expect(texto.bylines.map((b) => b.name)).toEqual(['Inês Carvalho Reis']);
  });

  it('keeps an elided particle inside a place in capitals in lower case', async () => {
    // Act
    const record = await read(lines(['Il molo chiude per sei mesi', `REGGIO NELL’EMILIA — ${STORY[0]}`, STORY[1]]));

    // Assess
    expect(record.dateline?.city).toBe('Reggio nell’Emilia');
  });
});

describe('Openers, posted lines and writers\' papers read without a profile (issue 11, session 30)', () => {
  it('reads the writer over the source line and the time under a deck, and not the deck as the story', async () => {
    // Act
    const record = await read(lines(['HarbourOnline', 'News | Regional', 'Ferry pier to close for six months', 'The pier has been shut twice this year after storms.',
      'Ama Owusu-Ansah', 'Source: Harbouronline.com', '4 March 2026 3:12pm', ...STORY]));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Ama Owusu-Ansah']);
    expect(record.firstCreated?.slice(0, 16)).toBe('2026-03-04T15:12');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes the outlet\'s own name and the day off the first paragraph, as no dateline, and reads `Posted by … on …` as a time', async () => {
    // Act
    const record = await read(lines(['THE HARBOUR TELEGRAPH\nHome  >  Transport  >  Africa', 'Ferry pier to close for six months', 'Posted by Harbour Telegraph on 4 March 2026 at 09:14',
      `Harbour Telegraph: 4 March 2026: ${STORY[0]}`, STORY[1], 'Related', 'Where is the pier money going?', 'New landing opens on the north shore']));

    // Assess
    expect(record.dateline?.city ?? null).toBeNull();
    expect(record.firstCreated?.slice(0, 16)).toBe('2026-03-04T09:14');
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.provider).toBe('Harbour Telegraph');
  });

  it('takes the sender\'s name in capitals off the first paragraph of an e-mail, as no dateline', async () => {
    // Act
    const record = await read([
      'From: HarbourNext <newsletter@harbournext.example>', 'To: desk@example.org', 'Subject: [HarbourNext] Ferry pier to close for six months',
      'Date: Wed, 04 Mar 2026 11:35:16 +0000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', '',
      'HarbourNext', 'Business | Transport', '', 'Ferry pier to close for six months', '', `HARBOURNEXT – ${STORY[0]}`, '', STORY[1], '',
    ].join('\n'), 'test/mail.eml');

    // Assess
    expect(record.dateline?.city ?? null).toBeNull();
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads writers before a dash and their paper as the bylines', async () => {
    // Act
    const record = await read(lines(['harbour.example\nNation', 'Ferry pier to close for six months', 'Maria Dela Cruz-Reyes, Jose Bautista-Lim - The Harbour Star\nMarch 4, 2026 | 3:12pm', ...STORY]));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Maria Dela Cruz-Reyes', 'Jose Bautista-Lim']);
  });
});

describe('Mastheads over a section and its subsection (issue 11, session 30)', () => {
  it('reads a one-word masthead over two section lines as the provider', async () => {
    // Act
    const record = await read(['Cais', 'Sociedade', 'Transportes', '', 'O cais fecha seis meses para obras nas estacas', '', 'Texto Rita Antunes Sá', '4 março 2026 15:12', '', STORY[0], '', STORY[1], ''].join('\n'));

    // Assess
    expect(record.provider).toBe('Cais');
    expect(record.body.paragraphs).toEqual(STORY);
  });
});

describe('A call to join that is the story\'s own sentence (issue 11, session 30)', () => {
  it('keeps a last paragraph that asks readers to join a body named in lower case', async () => {
    // Act
    const record = await read(lines(['Ferry pier to close for six months', ...STORY, 'Become a member of the union today.']));

    // Assess
    expect(record.body.paragraphs).toEqual([...STORY, 'Become a member of the union today.']);
  });
});
