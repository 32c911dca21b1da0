import type { AgencyProfile } from './types.ts';

/** Reuters (London): NewsML-G2 and text; `CITY, March 3 (Reuters) -`, version marks in headlines and sluglines (`UPDATE 2-`, `CORRECTED-`), highlight bullets, `(Reporting by …; Editing by …)`. */
export const reuters: AgencyProfile = {
  id: 'reuters',
  provider: 'Reuters',
  names: ['Reuters', 'Thomson Reuters', 'Reuters Connect'],
  tags: ['Reuters'],
  codes: ['reuters.com', 'thomsonreuters.com'],
  zone: 'Europe/London',
  language: 'en',
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
  // the web copy's foot: `Our Standards: The Thomson Reuters Trust Principles.`
  closing: [/^Our Standards:/],
  // G2: Reuters puts the transmission time where the dateline goes
  notDateline: /^\d{4}-\d{2}-\d{2}\b/,
};
