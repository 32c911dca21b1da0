import { extractStory } from '../extract/index.ts';
import { contentHash, type StoryRecord } from '../story/index.ts';
import { readWire } from '../wire/index.ts';

/**
 * One wire file → its story record: sniff, decode, parse by format, extract. Pure: no AWS, no clock.
 * @param opts.key the upload key, which the story id is derived from when the file has no item id; null for `newswire parse`
 * @throws RejectionError `empty`, `binary`, `too-large`, `malformed`, `unsafe-xml`, `unknown-format` or `no-body`
 */
export function parseStory(bytes: Uint8Array, opts: { key: string | null }): StoryRecord {
  const doc = readWire(bytes);
  return extractStory(doc, { key: opts.key, contentHash: contentHash(bytes) });
}
