import type { AgencyProfile } from './types.ts';

/** ANP (The Hague): `AMSTERDAM (ANP) -`. */
export const anp: AgencyProfile = {
  id: 'anp',
  provider: 'ANP',
  names: ['ANP', 'Algemeen Nederlands Persbureau'],
  tags: ['ANP'],
  codes: ['anp.nl'],
  zone: 'Europe/Amsterdam',
  language: 'nl',
};
