import { describe, expect, it } from 'vitest';
import { readWires } from '../../../lambdas/wire/index.ts';

const read = (text: string) => readWires(new TextEncoder().encode(text))[0]!;

describe('Copy: the lines above and below a story from an agency without a profile', () => {
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
});
