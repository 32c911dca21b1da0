import type { DialectProfile } from '../types.ts';

/**
 * dpa (research/wire-anchors.md §2.4, §2.5, §4.3): IPTC 7901, ninjs and plain text; bylines
 * "By NAME, dpa =", datelines `Munich (dpa) -` and `San Diego (tca/dpa) -`, credits "- Reporting by: …",
 * and the desk's sign-off closing the copy: `dpa bwh bag`.
 */
export const dpa: DialectProfile = {
  id: 'dpa',
  provider: 'dpa',
  formats: ['iptc-7901', 'text', 'ninjs', 'newsml-g2', 'nitf'],
  signOff: /^dpa(?:\s+[a-z]{2,5}){1,6}$/,
};
