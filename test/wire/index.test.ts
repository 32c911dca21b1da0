import { describe, expect, it } from 'vitest';
import { FORMATS, RejectionError } from '../../lambdas/story/index.ts';
import { PARSERS, readWire, readWireFile, readWires, type WireDocument } from '../../lambdas/wire/index.ts';
import { readWireFixture, wireFixtures } from './fixtures.ts';

const fixtures = wireFixtures();
const topLevel = fixtures.filter((name) => !name.includes('/'));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What each fixture reads as: its documents, or the code it is rejected with. */
const outcomes = new Map<string, WireDocument[] | string>();
for (const name of fixtures) {
  try {
    outcomes.set(name, await readWireFile(readWireFixture(name)));
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
    outcomes.set(name, error.code);
  }
}
const docs = [...outcomes.values()].flatMap((o) => (typeof o === 'string' ? [] : o));

describe('Function: readWire', () => {
  it.each(topLevel)('reads the plain-text fixture %s', (name) => {
    // Act
    const doc = readWire(readWireFixture(name));

    // Assess
    expect(doc.paragraphs.length).toBeGreaterThan(3);
  });

  it.each([...FORMATS])('has at least one fixture read as the format %s', (format) => {
    // Assess
    expect(docs.map((d) => d.format)).toContain(format);
  });

  it.each(PARSERS.map((p) => p.id))('has a fixture folder of stories for the parser %s', (format) => {
    // Assess
    expect(fixtures.filter((name) => name.startsWith(`${format}/`) && Array.isArray(outcomes.get(name))).length).toBeGreaterThan(0);
  });

  it('reads every fixture in a format folder as that format', () => {
    // Act
    const wrong = fixtures.filter((name) => name.includes('/')).flatMap((name) => {
      const outcome = outcomes.get(name)!;
      const folder = name.split('/')[0];
      return typeof outcome === 'string' ? [] : outcome.filter((d) => d.format !== folder).map((d) => `${name}: ${d.format}`);
    });

    // Assess
    expect(wrong).toEqual([]);
  });

  it('records the encoding it detected', () => {
    // Act
    const encodings = Object.fromEntries(topLevel.map((name) => [name, readWire(readWireFixture(name)).encoding]));

    // Assess
    expect(encodings['ap-windows-1252-atlanta.txt']).toBe('windows-1252');
    expect(encodings['ap-bom-seoul.txt']).toBe('UTF-8');
    expect(encodings['ap-crlf-state-dateline.txt']).toBe('UTF-8');
  });

  it.each([
    ['nitf/pa-nitf-latin1-no-namespace.xml', 'ISO-8859-1'],
    ['iptc-7901/dpa-7901-latin1-notebook.txt', 'ISO-8859-1'],
    ['newsml-g2/reuters-g2-corrected-embargo.xml', 'UTF-8'],
  ])('records the encoding of %s as %s and decodes every byte', (name, encoding) => {
    // Act
    const doc = (outcomes.get(name) as WireDocument[])[0]!;

    // Assess
    expect(doc.encoding).toBe(encoding);
    expect(JSON.stringify(doc)).not.toContain('\uFFFD');
  });

  it('reads one document per text item of a newsMessage, each with its own id and version', () => {
    // Act
    const read = readWires(readWireFixture('newsml-g2/stt-g2-newsmessage-two-stories.xml'));

    // Assess
    expect(read.map((d) => [d.providerItemId, d.providerVersion])).toEqual([
      ['urn:newsml:stt.fi:20250520:101900001', '2'],
      ['urn:newsml:stt.fi:20250520:101900002', '1'],
    ]);
    expect(readWire(readWireFixture('newsml-g2/stt-g2-newsmessage-two-stories.xml')).providerItemId).toBe('urn:newsml:stt.fi:20250520:101900001');
  });

  it.each([
    ['newsml-g2/g2-package-only.xml', 'no-body'],
    ['newsml-g2/g2-fragment-contentmeta.xml', 'no-body'],
    ['ap-media/ap-media-metadata-only.json', 'no-body'],
  ])('rejects %s as %s', (name, code) => {
    // Assess
    expect(outcomes.get(name)).toBe(code);
  });

  it('refuses a DTD in XML whatever the root, before choosing a parser', () => {
    // Prepare
    const bytes = encode('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "x">]>\n<rss>&a;</rss>');

    // Act
    const run = () => readWire(bytes);

    // Assess
    expect(run).toThrow(expect.objectContaining({ code: 'unsafe-xml' }));
  });

  it('rejects XML of no known vocabulary as unknown-format', () => {
    // Prepare
    const bytes = encode('<?xml version="1.0"?>\n<rss><channel/></rss>');

    // Act
    const run = () => readWire(bytes);

    // Assess
    expect(run).toThrow(RejectionError);
    expect(run).toThrow(expect.objectContaining({ code: 'unknown-format' }));
  });
});
