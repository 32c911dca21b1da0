import { city as cityNamed, country as countryNamed, countryInOtherLanguage, countryOfName, datelineCity, otherRegion, sameCountry, tableCity, town, usState } from './places.ts';

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
    const known = datelineCity(from.city, from.homeZone);
    // (a region we do not know, printed with its country, leaves the city's zone: `MORELIA, Mich.` in Mexico)
    // (nor does a country we do not know, which is a region: `MONTEGO BAY, St James`)
    if (known && (!from.country || sameCountry(known.country, from.country) || countryNamed(from.country) === undefined) && (!from.region || from.country)) return known.zone;
  }
  if (from.country) {
    const zone = countryNamed(from.country)?.zone;
    if (zone) return zone;
  }
  return from.homeZone;
}

/**
 * The zone of the one country a language is the language of, for copy that says nothing else about where it
 * was filed (an agency without a profile, a village the city table does not know): ELTA's Lithuanian copy
 * from Neringa is Vilnius time. Languages of several countries or zones (en, fr, es, de, ru, ar, sv …) give none.
 */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  lt: 'Europe/Vilnius', lv: 'Europe/Riga', et: 'Europe/Tallinn', fi: 'Europe/Helsinki', da: 'Europe/Copenhagen',
  nb: 'Europe/Oslo', nn: 'Europe/Oslo', no: 'Europe/Oslo', is: 'Atlantic/Reykjavik', pl: 'Europe/Warsaw', cs: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', ro: 'Europe/Bucharest', bg: 'Europe/Sofia', sl: 'Europe/Ljubljana',
  hr: 'Europe/Zagreb', sq: 'Europe/Tirane', mk: 'Europe/Skopje', el: 'Europe/Athens', uk: 'Europe/Kyiv', be: 'Europe/Minsk',
  ka: 'Asia/Tbilisi', hy: 'Asia/Yerevan', az: 'Asia/Baku', tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', fa: 'Asia/Tehran',
  ja: 'Asia/Tokyo', ko: 'Asia/Seoul', th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', ne: 'Asia/Kathmandu', si: 'Asia/Colombo',
  // languages of several countries that keep one clock: Italian (Italy, San Marino, Ticino), German (Germany, Austria,
  // Switzerland, Liechtenstein), Chinese (China, Taiwan, Hong Kong, Singapore), Swahili (Tanzania, Kenya, Uganda)
  it: 'Europe/Rome', de: 'Europe/Berlin', zh: 'Asia/Shanghai', sw: 'Africa/Nairobi',
  sr: 'Europe/Belgrade', bs: 'Europe/Sarajevo', mt: 'Europe/Malta', lb: 'Europe/Luxembourg', tg: 'Asia/Dushanbe', uz: 'Asia/Tashkent',
  ky: 'Asia/Bishkek', mn: 'Asia/Ulaanbaatar', km: 'Asia/Phnom_Penh', lo: 'Asia/Vientiane', my: 'Asia/Yangon', am: 'Africa/Addis_Ababa',
  tl: 'Asia/Manila', fil: 'Asia/Manila', kk: 'Asia/Almaty',
  // Malay (Malaysia, Brunei, Singapore: one clock); India's languages (Tamil's Sri Lanka keeps India's clock); Nigeria's
  ms: 'Asia/Kuala_Lumpur', hi: 'Asia/Kolkata', mr: 'Asia/Kolkata', ta: 'Asia/Kolkata', ml: 'Asia/Kolkata', te: 'Asia/Kolkata',
  kn: 'Asia/Kolkata', gu: 'Asia/Kolkata', or: 'Asia/Kolkata', as: 'Asia/Kolkata', ha: 'Africa/Lagos', yo: 'Africa/Lagos', ig: 'Africa/Lagos',
};

export const languageZone = (language: string | null): string | null =>
  (language === null ? null : LANGUAGE_ZONES[language.toLowerCase().split('-')[0]!] ?? null);

/** A place's name as a country's, in English or another language (`Таджикистан`, `Perú`). */

