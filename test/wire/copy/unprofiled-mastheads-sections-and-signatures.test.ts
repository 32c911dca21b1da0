import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import { read } from './read-story.ts';

const STORY = [
  'The port authority lifted its freeze on berthing fees on Monday after three years of talks with the shipping lines that call at the harbour.',
  'The new fees take effect on September 1 and will be reviewed every two years, the authority said in a statement.',
];

describe('Mastheads over sections, signatures at the foot and credits read without a profile (issue 11)', () => {
  it('reads a site\'s name over its section and the time as the masthead, and the line under them as the headline', async () => {
    // Act
    const record = await read(['Harbour Courier', 'Business', 'Monday, 03 August 2026 10:15', '', 'Port authority lifts berthing fee freeze after three years of talks', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.provider).toBe('Harbour Courier');
    expect(record.headline).toBe('Port authority lifts berthing fee freeze after three years of talks');
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a section\'s path set off by a dash under the masthead as no headline', async () => {
    // Act
    const record = await read(['Delta Daily English Edition', 'Economy - Shipping', '', 'Port authority lifts berthing fee freeze after three years of talks', '', 'Tran Van Hoa', 'Monday, August 3, 2026 10:15', '', ...STORY.flatMap((p) => [p, ''])].join('\n'));

    // Assess
    expect(record.headline).toBe('Port authority lifts berthing fee freeze after three years of talks');
    expect(record.bylines.map((b) => b.name)).toEqual(['Tran Van Hoa']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes the outlet\'s own name of several words off the first paragraph when it opens it in brackets', async () => {
    // Act
    const record = await read(['Harbour Courier', 'Business', 'Monday, 03 August 2026 10:15', '', 'Port authority lifts berthing fee freeze after three years of talks', '', `(Harbour Courier) - ${STORY[0]}`, '', STORY[1]].join('\n'));

    // Assess
    expect(record.body.paragraphs[0]).toBe(STORY[0]);
  });

  it('reads a byline closed by a full stop, and a dateline whose date is closed by a colon', async () => {
    // Act
    const record = await read(['Port authority lifts berthing fee freeze', '', 'By Salma Bouzid.', '', `Benghazi, 3 August 2026: ${STORY[0]}`, '', STORY[1]].join('\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Salma Bouzid']);
    expect(record.dateline?.city).toBe('Benghazi');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads the writer\'s name alone under a link to another story as the byline', async () => {
    // Act
    const record = await read(['Port authority lifts berthing fee freeze', '', ...STORY, 'The authority last raised its fees in 2019.', 'Read also: Shipping lines threaten to skip the harbour', 'Emmanuelle Nkoa Mballa'].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Emmanuelle Nkoa Mballa']);
    expect(record.body.paragraphs.at(-1)).toBe('The authority last raised its fees in 2019.');
  });

  it('reads the writer\'s name over the site\'s address at the foot, and the address as the outlet', async () => {
    // Act
    const record = await read(['Port authority lifts berthing fee freeze', '', ...STORY, 'The authority last raised its fees in 2019.', 'Issouf Ouédraogo\nFaso7.com'].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Issouf Ouédraogo']);
    expect(record.provider).toBe('Faso7.com');
    expect(record.body.paragraphs.at(-1)).toBe('The authority last raised its fees in 2019.');
  });

  it('reads a byline\'s `from` and the place after it as where the writer filed from, not as the name', async () => {
    // Act
    const record = await read(['Port authority lifts berthing fee freeze', '', 'By Karma Wangchuk from Phuentsholing', '', ...STORY].join('\n\n'));

    // Assess
    expect(record.bylines).toEqual([{ name: 'Karma Wangchuk', location: 'Phuentsholing', title: null }]);
  });

  it('reads a byline that is the first word of the outlet\'s name as the outlet, no writer', async () => {
    // Act
    const record = await read(['Irrawaddy Ledger', 'Business', 'Monday, 03 August 2026 10:15', '', 'Port authority lifts berthing fee freeze after three years of talks', '', 'By IRRAWADDY', '', ...STORY].join('\n'));

    // Assess
    expect(record.provider).toBe('Irrawaddy Ledger');
    expect(record.bylines).toEqual([]);
  });

  it('reads an end mark in lower case with the desk\'s initials as no paragraph, and additional reporting `by` as a contributor', async () => {
    // Act
    const record = await read(['Port authority lifts berthing fee freeze', ...STORY, 'With additional reporting by Jean-Claude Hakizimana in Gitega', '(end) rk.bn'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(record.contributors).toEqual([{ name: 'Jean-Claude Hakizimana', location: 'Gitega', role: 'contributor' }]);
  });

  it('reads the closing stamp of an IPTC 7901 story whose month is in the agency\'s language', async () => {
    // Act
    const bytes = new TextEncoder().encode(`\u0001tt0412 4 inr 230 TT\r\n\u0002Hamnen sänker avgifterna\r\n\r\n${STORY.join('\r\n\r\n')}\r\n\u0003031015 GMT maj 26\r\n`);
    const [record] = await parseStories(bytes, { key: 'test/tt.txt' });

    // Assess
    expect(record!.versionCreated).toBe('2026-05-03T10:15:00+00:00');
  });
});
