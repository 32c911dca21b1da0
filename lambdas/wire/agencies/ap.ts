import type { AgencyProfile } from './types.ts';

/** The Associated Press (New York): plain text, ANPA 1312 (retired), NITF, AP Media API, ninjs; `CITY (AP) —` datelines, `By NAME` over `Associated Press`, `Eds:` notes, `___` before the contributor line. */
export const ap: AgencyProfile = {
  id: 'ap',
  provider: 'Associated Press',
  names: ['Associated Press', 'The Associated Press', 'AP'],
  tags: ['AP'],
  codes: ['ap.org', 'apnews.com'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
  headlineSignals: [{ pattern: /^(?:CORRECTION|CORRECTS|CORRECTED)\b/i, signal: 'correction' }],
};
