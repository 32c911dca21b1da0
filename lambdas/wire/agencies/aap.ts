import type { AgencyProfile } from './types.ts';

/** AAP (Sydney): `SYDNEY, AAP -`, the desk's sign-off `AAP em/cfm`. */
export const aap: AgencyProfile = {
  id: 'aap',
  provider: 'AAP',
  names: ['AAP', 'Australian Associated Press', 'AAP General News Wire'],
  tags: ['AAP'],
  codes: ['aap.com.au'],
  zone: 'Australia/Sydney',
  language: 'en',
};
