import type { AgencyProfile } from './types.ts';

/** Belga (Brussels): Dutch and French services, `BRUXELLES (Belga) -`. */
export const belga: AgencyProfile = {
  id: 'belga',
  provider: 'Belga',
  names: ['Belga'],
  tags: ['Belga'],
  codes: ['belga.be'],
  zone: 'Europe/Brussels',
  language: 'nl',
};
