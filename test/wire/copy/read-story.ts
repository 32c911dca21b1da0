import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import type { StoryRecord } from '../../../lambdas/story/index.ts';

/** One story file through the whole parse path (sniff, decode, parse, copy, extract): the record it gives first. */
export async function read(source: string, key = 'test/unprofiled.txt'): Promise<StoryRecord> {
  const [record] = await parseStories(new TextEncoder().encode(source), { key });
  return record!;
}
