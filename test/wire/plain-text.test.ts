import { describe, expect, it } from 'vitest';
import { parseStory } from '../../lambdas/ingest/parse-story.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('Plain-text fields', async () => {
  it('carry no markup from a text wire: tags stripped, scripts dropped with their content', async () => {
    // Prepare
    const wire = [
      'By Jane <b>Roe</b>, Associated Press',
      'WASHINGTON (AP) — The <script>alert("x")</script>Senate <b>voted</b> on the bill &amp; more.',
      'Lawmakers said <img src=x onerror=alert(1)>the vote was close.',
    ].join('\n');
    // Act
    const record = await parseStory(encode(wire), { key: null });
    // Assess
    expect(record.body.paragraphs).toEqual(['The Senate voted on the bill & more.', 'Lawmakers said the vote was close.']);
    expect(record.bylines.map((b) => b.name)).toEqual(['Jane Roe']);
    expect(JSON.stringify(record)).not.toMatch(/<\/?(script|b|img)\b/);
  });

  it('carry no markup from a ninjs HTML body, headline included', async () => {
    const ninjs = JSON.stringify({
      uri: 'urn:test:1', version: '1', type: 'text', headlines: [{ role: 'main', value: 'Storm <i>hits</i> coast' }],
      bodies: [{ role: 'main', contentType: 'text/html', value: '<p>Heavy rain fell <script>steal()</script>on Monday across the region.</p><p onclick="x()">Roads closed.</p>' }],
    });
    const record = await parseStory(encode(ninjs), { key: null });
    expect(record.headline).toBe('Storm hits coast');
    expect(record.body.paragraphs.join(' ')).not.toMatch(/[<>]|steal/);
  });

  it('carry no processing instruction or declaration typed into a text wire', async () => {
    // Prepare
    const wire = 'Storm hits coast <?php echo 1 ?>\n\nHeavy rain fell on Monday <!-- note --> across the region, officials said.';
    // Act
    const record = await parseStory(encode(wire), { key: null });
    // Assess
    expect(JSON.stringify(record)).not.toMatch(/<[?!]/);
    expect(record.body.paragraphs).toEqual(['Heavy rain fell on Monday across the region, officials said.']);
  });

  it('refuse a file with text before its XML declaration as malformed, saying where the XML starts', async () => {
    // Prepare
    const wire = 'x<?xml version="1.0" encoding="UTF-8"?><nitf><body><body.content><p>Heavy rain fell.</p></body.content></body></nitf>';
    // Act
    const run = () => parseStory(encode(wire), { key: null });
    // Assess
    await expect(run()).rejects.toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringMatching(/1 character of other text \("x"\) stand before its XML declaration/) }));
  });
});
