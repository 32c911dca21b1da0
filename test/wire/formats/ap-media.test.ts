import { describe, expect, it } from 'vitest';
import { apMedia } from '../../../lambdas/wire/formats/ap-media.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: ap-media', () => {
  it('is certain of an AP Media API response', () => {
    // Act & Assess
    expect(detectWith(apMedia, '{"api_version": "2.2", "data": {"item": {}}}')).toBe('certain');
  });

  it('reads the item and the NITF text attached to it; version 0 is a version', () => {
    // Act
    const [doc] = parseWith(apMedia, readWireFixture('ap-media/ap-media-with-nitf.json'));

    // Assess
    expect(doc).toMatchObject({
      provider: 'Associated Press', providerItemId: '0f0e0d0c0b0a09080706050403020100', providerVersion: '1', slugline: 'BC-US--Arizona-Solar',
      marks: ['1st Ld-Writethru'], signals: ['update'], edNote: 'Eds: Adds vote count.', bylineLines: ['By RUTH ABERNATHY', 'Associated Press'],
      datelineText: 'FLAGSTAFF, Ariz.', located: { city: 'Flagstaff', region: 'Arizona', country: 'United States' },
    });
    expect(doc!.paragraphs).toHaveLength(10);
    const zero = JSON.parse(new TextDecoder().decode(readWireFixture('ap-media/ap-media-with-nitf.json')));
    zero.data.item.version = 0;
    expect(parseWith(apMedia, JSON.stringify(zero))[0]!.providerVersion).toBe('0');
  });

  it('rejects item metadata without its text rendition as no-body, naming the rendition', () => {
    // Act
    const run = () => parseWith(apMedia, readWireFixture('ap-media/ap-media-metadata-only.json'));

    // Assess
    expect(run).toThrow(expect.objectContaining({ code: 'no-body' }));
    expect(run).toThrow(/NITF rendition \(renditions\.nitf\.href\)/);
  });
});
