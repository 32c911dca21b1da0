import type { AgencyProfile } from './types.ts';

/** TT (Stockholm): NewsML-G2, `STOCKHOLM (TT)`. */
export const tt: AgencyProfile = {
  id: 'tt',
  provider: 'TT',
  names: ['TT', 'TT Nyhetsbyrån'],
  tags: ['TT'],
  codes: ['tt.se'],
  zone: 'Europe/Stockholm',
  language: 'sv',
  dateOrder: 'ymd',
};
