import type { AgencyProfile } from './types.ts';

/** ANSA (Rome): `ROMA, 1 LUG -` and, in English, `NAPLES, MARCH 12 -` after an `(ANSA) -` tag; `ZCZC`/`NNNN` framing lines. */
export const ansa: AgencyProfile = {
  id: 'ansa',
  provider: 'ANSA',
  names: ['ANSA'],
  tags: ['ANSA'],
  codes: ['ansa.it'],
  zone: 'Europe/Rome',
  language: 'it',
};
