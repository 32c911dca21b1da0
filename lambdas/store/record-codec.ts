import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoryRecord } from '../story/index.ts';

/**
 * Records are stored gzipped: wire text compresses about 3:1, and DynamoDB bills writes per KB.
 * A record still over this size after compression goes to S3 instead (items are capped at 400 KB).
 */
export const MAX_INLINE_RECORD_BYTES = 300 * 1024;

export const encodeRecord = (record: StoryRecord): Uint8Array => gzipSync(JSON.stringify(record));
export const decodeRecord = (bytes: Uint8Array): StoryRecord => JSON.parse(gunzipSync(bytes).toString('utf8')) as StoryRecord;
