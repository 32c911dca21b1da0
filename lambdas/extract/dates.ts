import { DateTime } from 'luxon';
import { offsetExists } from '../wire/index.ts';

/**
 * Times as wires print them, to ISO 8601 with an offset (CONTRACT.md §1): the wall-clock time as
 * printed, with the offset it states (`7:34 a.m. EDT`, `+0000`), else the offset of the zone the story
 * was filed in. Accepts ISO 8601 extended and basic forms, with or without offset or fractional
 * seconds (research/wire-anchors.md §7), and prose: `Posted on Wednesday, October 23, 2024 | 7:34 in
 * the morning`, `Oct. 23, 2024 7:34 p.m. ET`, `23 October 2024 19:34 CET`.
 */

const ISO = /^(\d{4}|-)-?(\d{2})-?(\d{2})[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?(?:\s+([A-Z]{1,5}(?:[+-]\d{1,2})?))?$/i;
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const NUMERIC_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const CLOCK = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|in the morning|in the afternoon|in the evening|at night))?(?:\s+\(?([A-Za-z]{1,5})\b\)?)?/i;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Zone abbreviations with a fixed offset, in minutes east of UTC. Ambiguous ones (IST, CST in Asia) are left out. */
const FIXED_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, WEST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180, MSK: 180, TRT: 180,
  NST: -210, NDT: -150, AST: -240, ADT: -180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, JST: 540, KST: 540, HKT: 480, SGT: 480, MYT: 480, PHT: 480, WIB: 420, ICT: 420, WITA: 480, WIT: 540,
  // IST is India's in the copy that prints it (PTI, IANS, ANI); Irish and Israeli desks write GMT/IST rarely
  IST: 330, PKT: 300, GST: 240, EAT: 180, SAST: 120, CAT: 120, WAT: 60,
  AEST: 600, AEDT: 660, ACST: 570, ACDT: 630, AWST: 480, NZST: 720, NZDT: 780,
};
/** Zone abbreviations that name a zone, not an offset: the offset depends on the date. */
const NAMED_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
};

interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number }

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function valid(t: WallClock): boolean {
  return t.year >= 1900 && t.year <= 2200 && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysIn(t.year, t.month)
    && t.hour >= 0 && t.hour <= 23 && t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second <= 59;
}

const iso = (t: WallClock, offset: number): string =>
  `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${formatOffset(offset)}`;

function inZone(t: WallClock, zone: string): string | null {
  const dt = DateTime.fromObject(t, { zone });
  if (!dt.isValid) return null;
  // In a spring-forward gap luxon moves the time on; print what it moved to, a time that exists.
  return iso({ year: dt.year, month: dt.month, day: dt.day, hour: dt.hour, minute: dt.minute, second: dt.second }, dt.offset);
}

/** An offset in minutes; null for one no clock has (`-25:00`, `+05:75`), which is read as no offset at all. */
function parseOffset(text: string): number | null {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  const [hours, minutes] = [digits.slice(0, 2), digits.slice(2, 4) || '0'];
  return offsetExists(hours, minutes) ? sign * (Number(hours) * 60 + Number(minutes)) : null;
}

function hour24(hour: number, marker: string | undefined): number {
  if (!marker) return hour;
  const m = marker.toLowerCase();
  if (m === 'at night') {
    // 9:30 at night is 21:30, 12:15 at night is 00:15, 2:00 at night is 02:00
    if (hour === 12) return 0;
    return hour >= 6 ? hour + 12 : hour;
  }
  if (m === 'in the morning' || m.startsWith('a')) return hour === 12 ? 0 : hour;
  return hour < 12 ? hour + 12 : hour; // p.m., in the afternoon, in the evening
}

function proseDate(raw: string): Pick<WallClock, 'year' | 'month' | 'day'> | null {
  let m = MONTH_DAY_YEAR.exec(raw);
  if (m) return { year: Number(m[3]), month: MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, day: Number(m[2]) };
  m = DAY_MONTH_YEAR.exec(raw);
  if (m) return { year: Number(m[3]), month: MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, day: Number(m[1]) };
  m = NUMERIC_DATE.exec(raw);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return null;
}

/**
 * A time as printed → ISO 8601 with offset, or null when the text holds no complete date and time
 * (a date without a year or a time is not completed by guessing). `zone` is the filing zone for
 * times that state no offset; without one, such times are taken as UTC.
 */
export function wireTime(raw: string | null, zone: string | null, reference: string | null = null): string | null {
  if (raw === null) return null;
  const text = raw.trim();
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    // `--03-07T00:01` (the copy printed no year): the year of the story's own time, or the next when that puts it months before
    const year = isoMatch[1] === '-' ? yearNear(reference, Number(isoMatch[2])) : Number(isoMatch[1]);
    if (year === null) return null;
    const t = {
      year, month: Number(isoMatch[2]), day: Number(isoMatch[3]),
      hour: Number(isoMatch[4]), minute: Number(isoMatch[5]), second: Number(isoMatch[6] ?? '0'),
    };
    if (!valid(t)) return null;
    const offset = isoMatch[7] ? parseOffset(isoMatch[7]) : null;
    if (offset !== null) return iso(t, offset);
    if (isoMatch[8]) return withAbbreviation(t, isoMatch[8], zone);
    return inZone(t, zone ?? 'UTC');
  }
  const date = proseDate(text);
  const clock = date && CLOCK.exec(text);
  if (!date || !clock) return null;
  const t = { ...date, hour: hour24(Number(clock[1]), clock[4]), minute: Number(clock[2]), second: Number(clock[3] ?? '0') };
  if (!valid(t) || Number(clock[1]) > 23 || (clock[4] && Number(clock[1]) > 12)) return null;
  const abbreviation = clock[5];
  if (abbreviation && abbreviation === abbreviation.toUpperCase()) return withAbbreviation(t, abbreviation, zone);
  return inZone(t, zone ?? 'UTC');
}

/** A wall-clock time with the zone abbreviation printed after it (`GMT`, `EDT`, `ET`, `GMT+8`); an unknown one falls back to the filing zone. */
function withAbbreviation(t: WallClock, abbreviation: string, zone: string | null): string | null {
  const shifted = /^(GMT|UTC)([+-]\d{1,2})$/.exec(abbreviation);
  if (shifted) return iso(t, Number(shifted[2]) * 60);
  const fixed = FIXED_OFFSETS[abbreviation];
  if (fixed !== undefined) return iso(t, fixed);
  const named = NAMED_ZONES[abbreviation];
  if (named) return inZone(t, named);
  return inZone(t, zone ?? 'UTC');
}

/** The year that puts a month nearest the reference time's (an embargo of "March 7" in a story of late December is next year's). */
function yearNear(reference: string | null, month: number): number | null {
  const m = reference === null ? null : /^(\d{4})-(\d{2})/.exec(reference);
  if (!m) return null;
  const year = Number(m[1]);
  const diff = month - Number(m[2]);
  return diff < -6 ? year + 1 : diff > 6 ? year - 1 : year;
}
