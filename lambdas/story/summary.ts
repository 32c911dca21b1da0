import type { StoryRecord, StorySummary } from './schema.ts';

const EXCERPT_CHARS = 280;

/** The first paragraph, cut at a word boundary. */
export function excerpt(record: Pick<StoryRecord, 'body'>): string | null {
  const first = record.body.paragraphs[0];
  if (first === undefined) return null;
  if (first.length <= EXCERPT_CHARS) return first;
  const cut = first.slice(0, EXCERPT_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function summarize(record: StoryRecord): StorySummary {
  const { id, version, headline, provider, language, bylines, dateline, firstCreated, versionCreated, pubStatus } = record;
  return { id, version, headline, provider, language, bylines, dateline, firstCreated, versionCreated, pubStatus, excerpt: excerpt(record) };
}