/**
 * The zone of the country a story is about, for copy that says nothing else about where it was filed (no profile,
 * no dateline, a language of many countries): RTHK's page that names Hong Kong twice is Hong Kong time, Asia-Plus's
 * Russian copy that opens on Tajikistan is Dushanbe time, Khaosod's page on Bangkok's canal boats Bangkok time. The
 * country (or a city of the table) must be the story's first place or named more often than any other place on
 * another clock that the tables know, and keep one clock; else null.
 */
export function placesZone(places: readonly { name: string; mentions: number }[]): string | null {
  const namesakes = namesakeCities(places);
  // (a country, a state or another federation's region of one clock, `Tasmania`, or a city of the table wire copy files
  // from most: `Bangkok`, not a namesake `Bor`)
  const zoneOf = (name: string): string | null | undefined => {
    if (namesakes.has(name)) return undefined;
    const land = countryOfName(name);
    return land !== undefined ? land.zone : usState(name)?.zone ?? otherRegion(name)?.zone ?? tableCity(name)?.zone;
  };
  const zones = places.map((p) => zoneOf(p.name));
  const named = places.map((p, k) => ({ k, mentions: p.mentions, zone: zones[k] }))
    .filter((p): p is { k: number; mentions: number; zone: string | null } => p.zone !== undefined);
  const top = named.reduce<(typeof named)[number] | undefined>((best, p) => (best === undefined || p.mentions > best.mentions ? p : best), undefined);
  if (top === undefined || top.zone === null) return null;
  // (and no city of the world's table on another clock named more often: `Ottawa` once, for the government, is no clock
  // for a story on Victoria and Langford; a village no table knows does not count: Nickerie, Suriname)
  // (a town of the world's table too: a Gambian story that names Gunjur twice and China once, for a factory's owners, is no China time)
  const alone = named.every((p) => p === top || p.mentions < top.mentions || p.zone === top.zone)
    && places.every((p, k) => k === top.k || p.mentions <= top.mentions || [undefined, top.zone].includes(zones[k] ?? cityNamed(p.name)?.zone ?? town(p.name)?.zone));
  return top.k === 0 || alone ? top.zone : null;
}

/**
 * Places named like a country that are a city or a town too, in a story whose other places lie in another country: `Santa
 * Lucía` (Saint Lucia in Spanish) in a story on Florida, Canelones and Montevideo is Uruguay's town and river, in one on
 * Ilopango and San Salvador a colonia. Two mentions at least of the namesake's country's places (of any one other country's,
 * for a country's name in another language), none of the namesake country's.
 */
function namesakeCities(places: readonly { name: string; mentions?: number }[]): ReadonlySet<string> {
  const found = new Set<string>();
  // (each place's country looked up once, and only when some place is named like a country and a city of another)
  let countries: (string | undefined)[] | undefined;
  places.forEach(({ name }, k) => {
    const land = countryOfName(name);
    const namesake = land === undefined ? undefined : cityNamed(name) ?? town(name);
    if (land === undefined || namesake === undefined || namesake.country === land.name) return;
    countries ??= places.map((p) => countryOfName(p.name)?.name ?? cityNamed(p.name)?.country ?? town(p.name)?.country);
    // (the namesake's country, or for a country's name in another language the country the story's other places name most:
    // `colonia Santa Lucía` among Ilopango, Soyapango and San Salvador is a Salvadoran neighbourhood, whichever country the
    // tables' Santa Lucía lies in)
    const votes = new Map<string, number>();
    places.forEach((p, j) => { const c = countries![j]; if (j !== k && c !== undefined) votes.set(c, (votes.get(c) ?? 0) + (p.mentions ?? 1)); });
    // (by another country's places only where the name is the country's in another language, weaker evidence than its own:
    // `Mexico` among Guatemala's places stays Mexico)
    const there = countryInOtherLanguage(name) !== undefined ? Math.max(0, ...votes.values()) : votes.get(namesake.country) ?? 0;
    if (there >= MIN_COUNTRY_VOTES && !countries.some((c, j) => j !== k && c === land.name)) found.add(name);
  });
  return found;
}

/** Places and organisations' country names that must point to one country before its clock is taken. */
const MIN_COUNTRY_VOTES = 2;

