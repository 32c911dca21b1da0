import type { AgencyProfile } from './types.ts';

/** WAM (Abu Dhabi): `ABU DHABI, 3rd March, 2025 (WAM) --`, trailer `WAM/Name/Name`. */
export const wam: AgencyProfile = {
  id: 'wam',
  provider: 'WAM',
  names: ['WAM', 'Emirates News Agency'],
  tags: ['WAM'],
  codes: ['wam.ae'],
  zone: 'Asia/Dubai',
  language: 'en',
};
