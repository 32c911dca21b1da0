import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../lambdas/extract/index.ts';
import { contentHash, RejectionError, storyId, storyRecordSchema, versionFromHash, type StoryRecord } from '../../lambdas/story/index.ts';
import { finishCopy, readWire, type WireDocument } from '../../lambdas/wire/index.ts';
import { withoutEntities } from '../wire/fixtures.ts';
import { describeShared, SEED } from '../shared-corpus.ts';

const WIRES = new URL('../fixtures/wires/', import.meta.url);
const EXPECTED = new URL('../fixtures/expected/', import.meta.url);
// The plain-text wires at the top level; format fixtures in subfolders have tests of their own (test/wire/goldens.test.ts).
const fixtures = readdirSync(WIRES).filter((name) => name.endsWith('.txt')).sort();
const goldens = readdirSync(EXPECTED).filter((name) => name.endsWith('.json')).sort();

const bytesOf = (url: URL): Uint8Array => new Uint8Array(readFileSync(url));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** readWire + extractStory, as the ingest handler and `newswire parse` run them. */
function recordOf(bytes: Uint8Array, key: string | null = null): StoryRecord {
  return extractStory(readWire(bytes), { key, contentHash: contentHash(bytes) });
}

describe('Function: extractStory', () => {
  describeShared('the seed story', SEED, () => {
    it('gives the record the product was built from', () => {
      // Prepare
      const bytes = bytesOf(SEED);

      // Act
      const record = recordOf(bytes);

      // Assess
      expect(storyRecordSchema.parse(record)).toEqual(record);
      expect(record).toMatchObject({
        format: 'text',
        provider: 'Associated Press',
        headline: null,
        pubStatus: 'usable',
        firstCreated: '2024-10-23T07:34:00-04:00',
        byline: 'By Hyung Jin-Kim and Lolita C. Baldor, Associated Press',
        bylines: [
          { name: 'Hyung Jin-Kim', title: null, location: null },
          { name: 'Lolita C. Baldor', title: null, location: null },
        ],
        source: { key: null, encoding: 'UTF-8', contentHash: contentHash(bytes) },
      });
      expect(record.dateline).toMatchObject({ text: 'WASHINGTON', city: 'Washington' });
      expect(record.body.paragraphs).toHaveLength(26);
      expect(record.body.paragraphs[0]).toMatch(/^The United States said Wednesday/);
      expect(record.body.paragraphs.join('\n')).not.toMatch(/contributed to this report|____|Posted on/);
      expect(record.contributors).toEqual([
        { name: 'Kim Tong-hyung', location: 'Seoul', role: 'contributor' },
        { name: 'Iliya Novikov', location: 'Kiev, Ukraine', role: 'contributor' },
        { name: 'Hana Arkhirova', location: 'Kiev, Ukraine', role: 'contributor' },
        { name: 'Danica Kirka', location: 'London', role: 'contributor' },
        { name: 'Jari Tanner', location: 'Helsinki', role: 'contributor' },
      ]);
    });
  });

  describe('the seed shapes, in an own-written story', () => {
    it('reads two bylines, the posted time in winter, the dateline and five contributors', () => {
      // Act
      const record = recordOf(bytesOf(new URL('ap-washington-two-bylines.txt', WIRES)));

      // Assess
      expect(record.bylines.map((b) => b.name)).toEqual(['Soo-ah Park', 'Daniel R. Whitfield']);
      expect(record.firstCreated).toBe('2025-03-06T16:12:00-05:00');
      expect(record.dateline).toEqual({ text: 'WASHINGTON', city: 'Washington', region: null, country: 'United States' });
      expect(record.body.paragraphs).toHaveLength(10);
      expect(record.contributors.map((c) => `${c.name}/${c.location}`)).toEqual([
        'Lee Min-jun/Seoul', 'Oksana Hrytsenko/Kyiv, Ukraine', 'Taras Melnyk/Kyiv, Ukraine', 'Fiona Gallagher/London', 'Mikko Laine/Helsinki',
      ]);
    });
  });

  describe('fixtures', () => {
    it.each(fixtures)('gives a valid story record for %s', (name) => {
      // Act
      const record = recordOf(bytesOf(new URL(name, WIRES)), `incoming/${name}`);

      // Assess
      expect(storyRecordSchema.safeParse(record).error).toBeUndefined();
      expect(record.body.paragraphs.length).toBeGreaterThan(3);
      expect(record.provider).not.toBeNull();
      expect(record.dateline).not.toBeNull();
    });

    it.each(goldens)('matches the golden record %s', (golden) => {
      // Prepare
      const wire = golden.replace(/\.json$/, '.txt');
      const expected: unknown = JSON.parse(readFileSync(new URL(golden, EXPECTED), 'utf8'));

      // Act
      const record = recordOf(bytesOf(new URL(wire, WIRES)));

      // Assess: entity lists are the entity extractor's, tested with it (lambdas/extract/entities/)
      expect(withoutEntities(record)).toEqual(withoutEntities(expected as StoryRecord));
    });

    it('has a golden record for at least five fixtures', () => {
      // Assess
      expect(goldens.length).toBeGreaterThanOrEqual(5);
    });
  });

  describe('identity', () => {
    it('derives the id from the upload key and the version from the content hash', () => {
      // Prepare
      const bytes = encode('WASHINGTON — Text of a story.');
      const hash = contentHash(bytes);

      // Act
      const record = recordOf(bytes, 'incoming/a.txt');

      // Assess
      expect(record.id).toBe(storyId({ provider: null, itemId: null, key: 'incoming/a.txt', contentHash: hash }));
      expect(record.version).toBe(versionFromHash(hash));
      expect(record.source).toEqual({ key: 'incoming/a.txt', encoding: 'UTF-8', contentHash: hash });
    });

    it('takes the provider item id and version where the format has them', () => {
      // Prepare
      const doc = { ...readWire(encode('Text.')), provider: 'Reuters', providerItemId: 'tag:reuters.com,2016:newsml_L1N14N0FF', providerVersion: '5' };

      // Act
      const record = extractStory(doc, { key: 'incoming/x.xml', contentHash: 'a'.repeat(64) });

      // Assess
      expect(record.id).toBe(storyId({ provider: 'Reuters', itemId: 'tag:reuters.com,2016:newsml_L1N14N0FF', key: null, contentHash: '' }));
      expect(record.version).toBe('5');
    });
  });

  describe('rejections', () => {
    it('rejects a story with nothing but a byline and credits as no-body', () => {
      // Prepare
      const bytes = encode('By Jane Roe, Associated Press\n___\nAP writer John Doe contributed.');

      // Act
      const run = () => recordOf(bytes);

      // Assess
      expect(run).toThrow(RejectionError);
      expect(run).toThrow(expect.objectContaining({ code: 'no-body' }));
    });
  });

  describe('any bytes', () => {
    it('give a valid record or a RejectionError, nothing else', () => {
      // Prepare: a seeded PRNG (mulberry32), so that a failure can be replayed
      let seed = 0x5eed;
      const random = (): number => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const alphabet = encode(' \n\n\r\t—_-().,:;“”’ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789By (AP) WASHINGTON Posted on ___');
      const seedBytes = existsSync(SEED) ? bytesOf(SEED) : bytesOf(new URL('ap-washington-two-bylines.txt', WIRES));
      const cases: Uint8Array[] = [];
      for (let i = 0; i < 400; i++) {
        const length = Math.floor(random() * 600);
        const kind = i % 4;
        const bytes = new Uint8Array(length);
        for (let j = 0; j < length; j++) {
          if (kind === 0) bytes[j] = Math.floor(random() * 256); // noise
          else if (kind === 1) bytes[j] = alphabet[Math.floor(random() * alphabet.length)]!; // wire-ish text
          else bytes[j] = 0x20 + Math.floor(random() * 0x5f); // printable ASCII
        }
        if (kind === 3) {
          // the seed with a random slice cut out and a few bytes flipped
          const from = Math.floor(random() * seedBytes.length);
          const mutated = new Uint8Array([...seedBytes.subarray(0, from), ...seedBytes.subarray(from + Math.floor(random() * 400))]);
          for (let k = 0; k < 5 && mutated.length > 0; k++) mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256);
          cases.push(mutated);
        } else cases.push(bytes);
      }

      // Act
      const outcomes = cases.map((bytes, i) => {
        try {
          const record = recordOf(bytes, `incoming/${i}`);
          const check = storyRecordSchema.safeParse(record);
          return check.success ? 'record' : `invalid record for case ${i}: ${check.error.message}`;
        } catch (error) {
          return error instanceof RejectionError ? `rejected:${error.code}` : `case ${i} threw ${String(error)}`;
        }
      });

      // Assess
      const unexpected = outcomes.filter((o) => o !== 'record' && !o.startsWith('rejected:'));
      expect(unexpected).toEqual([]);
      expect(outcomes).toContain('record');
      expect(outcomes).toContain('rejected:binary');
    });
  });
});

