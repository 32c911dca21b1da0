import type { AgencyProfile } from './types.ts';

/** ANI (New Delhi): `New Delhi [India], March 3 (ANI):`, `(ANI)` closing the last paragraph. */
export const ani: AgencyProfile = {
  id: 'ani',
  provider: 'ANI',
  names: ['ANI', 'Asian News International'],
  tags: ['ANI'],
  codes: ['aninews.in'],
  zone: 'Asia/Kolkata',
  language: 'en',
};
