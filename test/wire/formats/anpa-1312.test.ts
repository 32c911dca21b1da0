import { describe, expect, it } from 'vitest';
import { anpa1312, anpaTypography } from '../../../lambdas/wire/formats/anpa-1312.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: anpa-1312', () => {
  it('is certain of SYN SYN SOH', () => {
    // Act & Assess
    expect(detectWith(anpa1312, '\u0016\u0016\u0001a0412\u001f\n\u0002^BC-US--X<\n\tText\u0003')).toBe('certain');
    expect(detectWith(anpa1312, '\u0001eca100\n\u0002Text\u0003')).toBeUndefined();
  });

  it('reads the slug and take key, headline, Eds note, byline and title, paragraphs, trailer and stamp', () => {
    // Act
    const [doc] = parseWith(anpa1312, readWireFixture('anpa-1312/ap-anpa-bridge-2ndld.tst'));

    // Assess
    expect(doc).toMatchObject({
      format: 'anpa-1312', provider: 'Associated Press', slugline: 'BC-US--Bridge-Inspection', marks: ['2nd Ld-Writethru'],
      headline: 'Inspectors find cracks in Ohio River bridge', edNote: 'Eds: Corrects number of lanes in 3rd graf. Updates with governor comment.',
      bylineLines: ['By WENDELL TRASK', 'Associated Press'], times: { versionCreated: '2024-09-18T19:02:00Z' },
      trailer: ['AP writer Lena Ostrowski in Columbus contributed to this report.'],
    });
    expect(doc!.datelineText).toBe('CINCINNATI (AP)');
    expect(doc!.paragraphs[0]).toBe('State inspectors found new cracks in a steel beam of the Ohio River bridge on Wednesday and closed two of its four lanes — the second closure this year.');
    expect(doc!.paragraphs[1]).toBe('“We are not taking any chances with this bridge,” said Gov. Alma Redding.');
  });

  it('reads another agency\'s keyword line and word count as the slug, and a stamp with a space after the code and India\'s zone', () => {
    // Act
    const [doc] = parseWith(anpa1312, [
      '\u0016\u0016\u0001p0318\u001f-----', 'r i\u0013\u0011 BOM23 LGD-MH-HC-TREES   12-04 0318', '\u0002^LGD-MH-HC-TREES,318<',
      '^HC refuses to stay felling of trees for metro depot<', '\t   Mumbai, Dec 4 (PTI) The Bombay High Court on Thursday refused to stay the felling of trees for a metro depot in Pune.',
      '\t   The court posted the matter for hearing on January 8.', '\t   PTI SP KRK', '', '\t   \u0003PTI 12-04-25 1709IST<',
    ].join('\r\n'));

    // Assess
    expect(doc).toMatchObject({ slugline: 'LGD-MH-HC-TREES', headline: 'HC refuses to stay felling of trees for metro depot', times: { versionCreated: '2025-12-04T17:09:00 IST' } });
  });

  it('reads a trailer stamp whose code is a long word, and each editor of a Bloomberg contact line, with an address or without', () => {
    // Act
    const [doc] = parseWith(anpa1312, [
      '\u0016\u0016\u0001b0688\u001f-----', 'r f\u0013\u0011 BC-PHILIPPINES-RATES-BLOOM   12-04 0300', '\u0002^BC-PHILIPPINES-RATES-BLOOM,0300<',
      '^Philippine Central Bank Cuts Rates<', '\t   (Bloomberg) -- The Philippine central bank cut its benchmark rate on Thursday.',
      '\t   The move was expected.', '\t   To contact the editors responsible for this story: Nasreen Ahmed at nahmed31@bloomberg.net; Michael Dwyer',
      '', '\t   \u0003BLOOMBERG-12-04-25 0346EST<',
    ].join('\r\n'));

    // Assess
    expect(doc!.times.versionCreated).toBe('2025-12-04T03:46:00 EST');
    expect(doc!.trailer).toContain('Editing by Nasreen Ahmed, Michael Dwyer');
  });

  it('reads a sports service\'s name alone in the byline\'s place as the provider, not a writer', () => {
    // Act
    const [doc] = parseWith(anpa1312, [
      '\u0016\u0016\u0001f0451\u001f-----', 'r s\u0013\u0011 BC-CUR-CURLING-FINAL   03-08 0412', '\u0002^BC-CUR-CURLING-FINAL,0412<',
      '^Rink from Moose Jaw takes provincial curling title<', '^Lakeshore Hockey Media=', '\t   The rink skipped by Dana Okoro won the provincial final on Sunday.',
      '\t   The team will go to the national championship in April.', '', '\t   \u0003spw-03-08-26 1902EST<',
    ].join('\r\n'));

    // Assess
    expect(doc).toMatchObject({ provider: 'Lakeshore Hockey Media', bylineLines: [], headline: 'Rink from Moose Jaw takes provincial curling title' });
  });

  it('turns ``typewriter quotes\'\' and _ dashes into typography', () => {
    // Act & Assess
    expect(anpaTypography("``Yes,'' he said _ twice.")).toBe('“Yes,” he said — twice.');
  });

  it('rejects a transmission without STX as malformed', () => {
    // Act & Assess
    expect(() => parseWith(anpa1312, '\u0016\u0016\u0001header only')).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});
