import type { AgencyProfile } from './types.ts';

/** Business Wire (San Francisco): press releases; `SAN FRANCISCO--(BUSINESS WIRE)--`, contacts after the text. */
export const businessWire: AgencyProfile = {
  id: 'business-wire',
  provider: 'Business Wire',
  names: ['Business Wire', 'BUSINESS WIRE'],
  tags: ['BUSINESS WIRE', 'Business Wire'],
  codes: ['businesswire.com'],
  zone: 'America/Los_Angeles',
  language: 'en',
  dateOrder: 'mdy',
};
