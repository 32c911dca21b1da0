import type { DialectProfile } from '../types.ts';

/** PA Media (UK): NITF 3.1 in ISO-8859-1, with inline `<person>` and `<org>` tagging (research/wire-anchors.md §3.2). */
export const pa: DialectProfile = {
  id: 'pa',
  provider: 'PA Media',
  formats: ['nitf', 'text'],
};
