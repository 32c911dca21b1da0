import type { AgencyProfile } from './types.ts';

/** The Canadian Press (Toronto): `OTTAWA — …`, signed `The Canadian Press` at the foot, and `This report by The Canadian Press was first published …`. */
export const cp: AgencyProfile = {
  id: 'cp',
  provider: 'The Canadian Press',
  names: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne', 'CP'],
  tags: ['CP', 'The Canadian Press'],
  codes: ['thecanadianpress.com'],
  zone: 'America/Toronto',
  language: 'en',
  dateOrder: 'mdy',
};
