import type { DialectProfile } from '../types.ts';

/**
 * AFP (research/wire-anchors.md §3.4, §4.3): NewsML 1.2 and plain text, `… (AFP) -` datelines, bylines
 * "By X with Y in Z", and the desk's sign-off closing the story: the initials of the bureau and editors,
 * `bur-dar-gl/fz`, `hh/ph/ts/hd`.
 */
export const afp: DialectProfile = {
  id: 'afp',
  provider: 'AFP',
  formats: ['newsml-1.2', 'text', 'nitf', 'newsml-g2', 'ninjs'],
  signOff: /^(?:[a-z]{2,5}[-/]){1,8}[a-z]{2,5}$/,
  signalCodes: { 'Genre:Update': 'update', 'Genre:Correction': 'correction' },
};