/**
 * The zone of the country a story's places lie in, when neither its first place nor its most named one is a country or
 * a city of the table: each place the world's cities know is a vote for its country, and so is each organisation whose
 * name opens with a country (`Bangladesh Meteorological Department`, `Uganda Red Cross Society`). The Daily
 * Star's page on Rangpur and Rajshahi is Dhaka time, Daily Monitor's on Mbale with three Ugandan bodies Kampala time.
 * A city of a country of several clocks votes for its own zone there (Waterbury and Montpelier: New York time). A place
 * votes as often as it is named (Kun.uz on Tashkent, Namangan and Fergana, with Osh and Shymkent once: Tashkent time); a
 * town of the world's table, once, for a country another place already voted for. At least two votes, and more than two in
 * three for one country (or one clock of it) or three at least and twice any other country's, on one clock; else null.
 */
export function countryVotesZone(places: readonly { name: string; mentions?: number }[], organisations: readonly { name: string }[]): string | null {
  // each country's votes, and for a country of several clocks its cities' zones, weighed by how often each is named
  const votes = new Map<string, { count: number; zone: string | null; clocks: Map<string, number> }>();
  const vote = (land: { name: string; zone: string | null } | undefined, clock: string | null = null, weight = 1) => {
    // (a country of several clocks named bare, or opening a body's name, tells no clock: `U.S. Army Corps of Engineers`)
    if (land === undefined || (land.zone === null && clock === null)) return;
    const entry = votes.get(land.name) ?? { count: 0, zone: land.zone, clocks: new Map<string, number>() };
    entry.count += weight;
    if (clock !== null) entry.clocks.set(clock, (entry.clocks.get(clock) ?? 0) + weight);
    votes.set(land.name, entry);
  };
  const namesakes = namesakeCities(places);
  const towns: { name: string; zone: string | null }[] = [];
  for (const { name, mentions } of places) {
    const land = namesakes.has(name) ? undefined : countryOfName(name);
    if (land !== undefined) vote(land, null, mentions ?? 1);
    else {
      const found = cityNamed(name);
      if (found !== undefined) vote(countryNamed(found.country) ?? { name: found.country, zone: null }, found.zone, mentions ?? 1);
      else {
        const near = town(name);
        const itsCountry = near === undefined ? undefined : countryNamed(near.country);
        if (itsCountry?.zone) towns.push(itsCountry);
      }
    }
  }
  // (a town of the world's table in a country of one clock votes once, and only for a country the other places voted for: a
  // town's name is as likely another country's namesake, `Bonneville` on the Columbia; `Ca Mau` beside Can Tho counts)
  for (const land of towns) if (votes.has(land.name)) vote(land);
  for (const { name } of organisations) {
    // its first word or two: `Uganda`, `Costa Rica` (not `Hospital México`, named after one)
    const words = name.split(/\s+/);
    vote(countryNamed(words.slice(0, 2).join(' ')) ?? countryNamed(words[0]!));
  }
  const total = [...votes.values()].reduce((sum, v) => sum + v.count, 0);
  const [top, second] = [...votes.values()].sort((a, b) => b.count - a.count);
  // (or three votes at least and twice those of any other country: SGGP's page on Can Tho, Ca Mau and Vinh Long that names the
  // Philippines, Bangladesh and Myanmar once each)
  const plural = top !== undefined && top.count >= 3 && top.count >= 2 * (second?.count ?? 0);
  if (top === undefined || top.count < MIN_COUNTRY_VOTES || (top.count * 3 <= total * 2 && !plural)) return null;
  if (top.zone !== null) return top.zone;
  // (a country of several clocks: the clock of more than two in three of its cities' mentions, two at least)
  const clocks = [...top.clocks.entries()].sort((a, b) => b[1] - a[1]);
  const weight = clocks.reduce((sum, [, w]) => sum + w, 0);
  const [clock] = clocks;
  return clock !== undefined && clock[1] >= MIN_COUNTRY_VOTES && clock[1] * 3 > weight * 2 ? clock[0] : null;
}
