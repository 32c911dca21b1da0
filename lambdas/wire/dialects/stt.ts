import type { DialectProfile } from '../types.ts';

/** STT (Finland): NewsML-G2 with its own update signals (`update:append-major-content`, research/wire-anchors.md §3.3). */
export const stt: DialectProfile = {
  id: 'stt',
  provider: 'STT',
  formats: ['newsml-g2', 'ninjs'],
  signalCodes: { 'update:*': 'update' },
};
