import type { DialectProfile } from '../types.ts';

/** The Associated Press: ANPA 1312 (retired), NITF, AP Media API, plain text (research/wire-anchors.md §4). */
export const ap: DialectProfile = {
  id: 'ap',
  provider: 'Associated Press',
  formats: ['text', 'nitf', 'anpa-1312', 'ap-media', 'newsml-g2', 'ninjs'],
  headlineSignals: [{ pattern: /^(?:CORRECTION|CORRECTS|CORRECTED)\b/i, signal: 'correction' }],
};
