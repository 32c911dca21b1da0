import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Organisations from `wire-heldout-34` (session 27): a platform named as where something was posted is none, however it
 * is worded; a heritage listing is no name, the body that lists is one. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const organisations = (paragraphs: string[]): string[] => findEntities(paragraphs, none).organisations.map((o) => o.name);

describe('Function: findEntities (organisations, session 27)', () => {
  it('reads no organisation in a platform something was posted on, by its channel or page or in a list of them', () => {
    // Act & Assess
    expect(organisations([
      '“We will rebuild every bridge,” the governor wrote on his Telegram channel on Monday.',
      'The ministry posted the figures on its Facebook page.',
      'Follow the ministry on Telegram and Instagram for updates.',
    ])).toEqual([]);
  });

  it('reads the body of a heritage listing, and nothing of the listing', () => {
    // Act & Assess
    expect(organisations(['The old town of Gjirokastër is a UNESCO World Heritage site visited by thousands each summer.'])).toEqual(['UNESCO']);
  });

  it('reads a body\'s office named as of another body as two bodies', () => {
    // Act & Assess
    expect(organisations(['Readings from the Miyako Island Local Meteorological Observatory of the Japan Meteorological Agency showed a record.']))
      .toEqual(['Miyako Island Local Meteorological Observatory', 'Japan Meteorological Agency']);
  });
});
