import { createHash } from 'node:crypto';
import type { StoryRecord } from '../lambdas/story/index.ts';

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

/**
 * The search benchmark's corpus: story records (not wire text: the search bench measures the store
 * and the API, not the parser), deterministic for a seed. Varied on purpose, so that rankings mean
 * something: 8 agencies, 24 topics with their own words, 3,600 possible people, 48 places, seven
 * years of dates, stories from a few paragraphs to long features, and a 4,000-word general
 * vocabulary drawn with Zipf frequencies, as words are in real text.
 */
const AGENCIES = [
  { provider: 'Associated Press', tag: 'AP' }, { provider: 'Reuters', tag: 'Reuters' }, { provider: 'AFP', tag: 'AFP' },
  { provider: 'dpa', tag: 'dpa' }, { provider: 'PA Media', tag: 'PA' }, { provider: 'AAP', tag: 'AAP' },
  { provider: 'Kyodo', tag: 'Kyodo' }, { provider: 'The Canadian Press', tag: 'CP' },
] as const;
const TOPIC_WORDS: readonly string[][] = [
  ['budget', 'deficit', 'spending', 'treasury', 'tax', 'parliament', 'austerity'], ['drought', 'rainfall', 'harvest', 'farmers', 'irrigation', 'crops', 'famine'],
  ['port', 'strike', 'dockworkers', 'union', 'wages', 'shipping', 'containers'], ['election', 'recount', 'ballots', 'voters', 'candidate', 'polls', 'turnout'],
  ['vaccine', 'trial', 'patients', 'doses', 'regulator', 'efficacy', 'hospital'], ['rail', 'merger', 'freight', 'shareholders', 'acquisition', 'tracks', 'antitrust'],
  ['flooding', 'coast', 'evacuation', 'levee', 'storm', 'surge', 'rescuers'], ['cyberattack', 'hackers', 'ransomware', 'servers', 'breach', 'encryption', 'outage'],
  ['inflation', 'interest', 'rates', 'central', 'bank', 'currency', 'bond'], ['wildfire', 'blaze', 'firefighters', 'acres', 'smoke', 'containment', 'arson'],
  ['earthquake', 'magnitude', 'aftershocks', 'rubble', 'tremor', 'epicenter', 'collapsed'], ['refugees', 'border', 'asylum', 'migrants', 'camps', 'crossing', 'deportation'],
  ['football', 'championship', 'striker', 'goalkeeper', 'league', 'coach', 'penalty'], ['tennis', 'tournament', 'seed', 'semifinal', 'serve', 'grass', 'racket'],
  ['oil', 'pipeline', 'barrels', 'refinery', 'crude', 'exports', 'sanctions'], ['satellite', 'launch', 'rocket', 'orbit', 'astronauts', 'spacecraft', 'mission'],
  ['court', 'verdict', 'jury', 'appeal', 'sentence', 'prosecutors', 'testimony'], ['protest', 'demonstrators', 'police', 'curfew', 'rally', 'crackdown', 'arrests'],
  ['museum', 'exhibition', 'painting', 'auction', 'collector', 'gallery', 'sculpture'], ['climate', 'emissions', 'carbon', 'summit', 'pledge', 'warming', 'renewables'],
  ['airline', 'flights', 'passengers', 'airport', 'pilots', 'cancellations', 'runway'], ['housing', 'mortgage', 'rents', 'tenants', 'construction', 'landlords', 'prices'],
  ['smartphone', 'chipmaker', 'semiconductors', 'factory', 'supply', 'shortage', 'processors'], ['whale', 'fisheries', 'ocean', 'coral', 'conservation', 'species', 'reef'],
];
const FIRST_NAMES = ['Hyun', 'Amara', 'Liu', 'Priya', 'Tomasz', 'Fatima', 'Kenji', 'Olusegun', 'Marta', 'Diego', 'Aigerim', 'Nguyen', 'Sofia', 'Rahul', 'Ingrid', 'Kwame',
  'Lloyd', 'Chloé', 'Jürgen', 'Aoife', 'Mateus', 'Yara', 'Bjørn', 'Zainab', 'Emeka', 'Lucía', 'Dmitri', 'Hana', 'Oscar', 'Leila', 'Pavel', 'Mei', 'Tariq', 'Elena', 'Kofi',
  'Sven', 'Ayesha', 'Rafael', 'Noa', 'Mirela', 'Joon', 'Grace', 'Omar', 'Katarzyna', 'Felipe', 'Anika', 'Samuel', 'Isabel', 'Haruto', 'Nadia', 'Viktor', 'Amina', 'Luca',
  'Freya', 'Idris', 'Sione', 'Maren', 'Thabo', 'Esther', 'Ravi'];
