import { createHash } from 'node:crypto';
import { foldName } from './names.ts';

/**
 * Every key this table uses, in one place. The layout (see README, "Storage layout"):
 *
 *   pk            sk              gsi1pk / gsi1sk                     gsi2pk / gsi2sk          what
 *   S#<id>        V#<rank>        –                                   –                        one story version (the record)
 *   S#<id>        CURRENT         –                                   –                        the current version's summary, facets, status
 *   S#<id>        F#<facet>       <facet partition> / <time>#<id>     –                        one listing entry per facet value
 *   H#<sha256>    H               –                                   –                        content-hash claim (idempotency)
 *   U#<key>       U               UPLOADS / <key>                     UPLOADS#<status> / <key> what became of one upload
 */
export const storyPk = (id: string): string => `S#${id}`;
export const CURRENT_SK = 'CURRENT';
export const VERSION_SK_PREFIX = 'V#';
export const versionSk = (rank: string): string => `${VERSION_SK_PREFIX}${rank}`;
export const FACET_SK_PREFIX = 'F#';
export const hashPk = (hash: string): string => `H#${hash}`;
export const HASH_SK = 'H';
export const uploadPk = (key: string): string => `U#${key}`;
export const UPLOAD_SK = 'U';
export const UPLOADS_PARTITION = 'UPLOADS';
export const uploadsByStatusPartition = (status: string): string => `UPLOADS#${status}`;

/**
 * The facets a story is listed under. `all` and `provider` see every story, so their partitions are
 * split into SHARDS by story id (a breaking-news flood stays far below one partition's write limit,
 * ARCHITECTURE.md "date partitions are sharded"); a listing reads the shards in parallel and merges.
 */
export const FACET_KINDS = ['all', 'provider', 'author', 'contributor', 'person', 'organisation', 'place'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
const FACET_CODES: Record<FacetKind, string> = { all: 'L', provider: 'P', author: 'A', contributor: 'C', person: 'N', organisation: 'O', place: 'G' };
const SHARDED: ReadonlySet<FacetKind> = new Set(['all', 'provider']);
export const SHARDS = 4;

/** A facet value as stored on the story (`facets` of the CURRENT item): `<code>#<folded value>`. */
export function facetKey(kind: FacetKind, value = ''): string {
  return kind === 'all' ? FACET_CODES.all : `${FACET_CODES[kind]}#${foldName(value)}`;
}

export function shardOf(id: string): number {
  return createHash('sha256').update(id).digest()[0]! % SHARDS;
}

/** The gsi1 partition(s) that hold a facet's entries: one, or one per shard. */
export function facetPartitions(kind: FacetKind, key: string): string[] {
  return SHARDED.has(kind) ? Array.from({ length: SHARDS }, (_, shard) => `${key}#${shard}`) : [key];
}

export function facetPartitionFor(key: string, id: string): string {
  const kind = (Object.keys(FACET_CODES) as FacetKind[]).find((k) => key === FACET_CODES[k] || key.startsWith(`${FACET_CODES[k]}#`));
  return kind && SHARDED.has(kind) ? `${key}#${shardOf(id)}` : key;
}

export const listingSk = (listedAt: string, id: string): string => `${listedAt}#${id}`;
