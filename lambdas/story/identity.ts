import { createHash } from 'node:crypto';

const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** sha256 of the raw bytes, as recorded in `source.contentHash`. */
export const contentHash = (bytes: Uint8Array): string => sha256(bytes);

/**
 * The stable id of a story, the same for all its versions (CONTRACT.md §1 `id`): from the provider and
 * its item id when the file carries one, else from the upload key, else (for `newswire parse`) from the
 * content. Opaque and URL-safe, so it can stand in a path without escaping.
 */
export function storyId(origin: { provider: string | null; itemId: string | null; key: string | null; contentHash: string }): string {
  if (origin.itemId) return sha256(`item\n${origin.provider ?? ''}\n${origin.itemId}`).slice(0, 24);
  if (origin.key) return sha256(`key\n${origin.key}`).slice(0, 24);
  return sha256(`content\n${origin.contentHash}`).slice(0, 24);
}

/** The version of a story when the provider gives none: a prefix of the content hash. */
export const versionFromHash = (hash: string): string => hash.slice(0, 12);
