import { aap } from './aap.ts';
import { anaMpa } from './ana-mpa.ts';
import { anadolu } from './anadolu.ts';
import { ani } from './ani.ts';
import { anp } from './anp.ts';
import { ansa } from './ansa.ts';
import { ap } from './ap.ts';
import { apa } from './apa.ts';
import { afp } from './afp.ts';
import { belga } from './belga.ts';
import { bernama } from './bernama.ts';
import { bloomberg } from './bloomberg.ts';
import { cp } from './cp.ts';
import { ctk } from './ctk.ts';
import { dowJones } from './dow-jones.ts';
import { dpa } from './dpa.ts';
import { efe } from './efe.ts';
import { ians } from './ians.ts';
import { jiji } from './jiji.ts';
import { keystoneSda } from './keystone-sda.ts';
import { kuna } from './kuna.ts';
import { kyodo } from './kyodo.ts';
import { ntb } from './ntb.ts';
import { pa } from './pa.ts';
import { pap } from './pap.ts';
import { pti } from './pti.ts';
import { reuters } from './reuters.ts';
import { ritzau } from './ritzau.ts';
import { stt } from './stt.ts';
import { stuff } from './stuff.ts';
import { tt } from './tt.ts';
import { upi } from './upi.ts';
import { wam } from './wam.ts';
import { xinhua } from './xinhua.ts';
import { yonhap } from './yonhap.ts';
import { prNewswire } from './pr-newswire.ts';
import { businessWire } from './business-wire.ts';
import { globeNewswire } from './globenewswire.ts';
import type { AgencyProfile } from './types.ts';

export type { AgencyProfile } from './types.ts';

/** Every agency Newswire has a profile of (issue 11), in no particular order: lookups go by name. */
export const AGENCY_PROFILES: readonly AgencyProfile[] = [
  ap, reuters, afp, dpa, upi, cp, pa, aap, stuff, kyodo, jiji, yonhap, xinhua, bernama, pti, ians, ani, anadolu,
  wam, kuna, efe, ansa, anaMpa, belga, anp, tt, ntb, stt, ritzau, apa, keystoneSda, ctk, pap, bloomberg, dowJones,
  // the press-release wires a desk takes beside the agencies
  prNewswire, businessWire, globeNewswire,
];

const byProvider = new Map<string, AgencyProfile>();
const byTag = new Map<string, AgencyProfile>();
const byName = new Map<string, AgencyProfile>();
const byCode = new Map<string, AgencyProfile>();
for (const profile of AGENCY_PROFILES) {
  if (byProvider.has(profile.provider)) throw new Error(`two agency profiles for ${profile.provider}`);
  byProvider.set(profile.provider, profile);
  for (const tag of profile.tags) byTag.set(tag.toLowerCase(), profile);
  for (const name of [profile.provider, ...profile.names]) byName.set(name.toLowerCase(), profile);
  for (const code of profile.codes ?? []) byCode.set(code.toLowerCase(), profile);
}

/** The profile of a provider as the record spells it. */
export const profileOf = (provider: string | null): AgencyProfile | undefined => (provider === null ? undefined : byProvider.get(provider));

/** The provider a dateline tag names: `AP`, `Reuters`; for a shared tag (`tca/dpa`, `awp/sda`) the last agency we know. */
export function providerByTag(tag: string): string | null {
  const direct = byTag.get(tag.trim().toLowerCase()) ?? byName.get(tag.trim().toLowerCase());
  if (direct) return direct.provider;
  const parts = tag.split(/[/=,]/);
  for (let i = parts.length - 1; i >= 0; i--) {
    const found = byTag.get(parts[i]!.trim().toLowerCase());
    if (found) return found.provider;
  }
  return null;
}

/** The provider an agency name names (`The Associated Press` → `Associated Press`), else null. */
export const providerByName = (name: string): string | null => byName.get(name.trim().toLowerCase())?.provider ?? null;

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
  if (direct) return direct.provider;
  const host = URL_HOST.exec(text)?.[1]?.toLowerCase();
  if (host) {
    for (let parts = host.split('.'); parts.length >= 2; parts = parts.slice(1)) {
      const found = byCode.get(parts.join('.'));
      if (found) return found.provider;
    }
    return null;
  }
  const qcode = QCODE.exec(text)?.[1];
  if (qcode) return providerByCode(qcode);
  // a name in two scripts, the agency's own and the Latin one (`共同社 Kyodo News`, `Kyodo News 共同社`)
  const latin = text.length <= MAX_TWO_SCRIPT_NAME ? TWO_SCRIPTS.exec(text) : null;
  if (latin) return providerByCode(latin[1] ?? latin[2]);
  return null;
}
/** A name in two scripts is read only this long: the pattern backtracks on spaces, and a provider's name is short. */
const MAX_TWO_SCRIPT_NAME = 120;
const TWO_SCRIPTS = /^[^\p{Script=Latin}\d\s][^\p{Script=Latin}]*\s+(\p{Script=Latin}[\p{Script=Latin}\s.&'-]*)$|^(\p{Script=Latin}[\p{Script=Latin}\s.&'-]*?)\s+[^\p{Script=Latin}\d\s][^\p{Script=Latin}]*$/u;

/** Whether a text is an agency's name or tag alone (`The Associated Press`, `AP`, `Kyodo News`). */
export const isAgencyName = (text: string): boolean => {
  const t = text.trim().replace(/^The\s+/i, '').toLowerCase();
  return byName.has(t) || byTag.has(t) || byName.has(`the ${t}`);
};

/** Every name and tag of every agency, longest first: what the generic rules look for in a line. */
export const AGENCY_NAMES: readonly string[] = [...new Set(AGENCY_PROFILES.flatMap((p) => [p.provider, ...p.names, ...p.tags]))].sort((a, b) => b.length - a.length);
