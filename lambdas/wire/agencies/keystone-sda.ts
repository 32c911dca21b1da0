import type { AgencyProfile } from './types.ts';

/** Keystone-SDA (Bern): German `Bern (sda) -` and French `(ats)` services. */
export const keystoneSda: AgencyProfile = {
  id: 'keystone-sda',
  provider: 'Keystone-SDA',
  names: ['Keystone-SDA', 'Keystone-ATS', 'SDA', 'ATS', 'sda', 'ats'],
  tags: ['sda', 'ats', 'awp/sda', 'awp/ats', 'Keystone-SDA', 'Keystone-ATS', 'SDA', 'ATS'],
  codes: ['keystone-sda.ch', 'sda.ch'],
  zone: 'Europe/Zurich',
  language: 'de',
};
