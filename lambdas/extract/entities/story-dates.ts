/**
 * Days named in the text, resolved against the story's own time (issue 4): "on Tuesday" in a story of
 * Wednesday, October 23, 2024 is October 22; a weekday is the latest such day on or before the story's
 * date (wire copy reports what happened, and "on Wednesday" in Wednesday's story is that day). Pure: no
 * clock, no zone lookup.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_WORD = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday)\b/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const pad = (n: number): string => String(n).padStart(2, '0');

function addDays(date: string, days: number): string {
  const m = ISO_DATE.exec(date)!;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function weekdayOf(date: string): number {
  const m = ISO_DATE.exec(date)!;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

/**
 * The calendar date a day word means in a story of `storyDate` (`YYYY-MM-DD…`, the wall-clock date the
 * story was filed): `Tuesday` → the Tuesday on or before it, `yesterday` → the day before. Null when the
 * text names no day or the story date is unknown.
 */
export function resolveStoryDay(text: string, storyDate: string | null): string | null {
  if (storyDate === null || !ISO_DATE.test(storyDate)) return null;
  const m = DAY_WORD.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (word === 'today') return storyDate.slice(0, 10);
  if (word === 'yesterday') return addDays(storyDate, -1);
  const back = (weekdayOf(storyDate) - WEEKDAYS.indexOf(word) + 7) % 7;
  return addDays(storyDate, -back);
}

const WEEKDAY_TIME = /^(?:Posted|Published|First published|Updated)?(?:\s+on)?\s*:?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b,?\s*(?:\|\s*)?(?:at\s+)?(\d{1,2}:\d{2}.*)$/i;
const HAS_DATE = /\b\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/i;

/**
 * A printed time with a weekday but no date (`Posted on Wednesday | 7:34 in the morning`) → the same
 * time with the date it means against `storyDate` (`October 23, 2024 7:34 in the morning`), ready for
 * `wireTime`. Null when the printed time has a date of its own, or no weekday and time.
 */
export function printedWeekdayTime(printed: string | null, storyDate: string | null): string | null {
  if (printed === null || HAS_DATE.test(printed)) return null;
  const m = WEEKDAY_TIME.exec(printed.trim());
  if (!m) return null;
  const date = resolveStoryDay(m[1]!, storyDate);
  if (date === null) return null;
  return `${date} ${m[2]!.trim()}`;
}
