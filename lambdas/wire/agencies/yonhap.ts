import type { AgencyProfile } from './types.ts';

/** Yonhap (Seoul): `SEOUL, March 3 (Yonhap) --`, `(LEAD)`, closing `(END)`; its Japanese and Chinese services as `【ソウル聯合ニュース】`, `韩联社`. */
export const yonhap: AgencyProfile = {
  id: 'yonhap',
  provider: 'Yonhap',
  names: ['Yonhap', 'Yonhap News Agency', '연합뉴스', '聯合ニュース', '韩联社', '韓聯社'],
  tags: ['Yonhap', '연합뉴스', '聯合ニュース', '韩联社', '韓聯社'],
  codes: ['yna.co.kr', 'yonhapnews.co.kr'],
  zone: 'Asia/Seoul',
  language: 'ko',
  dateOrder: 'ymd',
};
