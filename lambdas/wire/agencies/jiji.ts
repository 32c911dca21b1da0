import type { AgencyProfile } from './types.ts';

/** Jiji Press (Tokyo): `Tokyo, Feb. 18 (Jiji Press)--`, stamps `2026/02/18-17:25`. */
export const jiji: AgencyProfile = {
  id: 'jiji',
  provider: 'Jiji Press',
  names: ['Jiji Press', 'Jiji', 'JIJI Press'],
  tags: ['Jiji Press', 'Jiji', '時事'],
  codes: ['jiji.com'],
  zone: 'Asia/Tokyo',
  language: 'en',
  dateOrder: 'ymd',
};
