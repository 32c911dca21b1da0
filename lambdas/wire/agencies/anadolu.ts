import type { AgencyProfile } from './types.ts';

/** Anadolu Agency (Ankara): `ANKARA (AA) -`, Turkish and English services. */
export const anadolu: AgencyProfile = {
  id: 'anadolu',
  provider: 'Anadolu Agency',
  names: ['Anadolu Agency', 'Anadolu', 'Anadolu Ajansı', 'AA'],
  tags: ['AA', 'Anadolu'],
  codes: ['aa.com.tr'],
  zone: 'Europe/Istanbul',
  language: 'tr',
};
