/**
 * News agencies as text wires name them: the tag in a dateline (`(AP)`, `(Reuters)`, `(tca/dpa)`) and
 * the names in a byline (`…, Associated Press`). `provider` is the spelling the story record uses
 * (CONTRACT.md §1). Data, not code: a new agency is one line.
 */
export interface Agency {
  readonly provider: string;
  /** Dateline tags, as printed between parentheses. */
  readonly tags: readonly string[];
  /** Names as printed in bylines and credit lines. */
  readonly names: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { provider: 'Associated Press', tags: ['AP'], names: ['Associated Press', 'The Associated Press', 'AP'] },
  { provider: 'Reuters', tags: ['Reuters'], names: ['Reuters', 'Thomson Reuters'] },
  { provider: 'AFP', tags: ['AFP'], names: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { provider: 'dpa', tags: ['dpa'], names: ['dpa', 'Deutsche Presse-Agentur'] },
  { provider: 'PA Media', tags: ['PA'], names: ['PA Media', 'Press Association', 'PA'] },
  { provider: 'The Canadian Press', tags: ['CP'], names: ['The Canadian Press', 'Canadian Press'] },
  { provider: 'AAP', tags: ['AAP'], names: ['AAP', 'Australian Associated Press'] },
  { provider: 'ANSA', tags: ['ANSA'], names: ['ANSA'] },
  { provider: 'EFE', tags: ['EFE'], names: ['EFE'] },
  { provider: 'Kyodo', tags: ['Kyodo'], names: ['Kyodo', 'Kyodo News'] },
  { provider: 'Yonhap', tags: ['Yonhap'], names: ['Yonhap', 'Yonhap News Agency'] },
  { provider: 'Xinhua', tags: ['Xinhua'], names: ['Xinhua', 'Xinhua News Agency'] },
  { provider: 'UPI', tags: ['UPI'], names: ['UPI', 'United Press International'] },
  { provider: 'Bloomberg', tags: ['Bloomberg'], names: ['Bloomberg', 'Bloomberg News'] },
  { provider: 'ANP', tags: ['ANP'], names: ['ANP'] },
  { provider: 'NTB', tags: ['NTB'], names: ['NTB'] },
  { provider: 'STT', tags: ['STT'], names: ['STT'] },
  { provider: 'TT', tags: ['TT'], names: ['TT'] },
];

const byTag = new Map<string, string>();
const byName = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const tag of agency.tags) byTag.set(tag.toLowerCase(), agency.provider);
  for (const name of agency.names) byName.set(name.toLowerCase(), agency.provider);
}

/** The provider a dateline tag names: `AP`, `Reuters`; for a shared tag (`tca/dpa`) the last known agency. */
export function providerByTag(tag: string): string | null {
  const direct = byTag.get(tag.trim().toLowerCase());
  if (direct) return direct;
  const parts = tag.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const found = byTag.get(parts[i]!.trim().toLowerCase());
    if (found) return found;
  }
  return null;
}

/** The provider an agency name names (`The Associated Press` → `Associated Press`), else null. */
export const providerByName = (name: string): string | null => byName.get(name.trim().toLowerCase()) ?? null;
