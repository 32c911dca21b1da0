import CALENDAR from '../data/calendar.json' with { type: 'json' };

/**
 * Dates and times as wire copy prints them, in the languages agencies file in (issue 11): stamp lines
 * (`03 Mar 2025 14:05 GMT`, `March 6, 2025 / 2:17 PM`, `12.01.2026 07:45`, `4.12.2025 klo 10.15`,
 * `2026/02/18-17:25`, `01-LUG-25 14:32`), embargo lines (`SPERRFRIST Donnerstag, 12. März 2026, 11.00 Uhr`,
 * `EMBARGOED UNTIL 0001 GMT Friday March 7`) and datelines (`Tegucigalpa, 2 ene`). Month and weekday names
 * come from the runtime's ICU data (Intl), not from hand-typed lists; a few wire abbreviations are added.
 * The result is ISO 8601 as far as printed: `2025-03-03T14:05:00 GMT`, a zone as printed after a space (or an
 * offset), none when none was printed, and `--03-07T00:01:00 GMT` when the year was not (`extract` fills in
 * the zone and the year).
 */

/** Abbreviations wires print that ICU does not give: German `Mrz`, English `Sept`, Dutch `mrt`, Norwegian `des`. */
const EXTRA_MONTHS: Readonly<Record<string, number>> = { mrz: 3, sept: 9, mrt: 3, des: 12, ags: 8, mei: 5, okt: 10 };
/** Weekday abbreviations English newspapers print that ICU does not give: `Tues.`, `Thurs.`, `Weds.`. */
const EXTRA_WEEKDAYS: readonly string[] = ['tues', 'thur', 'thurs', 'weds'];

/** Lower case, NFC, no closing point, and no Devanagari nukta, which Hindi copy often leaves out (`फरवरी` for ICU's `फ़रवरी`). */
const fold = (word: string): string => word.toLowerCase().normalize('NFC').replace(/\u093c/g, '').replace(/\.$/, '');

// Month and weekday names in the agencies' languages (bin/build-data.mjs `LOCALES`: en, de, fr, es, it, pt, nl, the
// Nordic languages, pl, cs, tr, el, ro, hu, hr, sl, sk, bs, sq, et, is, id, ms, uz, az, and in Cyrillic ru, uk, bg, mk,
// sr, be), taken from ICU when the package is installed (not Lithuanian and Latvian, whose months' beginnings are words
// and tags elsewhere: `spa`, `bal`)
const months = new Map<string, number>();
const monthNames: string[][] = Array.from({ length: 13 }, () => []);
for (const [printed, m] of CALENDAR.months as [string, number][]) {
  const name = fold(printed);
  months.set(name, m);
  monthNames[m]!.push(name);
}
const weekdays = new Set<string>([...CALENDAR.weekdays, ...EXTRA_WEEKDAYS]);
for (const [name, m] of Object.entries(EXTRA_MONTHS)) months.set(name, m);

/** Every beginning of three letters or more of a month's name → the month; 0 where months share it (`ma` is too short, `jun` is June's alone). */
const monthPrefixes = new Map<string, number>();
for (let m = 1; m <= 12; m++) {
  for (const name of monthNames[m]!) {
    for (let end = 3; end <= name.length; end++) {
      const prefix = name.slice(0, end);
      const known = monthPrefixes.get(prefix);
      monthPrefixes.set(prefix, known === undefined || known === m ? m : 0);
    }
  }
}

/** The month a word names (`March`, `Mär`, `LUG`, `ene`, `listopadu`, `juil.`), by full name, abbreviation or prefix. */
export function monthOf(word: string): number | undefined {
  const w = fold(word);
  const exact = months.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 3) return undefined;
  const byPrefix = monthPrefixes.get(w);
  return byPrefix === undefined || byPrefix === 0 ? undefined : byPrefix;
}

export const isWeekday = (word: string): boolean => weekdays.has(fold(word));

