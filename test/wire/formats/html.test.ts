import { describe, expect, it } from 'vitest';
import { htmlParagraphs } from '../../../lambdas/wire/formats/common.ts';

describe('Function: htmlParagraphs', () => {
  it('keeps a table a paragraph per row, its cells apart', () => {
    // Act
    const paragraphs = htmlParagraphs('<p>Results:</p><table><tr><th>Team</th><th>Pts</th></tr><tr><td>Bayern</td><td>42</td></tr></table><p>After the table.</p>');

    // Assess
    expect(paragraphs).toEqual(['Results:', 'Team Pts', 'Bayern 42', 'After the table.']);
  });

  it('reads the paragraphs of a layout table one by one, and leaves out scripts, styles and pictures', () => {
    // Act
    const paragraphs = htmlParagraphs('<style>p{}</style><table><tr><td><p>One.</p><figure><img alt="x"><figcaption>Photo</figcaption></figure><p>Two.</p></td></tr></table><script>x()</script>');

    // Assess
    expect(paragraphs).toEqual(['One.', 'Two.']);
  });
});
