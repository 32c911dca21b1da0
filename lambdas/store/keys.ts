import { createHash } from 'node:crypto';
import { IMPACT_DIGITS } from '../search/index.ts';
import { foldName } from './names.ts';

/**
 * Every key this table uses, in one place. The layout (see README, "Storage layout"):
 *
 *   pk            sk              gsi1pk / gsi1sk                     gsi2pk / gsi2sk          what
 *   S#<id>        V#<rank>        –                                   –                        one story version (the record)
 *   S#<id>        CURRENT         –                                   –                        the current version's summary, facets, status
 *   S#<id>        INDEXED         –                                   –                        what the index and counters hold of the story
 *   S#<id>        F#<facet>       <facet partition> / <time>#<id>     –                        one listing entry per facet value
 *   S#<id>        T#<rank>#<term> W#<term> / <impact>#<id>            R#<term> / <written>#<id> one keyword posting per indexed term
 *   D#<term>      D               –                                   (COMPACT / <term>)       document frequency of a term, its blocks; queued for a build
 *   B#<term>      <gen>#<nnnn>    –                                   –                        a block of a common term's postings (posting-blocks.ts)
 *   STATS         STATS           –                                   –                        indexed stories (N of the idf)
 *   K#cursor      K               –                                   –                        local stack only: the cursor signing key
 *   H#<sha256>    H               –                                   –                        content-hash claim (idempotency)
 *   U#<key>       U               UPLOADS / <key>                     UPLOADS#<status> / <key> what became of one upload
 *   FEED          <seq, 16 digits> –                                   –                        one change of the feed, or a void place
 *   FEED          SEQ             –                                   –                        the last place given out in the feed
 *   FK#<key>      FK              –                                   –                        the place a change (by its key) was given
 *   EMBARGO       <time>#<id>#<rank> –                                –                        a stored version waiting for its embargo to end
 */
export const storyPk = (id: string): string => `S#${id}`;
export const CURRENT_SK = 'CURRENT';
export const INDEXED_SK = 'INDEXED';
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

/**
 * Keyword postings. The story's rank is part of the key, so a version never overwrites another's
 * entries (they are written in batches, without conditions) and the entries of a replaced version
 * are deleted by key. The impact leads the index sort key: a term's entries read highest impact first.
 */
export const POSTING_SK_PREFIX = 'T#';
export const postingSk = (rank: string, term: string): string => `${POSTING_SK_PREFIX}${rank}#${term}`;
/** The version rank a posting's table key names (`postingSk` read back, for the term it is of). */
export const postingRank = (sk: string, term: string): string => sk.slice(POSTING_SK_PREFIX.length, -term.length - 1);
export const termPartition = (term: string): string => `W#${term}`;
export const postingSortKey = (impact: number, id: string): string => `${String(impact).padStart(IMPACT_DIGITS, '0')}#${id}`;
export function parsePostingSortKey(sk: string): { impact: number; id: string } {
  const hash = sk.indexOf('#');
  return { impact: Number(sk.slice(0, hash)), id: sk.slice(hash + 1) };
}
export const dfPk = (term: string): string => `D#${term}`;
/** A term's postings by when they were written (gsi2): the ones newer than its blocks. */
export const recentPartition = (term: string): string => `R#${term}`;
export const recentSortKey = (writtenAt: string, id: string): string => `${writtenAt}#${id}`;
/** The gsi2 partition of the terms queued for a build of their posting blocks (a sparse index of `D#` items). */
export const COMPACT_PARTITION = 'COMPACT';
export const blockPk = (term: string): string => `B#${term}`;
export const blockSk = (gen: string, n: number): string => `${gen}#${String(n).padStart(4, '0')}`;
/**
 * Document frequencies are counted over a fixed sample of stories, one in DF_SAMPLE (by id hash), and
 * scaled up when read: a story's keyword writes stay few (a counter update per term would double
 * them), and a rare term, whose idf matters most, is counted exactly from its posting list, which a
 * search reads to the end anyway (search-reads.ts).
 */
export const DF_SAMPLE = 8;
export const countsForDf = (id: string): boolean => createHash('sha256').update(id).digest()[1]! % DF_SAMPLE === 0;
export const DF_SK = 'D';
export const STATS_KEY = { pk: 'STATS', sk: 'STATS' } as const;
/** The STATS attribute naming the language analyses of indexed stories other than English (a string set). */
export const STATS_ANALYSES = 'analyses';
export const CURSOR_KEY_ITEM = { pk: 'K#cursor', sk: 'K' } as const;

export const listingSk = (listedAt: string, id: string): string => `${listedAt}#${id}`;

/** S3 sequencers are hex strings of varying length; padded, they compare as strings (S3 docs). */
export const padSequencer = (sequencer: string | null | undefined): string => (sequencer ?? '').padStart(32, '0');

/** The change log (changes.ts): one partition, its sort key the place, and the counter that gives places out. */
export const CHANGES_PARTITION = 'FEED';
export const SEQUENCE_SK = 'SEQ';
export const changeSk = (seq: number): string => String(seq).padStart(16, '0');
export const CHANGE_KEY_PREFIX = 'FK#';
export const changeKeyPk = (key: string): string => `${CHANGE_KEY_PREFIX}${key}`;
export const CHANGE_KEY_SK = 'FK';
/** Versions under embargo, by the UTC instant it ends: what the embargo clock releases (embargoes.ts). */
export const EMBARGOES_PARTITION = 'EMBARGO';
export const embargoSk = (endsUtc: string, id: string, rank: string): string => `${endsUtc}#${id}#${rank}`;
