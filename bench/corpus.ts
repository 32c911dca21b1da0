/**
 * A synthetic wire corpus: plain-text stories in AP house style, deterministic for a given seed, with
 * varied agencies' names, people, places and times. No agency copy is needed to run the bench.
 */
const FIRST = ['Hyun', 'Amara', 'Liu', 'Priya', 'Tomasz', 'Fatima', 'Kenji', 'Olusegun', 'Marta', 'Diego', 'Aigerim', 'Nguyen', 'Sofia', 'Rahul', 'Ingrid', 'Kwame'];
const LAST = ['Park', 'Okafor', 'Wei', 'Raman', 'Nowak', 'Haddad', 'Tanaka', 'Adeyemi', 'Lindqvist', 'Ortega', 'Bekova', 'Thanh', 'Rossi', 'Mehta', 'Halvorsen', 'Mensah'];
const PLACES: [string, string][] = [['WASHINGTON', 'Washington'], ['SEOUL, South Korea', 'Seoul'], ['LONDON', 'London'], ['NEW YORK', 'New York'], ['TOKYO', 'Tokyo'], ['KYIV, Ukraine', 'Kyiv'], ['BERLIN', 'Berlin'], ['NAIROBI, Kenya', 'Nairobi'], ['CHICAGO', 'Chicago'], ['SYDNEY', 'Sydney']];
const TOPICS = ['the budget talks', 'the drought in the south', 'a port strike', 'the election recount', 'a new vaccine trial', 'the rail merger', 'flooding along the coast', 'a cyberattack on hospitals', 'the central bank decision', 'wildfires near the capital'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** mulberry32: a small, fast, seeded PRNG (public domain). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticStory { readonly name: string; readonly text: string }

export function syntheticStories(count: number, seed = 1): SyntheticStory[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  return Array.from({ length: count }, (_, i) => {
    const [datelineText, city] = pick(PLACES);
    const topic = pick(TOPICS);
    const official = person();
    const expert = person();
    const date = new Date(Date.UTC(2020 + Math.floor(random() * 6), Math.floor(random() * 12), 1 + Math.floor(random() * 28), Math.floor(random() * 24), Math.floor(random() * 60)));
    const hour = date.getUTCHours() % 12 || 12;
    const part = date.getUTCHours() < 12 ? 'in the morning' : date.getUTCHours() < 18 ? 'in the afternoon' : 'in the evening';
    const paragraphs = [
      `${datelineText} (AP) — Officials in ${city} said ${DAYS[date.getUTCDay()]} that ${topic} had entered a new phase, story ${i}, as negotiators worked late into the night to reach a compromise.`,
      ...Array.from({ length: 4 + Math.floor(random() * 8) }, (_, p) => pick([
        `“We are not there yet, but we are closer than we were a week ago,” ${official} told reporters, adding that talks would resume ${pick(DAYS)}.`,
        `${official.split(' ')[1]} said the government would publish its full assessment of ${topic} within days, and that ${p + 2} agencies were involved.`,
        `Critics, including ${expert} of the ${city} Policy Institute, said the plan did too little and came too late for the families most affected.`,
        `The dispute over ${topic} has dominated the news in ${city} for weeks, with protests outside government buildings and a sharp fall in public confidence.`,
        `Analysts expect the issue to shape the coming months, and several lawmakers have called for an independent inquiry into how it was handled.`,
      ])),
    ];
    const text = [
      `By ${person()} and ${person()}, Associated Press`,
      `Posted on ${DAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} | ${hour}:${String(date.getUTCMinutes()).padStart(2, '0')} ${part}`,
      ...paragraphs,
      '___',
      `Associated Press writers ${person()} in ${pick(PLACES)[1]} and ${person()} in ${pick(PLACES)[1]} contributed to this report.`,
      '',
    ].join('\n');
    return { name: `synthetic-${String(i).padStart(5, '0')}.txt`, text };
  });
}
