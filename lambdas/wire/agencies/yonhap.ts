import type { AgencyProfile } from './types.ts';

/** Yonhap (Seoul): `SEOUL, March 3 (Yonhap) --`, `(LEAD)`, closing `(END)`. */
export const yonhap: AgencyProfile = {
  id: 'yonhap',
  provider: 'Yonhap',
  names: ['Yonhap', 'Yonhap News Agency', '연합뉴스'],
  tags: ['Yonhap', '연합뉴스'],
  codes: ['yna.co.kr', 'yonhapnews.co.kr'],
  zone: 'Asia/Seoul',
  language: 'ko',
  dateOrder: 'ymd',
};
