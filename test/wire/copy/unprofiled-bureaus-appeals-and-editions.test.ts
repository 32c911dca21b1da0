import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const STORY = [
  'The regional council voted on Tuesday to close the old fish market for eight months while its roof and drains are rebuilt.',
  'Traders will move to a temporary hall on the waterfront from next month, the council said in a statement.',
];
const page = (lines: string[]): string => [...lines, ...STORY].flatMap((l) => [l, '']).join('\n');

describe('Bureaus, writers\' jobs and addresses, appeals and editions read without a profile (issue 11, session 29)', () => {
  it('reads a writer\'s name and the paper\'s job after a slash as the byline, and takes a bureau in capitals off the first paragraph', async () => {
    // Act
    const record = await read([
      'Harbour Courier', 'Fish market to close for eight months', 'Aidan Brown-Whyte/Courier Writer',
      `NORTHERN BUREAU: ${STORY[0]}`, STORY[1],
    ].flatMap((l) => [l, '']).join('\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Aidan Brown-Whyte']);
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads a byline in capitals at the foot with the writer\'s address in brackets', async () => {
    // Act
    const record = await read(page(['Fish market to close for eight months']) + '\nBY PARK JI-WOO [park.jiwoo@courier.example]\n');

    // Assess
    expect(record.bylines.map((b) => b.name.toLowerCase())).toEqual(['park ji-woo']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves out a reader appeal at the foot and the outlet\'s initials signing off the last paragraph', async () => {
    // Act
    const appeal = await read(page(['Fish market to close for eight months']) + [
      '', 'Support HARBOUR COURIER\'s journalism of integrity', '',
      'Good journalism costs a lot of money. For continued free access to our reporting we ask you to consider making a modest support to this endeavour.', '',
    ].join('\n'));
    const initials = await read(['Fish market to close for eight months', '', STORY[0], '', `${STORY[1]} HC`, ''].join('\n'));

    // Assess
    expect(appeal.body.paragraphs).toEqual(STORY);
    expect(initials.body.paragraphs).toEqual(STORY);
  });

  it('leaves out Spanish links to other stories (MIRA:, También le puede interesar:)', async () => {
    // Act
    const record = await read(['El mercado cerrará ocho meses', '', STORY[0], '', 'MIRA: Así será el nuevo mercado', '', 'También le puede interesar: Los precios del pescado', '', STORY[1], ''].join('\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads an edition\'s masthead as the paper\'s name, and a Swiss dateline\'s city without its canton', async () => {
    // Act
    const edition = await read(page(['Kathimerini English Edition', 'NEWS', 'Fish market to close for eight months']) + '\n“We had no choice,” the mayor told Kathimerini.\n');
    const swiss = await read(['Fischmarkt schliesst für acht Monate', '', 'Brunnen SZ (Keystone-SDA) - Der Gemeinderat hat am Dienstag beschlossen, den alten Fischmarkt für acht Monate zu schliessen.', '', 'Die Händler ziehen in eine Halle am See.', ''].join('\n'));

    // Assess
    expect(edition.provider).toBe('Kathimerini');
    expect(swiss.dateline?.city).toBe('Brunnen');
  });

  it('reads a ninjs copyright holder without `& Company, Inc.`', async () => {
    // Act
    const record = await read(JSON.stringify({ uri: 'https://example.com/1', type: 'text', version: '1', language: 'en', copyrightholder: 'Harbour Courier & Company, Inc.', headline: 'Fish market to close', body_text: STORY.join('\n\n') }));

    // Assess
    expect(record.provider).toBe('Harbour Courier');
  });
});
