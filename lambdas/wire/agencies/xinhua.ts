import type { AgencyProfile } from './types.ts';

/** Xinhua (Beijing): `BEIJING, March 3 (Xinhua) --`, closing `Enditem`. */
export const xinhua: AgencyProfile = {
  id: 'xinhua',
  provider: 'Xinhua',
  names: ['Xinhua', 'Xinhua News Agency'],
  tags: ['Xinhua', '新华社', '新華社'],
  codes: ['xinhuanet.com', 'news.cn'],
  zone: 'Asia/Shanghai',
  language: 'en',
  dateOrder: 'ymd',
  closing: [/^Enditem$/i],
};
