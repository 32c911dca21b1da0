import type { AgencyProfile } from './types.ts';

/** EFE (Madrid): `Tegucigalpa, 2 ene (EFE).-`, Spanish and English services, the desk's initials `EFE dcp/mgr`. */
export const efe: AgencyProfile = {
  id: 'efe',
  provider: 'EFE',
  names: ['EFE', 'Agencia EFE'],
  tags: ['EFE'],
  codes: ['efe.com'],
  zone: 'Europe/Madrid',
  language: 'es',
};
