import type { AgencyProfile } from './types.ts';

/** PTI (New Delhi): `New Delhi, Mar 3 (PTI)` with no dash, slug and priority lines, sign-off `PTI JP RHL`. */
export const pti: AgencyProfile = {
  id: 'pti',
  provider: 'PTI',
  names: ['PTI', 'Press Trust of India'],
  tags: ['PTI'],
  codes: ['ptinews.com'],
  zone: 'Asia/Kolkata',
  language: 'en',
  // the desk's sign-off: the agency, then reporters' and editors' initials in capitals ("PTI JP RHL")
  signOff: /^PTI(?:\s+[A-Z]{2,4}){1,5}$/,
};
