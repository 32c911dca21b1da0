import type { AgencyProfile } from './types.ts';

/** Ritzau (Copenhagen): copy closed by `/ritzau/`. */
export const ritzau: AgencyProfile = {
  id: 'ritzau',
  provider: 'Ritzau',
  names: ['Ritzau', 'Ritzaus Bureau'],
  tags: ['Ritzau'],
  codes: ['ritzau.dk'],
  zone: 'Europe/Copenhagen',
  language: 'da',
  closing: [/^\/?ritzau\/?$/i],
};
