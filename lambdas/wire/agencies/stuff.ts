import type { AgencyProfile } from './types.ts';

/** Stuff (New Zealand): times without a zone, read in New Zealand's. */
export const stuff: AgencyProfile = {
  id: 'stuff',
  provider: 'Stuff',
  names: ['Stuff', 'Stuff Limited', 'Stuff.co.nz', 'Stuff NZ'],
  tags: ['Stuff'],
  codes: ['stuff.co.nz'],
  zone: 'Pacific/Auckland',
  language: 'en',
};