/** Zone abbreviations and labels a stamp may end with (resolved to offsets by `extract`). */
export const ZONE_WORDS = new Set([
  'GMT', 'UTC', 'Z', 'BST', 'CET', 'CEST', 'MEZ', 'MESZ', 'EET', 'EEST', 'WET', 'WEST', 'MSK', 'EST', 'EDT', 'ET', 'CST', 'CDT', 'CT', 'MST', 'MDT',
  'MT', 'PST', 'PDT', 'PT', 'AKST', 'AKDT', 'HST', 'IST', 'PKT', 'KST', 'JST', 'HKT', 'SGT', 'MYT', 'PHT', 'WIB', 'WITA', 'WIT', 'ICT', 'AEST', 'AEDT',
  'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'GST', 'AST', 'ADT', 'NST', 'NDT', 'TRT', 'SAST', 'EAT', 'WAT', 'CAT',
]);

export interface Stamp {
  /** `2025-03-03T14:05:00`, with ` GMT` or `+01:00` when a zone was printed; `--03-07T…` when no year was. */
  readonly iso: string;
  /** Whether a time of day was printed (a date alone is no time). */
  readonly hasTime: boolean;
  /** Characters of the text the date and time took, to tell a stamp line from a sentence that names a date. */
  readonly covered: number;
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

interface Token { readonly text: string; readonly start: number; readonly end: number }
const TOKEN = /\d+(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|º|ª)?|\p{L}[\p{L}\p{M}]*\.?|\S/gu; // (marks inside a word: Thai `พฤศจิกายน`)

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const number = (text: string): number | undefined => (/^\d+/.test(text) ? Number(/^\d+/.exec(text)![0]) : undefined);
const year4 = (y: number): number => (y < 100 ? 2000 + y : y);
/** A year of the Buddhist era (Thai copy's `27 พฤศจิกายน 2568`) as the common era's: 543 years before. */
const commonEra = (y: number): number => (y >= 2400 && y <= 2700 ? y - 543 : y);
const validDay = (d: number | undefined): d is number => d !== undefined && d >= 1 && d <= 31;

/** Whether an offset from UTC, as printed, is one a clock can have: at most 14 hours, fewer than 60 minutes (`-2500` is none). */
export const offsetExists = (hours: string, minutes: string): boolean => Number(hours) <= 14 && Number(minutes) <= 59;

/** `GMT+5`, `(GMT+5)`, `UTC-03:00`, `(UTC +5:30)` from token k: the offset (`+05:00`) and where it ends. */
function gmtOffset(t: readonly Token[], k: number): { zone: string; end: number } | null {
  const open = t[k]?.text === '(' ? 1 : 0;
  const sign = t[k + open + 1]?.text;
  const hours = t[k + open + 2]?.text ?? '';
  if (!/^(?:GMT|UTC)$/.test(t[k + open]?.text ?? '') || (sign !== '+' && sign !== '-') || !/^\d{1,2}$/.test(hours) || Number(hours) > 14) return null;
  let last = k + open + 2;
  let minutes = '00';
  if (t[last + 1]?.text === ':' && /^\d{2}$/.test(t[last + 2]?.text ?? '') && offsetExists(hours, t[last + 2]!.text)) {
    minutes = t[last + 2]!.text;
    last += 2;
  }
  if (open === 1) {
    if (t[last + 1]?.text !== ')') return null;
    last += 1;
  }
  return { zone: `${sign}${hours.padStart(2, '0')}:${minutes}`, end: t[last]!.end };
}

interface DatePart { year: number | null; month: number; day: number; from: number; to: number }
interface TimePart { hour: number; minute: number; second: number; zone: string | null; from: number; to: number }

/** A date among the tokens from index i: numeric (`12.01.2026`, `2026/02/18`, `03/11/2025`) or with a month name. */
function dateAt(t: readonly Token[], i: number, order: DateOrder): DatePart | null {
  const a = t[i]!;
  const n = number(a.text);
  // numeric: 2026-02-18, 2026/02/18, 12.01.2026, 03/11/2025, 01-LUG-25, 17·09·26 (Deia)
  if (n !== undefined && /^\d+(?:st|nd|rd|th|º|ª)?$/i.test(a.text)) {
    const sep = t[i + 1]?.text;
    if (/^\d+$/.test(a.text) && (sep === '.' || sep === '/' || sep === '-' || sep === '·') && t[i + 2] && t[i + 3]?.text === sep && t[i + 4] && t[i + 1]!.start === a.end) {
      const b = t[i + 2]!.text;
      const c = number(t[i + 4]!.text);
      const named = monthOf(b);
      if (named !== undefined && c !== undefined && validDay(n)) return { year: year4(c), month: named, day: n, from: a.start, to: t[i + 4]!.end };
      const bn = number(b);
      if (bn === undefined || c === undefined || !/^\d+$/.test(b)) return null;
      if (a.text.length === 4) return bn <= 12 && validDay(c) ? { year: n, month: bn, day: c, from: a.start, to: t[i + 4]!.end } : null;
      if (t[i + 4]!.text.length !== 4 && t[i + 4]!.text.length !== 2) return null;
      const [month, day] = order === 'mdy' || (n <= 12 && bn > 12) ? [n, bn] : [bn, n];
      if (month < 1 || month > 12 || !validDay(day)) return null;
      return { year: year4(c), month, day, from: a.start, to: t[i + 4]!.end };
    }
    // `2026. január 15.` (Hungarian), `2026 June 21` (Nepal's English sites): the year first, then the month's name and the day
    const dot = t[i + 1]?.text === '.' ? 1 : 0;
    if (/^\d{4}$/.test(a.text) && t[i + 1 + dot] && t[i + 2 + dot] && /^\d{1,2}$/.test(t[i + 2 + dot]!.text)) {
      const named = t[i + 1 + dot]!.text.length >= 3 ? monthOf(t[i + 1 + dot]!.text) : undefined;
      const day = number(t[i + 2 + dot]!.text);
      if (named !== undefined && validDay(day)) return { year: commonEra(n), month: named, day: day!, from: a.start, to: t[i + 2 + dot]!.end };
    }
    // 12. März 2026, 2 ene, 14th May, 2025, 5. listopadu
    // `5 de marzo de 2025`, `14 de junio`: Spanish and Portuguese join day, month and year with `de`
    // (`3-dekabr`: Uzbek and Azerbaijani join the day to the month with a hyphen)
    let k = i + 1;
    if (t[k]?.text === '.' || (t[k]?.text === '-' && t[k]!.start === a.end)) k++;
    if (OF.test(t[k]?.text ?? '')) k++;
    const month = t[k] ? monthOf(t[k]!.text) : undefined;
    if (month !== undefined && validDay(n) && t[k]!.text.length >= 3) {
      let end = t[k]!.end;
      let year: number | null = null;
      let m = k + 1;
      if (t[m]?.text === ',' || t[m]?.text === '.' || OF.test(t[m]?.text ?? '')) m++;
      const y = t[m] ? number(t[m]!.text) : undefined;
      if (y !== undefined && /^\d{4}$/.test(t[m]!.text)) {
        year = commonEra(y);
        end = t[m]!.end;
      }
      return { year, month, day: n, from: a.start, to: end };
    }
    return null;
  }
  // March 6, 2025; Mar 3 2025; Feb. 18
  const month = monthOf(a.text);
  if (month !== undefined && a.text.length >= 3) {
    const day = t[i + 1] ? number(t[i + 1]!.text) : undefined;
    if (!validDay(day) || !/^\d{1,2}(?:st|nd|rd|th)?$/i.test(t[i + 1]!.text)) return null;
    let end = t[i + 1]!.end;
    let year: number | null = null;
    let m = i + 2;
    if (t[m]?.text === ',') m++;
    const y = t[m] ? number(t[m]!.text) : undefined;
    if (y !== undefined && /^\d{4}$/.test(t[m]!.text)) {
      year = commonEra(y);
      end = t[m]!.end;
    }
    return { year, month, day, from: a.start, to: end };
  }
  return null;
}

const OF = /^(?:de|del|do)$/i;
/** Before or after noon: `AM`, `p.m.`, and the Malay and Indonesian parts of the day a clock is read in (`12.01 pagi`, `3.00 petang`). */
const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?|pagi|petang|malam|sore)$/i;
const AFTER_NOON = /^(?:p\.?m\.?|petang|malam|sore)$/i;
/** Words that stand before a clock time: `klo` (fi), `kl.` (nordic), `um` (de), `at`, `à`, `a las`, `h`. */
const BEFORE_TIME = new Set(['klo', 'kl', 'kl.', 'um', 'at', 'à', 'a', 'las', 'ore', 'om']);

