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
  /** Web domains and codes structured formats name the provider by (`reuters.com`, G2 `nprov:REUTERS`, NITF `regsrc="AP"`). */
  readonly codes?: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { provider: 'Associated Press', tags: ['AP'], names: ['Associated Press', 'The Associated Press', 'AP'], codes: ['ap.org', 'apnews.com'] },
  { provider: 'Reuters', tags: ['Reuters'], names: ['Reuters', 'Thomson Reuters'], codes: ['reuters.com', 'thomsonreuters.com'] },
  { provider: 'AFP', tags: ['AFP'], names: ['AFP', 'Agence France-Presse', 'Agence France Presse'], codes: ['afp.com'] },
  { provider: 'dpa', tags: ['dpa'], names: ['dpa', 'Deutsche Presse-Agentur'], codes: ['dpa.com', 'dpa.de', 'dpa-tns'] },
  { provider: 'PA Media', tags: ['PA'], names: ['PA Media', 'Press Association', 'PA', 'PA Sport'], codes: ['pa.media', 'pressassociation.com'] },
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
  { provider: 'NTB', tags: ['NTB'], names: ['NTB', 'Norsk Telegrambyrå'], codes: ['ntb.no'] },
  { provider: 'STT', tags: ['STT'], names: ['STT', 'STT-Lehtikuva'], codes: ['stt.fi', 'stt-lehtikuva.fi'] },
  { provider: 'TT', tags: ['TT'], names: ['TT', 'TT Nyhetsbyrån'], codes: ['tt.se'] },
];

const byTag = new Map<string, string>();
const byName = new Map<string, string>();
const byCode = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const tag of agency.tags) byTag.set(tag.toLowerCase(), agency.provider);
  for (const name of agency.names) byName.set(name.toLowerCase(), agency.provider);
  for (const code of agency.codes ?? []) byCode.set(code.toLowerCase(), agency.provider);
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

const URL_HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i;
const QCODE = /^[a-z][\w-]*:(.+)$/i;

/**
 * The provider a structured format names, however it names it: an agency name (`Thomson Reuters`), a
 * domain or URL (`reuters.com`, `http://www.afp.com/`), a G2 QCode (`nprov:REUTERS`), a NITF `regsrc`
 * (`AP`). Null when it names no agency we know.
 */
export function providerByCode(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  const direct = byCode.get(lower) ?? byName.get(lower) ?? byTag.get(lower);
  if (direct) return direct;
  const host = URL_HOST.exec(text)?.[1]?.toLowerCase();
  if (host) {
    for (let parts = host.split('.'); parts.length >= 2; parts = parts.slice(1)) {
      const found = byCode.get(parts.join('.'));
      if (found) return found;
    }
    return null;
  }
  const qcode = QCODE.exec(text)?.[1];
  if (qcode) return providerByCode(qcode);
  return null;
}
