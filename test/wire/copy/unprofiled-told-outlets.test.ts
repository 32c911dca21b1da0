import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'The harbour board approved a new breakwater on Thursday after two winters of storm damage to the fishing fleet.',
  'Work on the first section is due to begin in June and should be finished before the cyclone season.',
];

describe('An outlet without a profile named only in its own story (issue 11)', () => {
  it('reads the outlet a dateline credits in parentheses, a small word in its name and all, as the provider', async () => {
    // Act
    const record = await read(['Breakwater approved for the old harbour', `PORTO NOVO, May 3 (Gazeta de Cotonou) - ${STORY[0]}`, STORY[1]!].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Gazeta de Cotonou');
    expect(record.dateline?.city).toBe('Porto Novo');
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('takes the one outlet the story says someone told something as the provider, and lists it among the organisations', async () => {
    // Act
    const told = await read(['Breakwater approved', ...STORY, '"We cannot lose another boat," harbour master Tevita Lolo told Coastline Weekly on Friday.'].join('\n\n'));
    const spoke = await read(['Breakwater approved', ...STORY, 'Speaking to Island Signal after the vote, the board\'s chairwoman said the money was already set aside.'].join('\n\n'));

    // Assess
    expect(told.provider).toBe('Coastline Weekly');
    expect(told.organisations.map((o) => o.name)).toContain('Coastline Weekly');
    expect(spoke.provider).toBe('Island Signal');
  });

  it('takes no provider from a house or a hearing told something, nor from two outlets told', async () => {
    // Act
    const house = await read(['Breakwater approved', ...STORY, 'The minister told Parliament the money was already set aside.'].join('\n\n'));
    const lower = await read(['Breakwater approved', ...STORY, 'The minister told the House the money was already set aside.'].join('\n\n'));
    const two = await read(['Breakwater approved', ...STORY, 'The minister told Coastline Weekly the money was set aside, and the mayor told Island Signal it was not.'].join('\n\n'));

    // Assess
    expect(house.provider).toBeNull();
    expect(lower.provider).toBeNull();
    expect(two.provider).toBeNull();
  });

  it('reads an outlet told something over the "of" or "from" in its name', async () => {
    // Act
    const of = await read(['Breakwater approved', ...STORY, '"We cannot lose another boat," harbour master Tevita Lolo told The Voice of Tonga on Friday.'].join('\n\n'));
    const from = await read(['Breakwater approved', ...STORY, 'The board\'s chairwoman told Letters from Vava\'u that the money was set aside.'].join('\n\n'));

    // Assess
    expect(of.provider).toBe('The Voice of Tonga');
    expect(from.provider).toBe('Letters from Vava\'u');
  });

  it('names the outlet a mail comes from by its domain under a country\'s second-level domain, and its short form in the story as that outlet', async () => {
    // Act
    const record = await read([
      'From: Harbour Valley Gazette Sport <sport@harbourvalleygazette.co.uk>', 'To: wire-in@newswire.example', 'Subject: Breakwater approved',
      'Date: Wed, 10 Dec 2025 06:45:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '',
      'Breakwater approved', '', ...STORY.flatMap((p) => [p, '']), '"We cannot lose another boat," harbour master Tom Lowe told the Gazette on Friday.',
    ].join('\r\n'));

    // Assess
    expect(record.provider).toBe('Harbour Valley Gazette');
    expect(record.organisations.map((o) => o.name)).toContain('Gazette');
  });
});