const HOURS_WORD = /^(?:hrs|hours|h)$/i;
/** Where a four-digit clock (`0001`) ends, `hrs` included, when a zone, weekday or month follows it; else null. */
function fourDigitClockEnd(t: readonly Token[], i: number): number | null {
  const k = HOURS_WORD.test(t[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const next = t[k]?.text ?? '';
  return ZONE_WORDS.has(next) || isWeekday(next) || monthOf(next) !== undefined ? k : null;
}

/** A time among the tokens from index i: `14:05`, `14.05 Uhr`, `14h05`, `2:17 PM`, `0001 GMT`, `10.15` after `klo`. */
function timeAt(t: readonly Token[], i: number, afterDate = false): TimePart | null {
  const a = t[i]!;
  if (!/^\d{1,4}$/.test(a.text)) return null;
  // the minutes or seconds of a clock (`17:05:30`) start no time of their own
  if (t[i - 1] !== undefined && t[i - 1]!.end === a.start && t[i - 1]!.text === ':') return null;
  let hour: number;
  let minute: number;
  let second = 0;
  let end: number;
  let k: number;
  const sep = t[i + 1]?.text;
  const fourDigitEnd = a.text.length === 4 ? fourDigitClockEnd(t, i) : null;
  const adjacent = t[i + 1] !== undefined && t[i + 1]!.start === a.end;
  if (a.text.length <= 2 && adjacent && (sep === ':' || sep === '.' || sep === 'h' || sep === 'H') && /^\d{2}$/.test(t[i + 2]?.text ?? '') && t[i + 2]!.start === t[i + 1]!.end) {
    // (`12.01 AM`: a meridiem says it is a clock)
    if (sep === '.' && !afterDate && !MERIDIEM.test(t[i + 3]?.text ?? '') && !(BEFORE_TIME.has(t[i - 1]?.text.toLowerCase() ?? '') || /^(?:Uhr|h|heures?)$/i.test(t[i + 3]?.text ?? '') || t[i - 1]?.text === ',')) return null;
    hour = Number(a.text);
    minute = Number(t[i + 2]!.text);
    end = t[i + 2]!.end;
    k = i + 3;
    if ((t[k]?.text === ':' || (sep === '.' && t[k]?.text === '.')) && /^\d{2}$/.test(t[k + 1]?.text ?? '') && t[k]!.start === end) {
      second = Number(t[k + 1]!.text);
      end = t[k + 1]!.end;
      k += 2;
    }
  } else if (fourDigitEnd !== null && Number(a.text.slice(0, 2)) <= 23 && Number(a.text.slice(2)) <= 59) {
    // `0001 GMT Friday`, `0001 HRS IST ON FRIDAY` (PTI)
    hour = Number(a.text.slice(0, 2));
    minute = Number(a.text.slice(2));
    k = fourDigitEnd;
    end = t[k - 1]!.end;
  } else if (a.text.length <= 2 && Number(a.text) >= 1 && Number(a.text) <= 12 && !(t[i - 1] !== undefined && t[i - 1]!.end === a.start && /^[.hH]$/.test(t[i - 1]!.text)) && (MERIDIEM.test(t[i + 1]?.text ?? '') || (/^[ap]\.$/i.test(t[i + 1]?.text ?? '') && /^m\.?$/i.test(t[i + 2]?.text ?? '')))) {
    // `3 pm`, `11 a.m.`: the hour alone, with its meridiem
    hour = Number(a.text);
    minute = 0;
    end = a.end;
    k = i + 1;
  } else return null;
  // 2:17 PM, 3:12PM, 9:14 a.m.
  const split = /^[ap]\.$/i.test(t[k]?.text ?? '') && /^m\.?$/i.test(t[k + 1]?.text ?? '');
  const marker = split ? `${t[k]!.text}${t[k + 1]!.text}` : t[k]?.text;
  if (marker !== undefined && MERIDIEM.test(marker)) {
    // `14:37 PM` (WAM): a 24-hour clock with a redundant marker
    if (hour < 1 || (hour > 12 && !(hour <= 23 && AFTER_NOON.test(marker)))) return null;
    if (hour <= 12) hour = AFTER_NOON.test(marker) ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
    end = t[split ? k + 1 : k]!.end;
    k += split ? 2 : 1;
  }
  // AP's prose clock: "7:34 in the morning", "9:30 in the evening", "12:15 at night"
  const part = `${t[k]?.text ?? ''} ${t[k + 1]?.text ?? ''} ${t[k + 2]?.text ?? ''}`.toLowerCase();
  const prose = /^in the (morning|afternoon|evening)/.exec(part) ?? /^at (night)/.exec(part);
  if (prose && hour <= 12) {
    const when = prose[1]!;
    if (when === 'morning') hour = hour === 12 ? 0 : hour;
    else if (when === 'night') hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    else hour = hour < 12 ? hour + 12 : hour;
    const words = when === 'night' ? 2 : 3;
    end = t[k + words - 1]!.end;
    k += words;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (/^(?:Uhr|h|heures?)$/i.test(t[k]?.text ?? '')) {
    end = t[k]!.end;
    k++;
  }
  let zone: string | null = null;
  const z = t[k]?.text;
  const offset = gmtOffset(t, k);
  if (offset) {
    zone = offset.zone;
    end = offset.end;
  } else if (z !== undefined && (ZONE_WORDS.has(z) || ZONE_WORDS.has(z.replace(/^\(|\)$/g, '')))) {
    zone = z;
    end = t[k]!.end;
  } else if ((z === '+' || z === '-') && /^\d{4}$/.test(t[k + 1]?.text ?? '') && offsetExists(t[k + 1]!.text.slice(0, 2), t[k + 1]!.text.slice(2))) {
    zone = `${z}${t[k + 1]!.text.slice(0, 2)}:${t[k + 1]!.text.slice(2)}`;
    end = t[k + 1]!.end;
  } else if ((z === '+' || z === '-') && /^\d{2}$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.text === ':' && /^\d{2}$/.test(t[k + 3]?.text ?? '') && offsetExists(t[k + 1]!.text, t[k + 3]!.text)) {
    zone = `${z}${t[k + 1]!.text}:${t[k + 3]!.text}`;
    end = t[k + 3]!.end;
  } else if (z === '(' && ZONE_WORDS.has(t[k + 1]?.text ?? '') && t[k + 2]?.text === ')') {
    zone = t[k + 1]!.text;
    end = t[k + 2]!.end;
  }
  return { hour, minute, second, zone, from: a.start, to: end };
}

/** An ANPA transmission stamp, month first: `AP-WF-05-21-25 0347GMT`, `KY-EN-11-13-25 1532<`, the code in lower case too (`mp-03-25-26 1918GMT`). */
const ANPA_STAMP = /^\s*[A-Za-z]{2,4}(?:-[A-Za-z]{2,4})?-(\d{2})-(\d{2})-(\d{2})\s+(\d{2})(\d{2})\s*([A-Z]{2,4})?\s*<?\s*$/;
/** A date-time group, day first: `291422 GMT APR 25`, `140915 NOV 25` (AFP's and AGI's foot). */
// (the zone may be the desk's own, named: Kyodo's `271918 JST Jan 26`, epd's `121128 MEZ Feb 26`)
const DATE_TIME_GROUP = /^\s*(\d{2})(\d{2})(\d{2})\s*(?:(GMT|UTC|Z|MEZ|MESZ|[A-Z]{2,4}T)\s+)?(\p{L}{3})\s+(\d{2}|\d{4})\s*$/u;

/** A whole line that is a transmission stamp or a date-time group, else null. */
export function codedStamp(text: string): Stamp | null {
  const anpa = ANPA_STAMP.exec(text);
  const group = anpa ? null : DATE_TIME_GROUP.exec(text);
  const [month, day, year, hour, minute, zone] = anpa
    ? [Number(anpa[1]), Number(anpa[2]), year4(Number(anpa[3])), Number(anpa[4]), Number(anpa[5]), anpa[6] ?? null]
    : group ? [monthOf(group[5]!), Number(group[1]), year4(Number(group[6])), Number(group[2]), Number(group[3]), group[4] ?? null] : [];
  if (month === undefined || !validDay(day) || month < 1 || month > 12 || hour! > 23 || minute! > 59) return null;
  const offset = zone === null ? '' : zone === 'Z' ? ' GMT' : ZONE_WORDS.has(zone!) ? ` ${zone}` : '';
  return { iso: `${year}-${pad(month)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}:00${offset}`, hasTime: true, covered: text.trim().length };
}

/**
 * The first date of a text, with the time printed next to it (before or after), as ISO 8601 as far as
 * printed; null when it names no date. `order` says how to read an all-numeric date (`03/11/2025`). A whole
 * line that is a transmission stamp or a date-time group is read as one.
 */
export function findStamp(text: string, order: DateOrder = 'dmy'): Stamp | null {
  // every date and time the reader knows has a figure in it
  if (!/\d/.test(text)) return null;
  const coded = codedStamp(text);
  if (coded) return coded;
  const t = tokens(text);
  for (let i = 0; i < t.length; i++) {
    const date = dateAt(t, i, order);
    if (!date) continue;
    // the time after the date (`March 6, 2025 / 2:17 PM`, `12.01.2026 07:45`, `2026/02/18-17:25`), else before it (`08:15, Jun 17 2025`, `0001 GMT Friday March 7`)
    let time: TimePart | null = null;
    let j = t.findIndex((tok) => tok.start >= date.to);
    // right after the date a dotted clock is one (`2025-06-09 14.27`), elsewhere it could be a number
    for (let n = 0; j >= 0 && j < t.length && n < 5 && !time; j++, n++) time = timeAt(t, j, n === 0);
    if (!time) {
      const first = t.findIndex((tok) => tok.start === date.from);
      for (let k = first - 1; k >= 0 && first - k <= 10 && !time; k--) {
        const candidate = timeAt(t, k);
        if (candidate && candidate.to <= date.from) time = candidate;
      }
    }
    // weekday names around the date belong to it
    const covered = date.to - date.from + (time ? time.to - time.from : 0);
    const day = `${date.year === null ? '-' : pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
    if (!time) return { iso: day, hasTime: false, covered };
    const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
    const zone = time.zone === null ? '' : /^[+-]/.test(time.zone) ? time.zone : ` ${time.zone}`;
    return { iso: `${day}T${clock}${zone}`, hasTime: true, covered };
  }
  return null;
}