const LAST_NAMES = ['Park', 'Okafor', 'Wei', 'Raman', 'Nowak', 'Haddad', 'Tanaka', 'Adeyemi', 'Lindqvist', 'Ortega', 'Bekova', 'Thanh', 'Rossi', 'Mehta', 'Halvorsen',
  'Mensah', 'Austin', 'Dubois', 'Müller', 'Byrne', 'Silva', 'Haddad', 'Østergaard', 'Bello', 'Eze', 'García', 'Volkov', 'Sato', 'Lund', 'Karimi', 'Novák', 'Chen', 'Aziz',
  'Popescu', 'Boateng', 'Berg', 'Qureshi', 'Moreno', 'Levi', 'Kovač', 'Kim', 'Walsh', 'Farouk', 'Wiśniewska', 'Rocha', 'Sharma', 'Osei', 'Navarro', 'Ito', 'Petrova',
  'Horvat', 'Diallo', 'Romano', 'Sørensen', 'Mbeki', 'Tuilagi', 'Jansen', 'Ndlovu', 'Cohen', 'Iyer'];
const CITIES: readonly [string, string][] = [
  ['Washington', 'United States'], ['Seoul', 'South Korea'], ['London', 'United Kingdom'], ['New York', 'United States'], ['Tokyo', 'Japan'], ['Kyiv', 'Ukraine'],
  ['Berlin', 'Germany'], ['Nairobi', 'Kenya'], ['Chicago', 'United States'], ['Sydney', 'Australia'], ['Paris', 'France'], ['Lagos', 'Nigeria'], ['São Paulo', 'Brazil'],
  ['Mumbai', 'India'], ['Jakarta', 'Indonesia'], ['Cairo', 'Egypt'], ['Mexico City', 'Mexico'], ['Toronto', 'Canada'], ['Madrid', 'Spain'], ['Rome', 'Italy'],
  ['Istanbul', 'Turkey'], ['Bangkok', 'Thailand'], ['Manila', 'Philippines'], ['Johannesburg', 'South Africa'], ['Buenos Aires', 'Argentina'], ['Warsaw', 'Poland'],
  ['Stockholm', 'Sweden'], ['Oslo', 'Norway'], ['Helsinki', 'Finland'], ['Zürich', 'Switzerland'], ['Vienna', 'Austria'], ['Athens', 'Greece'], ['Lisbon', 'Portugal'],
  ['Dublin', 'Ireland'], ['Hanoi', 'Vietnam'], ['Karachi', 'Pakistan'], ['Dhaka', 'Bangladesh'], ['Lima', 'Peru'], ['Bogotá', 'Colombia'], ['Santiago', 'Chile'],
  ['Accra', 'Ghana'], ['Addis Ababa', 'Ethiopia'], ['Riyadh', 'Saudi Arabia'], ['Tehran', 'Iran'], ['Auckland', 'New Zealand'], ['Reykjavík', 'Iceland'],
  ['Kraków', 'Poland'], ['Montréal', 'Canada'],
];
const ORGS = ['United Nations', 'World Bank', 'European Union', 'Red Cross', 'World Health Organization', 'NATO', 'African Union', 'IMF', 'OPEC', 'Amnesty International'];
const SYLLABLES = ['ba', 'ker', 'lin', 'do', 'mar', 'tes', 'vo', 'rin', 'ga', 'pol', 'su', 'nex', 'ta', 'bri', 'cor', 'fen', 'li', 'mon', 'ra', 'sil', 'tor', 'ux', 'ven', 'zo'];

/** Zipf sampler over `size` ranks (exponent s), by inverse CDF on a precomputed table. */
function zipf(size: number, s: number, random: () => number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= size; rank++) cdf.push((sum += 1 / rank ** s));
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SearchCorpusStory { readonly record: StoryRecord; readonly receivedAt: string }

