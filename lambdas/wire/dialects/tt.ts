import type { DialectProfile } from '../types.ts';

/** TT (Sweden): NewsML-G2 `newsMessage`s of a package, its text item (rich HTML5) and pictures. */
export const tt: DialectProfile = {
  id: 'tt',
  provider: 'TT',
  formats: ['newsml-g2', 'ninjs'],
};
