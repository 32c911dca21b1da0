import type { AgencyProfile } from './types.ts';

/** Kyodo (Tokyo): `TOKYO, March 3 Kyodo -`, closing `==Kyodo`. */
export const kyodo: AgencyProfile = {
  id: 'kyodo',
  provider: 'Kyodo',
  names: ['Kyodo', 'Kyodo News', 'KYODO NEWS'],
  tags: ['Kyodo', '共同'],
  codes: ['kyodonews.net', 'kyodonews.jp'],
  zone: 'Asia/Tokyo',
  language: 'en',
  dateOrder: 'ymd',
  closing: [/^={1,2}\s*Kyodo$/i],
};
