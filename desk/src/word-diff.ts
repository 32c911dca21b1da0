import { diffWordsWithSpace } from 'diff';

/** A run of words: in both versions, only in the newer (added), or only in the older (removed). */
export interface DiffPart {
  readonly text: string;
  readonly change: 'same' | 'added' | 'removed';
}

/** The text of a version as the diff reads it: headline, then paragraphs, a blank line apart. */
export function versionText(record: { headline: string | null; body: { paragraphs: readonly string[] } }): string {
  return [record.headline ?? '', ...record.body.paragraphs].join('\n\n');
}

/** What changed from `older` to `newer`, word by word (jsdiff). */
export function wordDiff(older: string, newer: string): DiffPart[] {
  return diffWordsWithSpace(older, newer).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

/** How many words were added and removed. */
export function diffStats(parts: readonly DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.change === 'added') added += words(part.text);
    if (part.change === 'removed') removed += words(part.text);
  }
  return { added, removed };
}
