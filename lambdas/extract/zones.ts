import { city as cityNamed, country as countryNamed, otherRegion, sameCountry, usState } from './places.ts';

/**
 * Where an agency files from when the dateline does not say: the zone its desk times are printed in.
 * Used only when the dateline names no place we know.
 */
export const PROVIDER_ZONES: Readonly<Record<string, string>> = {
  'Associated Press': 'America/New_York',
  Reuters: 'Europe/London',
  AFP: 'Europe/Paris',
  dpa: 'Europe/Berlin',
  'PA Media': 'Europe/London',
  'The Canadian Press': 'America/Toronto',
  AAP: 'Australia/Sydney',
  ANSA: 'Europe/Rome',
  EFE: 'Europe/Madrid',
  Kyodo: 'Asia/Tokyo',
  Yonhap: 'Asia/Seoul',
  Xinhua: 'Asia/Shanghai',
  UPI: 'America/New_York',
  Bloomberg: 'America/New_York',
  ANP: 'Europe/Amsterdam',
  NTB: 'Europe/Oslo',
  STT: 'Europe/Helsinki',
  TT: 'Europe/Stockholm',
};

export interface FiledFrom {
  readonly provider: string | null;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
}

/**
 * The IANA zone a story was filed in (CONTRACT.md §1: AP + WASHINGTON → America/New_York): the
 * dateline's US state or region, else its city (when the country, if printed, agrees), else its
 * country, else the provider's desk. Null when nothing points anywhere.
 */
export function filingZone(from: FiledFrom): string | null {
  if (from.region) {
    const region = usState(from.region) ?? otherRegion(from.region);
    if (region?.zone) return region.zone;
  }
  if (from.city) {
    const known = cityNamed(from.city);
    if (known && (!from.country || sameCountry(known.country, from.country)) && !from.region) return known.zone;
  }
  if (from.country) {
    const zone = countryNamed(from.country)?.zone;
    if (zone) return zone;
  }
  if (from.provider) return PROVIDER_ZONES[from.provider] ?? null;
  return null;
}
