import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Fixture wires and their golden records: `wires/<format>/<name>.<ext>` ↔ `expected/<format>/<name>.json`. */
export const WIRES = new URL('../fixtures/wires/', import.meta.url).pathname;
export const EXPECTED = new URL('../fixtures/expected/', import.meta.url).pathname;

/** Every fixture file under `wires/`, recursively, as paths relative to it (`nitf/ap-nitf-namespace-kansas.xml`). */
export function wireFixtures(): string[] {
  return readdirSync(WIRES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(WIRES, join(entry.parentPath, entry.name)))
    .sort();
}

export const readWireFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(WIRES, name)));

/** The golden of a fixture in a format folder: a record list, or `{rejected: code}`. */
export function goldenOf(name: string): unknown {
  return JSON.parse(readFileSync(join(EXPECTED, name.replace(/\.[^./]+$/, '.json')), 'utf8'));
}

/** Entity lists are another extractor's work: goldens of the format fixtures leave them out. */
export function withoutEntities<T extends object>(record: T): Omit<T, 'people' | 'organisations' | 'places' | 'quotes'> {
  const { people: _p, organisations: _o, places: _pl, quotes: _q, ...rest } = record as T & Record<'people' | 'organisations' | 'places' | 'quotes', unknown>;
  return rest;
}
