import type { AgencyProfile } from './types.ts';

/** UPI (Washington): text; `CITY, March 3 (UPI) --`. */
export const upi: AgencyProfile = {
  id: 'upi',
  provider: 'UPI',
  names: ['UPI', 'United Press International'],
  tags: ['UPI'],
  codes: ['upi.com'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
};
