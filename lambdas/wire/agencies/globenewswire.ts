import type { AgencyProfile } from './types.ts';

/** GlobeNewswire (Notified): press releases; `TORONTO, Oct. 29, 2025 (GLOBE NEWSWIRE) --`. */
export const globeNewswire: AgencyProfile = {
  id: 'globenewswire',
  provider: 'GlobeNewswire',
  names: ['GlobeNewswire', 'GLOBE NEWSWIRE', 'Globe Newswire'],
  tags: ['GLOBE NEWSWIRE', 'GlobeNewswire'],
  codes: ['globenewswire.com'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
};
