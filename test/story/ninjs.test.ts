import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, toNinjs, type StoryRecord } from '../../lambdas/story/index.ts';
import { readWireFixture, wireFixtures } from '../wire/fixtures.ts';

// The IPTC ninjs 3.1 schema (draft 2020-12), copied from shared/corpus/external/ninjs-schema/ (CC BY 4.0).
const schema = JSON.parse(readFileSync(new URL('../fixtures/ninjs-schema-3.1.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
// The schema refers to the GeoJSON schema for `places[].geoJSON`, which the export never writes; a
// stand-in keeps the test off the network.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validate = ajv.compile(schema);

const records: [string, StoryRecord][] = [];
for (const name of wireFixtures()) {
  try {
    records.push(...(await parseStories(readWireFixture(name), { key: `incoming/${name}` })).map((r, k) => [`${name}#${k}`, r] as [string, StoryRecord]));
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
  }
}

describe('Function: toNinjs', () => {
  it.each(records)('gives a ninjs 3.1 document valid against the IPTC schema for %s', (_name, record) => {
    // Act
    const doc = toNinjs(record);

    // Assess
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('maps the record to ninjs names, and leaves out what the record does not have', () => {
    // Prepare
    const [, record] = records.find(([name]) => name.startsWith('nitf/ap-nitf-namespace-kansas.xml'))!;

    // Act
    const doc = toNinjs({ ...record, embargoedUntil: null });

    // Assess
    expect(doc).toMatchObject({
      uri: `urn:newswire:story:${record.id}`, type: 'text', version: '2.1', pubStatus: 'usable', versionCreated: '2025-03-14T15:12:00+00:00',
      headlines: [{ role: 'main', value: 'Kansas town votes to reopen its freight rail spur' }], by: 'By Marisol Quintero-Hale, Associated Press',
      located: 'SALINA, Kan. (AP)', infoSources: [{ name: 'Associated Press', role: 'source' }],
    });
    expect(doc).not.toHaveProperty('embargoedUntil');
    expect(doc).not.toHaveProperty('signals');
    expect((doc['bodies'] as { value: string }[])[0]!.value.split('\n\n')).toEqual(record.body.paragraphs);
  });

  it('keeps the same uri for every version of a story', () => {
    // Prepare
    const [, usable] = records.find(([name]) => name.startsWith('newsml-g2/reuters-g2-corrected-embargo'))!;
    const [, killed] = records.find(([name]) => name.startsWith('newsml-g2/reuters-g2-kill'))!;

    // Act & Assess
    expect(toNinjs(usable).uri).toBe(toNinjs(killed).uri);
    expect(toNinjs(killed)).toMatchObject({ pubStatus: 'canceled' });
  });
});
