import type { AgencyProfile } from './types.ts';

/** Bernama (Kuala Lumpur): `KUALA LUMPUR, March 3 (Bernama) --`, closing `-- BERNAMA`. */
export const bernama: AgencyProfile = {
  id: 'bernama',
  provider: 'Bernama',
  names: ['Bernama', 'BERNAMA'],
  tags: ['Bernama'],
  codes: ['bernama.com'],
  zone: 'Asia/Kuala_Lumpur',
  language: 'en',
  closing: [/^--\s*BERNAMA$/],
  signOff: /^[A-Z]{2,4}(?:\s+[A-Z]{2,4}){1,3}$/,
};
