import type { StoryRecord } from './schema.ts';

/**
 * The story record as a ninjs 3.1 document (IPTC ninjs-schema_3.1.json, draft 2020-12,
 * `unevaluatedProperties: false`; CONTRACT.md §1 `parse --ninjs`, `?format=ninjs`). Only properties the
 * schema defines are written, and only when the record has a value: ninjs has no null. What ninjs has
 * no place for stays out: signals (ninjs has no `signals`, research/wire-anchors.md §3.1; the version
 * and `edNote` carry updates and corrections), contributors' roles, quotes. Pure.
 */
export interface NinjsDocument {
  readonly uri: string;
  readonly [property: string]: unknown;
}

/** The ninjs `uri` of a story: a URN on the story id, the same for every version, as ninjs wants. */
export const ninjsUri = (id: string): string => `urn:newswire:story:${id}`;

export function toNinjs(record: StoryRecord): NinjsDocument {
  const text = record.body.paragraphs.join('\n\n');
  const doc: Record<string, unknown> = {
    uri: ninjsUri(record.id),
    type: 'text',
    representationType: 'full',
    version: record.version,
    firstCreated: record.firstCreated ?? undefined,
    versionCreated: record.versionCreated ?? undefined,
    embargoedUntil: record.embargoedUntil ?? undefined,
    pubStatus: record.pubStatus,
    edNote: record.edNote ?? undefined,
    language: record.language ?? undefined,
    headlines: record.headline !== null ? [{ role: 'main', value: record.headline }] : undefined,
    slugline: record.slugline ?? undefined,
    by: record.byline ?? (record.bylines.length > 0 ? record.bylines.map((b) => b.name).join(', ') : undefined),
    located: record.dateline?.text ?? undefined,
    bodies: [{ role: 'main', contentType: 'text/plain', charCount: text.length, wordCount: record.body.wordCount, value: text }],
    people: nonEmpty([
      ...record.bylines.map((b) => ({ name: b.name, rel: 'author' })),
      ...record.contributors.map((c) => ({ name: c.name, rel: c.role })),
      ...record.people.map((p) => ({ name: p.name, rel: 'mentions' })),
    ]),
    organisations: nonEmpty(record.organisations.map((o) => ({ name: o.name, rel: 'mentions' }))),
    places: nonEmpty([
      ...(record.dateline?.city ? [{ name: record.dateline.city, rel: 'located' }] : []),
      ...record.places.map((p) => ({ name: p.name, rel: 'mentions' })),
    ]),
    infoSources: record.provider !== null ? [{ name: record.provider, role: 'source' }] : undefined,
    altIds: [{ role: 'contentHash', value: record.source.contentHash }, ...(record.source.key !== null ? [{ role: 'uploadKey', value: record.source.key }] : [])],
  };
  for (const key of Object.keys(doc)) if (doc[key] === undefined) delete doc[key];
  return doc as NinjsDocument;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
