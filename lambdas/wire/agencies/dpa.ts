import type { AgencyProfile } from './types.ts';

/** dpa (Berlin): IPTC 7901, ninjs and text; `Munich (dpa) -`, `By NAME, dpa =`, `- Reporting by:`, the desk's sign-off `dpa bwh bag`. */
export const dpa: AgencyProfile = {
  id: 'dpa',
  provider: 'dpa',
  names: ['dpa', 'Deutsche Presse-Agentur'],
  tags: ['dpa'],
  codes: ['dpa.com', 'dpa.de', 'dpa-tns'],
  zone: 'Europe/Berlin',
  language: 'de',
};
