/**
 * Times: shown in the reader's zone; the story's own wall-clock time, with the offset it was filed in, on
 * hover (the record keeps times as printed, with their offset: CONTRACT.md §1).
 */

/** `+02:00`-style offset of an ISO 8601 time, or `Z`; null when it has none. */
export function offsetOf(iso: string): string | null {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return m ? m[1]! : null;
}

/** The wall-clock time as filed: `2024-10-23 07:34 UTC−04:00`. */
export function filedTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!m) return iso;
  const offset = offsetOf(iso);
  const zone = offset === null ? '' : offset === 'Z' || offset === '+00:00' ? ' UTC' : ` UTC${offset.replace('-', '−')}`;
  return `${m[1]} ${m[2]}${zone}`;
}

/** The time in the reader's zone: the time alone when it is today, else the date too. */
export function readerTime(iso: string, now = new Date(), zone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(zone ? { timeZone: zone } : {}) };
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', ...(zone ? { timeZone: zone } : {}) }).format(d);
  const sameDay = day(date) === day(now);
  const format = new Intl.DateTimeFormat(undefined, sameDay ? options : { ...options, day: 'numeric', month: 'short', ...(date.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}) });
  return format.format(date);
}

/** The reader's zone name, for the hover text. */
export const readerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
