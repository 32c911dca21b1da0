import type { FormatId, PubStatus, Signal } from '../story/index.ts';

/** A parser's answer to "is this yours?": `undefined` means not mine (after file-type's detectors). */
export type Verdict = 'certain' | 'likely' | undefined;

/** Encoding names as recorded in `source.encoding` (IANA names). */
export type WireEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1' | 'ISO-8859-15' | RegionalEncoding;
/** The undeclared single-byte encodings of Central European, Cyrillic and Greek copy that chardet tells apart (decode.ts). */
export const REGIONAL_ENCODINGS = ['windows-1250', 'ISO-8859-2', 'windows-1251', 'KOI8-R', 'ISO-8859-5', 'windows-1253', 'ISO-8859-7'] as const;
export type RegionalEncoding = (typeof REGIONAL_ENCODINGS)[number];
/** UTF-8 with a few bad bytes, and what was done with them: `UTF-8 (2 invalid bytes read as windows-1252)`. */
export type RepairedEncoding = `UTF-8 (${string})`;

/** The whole file as text: decoded, without a byte order mark, line endings normalised to `\n`. */
export interface DecodedInput {
  readonly text: string;
  readonly encoding: WireEncoding | RepairedEncoding;
  /** Whether the bytes began with a byte order mark. */
  readonly bom: boolean;
}

/** What `detect` may look at: the start of the file, raw and decoded. Detection never reads further. */
export interface SniffedHead {
  /** Size of the whole file in bytes. */
  readonly size: number;
  /** The first `HEAD_BYTES` raw bytes (framing bytes, magic numbers). */
  readonly bytes: Uint8Array;
  /** The first `HEAD_CHARS` characters of the decoded text. */
  readonly text: string;
  readonly encoding: DecodedInput['encoding'];
}

export interface ParseContext {
  /** The head that `detect` saw, so that a parser need not look for the same things twice. */
  readonly head: SniffedHead;
}

/** One wire format: a stateless object, pure, listed explicitly in `registry.ts`. */
export interface FormatParser {
  readonly id: FormatId;
  /** Cheap: reads only the head. */
  detect(head: SniffedHead): Verdict;
  /**
   * The file's story; for a file that holds several (a NewsML-G2 `newsMessage`), the first.
   * @throws RejectionError (`malformed`, `unsafe-xml`, `no-body`) for content of this format that cannot be read
   */
  parse(input: DecodedInput, ctx: ParseContext): WireDocument;
  /**
   * Every story of the file, in file order, never none, for formats that can carry several. Absent:
   * the file holds one story, `parse`'s.
   */
  parseAll?(input: DecodedInput, ctx: ParseContext): readonly WireDocument[];
}

/**
 * Times as the file states them, or as far as the copy printed them in ISO 8601 (`2025-03-03T14:05:00 GMT`,
 * `--03-07T00:01:00 GMT` without a year); `extract` turns them into ISO 8601 with an offset.
 */
export interface RawTimes {
  /** e.g. `2024-10-23T07:34:00-04:00`, `2025-03-03T14:05:00 GMT`, `Posted on Wednesday, October 23, 2024 | 7:34 in the morning`. */
  readonly firstCreated: string | null;
  readonly versionCreated: string | null;
  readonly embargoedUntil: string | null;
}

/** An author as a structured format lists it (NewsML-G2 `creator`, AP Media `bylines[]`). */
export interface WireAuthor {
  readonly name: string;
  /** Job title as given (`AP Sports Writer`), else null. */
  readonly title: string | null;
}

/** A location as a structured format gives it (NITF `dateline/location`, G2 `located`, AP `datelinelocation`). */
export interface WireLocation {
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
}

/**
 * What one wire file states, raw, whatever its format. A field the file does not carry is null (or
 * empty, or the documented default): nothing here is guessed. Interpreting it (names, places, zones,
 * credit lines) is `extract`'s work.
 */
export interface WireDocument {
  readonly format: FormatId;
  readonly encoding: DecodedInput['encoding'];
  /** The agency, spelled out (`Associated Press`, `Reuters`, `dpa`), when the file names it. */
  readonly provider: string | null;
  /** The provider's id of the item (NITF doc-id, G2 guid, ninjs uri, AP itemid); null for plain text. */
  readonly providerItemId: string | null;
  /** The provider's version of the item (G2 `@version`, ninjs `version`); null when not given. */
  readonly providerVersion: string | null;
  readonly headline: string | null;
  readonly slugline: string | null;
  /** BCP 47 as the file states it; null when the file does not say. */
  readonly language: string | null;
  /** As the format states it; `usable` when it states nothing. */
  readonly pubStatus: PubStatus;
  /** Signals the format carries as data (G2 `signal`, AP `signals`); text markers are read by `extract`. */
  readonly signals: readonly Signal[];
  /** The version and status markers as the file states them (`sig:update`, `edStat:C`, `Update=N`, `stat:canceled`), kept for audit. */
  readonly rawSignals: readonly string[];
  /** Status and version marks the copy prints: take keys, advisory lines, headline prefixes (`UPDATE 2`, `ELIMINATION`, `(LEAD)`). */
  readonly marks: readonly string[];
  /** The dialect profile applied (`reuters`, `afp`), null when none matched. */
  readonly dialect: string | null;
  /** Editor's note as printed (`Eds: …`, G2 edNote, NITF ed-msg), without enclosing parentheses; null when absent. */
  readonly edNote: string | null;
  readonly times: RawTimes;
  /** Byline lines as printed, in order (`By CHET BROKAW and JACK GILLUM`, `Associated Press`). */
  readonly bylineLines: readonly string[];
  /** Authors as structured data, when the format has them; empty for plain text. */
  readonly authors: readonly WireAuthor[];
  /** The dateline as printed (`MOUNT OLIVE, N.C. (AP)`): the one opening the story, else the one the format keeps apart (NITF, G2); null when none. */
  readonly datelineText: string | null;
  /** The printed dateline's place, its date and agency tag left out (`Guwahati, Assam, India`); null when the story prints none. */
  readonly datelinePlace: string | null;
  /**
   * The zone the provider's desk prints times in: its agency profile's, else the one a mail's `Date` offset gives (an IANA
   * zone, or a fixed `UTC-2:30` where no zone keeps the offset all year); null where nothing says.
   */
  readonly homeZone: string | null;
  /** The masthead the copy opens with, for an agency without a profile (`KENYA NEWS AGENCY`): where its desk may be. */
  readonly masthead: string | null;
  readonly located: WireLocation | null;
  /** The story paragraphs in order, trimmed, without header lines, dateline, separators or closing lines. */
  readonly paragraphs: readonly string[];
  /** Paragraphs the format sets apart after the story (after a `___` separator, NITF tagline): credit lines and notes. */
  readonly trailer: readonly string[];
}
