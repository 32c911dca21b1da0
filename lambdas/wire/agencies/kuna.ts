import type { AgencyProfile } from './types.ts';

/** KUNA (Kuwait): `KUWAIT, March 3 (KUNA) --`, closing `(end)` and the desk's initials. */
export const kuna: AgencyProfile = {
  id: 'kuna',
  provider: 'KUNA',
  names: ['KUNA', 'Kuwait News Agency'],
  tags: ['KUNA'],
  codes: ['kuna.net.kw'],
  zone: 'Asia/Kuwait',
  language: 'en',
};
