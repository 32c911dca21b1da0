import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(import.meta.dirname, '../../lambdas/extract/entities/lexicons');
// a folder holds one list per language (`place-prepositions/es.json` is `place-prepositions/es`)
const lists = new Map((readdirSync(DIR, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown]));
const words = (name: string): string[] => lists.get(name) as string[];

/**
 * Lists that name different kinds of word and must never share one: a word in both would be read two
 * ways by whichever rule looks first. (Lists that overlap on purpose, such as a title head that is also
 * an ambiguous one, or an organisation head that may stand before `of`, are not here.)
 */
const DISJOINT: readonly [string, string][] = [
  ['given-names', 'name-particles'], ['given-names', 'honorifics'], ['given-names', 'calendar'], ['given-names', 'directions'],
  ['given-names', 'corporate-suffixes'], ['given-names', 'speech-verbs'], ['given-names', 'clause-words'], ['given-names', 'place-heads'],
  ['name-particles', 'honorifics'], ['name-particles', 'calendar'], ['name-particles', 'demonyms'], ['name-particles', 'corporate-suffixes'],
  ['honorifics', 'occupations'], ['honorifics', 'speech-verbs'], ['calendar', 'demonyms'], ['calendar', 'place-heads'],
  ['demonyms', 'place-heads'], ['demonyms', 'corporate-suffixes'], ['speech-verbs', 'occupations'], ['given-names', 'occupations-other-languages'], ['honorifics', 'occupations-other-languages'], ['speech-verbs-other-languages', 'occupations-other-languages'], ['state-abbreviations', 'abbreviated-ranks'],
  ['state-abbreviations', 'other-abbreviations'], ['post-nominals', 'corporate-suffixes'], ['province-abbreviations', 'abbreviated-ranks'], ['other-abbreviations', 'abbreviated-ranks'],
];

/** Lists that refine another: every word of the first is in the second. */
const SUBSETS: readonly [string, string][] = [
  ['name-honorifics-first-only', 'name-honorifics'], ['name-honorifics-second', 'name-honorifics'],
  ['company-forms', 'corporate-suffixes'], ['company-forms', 'org-heads'], ['long-name-particles', 'name-particles'],
  ['agency-compound-endings', 'org-compound-endings'],
];

describe('Lexicons: the word lists entity extraction reads, as data', () => {
  it('has one list per concept, each a sorted array of distinct, trimmed, non-empty words', () => {
    expect(lists.size).toBeGreaterThan(30);
    for (const [name, list] of lists) {
      expect(Array.isArray(list), name).toBe(true);
      const entries = list as unknown[];
      expect(entries.every((w) => typeof w === 'string' && w === w.trim() && w.length > 0), name).toBe(true);
      expect(new Set(entries).size, `${name} repeats a word`).toBe(entries.length);
      expect([...(entries as string[])].sort(), `${name} is not sorted`).toEqual(entries);
    }
  });

  it.each(DISJOINT)('keeps %s and %s apart', (a, b) => {
    const other = new Set(words(b));
    expect(words(a).filter((w) => other.has(w))).toEqual([]);
  });

  it.each(SUBSETS)('has every word of %s in %s', (part, whole) => {
    const all = new Set(words(whole));
    expect(words(part).filter((w) => !all.has(w))).toEqual([]);
  });

  it('keeps one sorted list of place prepositions per language, each loaded', () => {
    const code = readFileSync(join(DIR, '../lexicon.ts'), 'utf8');
    for (const file of readdirSync(join(DIR, 'place-prepositions'))) {
      const list = JSON.parse(readFileSync(join(DIR, 'place-prepositions', file), 'utf8')) as string[];
      expect([...new Set(list)].sort(), file).toEqual(list);
      expect(code.includes(`./lexicons/place-prepositions/${file}`), file).toBe(true);
    }
  });

  it('loads every list it holds', () => {
    const code = readFileSync(join(DIR, '../lexicon.ts'), 'utf8');
    expect([...lists.keys()].filter((name) => !code.includes(`./lexicons/${name}.json`))).toEqual([]);
  });
});

describe('Gazetteers: organisations, news agencies and places known by heart, as data', () => {
  const GAZ = join(import.meta.dirname, '../../lambdas/extract/entities/gazetteers');
  const tables = readdirSync(GAZ).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(GAZ, f), 'utf8')) as string[][]] as const);

  it('gives each row a canonical name and its other printed names, no name twice', () => {
    expect(tables.map(([f]) => f).sort()).toEqual(['news-agencies.json', 'organisations.json', 'places.json']);
    for (const [file, rows] of tables) {
      expect(rows.every((row) => Array.isArray(row) && row.length > 0 && row.every((n) => typeof n === 'string' && n === n.trim() && n !== '')), file).toBe(true);
    }
    // a printed name means one thing: not two organisations, nor an agency and another organisation
    const orgNames = tables.filter(([f]) => f !== 'places.json').flatMap(([, rows]) => rows.flat().map((n) => n.toLowerCase()));
    expect(orgNames.filter((n, i) => orgNames.indexOf(n) !== i)).toEqual([]);
  });
});
