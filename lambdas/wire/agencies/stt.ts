import type { AgencyProfile } from './types.ts';

/** STT (Helsinki): NewsML-G2, `HELSINKI (STT) –`. */
export const stt: AgencyProfile = {
  id: 'stt',
  provider: 'STT',
  names: ['STT', 'STT-Lehtikuva', 'STT-FNB'],
  tags: ['STT'],
  codes: ['stt.fi', 'stt-lehtikuva.fi'],
  zone: 'Europe/Helsinki',
  language: 'fi',
  signalCodes: { 'update:*': 'update' },
};
