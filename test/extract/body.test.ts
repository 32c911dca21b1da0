import { describe, expect, it } from 'vitest';
import { countWords, storyBody } from '../../lambdas/extract/body.ts';

describe('Function: storyBody', () => {
  it('takes the dateline off the first paragraph and credits out of the trailer', () => {
    // Act
    const body = storyBody(['WASHINGTON — The U.S. said it.', 'More text.'], ['AP writer Jane Roe in Seoul contributed.'], 'The U.S. said it.');

    // Assess
    expect(body.paragraphs).toEqual(['The U.S. said it.', 'More text.']);
    expect(body.contributors).toEqual([{ name: 'Jane Roe', location: 'Seoul', role: 'contributor' }]);
    expect(body.wordCount).toBe(6);
  });

  it('takes a correction notice at the foot for the note, and the agency\'s name alone closing the story for no paragraph', () => {
    // Act
    const corrected = storyBody(['The lake fell to a 12-year low.', 'Rationing starts on Monday.', 'Correction: An earlier version of this report misstated the daily supply. The error is regretted.'], [], null);
    const signed = storyBody(['O porto recebeu 40 navios.', 'O corredor liga o porto às minas.', 'Jornal de Angola'], [], null, 'Jornal de Angola');

    // Assess
    expect(corrected.paragraphs).toEqual(['The lake fell to a 12-year low.', 'Rationing starts on Monday.']);
    expect(corrected.versionNote).toMatch(/^Correction: An earlier version/);
    expect(signed.paragraphs).toEqual(['O porto recebeu 40 navios.', 'O corredor liga o porto às minas.']);
  });

  it('takes a dated correction notice at the foot in another language for the note, and a sentence opening with the word for none', () => {
    // Act
    const corrected = storyBody(['Oulu odottaa kävijöitä.', 'Tapahtumia on noin 1 200.', 'Korjattu 15.12.2025 kello 13.40: Jutussa kerrottiin aiemmin virheellisesti tapahtumien määrä.'], [], null);
    const text = storyBody(['Oulu odottaa kävijöitä.', 'Korjattu silta avattiin maanantaina liikenteelle.'], [], null);

    // Assess
    expect(corrected.paragraphs).toEqual(['Oulu odottaa kävijöitä.', 'Tapahtumia on noin 1 200.']);
    expect(corrected.versionNote).toMatch(/^Korjattu 15\.12\.2025/);
    expect(text.paragraphs).toHaveLength(2);
  });

  it('takes the editor from a tagline that ends in the publisher\'s copyright, and no paragraph of a copyright notice', () => {
    // Act
    const body = storyBody(['Banjir merendam 1.200 rumah.', 'Bản quyền © 2025 Báo Tuổi Trẻ. Ghi rõ nguồn khi phát hành lại thông tin từ website này.'],
      ['Editor: YOHANES BAYU SETIAWAN. Hak cipta © 2025 PT Kompas Media Nusantara.'], null);

    // Assess
    expect(body.paragraphs).toEqual(['Banjir merendam 1.200 rumah.']);
    expect(body.contributors.map((c) => [c.name, c.role])).toEqual([['Yohanes Bayu Setiawan', 'editor']]);
  });

  it('drops a first paragraph that was only a dateline', () => {
    // Act
    const body = storyBody(['WASHINGTON —', 'Text.'], [], '');

    // Assess
    expect(body.paragraphs).toEqual(['Text.']);
  });

  it('takes credit lines out of the last paragraphs when no separator sets them apart', () => {
    // Act
    const body = storyBody(['One.', 'Two.', 'Associated Press writer Haruto Sato in Sacramento contributed to this report.'], [], null);

    // Assess
    expect(body.paragraphs).toEqual(['One.', 'Two.']);
    expect(body.contributors).toHaveLength(1);
  });

  it('keeps trailer paragraphs that are no credit as story', () => {
    // Act
    const body = storyBody(['One.'], ['Follow the coverage of the election online.'], null);

    // Assess
    expect(body.paragraphs).toEqual(['One.', 'Follow the coverage of the election online.']);
  });

  it('takes a leading Reuters note out of the story', () => {
    // Act
    const body = storyBody(['(Adds comments, detail)', 'LONDON (Reuters) - Text.'], [], null);

    // Assess
    expect(body.versionNote).toBe('Adds comments, detail');
    expect(body.paragraphs).toEqual(['LONDON (Reuters) - Text.']);
  });

  it('gives reporter notes for the bylines', () => {
    // Act
    const body = storyBody(['One.'], ['Tanaka reported from Tokyo.'], null);

    // Assess
    expect(body.notes).toEqual([{ names: ['Tanaka'], location: 'Tokyo' }]);
    expect(body.paragraphs).toEqual(['One.']);
  });

  it('drops reporters’ contact taglines at the foot of the story, keeping other sentences of their paragraph', () => {
    // Act
    const body = storyBody([
      'One.',
      'Prices rose. Maria Olsen can be reached at http://twitter.com/molsen . Her work can be found at https://example.org/molsen .',
      'Follow Tom Reyes on Twitter at https://twitter.com/treyes',
    ], ['Dana K. Whit is on X as @danawhit.'], null);

    // Assess
    expect(body.paragraphs).toEqual(['One.', 'Prices rose.']);
  });

  it('keeps a sentence about being reached that is story text', () => {
    // Act
    const body = storyBody(['The village can be reached only by boat.', 'Kure Beach can be reached at low tide.', 'Follow the river north to find it.'], [], null);

    // Assess
    expect(body.paragraphs).toEqual(['The village can be reached only by boat.', 'Kure Beach can be reached at low tide.', 'Follow the river north to find it.']);
  });

  it('lists a contributor named twice once', () => {
    // Act
    const body = storyBody(['One.', 'AP writer Jane Roe contributed.'], ['AP writer Jane Roe contributed.'], null);

    // Assess
    expect(body.contributors).toHaveLength(1);
  });
});

describe('Function: countWords', () => {
  it('counts words, not dashes and quotes', () => {
    // Act & Assess
    expect(countWords(['“It’s fair game,” he said — twice.', 'North Korea has 1.2 million troops.'])).toBe(12);
  });
});
