import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import type { StoryRecord } from '../../../lambdas/story/index.ts';

/** One story file through the whole parse path (sniff, decode, parse, copy, extract). */
async function read(source: string): Promise<StoryRecord> {
  const [record] = await parseStories(new TextEncoder().encode(source), { key: 'test/unprofiled.txt' });
  return record!;
}

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
});
