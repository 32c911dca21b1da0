import type { AgencyProfile } from './types.ts';

/** PA Media (London): NITF and text; `By Name, PA`, embargo headers, `Ends`. */
export const pa: AgencyProfile = {
  id: 'pa',
  provider: 'PA Media',
  names: ['PA Media', 'Press Association', 'PA', 'PA Sport', 'PA Wire'],
  tags: ['PA'],
  codes: ['pa.media', 'pressassociation.com'],
  zone: 'Europe/London',
  language: 'en',
};
