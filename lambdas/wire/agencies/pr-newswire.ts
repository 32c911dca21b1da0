import type { AgencyProfile } from './types.ts';

/** PR Newswire (Cision, New York): press releases; `BOSTON, May 20, 2025 /PRNewswire/ --`, `SOURCE Company`, `-0-`, `PRN`. */
export const prNewswire: AgencyProfile = {
  id: 'pr-newswire',
  provider: 'PR Newswire',
  names: ['PR Newswire', 'Cision PR Newswire', 'PRNewswire'],
  tags: ['PRNewswire', 'PRNewswire-FirstCall', 'PRNewswire-HISPANIC PR WIRE', 'PRNewswire-PRWeb'],
  codes: ['prnewswire.com', 'PRN'],
  zone: 'America/New_York',
  language: 'en',
  dateOrder: 'mdy',
  closing: [/^PRN(?:\s+--\s*[A-Z]{1,3}\d{3,8}\s*--)?$/, /^--\s*[A-Z]{1,3}\d{3,8}\s*--$/],
};