export function searchCorpus(count: number, seed = 11): SearchCorpusStory[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const vocabulary = Array.from({ length: 4000 }, (_, i) => {
    const syllables = 2 + (i % 3);
    let word = '';
    let n = i * 7919 + 13;
    for (let s = 0; s < syllables; s++) {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length) + s * 31;
    }
    return `${word}${i % 7 === 0 ? 's' : ''}`;
  });
  const general = zipf(vocabulary.length, 1.05, random);
  const word = () => vocabulary[general()]!;
  const sentence = (extra: readonly string[], words: number) => {
    const parts = Array.from({ length: words }, () => (random() < 0.18 && extra.length > 0 ? pick(extra) : word()));
    return `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };

  return Array.from({ length: count }, (_, i) => {
    const agency = pick(AGENCIES);
    const topic = pick(TOPIC_WORDS);
    const second = random() < 0.3 ? pick(TOPIC_WORDS) : [];
    const [city, country] = pick(CITIES);
    const people = Array.from({ length: int(1, 4) }, () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
    const orgs = random() < 0.4 ? [pick(ORGS)] : [];
    const lastName = (name: string) => name.split(' ').at(-1)!;
    const focus = [...topic, ...second.slice(0, 2), city, ...people.map(lastName)];
    const date = new Date(Date.UTC(2019 + int(0, 6), int(0, 11), int(1, 28), int(0, 23), int(0, 59)));
    const paragraphCount = random() < 0.15 ? int(18, 30) : int(3, 12);
    const mentions = new Map(people.map((p) => [p, 1]));
    const paragraphs = [
      `${sentence(topic, int(10, 18))} Officials in ${city} said ${people[0]} would address ${pick(topic)} and ${pick(topic)}.`,
      ...Array.from({ length: paragraphCount }, () => {
        const person = pick(people);
        mentions.set(person, (mentions.get(person) ?? 0) + 1);
        const quote = random() < 0.5 ? ` ${lastName(person)} said the ${pick(topic)} was ${word()}.` : '';
        return `${sentence(focus, int(12, 30))}${quote}${random() < 0.3 && orgs[0] ? ` The ${orgs[0]} said it was watching.` : ''}`;
      }),
    ];
    const headline = `${pick(topic).replace(/^./, (c) => c.toUpperCase())} ${pick(topic)} ${random() < 0.5 ? `in ${city}` : `as ${lastName(people[0]!)} ${word()}`} ${word()}`;
    const authors = Array.from({ length: int(1, 2) }, () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
    const time = date.toISOString().replace('.000Z', '+00:00');
    const text = [headline, ...paragraphs].join('\n');
    const contentHash = createHashHex(`${seed}/${i}/${text}`);
    const record: StoryRecord = {
      id: contentHash.slice(0, 24), version: '1', format: 'text', provider: agency.provider, headline, slugline: null, language: 'en',
      pubStatus: 'usable', signals: [], edNote: null, firstCreated: time, versionCreated: time, embargoedUntil: null,
      byline: `By ${authors.join(' and ')}, ${agency.provider}`, bylines: authors.map((name) => ({ name, title: null, location: null })),
      dateline: { text: `${city.toUpperCase()} (${agency.tag})`, city, region: null, country }, contributors: [],
      body: { paragraphs, wordCount: paragraphs.join(' ').split(/\s+/).length },
      people: people.filter((p, k) => people.indexOf(p) === k).map((name) => ({ name, title: null, mentions: mentions.get(name) ?? 1 })),
      organisations: orgs.map((name) => ({ name, mentions: 1 })), places: [{ name: city, mentions: 1 }], quotes: [],
      source: { key: `incoming/search-bench/${i}.txt`, encoding: 'UTF-8', contentHash },
    };
    return { record, receivedAt: date.toISOString() };
  });
}

/** Keyword queries over a corpus: topic words, places, people's names and general words, one to three terms. */
export function searchQueries(corpus: readonly SearchCorpusStory[], count: number, seed = 5): string[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const { record } = pick(corpus);
    const topicWords = record.headline!.split(' ').slice(0, 2);
    const bodyWord = pick(pick(record.body.paragraphs).split(' ')).replace(/[^\p{L}]/gu, '');
    const person = pick(record.people).name.split(' ').at(-1)!;
    const city = record.dateline!.city!;
    switch (i % 5) {
      case 0: return `${topicWords[0]} ${city}`;
      case 1: return `${person} ${topicWords[1]}`;
      case 2: return topicWords.join(' ');
      case 3: return `${bodyWord} ${topicWords[0]}`;
      default: return `${topicWords[1]} ${person} ${city}`;
    }
  });
}

function createHashHex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
