import type { AgencyProfile } from './types.ts';

/** IANS (New Delhi): `New Delhi, March 3 (IANS)`, closing `--IANS` and the desk's initials. */
export const ians: AgencyProfile = {
  id: 'ians',
  provider: 'IANS',
  names: ['IANS', 'Indo-Asian News Service'],
  tags: ['IANS'],
  codes: ['ians.in'],
  zone: 'Asia/Kolkata',
  language: 'en',
  closing: [/^--\s*IANS$/],
};
