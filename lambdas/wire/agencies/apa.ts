import type { AgencyProfile } from './types.ts';

/** APA (Vienna): IPTC 7901 and text, `Wien (APA) -`, `(Schluss)` and the desk's initials. */
export const apa: AgencyProfile = {
  id: 'apa',
  provider: 'APA',
  names: ['APA', 'Austria Presse Agentur'],
  tags: ['APA'],
  codes: ['apa.at'],
  zone: 'Europe/Vienna',
  language: 'de',
};
