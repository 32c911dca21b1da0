import { extractStory } from '../extract/index.ts';
import { contentHash, UNLIMITED, type ParseBudget, type StoryRecord } from '../story/index.ts';
import { readWireFile } from '../wire/index.ts';

/**
 * One wire file → every story record it holds: sniff, decode, parse by format, apply the provider's
 * dialect, extract. Most files hold one story; a NewsML-G2 `newsMessage` holds one per text item (and a
 * NewsML 1.2 file one per `NewsItem`), each with its own id and version from its own item, in file order.
 * All records share `source` (the upload key, encoding and hash of the one file). Pure: no AWS, no clock;
 * asynchronous only because an e-mail is decoded so (postal-mime).
 * @param opts.key the upload key, which a story id is derived from when its item has no id; null for `newswire parse`
 * @param opts.budget asked between stages and sentences; @default UNLIMITED
 * @returns one record or more, never none
 * @throws RejectionError `empty`, `binary`, `too-large`, `malformed`, `unsafe-xml`, `unknown-format`, `no-body` or
 * `parse-timeout`; for a file of several stories, the first story that cannot be accepted rejects the whole file
 */
export async function parseStories(bytes: Uint8Array, opts: { key: string | null; budget?: ParseBudget }): Promise<StoryRecord[]> {
  const hash = contentHash(bytes);
  const budget = opts.budget ?? UNLIMITED;
  const docs = await readWireFile(bytes);
  budget.check();
  return docs.map((doc) => extractStory(doc, { key: opts.key, contentHash: hash, budget }));
}

/**
 * One wire file → its story record (for a file of several stories, the first; see `parseStories`).
 * @param opts.key the upload key, which the story id is derived from when the file has no item id; null for `newswire parse`
 * @throws RejectionError `empty`, `binary`, `too-large`, `malformed`, `unsafe-xml`, `unknown-format` or `no-body`
 */
export async function parseStory(bytes: Uint8Array, opts: { key: string | null; budget?: ParseBudget }): Promise<StoryRecord> {
  return (await parseStories(bytes, opts))[0]!;
}
