import { city as cityNamed, country as countryNamed, otherRegion, sameCountry, usState } from './places.ts';

export interface FiledFrom {
  /** The zone the provider's desk prints times in (its agency profile's, `WireDocument.homeZone`). */
  readonly homeZone: string | null;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
}

/**
 * The IANA zone a story was filed in (CONTRACT.md §1: AP + WASHINGTON → America/New_York): the
 * dateline's US state or region, else its city (when the country, if printed, agrees), else its
 * country, else the provider's desk (its home zone). Null when nothing points anywhere.
 */
export function filingZone(from: FiledFrom): string | null {
  if (from.region) {
    const region = usState(from.region) ?? otherRegion(from.region);
    if (region?.zone) return region.zone;
  }
  if (from.city) {
    const known = cityNamed(from.city, from.homeZone);
    if (known && (!from.country || sameCountry(known.country, from.country)) && !from.region) return known.zone;
  }
  if (from.country) {
    const zone = countryNamed(from.country)?.zone;
    if (zone) return zone;
  }
  return from.homeZone;
}
