import { LRUCache } from 'lru-cache';
import { decodeBlock, type BlockEntry } from './posting-blocks.ts';

/**
 * Posting blocks a warm API has read (issue 13), decoded. A block item is written once under its generation's key
 * and never changed: a build writes a new generation and deletes the one before (posting-blocks.ts). So a block read
 * once is that block for good, and a warm container answers the next query needing it from memory. A common term's
 * first blocks are what most of its queries read; at 100,000 stories sixteen of them were about 50 ms of a slow query.
 *
 * A block of a generation deleted since is still what it was: a search holding that generation's head (read less
 * than a minute before) reads it as it would have before the deletion, with the postings written since its build
 * (search-reads.ts), and verifies every candidate against its CURRENT item as always.
 */

/** Sets the bound on entries held; 0 reads every block from the table. The API's stack sets it from its memory. */
export const BLOCK_CACHE_ENV = 'NEWSWIRE_BLOCK_CACHE_ENTRIES';
/**
 * Entries held for a function of this much memory: about a fifth of it (measured: 120 MB of decoded entries a million,
 * and the blocks' text they are cut from, about 210 MB in all), a thousand blocks at 1,024 MB. At 100,000 stories the
 * bench's queries found 59–74 % of the blocks they read held with a thousand, 16 % with two hundred (BENCHMARKS.md,
 * session 23).
 */
export const blockCacheEntriesFor = (memoryMb: number): number => Math.floor((memoryMb / 1024) * 1_000_000);
/** The bound where nothing sets one (the local stack, the bench): the default API's 1,024 MB. */
export const BLOCK_CACHE_ENTRIES = blockCacheEntriesFor(1024);
const entriesHeld = (): number => {
  const set = Number(process.env[BLOCK_CACHE_ENV] ?? BLOCK_CACHE_ENTRIES);
  return Number.isFinite(set) && set >= 0 ? set : BLOCK_CACHE_ENTRIES;
};

export type BlockKey = { readonly pk: string; readonly sk: string };

/** Per DynamoDB client (one per warm container; each test's stack its own) and table: the blocks read, by key. */
const caches = new WeakMap<object, LRUCache<string, readonly BlockEntry[]>>();

/** How many blocks were asked for, and how many of them were in memory: the bench reports the share. */
export const blockCacheCounts = { asked: 0, held: 0 };

/**
 * The blocks under `keys`, in that order, decoded: those held from an earlier read, the rest read with `fetch` (items with
 * their `pk`, `sk` and block text `p`). Undefined when any of them is gone (a newer build deleted it).
 */
export async function readBlocks(
  client: object, table: string, keys: readonly BlockKey[], fetch: (keys: readonly BlockKey[]) => Promise<Record<string, unknown>[]>,
): Promise<(readonly BlockEntry[])[] | undefined> {
  const limit = entriesHeld();
  let cache = limit === 0 ? undefined : caches.get(client);
  if (limit > 0 && !cache) caches.set(client, (cache = new LRUCache({ maxSize: limit, sizeCalculation: (entries) => Math.max(1, entries.length) })));
  const cacheKey = (key: BlockKey): string => `${table}|${key.pk}|${key.sk}`;
  const held = new Map<string, readonly BlockEntry[]>();
  for (const key of keys) {
    const entries = cache?.get(cacheKey(key));
    if (entries) held.set(cacheKey(key), entries);
  }
  const missing = keys.filter((key) => !held.has(cacheKey(key)));
  blockCacheCounts.asked += keys.length;
  blockCacheCounts.held += keys.length - missing.length;
  for (const item of missing.length > 0 ? await fetch(missing) : []) {
    const key = cacheKey({ pk: String(item.pk), sk: String(item.sk) });
    const entries = decodeBlock(String(item.p));
    held.set(key, entries);
    cache?.set(key, entries);
  }
  const blocks = keys.map((key) => held.get(cacheKey(key)));
  return blocks.every((block) => block !== undefined) ? blocks : undefined;
}
