import type { StoryRecord } from './schema.ts';

/**
 * A string that sorts versions of one story oldest to newest (ARCHITECTURE.md, access pattern 6):
 * by the provider's version number where it counts upwards, else by versionCreated (in UTC, so that
 * offsets do not disturb the order), else by the content hash (stable, if arbitrary).
 */
export function versionRank(record: Pick<StoryRecord, 'version' | 'versionCreated' | 'firstCreated' | 'source'>): string {
  if (/^\d{1,20}$/.test(record.version)) return `n${record.version.padStart(20, '0')}`;
  const time = record.versionCreated ?? record.firstCreated;
  if (time) return `t${new Date(time).toISOString()}#${record.source.contentHash.slice(0, 12)}`;
  return `h${record.source.contentHash}`;
}

/**
 * The instant a story is listed under, newest first: versionCreated, else firstCreated, else when
 * the upload was received. Always UTC ISO 8601, so that it sorts as a string.
 */
export function listingTime(record: Pick<StoryRecord, 'versionCreated' | 'firstCreated'>, receivedAt: string): string {
  return new Date(record.versionCreated ?? record.firstCreated ?? receivedAt).toISOString();
}
