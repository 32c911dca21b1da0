import type { DialectProfile } from '../types.ts';

/**
 * Reuters (research/wire-anchors.md §3.3, §4.3): NewsML-G2 with its own signal codes (`edStat:U` update,
 * `edStat:C` correction, `edStat:D` delete, i.e. kill; `stat:withdrawn` is read as canceled by the
 * status reader), version marks in the headline (`CORRECTED-`, `UPDATE 2-`) and in the slugline
 * (`USA-WEATHER/ (UPDATE 1, PIX, CORRECTED)`), and the transmission time where G2 has its dateline.
 */
export const reuters: DialectProfile = {
  id: 'reuters',
  provider: 'Reuters',
  formats: ['newsml-g2', 'text', 'ninjs', 'nitf'],
  signalCodes: { 'edStat:U': 'update', 'edStat:C': 'correction', 'edStat:D': 'kill', 'stat:withdrawn': 'kill' },
  headlineSignals: [
    { pattern: /^(?:CORRECTED|CORRECTION)\b/, signal: 'correction' },
    { pattern: /^UPDATE\s*\d+\b/, signal: 'update' },
    { pattern: /^(?:REFILE|REPEAT)-/, signal: 'update' },
  ],
  sluglineSignals: [
    { pattern: /\(.*\bUPDATE\s*\d+\b.*\)/, signal: 'update' },
    { pattern: /\(.*\bCORRECTED\b.*\)/, signal: 'correction' },
  ],
  notDateline: /^\d{4}-\d{2}-\d{2}\b/,
};
