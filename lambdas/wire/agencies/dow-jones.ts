import type { AgencyProfile } from './types.ts';

/** Dow Jones Newswires (New York): `DJ ` before the headline, `Of DOW JONES NEWSWIRES`, `Write to …`, `(END) Dow Jones Newswires` and its time line. */
export const dowJones: AgencyProfile = {
  id: 'dow-jones',
  provider: 'Dow Jones',
  names: ['Dow Jones', 'Dow Jones Newswires', 'DOW JONES NEWSWIRES', 'Dow Jones & Company'],
  tags: ['Dow Jones'],
  codes: ['dowjones.com', 'djnewswires.com'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
  closing: [/^\(END\)\s+Dow Jones Newswires$/i],
  headlinePrefix: /^DJ\s+(?=\p{Lu})/u,
};
