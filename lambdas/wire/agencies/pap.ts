import type { AgencyProfile } from './types.ts';

/** PAP (Warsaw): `Warszawa (PAP) -`, `(PAP)` closing the last paragraph. */
export const pap: AgencyProfile = {
  id: 'pap',
  provider: 'PAP',
  names: ['PAP', 'Polish Press Agency', 'Polska Agencja Prasowa'],
  tags: ['PAP'],
  codes: ['pap.pl'],
  zone: 'Europe/Warsaw',
  language: 'pl',
};
