import type { AgencyProfile } from './types.ts';

/** Bloomberg (New York): `(Bloomberg) --`, `--With assistance from …`, the `To contact …` blocks, `©2025 Bloomberg L.P.`. */
export const bloomberg: AgencyProfile = {
  id: 'bloomberg',
  provider: 'Bloomberg',
  names: ['Bloomberg', 'Bloomberg News', 'Bloomberg L.P.', 'Bloomberg LP'],
  tags: ['Bloomberg'],
  codes: ['bloomberg.com', 'bloomberg.net'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
};
