import type { AgencyProfile } from './types.ts';

/** NTB (Oslo): NITF and ninjs; a per-version doc-id suffix (`NTB5df9…bca7_00`), the copy closed by `(©NTB)` and the desk's addresses. */
export const ntb: AgencyProfile = {
  id: 'ntb',
  provider: 'NTB',
  names: ['NTB', 'Norsk Telegrambyrå'],
  tags: ['NTB'],
  codes: ['ntb.no'],
  zone: 'Europe/Oslo',
  language: 'nb',
  // the doc-id carries a per-version suffix (research/wire-anchors.md §5), cut off so every version keeps the story's id
  itemIdSuffix: /_\d{2}$/,
  // the copy closes with "(©NTB)" and the desk's addresses ("name@ntb.no/name@ntb.no")
  signOff: /^(?:\(©\s?NTB\)|[\w.+-]+@[\w.-]+(?:\s*\/\s*[\w.+-]+@[\w.-]+)*)$/,
};
