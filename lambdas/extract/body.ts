import type { Contributor } from '../story/index.ts';
import type { ReporterNote } from './bylines.ts';
import { readCredits } from './credits.ts';
import { COPYRIGHT_START, joinNotes, UNSPACED, VERSION_NOTE } from '../wire/index.ts';

/**
 * The story text only (CONTRACT.md §1 `body`): no byline, posted line, dateline prefix, separators or
 * credit lines. Header lines and separators never reach here (the format parser sets them apart);
 * this takes off the dateline, a version note opening or closing it ("(Adds comments, detail)") and the
 * credit lines at the end of the story or after its separator.
 */

/** Credit lines stand in the last few paragraphs of the story when no separator sets them apart. */
const CREDIT_WINDOW = 3;
/**
 * `Correction: An earlier version of this report misstated …`, `This story has been updated with the latest figures …`,
 * `Korjattu 15.12.2025 kello 13.40: …` under the story (newspapers' pages, in the agencies' languages): the version's note.
 */
const CORRECTION_FOOT = /^(?:Correction|Clarification|Editor['’]s note)\s*:\s*(?:An?|The)\s+(?:earlier|previous)\s+version\b|^This (?:story|article|report) has been (?:updated|corrected)\b|^(?:Korjattu|Korjaus|Rettelse|Rettet|Korrigerad|Rättelse|Rättat|Korreksjon|Rectification|Ispravak|Popravek|Helyesbítés|Pataisyta|Labojums|Parandus|Düzeltme|Korrigert|Korrigeret|Korrigiert|Berichtigung|Korrektur|Corrección|Corregido|Rectificación|Rectificatif|Correzione|Correção|Corrigido|Sprostowanie|Oprava|Correctie|Gecorrigeerd)\b[^:]{0,40}:\s+\S/iu;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/**
 * A reporter's contact tagline at the foot of AP copy: "Bernard Condon can be reached at http://twitter.com/…",
 * "His work can be found at …", "Follow Jane Roe on Twitter at …", "Jane Roe is on Twitter as @janeroe". It
 * addresses the reader about the writer and is no part of the story.
 */
// Where a reader is sent: a web address, an e-mail address, a handle, a telephone number or a social network.
const CONTACT = String.raw`(?:https?:\/\/|www\.|@|[\w.+-]+@[\w-]+\.|\+?\d[\d\s().-]{6,}|(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|TikTok)\b)`;
const TAGLINE = [
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}(?:can|may)\s+be\s+(?:reached|contacted|followed)\s+(?:at|on|via)\s+${CONTACT}`, 'u'),
  new RegExp(String.raw`^(?:His|Her|Their)\s+(?:work|stories|reporting|coverage)\s+can\s+be\s+(?:found|read)\s+(?:at|on)\s+${CONTACT}`, 'u'),
  /^Follow\s+(?:[\p{Lu}@][\p{L}\p{M}\p{N}_'’.-]*\s+){1,4}on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|TikTok)\b/u,
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}is\s+on\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon)\s+(?:as|at)\s+\S/u,
];
const MAY_HOLD_TAGLINE = /\bbe\s+(?:reached|contacted|found|read|followed)\b|\bFollow\s|\bis\s+on\s|©|\bCopyright\b|\bHak cipta\b/;
// A sentence ends after a word's stop (not an initial's, `Dana K. Whit`) or after the spaced stop AP puts after a URL.
// (or after a name in capitals, `Editor: YOHANES BAYU SETIAWAN. Hak cipta …`)
const TAGLINE_SENTENCES = /(?<=[\p{Ll}\p{N}/][.!?]["”]?|\s\.|\p{Lu}{2}\.)\s+(?=\p{Lu})/u;

export interface StoryBody {
  readonly paragraphs: string[];
  readonly wordCount: number;
  readonly contributors: Contributor[];
  readonly notes: ReporterNote[];
  /** A version note in parentheses opening or closing the story, taken out of it ("(Adds comments, detail)", Bloomberg's
   * closing "(Updates with closing share price in second paragraph.)"). */
  readonly versionNote: string | null;
}

/** Words: runs of letters and digits, with inner apostrophes, hyphens and points (`don’t`, `1.2`, `U.S`). */
let wordSegmenter: Intl.Segmenter | undefined;

/** Words of the story; copy in a script without spaces is segmented by ICU's dictionaries (a Chinese story is no two "words"). */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    if (UNSPACED.test(paragraph)) {
      wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const segment of wordSegmenter.segment(paragraph)) if (segment.isWordLike) count++;
    } else count += paragraph.match(WORD)?.length ?? 0;
  }
  return count;
}

/**
 * @param paragraphs the story paragraphs, the first still opening with its dateline
 * @param trailer paragraphs after the story's separator
 * @param firstRest the first paragraph without its dateline, when it had one
 * @param provider the agency that sent the story: its name alone closing the story signs it (`Jornal de Angola`)
 */
export function storyBody(paragraphs: readonly string[], trailer: readonly string[], firstRest: string | null, provider: string | null = null): StoryBody {
  const story = [...paragraphs];
  if (firstRest !== null) {
    if (firstRest === '') story.shift();
    else story[0] = firstRest;
  }
  const opening = story[0] !== undefined && VERSION_NOTE.test(story[0]) ? story.shift()! : null;

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
    const untagged = withoutTaglines(story[i]!);
    const kept = untagged === null ? null : creditsOut(untagged);
    if (kept !== null) tail.push(kept);
  }
  story.splice(Math.max(0, story.length - CREDIT_WINDOW), CREDIT_WINDOW, ...tail);
  // After the separator: credits are taken out, anything else ("Follow AP's coverage …") stays story.
  for (const paragraph of trailer) {
    const untagged = withoutTaglines(paragraph);
    const kept = untagged === null ? null : creditsOut(untagged);
    if (kept !== null) story.push(kept);
  }
  const signs = (paragraph: string | undefined): boolean => provider !== null && paragraph !== undefined && bare(paragraph) === bare(provider);
  if (story.length > 1 && signs(story[story.length - 1])) story.pop();
  const closing = story.length > 1 && (VERSION_NOTE.test(story[story.length - 1]!) || CORRECTION_FOOT.test(story[story.length - 1]!)) ? story.pop()!.replace(/\.\)$/, ')') : null;
  return { paragraphs: story, wordCount: countWords(story), contributors: dedupe(contributors), notes, versionNote: joinNotes(opening, closing) };
}

/** A name without its case, points and brackets: `(ISBnews)`, `ISBNEWS.` and `ISBnews` are one. */
const bare = (text: string): string => text.replace(/[\s().,:;!-]+/g, ' ').trim().toLowerCase();

/** A paragraph without its contact-tagline sentences; null when it held nothing else. */
function withoutTaglines(paragraph: string): string | null {
  if (!MAY_HOLD_TAGLINE.test(paragraph)) return paragraph;
  const sentences = paragraph.split(TAGLINE_SENTENCES);
  // `Hak cipta © 2025 PT Kompas Media Nusantara.` after the editor's name in a NITF tagline, `Bản quyền © 2025 Báo Tuổi
  // Trẻ. Ghi rõ nguồn …`: the publisher's copyright, and whatever the paragraph says after it
  const copyright = sentences.findIndex((sentence) => COPYRIGHT_START.test(sentence));
  const kept = sentences.slice(0, copyright < 0 ? undefined : copyright).filter((sentence) => !TAGLINE.some((re) => re.test(sentence)));
  return kept.length > 0 ? kept.join(' ') : null;
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
