import type { Contributor } from '../story/index.ts';
import type { ReporterNote } from './bylines.ts';
import { readCredits } from './credits.ts';

/**
 * The story text only (CONTRACT.md §1 `body`): no byline, posted line, dateline prefix, separators or
 * credit lines. Header lines and separators never reach here (the format parser sets them apart);
 * this takes off the dateline, a leading Reuters-style note ("(Adds comments, detail)") and the
 * credit lines at the end of the story or after its separator.
 */

/** Credit lines stand in the last few paragraphs of the story when no separator sets them apart. */
const CREDIT_WINDOW = 3;
const LEADING_NOTE = /^\((?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Fixes|Removes|Rewrites|Repeats|Moves|Clarifies|Inserts|Deletes)\b[^()]*\)$/i;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export interface StoryBody {
  readonly paragraphs: string[];
  readonly wordCount: number;
  readonly contributors: Contributor[];
  readonly notes: ReporterNote[];
  /** A leading note in parentheses, taken out of the story ("(Adds comments, detail)"). */
  readonly leadingNote: string | null;
}

/** Words: runs of letters and digits, with inner apostrophes, hyphens and points (`don’t`, `1.2`, `U.S`). */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) count += paragraph.match(WORD)?.length ?? 0;
  return count;
}

/**
 * @param paragraphs the story paragraphs, the first still opening with its dateline
 * @param trailer paragraphs after the story's separator
 * @param firstRest the first paragraph without its dateline, when it had one
 */
export function storyBody(paragraphs: readonly string[], trailer: readonly string[], firstRest: string | null): StoryBody {
  const story = [...paragraphs];
  if (firstRest !== null) {
    if (firstRest === '') story.shift();
    else story[0] = firstRest;
  }
  let leadingNote: string | null = null;
  if (story[0] !== undefined && LEADING_NOTE.test(story[0])) leadingNote = story.shift()!.slice(1, -1);

  const contributors: Contributor[] = [];
  const notes: ReporterNote[] = [];
  const creditsOut = (paragraph: string): string | null => {
    const credits = readCredits(paragraph);
    if (!credits) return paragraph;
    contributors.push(...credits.contributors);
    notes.push(...credits.notes);
    return credits.rest;
  };

  const tail: string[] = [];
  for (let i = Math.max(0, story.length - CREDIT_WINDOW); i < story.length; i++) {
    const kept = creditsOut(story[i]!);
    if (kept !== null) tail.push(kept);
  }
  story.splice(Math.max(0, story.length - CREDIT_WINDOW), CREDIT_WINDOW, ...tail);
  // After the separator: credits are taken out, anything else ("Follow AP's coverage …") stays story.
  for (const paragraph of trailer) {
    const kept = creditsOut(paragraph);
    if (kept !== null) story.push(kept);
  }
  return { paragraphs: story, wordCount: countWords(story), contributors: dedupe(contributors), notes, leadingNote };
}

function dedupe(contributors: Contributor[]): Contributor[] {
  const seen = new Set<string>();
  return contributors.filter((c) => {
    const k = `${c.role}\n${c.name.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
