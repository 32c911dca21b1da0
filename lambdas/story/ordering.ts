import { versionFromHash } from './identity.ts';
import type { StoryRecord } from './schema.ts';

/**
 * Providers whose version numbers are opaque: they differ between versions but do not count upwards
 * (research/wire-anchors.md §3.3, §5 rule 2: Reuters sends 978556838, then 1542761538, then maybe a
 * smaller one). Their versions are ordered by versionCreated.
 */
const OPAQUE_VERSIONS: ReadonlySet<string> = new Set(['Reuters']);

/** `5`, `978556838`, NITF `du-key` generation and version `14.1`. */
const COUNTER = /^\d{1,20}(?:\.\d{1,20}){0,3}$/;

const padded = (version: string): string => version.split('.').map((part) => part.padStart(20, '0')).join('.');

/**
 * A string that sorts versions of one story oldest to newest (ARCHITECTURE.md, access pattern 6;
 * research/wire-anchors.md §5 rule 2). Pure: the store compares ranks in a conditional write.
 * - `n…`: the provider's own counter (G2 `@version`, NewsML 1.2 `RevisionId`, AP Media `version` from 0,
 *   ninjs `version`, NITF `du-key` generation.version), compared numerically, part by part;
 * - `t…`: versionCreated (else firstCreated) in UTC, so that offsets do not disturb the order, when the
 *   version is a content hash (text wires, NITF without `du-key`) or the provider's numbers are opaque
 *   (Reuters); equal times (an AP writethru keeps the story's "Posted" time) are ordered by arrival;
 * - `h…`: arrival, when there is nothing else: what was uploaded later is taken for the later version.
 * Arrival is `receivedAt`, when S3 received the upload (the event time: the same for every delivery
 * of one upload), and only orders content-hash versions; the content hash breaks what is left. An
 * opaque provider number keeps its place after the time, so one (id, version) has one rank. A version that is
 * the prefix of the content hash is never read as a counter, even when all its hex digits happen to
 * be decimal ones.
 */
export function versionRank(
  record: Pick<StoryRecord, 'version' | 'versionCreated' | 'firstCreated' | 'source' | 'provider'>,
  receivedAt?: string | null,
): string {
  const fromHash = record.version === versionFromHash(record.source.contentHash);
  const counter = !fromHash && COUNTER.test(record.version);
  if (counter && !(record.provider !== null && OPAQUE_VERSIONS.has(record.provider))) return `n${padded(record.version)}`;
  // an opaque number still names the version: the same (id, version) must keep one rank, whatever
  // the bytes or the arrival, so that a re-sent copy is a duplicate (ARCHITECTURE.md rule 5)
  const time = record.versionCreated ?? record.firstCreated;
  const instant = time ? new Date(time) : null;
  const timed = instant !== null && !Number.isNaN(instant.getTime());
  if (counter) return timed ? `t${instant.toISOString()}#n${padded(record.version)}` : `n${padded(record.version)}`;
  // a content-hash version: arrival orders what the time does not ('r' sorts after any hex digit, so
  // ranks written before arrival counted lose ties to ranks that carry it)
  const arrivedAt = receivedAt ? new Date(receivedAt) : null;
  const arrival = arrivedAt && !Number.isNaN(arrivedAt.getTime()) ? `r${arrivedAt.toISOString()}#` : '';
  return timed ? `t${instant.toISOString()}#${arrival}h${record.source.contentHash.slice(0, 12)}` : `h${arrival}${record.source.contentHash}`;
}

/**
 * The instant a story is listed under, newest first: versionCreated, else firstCreated, else when
 * the upload was received. Always UTC ISO 8601, so that it sorts as a string.
 */
export function listingTime(record: Pick<StoryRecord, 'versionCreated' | 'firstCreated'>, receivedAt: string): string {
  return new Date(record.versionCreated ?? record.firstCreated ?? receivedAt).toISOString();
}
