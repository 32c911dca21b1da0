import type { AgencyProfile } from './types.ts';

/** APA (Vienna): IPTC 7901 and text, `Wien (APA) -`, `(Schluss)` and the desk's initials, the service box `(S E R V I C E - …)` under the story. */
export const apa: AgencyProfile = {
  id: 'apa',
  provider: 'APA',
  names: ['APA', 'Austria Presse Agentur'],
  tags: ['APA'],
  codes: ['apa.at'],
  zone: 'Europe/Vienna',
  language: 'de',
  // (its service box, letters spaced out, closes the copy: `(S E R V I C E - Aktueller Lawinenlagebericht unter https://lawinen.report)`)
  signOff: /^\(?S E R V I C E\b.*$/,
};
