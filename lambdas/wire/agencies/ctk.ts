import type { AgencyProfile } from './types.ts';

/** ČTK (Prague): `Praha 5. listopadu (ČTK) -` and the English `Prague, March 3 (CTK) -`. */
export const ctk: AgencyProfile = {
  id: 'ctk',
  provider: 'CTK',
  names: ['CTK', 'ČTK', 'Czech News Agency', 'Česká tisková kancelář'],
  tags: ['ČTK', 'CTK'],
  codes: ['ctk.cz'],
  zone: 'Europe/Prague',
  language: 'cs',
};
