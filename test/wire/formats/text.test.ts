import { describe, expect, it } from 'vitest';
import { text } from '../../../lambdas/wire/formats/text.ts';
import { decode } from '../../../lambdas/wire/decode.ts';
import { headOf } from '../../../lambdas/wire/sniff.ts';
import type { WireDocument } from '../../../lambdas/wire/types.ts';

function parse(source: string): WireDocument {
  const bytes = new TextEncoder().encode(source);
  const input = decode(bytes);
  return text.parse(input, { head: headOf(bytes, input) });
}

const detect = (source: string) => {
  const bytes = new TextEncoder().encode(source);
  return text.detect(headOf(bytes, decode(bytes)));
};

describe('Parser: text', () => {
  describe('Method: detect', () => {
    it('finds printable prose likely', () => {
      // Act & Assess
      expect(detect('WASHINGTON — The United States said Wednesday …')).toBe('likely');
    });

    it.each([
      ['an XML declaration', '<?xml version="1.0"?><nitf/>'],
      ['an XML root', '\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'],
      ['a JSON object', '{"uri": "urn:x", "type": "text"}'],
      ['ANPA framing', '\u0016\u0016\u0001W2607 asian\nBC-US--Ethanol'],
    ])('leaves %s to other parsers', (_what, source) => {
      // Act & Assess
      expect(detect(source)).toBeUndefined();
    });
  });

  describe('Method: parse', () => {
    it('reads the seed shape: byline with agency, posted line, one paragraph a line, trailer after ____', () => {
      // Prepare
      const source = [
        'By Hyung Jin-Kim and Lolita C. Baldor, Associated Press',
        'Posted on Wednesday, October 23, 2024 | 7:34 in the morning',
        'WASHINGTON — The United States said Wednesday that troops are stationed abroad.',
        'The deployment raises the potential for more.',
        '____',
        'Associated Press writers Kim Tong-hyung in Seoul contributed to this report.',
      ].join('\n');

      // Act
      const doc = parse(source);

      // Assess
      expect(doc).toMatchObject({
        format: 'text',
        encoding: 'UTF-8',
        provider: 'Associated Press',
        headline: null,
        pubStatus: 'usable',
        signals: [],
        bylineLines: ['By Hyung Jin-Kim and Lolita C. Baldor, Associated Press'],
        times: { firstCreated: '2024-10-23T07:34:00', versionCreated: null, embargoedUntil: null },
        paragraphs: ['The United States said Wednesday that troops are stationed abroad.', 'The deployment raises the potential for more.'],
        trailer: ['Associated Press writers Kim Tong-hyung in Seoul contributed to this report.'],
        datelineText: 'WASHINGTON',
        datelinePlace: 'WASHINGTON',
        providerItemId: null,
      });
    });

    it('takes "Associated Press" and a job title on the lines after "By NAME" as byline lines', () => {
      // Prepare
      const source = 'By TIM OKAFOR\nAP Sports Writer\n\nMILWAUKEE (AP) — The Bucks won.\n\nThey won again.';

      // Act
      const doc = parse(source);

      // Assess
      expect(doc.bylineLines).toEqual(['By TIM OKAFOR', 'AP Sports Writer']);
      expect(doc.paragraphs).toEqual(['The Bucks won.', 'They won again.']);
      expect(doc.datelineText).toBe('MILWAUKEE (AP)');
      expect(doc.provider).toBe('Associated Press');
    });

    it('reads an ANPA-style header: slug with take key, headline, Eds note, byline lines ending in =', () => {
      // Prepare
      const source = [
        'BC-US--Ethanol-Losing Grassland, 1st Ld-Writethru,1140',
        'Prairies vanish in the push for green energy',
        'AP Photo SDDD101',
        'Eds: Restores reference in 3rd paragraph.',
        'By CHET BROKAW and JACK GILLUM=',
        'Associated Press=',
        'ROSCOE, S.D. (AP) _ Robert Malsam nearly went broke in the 1980s.',
        'Second paragraph.',
      ].join('\n');

      // Act
      const doc = parse(source);

      // Assess
      expect(doc).toMatchObject({
        slugline: 'BC-US--Ethanol-Losing Grassland',
        marks: ['1st Ld-Writethru'],
        headline: 'Prairies vanish in the push for green energy',
        edNote: 'Eds: Restores reference in 3rd paragraph.',
        bylineLines: ['By CHET BROKAW and JACK GILLUM', 'Associated Press'],
        datelinePlace: 'ROSCOE, S.D.',
        paragraphs: ['Robert Malsam nearly went broke in the 1980s.', 'Second paragraph.'],
      });
    });

    it('takes a short first line without a full stop, before other lines, as the headline', () => {
      // Act
      const doc = parse('Chicago libraries to stay open until midnight\n\nCHICAGO (AP) -- Ten branches will stay open.\n\nMore text.');

      // Assess
      expect(doc.headline).toBe('Chicago libraries to stay open until midnight');
      expect(doc.paragraphs[0]).toBe('Ten branches will stay open.');
    });

    it('invents no headline when the story opens with its dateline', () => {
      // Act
      const doc = parse('WASHINGTON — The United States said Wednesday that it agreed.\nSecond paragraph.');

      // Assess
      expect(doc.headline).toBeNull();
      expect(doc.paragraphs).toHaveLength(2);
    });

    it('reads "By Tuesday, officials had left." as story, not as a byline', () => {
      // Act
      const doc = parse('By Tuesday, officials had left.\nSecond paragraph.');

      // Assess
      expect(doc.bylineLines).toEqual([]);
      expect(doc.paragraphs).toEqual(['By Tuesday, officials had left.', 'Second paragraph.']);
    });

    it('joins hard-wrapped lines of blank-line separated blocks into paragraphs', () => {
      // Prepare
      const source = 'Berlin (dpa) - Berlin will require rooftop bars\nto turn down music after 11 pm.\n\n"Berlin lives from its nightlife,"\nsenator Hansen said.\n\n- Reporting by: Katrin Vogel in Berlin';

      // Act
      const doc = parse(source);

      // Assess
      expect(doc.paragraphs).toEqual([
        'Berlin will require rooftop bars to turn down music after 11 pm.',
        '"Berlin lives from its nightlife," senator Hansen said.',
      ]);
      expect(doc.trailer).toEqual(['- Reporting by: Katrin Vogel in Berlin']);
      expect(doc.provider).toBe('dpa');
    });

    it('keeps short one-line paragraphs apart despite a blank line and a final newline', () => {
      // Prepare
      const source = 'NEW YORK (AP) — Stocks fell.\nBonds rose.\n“It was a quiet day,” a trader said.\n\n___\nAP writer Jane Roe contributed.\n';

      // Act
      const doc = parse(source);

      // Assess
      expect(doc.paragraphs).toEqual(['Stocks fell.', 'Bonds rose.', '“It was a quiet day,” a trader said.']);
      expect(doc.trailer).toEqual(['AP writer Jane Roe contributed.']);
    });

    it('keeps earlier separators out of the story and takes the last section as trailer', () => {
      // Act
      const doc = parse('One.\n___\nTwo.\n___\nAP writer Jane Roe contributed.');

      // Assess
      expect(doc.paragraphs).toEqual(['One.', 'Two.']);
      expect(doc.trailer).toEqual(['AP writer Jane Roe contributed.']);
    });

    it('reads updated, embargo and bracketed Eds lines', () => {
      // Prepare
      const source = [
        '(Eds: Embargoed material follows.)',
        'Embargoed until 12:01 a.m. EDT, Oct. 3, 2024',
        'Updated Oct. 2, 2024 11:05 a.m. EDT',
        'NEW YORK (AP) — Text.',
      ].join('\n');

      // Act
      const doc = parse(source);

      // Assess
      expect(doc.edNote).toBe('Eds: Embargoed material follows.');
      expect(doc.times).toEqual({ firstCreated: null, versionCreated: '2024-10-02T11:05:00 EDT', embargoedUntil: '2024-10-03T00:01:00 EDT' });
    });

    it('names the provider from a shared dateline tag', () => {
      // Act
      const doc = parse('San Diego (tca/dpa) - History says this was not a preview.\nMore.');

      // Assess
      expect(doc.provider).toBe('dpa');
    });

    it('leaves the provider null when the copy does not name one', () => {
      // Act
      const doc = parse('Some text without any agency marks.\nMore text.');

      // Assess
      expect(doc.provider).toBeNull();
    });

    it('drops stray control characters and evens out runs of spaces', () => {
      // Act
      const doc = parse('\tFirst\u0007 paragraph  with   spaces.\nSecond.');

      // Assess
      expect(doc.paragraphs[0]).toBe('First paragraph with spaces.');
    });
  });
});
