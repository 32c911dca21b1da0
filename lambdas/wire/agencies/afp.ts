import type { AgencyProfile } from './types.ts';

/** AFP (Paris): NewsML 1.2 and text, French and English services; `City (AFP) -`, `by Firstname LASTNAME`, the desk's sign-off `bur-dar-gl/fz`. */
export const afp: AgencyProfile = {
  id: 'afp',
  provider: 'AFP',
  names: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  tags: ['AFP'],
  codes: ['afp.com'],
  zone: 'Europe/Paris',
  language: 'fr',
  signalCodes: { 'Genre:Update': 'update', 'Genre:Correction': 'correction' },
};
