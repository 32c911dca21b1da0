import type { DialectProfile } from '../types.ts';

/**
 * NTB (Norway): NITF and ninjs. Its NITF `doc-id` carries a per-version suffix (`NTB5df9…bca7_00`,
 * research/wire-anchors.md §5), which is cut off so that every version keeps the story's id. The copy
 * ends with the desk's sign-off.
 */
export const ntb: DialectProfile = {
  id: 'ntb',
  provider: 'NTB',
  formats: ['nitf', 'ninjs', 'newsml-g2'],
  itemIdSuffix: /_\d{2}$/,
  // The copy closes with "(©NTB)" and the desk's addresses ("name@ntb.no/name@ntb.no").
  signOff: /^(?:\(©\s?NTB\)|[\w.+-]+@[\w.-]+(?:\s*\/\s*[\w.+-]+@[\w.-]+)*)$/,
};
