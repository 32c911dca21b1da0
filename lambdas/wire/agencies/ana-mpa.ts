import type { AgencyProfile } from './types.ts';

/** ANA-MPA (Athens): `ATHENS (ANA-MPA) -`, Greek and English services. */
export const anaMpa: AgencyProfile = {
  id: 'ana-mpa',
  provider: 'ANA-MPA',
  names: ['ANA-MPA', 'Athens-Macedonian News Agency', 'AMNA', 'ΑΠΕ-ΜΠΕ', 'Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων'],
  tags: ['ANA-MPA', 'AMNA', 'ΑΠΕ-ΜΠΕ'],
  codes: ['amna.gr', 'ana-mpa.gr'],
  zone: 'Europe/Athens',
  language: 'el',
};
