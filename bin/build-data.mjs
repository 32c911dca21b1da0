#!/usr/bin/env node
// Builds the data the code carries from well-kept packages, reduced to what a Lambda bundle can carry
// (npm's `prepare`, so `npm ci` does it; issue 12: gazetteers from packages, not hand-typed lists).
// - lambdas/extract/data/world-cities.json: 7,300 cities of the world with their country and IANA zone,
//   from city-timezones (simplemaps' world cities, MIT): the filing zone of a dateline city no table of
//   ours names, and its country. Every city of a repeated name, most populous first. Zones and countries
//   are listed once and referred to by index, which keeps the file near 190 KB.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DATA_DIR = join(ROOT, 'lambdas', 'extract', 'data');

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
    for (const name of new Set([c.city, c.city_ascii].filter(Boolean))) rows.push([name, index(countries, c.country), index(zones, c.timezone), Math.round(c.pop ?? 0)]);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(join(DATA_DIR, 'world-cities.json'), JSON.stringify({ source: 'city-timezones (simplemaps world cities basic, MIT)', zones, countries, cities: rows }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildData();
