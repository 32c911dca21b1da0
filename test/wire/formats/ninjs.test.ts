import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../../lambdas/story/index.ts';
import { ninjs } from '../../../lambdas/wire/formats/ninjs.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: ninjs', () => {
  it('finds a JSON object with a uri likely', () => {
    // Act & Assess
    expect(detectWith(ninjs, '{"uri": "urn:x", "type": "text"}')).toBe('likely');
    expect(detectWith(ninjs, '[1, 2]')).toBeUndefined();
  });

  it('reads ninjs 3.x: camelCase names, markup body before plain text, the provider from the dateline tag', () => {
    // Act
    const [doc] = parseWith(ninjs, readWireFixture('ninjs/ninjs3-ap-ferry.json'));

    // Assess
    expect(doc).toMatchObject({ providerItemId: 'urn:example:ninjs:ferry-2025-0042', providerVersion: '3', provider: 'Associated Press', datelineText: 'Bergen, Norway' });
    expect(doc!.paragraphs[0]).toMatch(/^BERGEN, Norway \(AP\) — /);
  });

  it('reads ninjs 2.x: lower-case names and the description as the text when there is no body', () => {
    // Act
    const [doc] = parseWith(ninjs, readWireFixture('ninjs/ninjs2-ntb-description-only.json'));

    // Assess
    expect(doc).toMatchObject({ provider: 'NTB', edNote: 'Utvidet.', language: 'nb-NO', times: { versionCreated: '2025-03-03T09:20:00Z' } });
    expect(doc!.paragraphs[0]).toMatch(/^Tre nye flyruter fra Tromsø/);
  });

  it('reads ninjs 1.x: headline, byline, body_text, embargoed and a withheld status', () => {
    // Act
    const [doc] = parseWith(ninjs, readWireFixture('ninjs/ninjs1-dpa-embargoed.json'));

    // Assess
    expect(doc).toMatchObject({ pubStatus: 'withheld', provider: 'dpa', headline: 'Hamburg harbour tunnel to close for repairs', times: { embargoedUntil: '2025-04-01T10:00:00+0200' } });
  });

  it.each([['cancelled'], ['stat:canceled'], ['canceled']])('reads pubstatus %s as canceled', (status) => {
    // Act
    const [doc] = parseWith(ninjs, JSON.stringify({ uri: 'u', pubstatus: status, body_text: 'Text.' }));

    // Assess
    expect(doc).toMatchObject({ pubStatus: 'canceled', signals: ['kill'] });
  });

  it('rejects a picture item as no-body and broken JSON as malformed', () => {
    // Act & Assess
    expect(() => parseWith(ninjs, '{"uri": "u", "type": "picture"}')).toThrow(expect.objectContaining({ code: 'no-body' }));
    expect(() => parseWith(ninjs, '{"uri": "u", ')).toThrow(RejectionError);
    expect(() => parseWith(ninjs, '{"uri": "u", ')).toThrow(expect.objectContaining({ code: 'malformed' }));
  });
});