describe('Function: extractStory, structured items', () => {
  const base = (over: Partial<WireDocument>): WireDocument => ({ ...readWire(encode('Text of a story.')), ...over });

  it('spells an agency without a profile as it goes by when its copy prints it in capitals, and any other as printed', () => {
    // Act
    const known = recordOf(encode('Armenia opens new border crossing\n\nTBILISI, MARCH 4, ARMENPRESS. Armenia and Georgia opened a new border crossing on Tuesday, officials said.\n\nThe crossing will handle trucks and cars around the clock.'));
    const unknown = recordOf(encode('Georgia opens new rail link\n\nTBILISI, MARCH 4, GEOPRESS. Georgia opened a new rail link to the Black Sea coast on Tuesday, officials said.\n\nThe line will carry freight and passengers.'));

    // Assess
    expect(known.provider).toBe('Armenpress');
    expect(unknown.provider).toBe('GEOPRESS');
  });

  it('accepts a kill notice of an identified item without story text', () => {
    // Act
    const record = extractStory(base({ format: 'newsml-g2', providerItemId: 'urn:x:1', providerVersion: '4', pubStatus: 'canceled', paragraphs: [] }), { key: null, contentHash: 'b'.repeat(64) });

    // Assess
    expect(record).toMatchObject({ pubStatus: 'canceled', signals: ['kill'], version: '4', body: { paragraphs: [], wordCount: 0 } });
  });

  it('accepts a headline-only item with an identity, and rejects an anonymous one as no-body', () => {
    // Prepare
    const item = base({ format: 'newsml-g2', providerItemId: 'urn:x:2', headline: 'Flash: rates cut', paragraphs: [] });

    // Act & Assess
    expect(extractStory(item, { key: null, contentHash: 'c'.repeat(64) }).headline).toBe('Flash: rates cut');
    expect(() => extractStory({ ...item, providerItemId: null }, { key: null, contentHash: 'c'.repeat(64) })).toThrow(expect.objectContaining({ code: 'no-body' }));
  });

  it('takes the printed dateline off the text even when the format has its own dateline field', () => {
    // Act
    const record = extractStory(finishCopy(base({ format: 'nitf', datelineText: 'NEW YORK', paragraphs: ['NEW YORK (AP) — Stocks rose.', 'More.'] })), { key: null, contentHash: 'd'.repeat(64) });

    // Assess
    expect(record.dateline).toMatchObject({ text: 'NEW YORK (AP)', city: 'New York' });
    expect(record.body.paragraphs[0]).toBe('Stocks rose.');
  });
});
