import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../lambdas/story/index.ts';
import { PARSERS, readWire } from '../../lambdas/wire/index.ts';

const WIRES = new URL('../fixtures/wires/', import.meta.url);
const fixtures = readdirSync(WIRES).sort();
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, WIRES)));

describe('Function: readWire', () => {
  it.each(fixtures)('reads the fixture %s', (name) => {
    // Act
    const doc = readWire(read(name));

    // Assess
    expect(doc.paragraphs.length).toBeGreaterThan(3);
  });

  it.each(PARSERS.map((p) => p.id))('has at least one fixture of the format %s', (format) => {
    // Act
    const formats = fixtures.map((name) => readWire(read(name)).format);

    // Assess
    expect(formats).toContain(format);
  });

  it('records the encoding it detected', () => {
    // Act
    const encodings = Object.fromEntries(fixtures.map((name) => [name, readWire(read(name)).encoding]));

    // Assess
    expect(encodings['ap-windows-1252-atlanta.txt']).toBe('windows-1252');
    expect(encodings['ap-bom-seoul.txt']).toBe('UTF-8');
    expect(encodings['ap-crlf-state-dateline.txt']).toBe('UTF-8');
  });

  it('rejects XML as unknown-format while no XML parser is registered', () => {
    // Prepare
    const bytes = new TextEncoder().encode('<?xml version="1.0"?>\n<nitf><body/></nitf>');

    // Act
    const run = () => readWire(bytes);

    // Assess
    expect(run).toThrow(RejectionError);
    expect(run).toThrow(expect.objectContaining({ code: 'unknown-format' }));
  });
});
