import type { FormatId, Signal } from '../../story/index.ts';
import type { DateOrder } from '../copy/calendar.ts';

/**
 * What Newswire knows of one agency, as data (STYLE.md "Rules as a table, words as data"; issue 11): how
 * its copy names it, where its desk's clock runs, how it prints dates, which lines close its copy, and
 * what its structured formats mean beyond the standard. One file per agency in this folder, one line
 * in `index.ts`, and a story in its house style under `test/fixtures/agencies/<id>.*`. Copy from an
 * agency with no profile is read by the generic rules alone (`copy/`).
 */
export interface AgencyProfile {
  /** Short id, also its fixture's name (`upi`, `ana-mpa`). */
  readonly id: string;
  /** The provider as the record spells it (CONTRACT.md §1): `Associated Press`, `AFP`, `Kyodo`. */
  readonly provider: string;
  /** Names as printed in bylines, credit lines, copyright and closing lines (`The Associated Press`, `AP`). */
  readonly names: readonly string[];
  /** Tags as a dateline prints them, in parentheses or after the place (`AP`, `tca/dpa`, `Jiji Press`). */
  readonly tags: readonly string[];
  /** Web domains and codes structured formats name it by (`reuters.com`, G2 `nprov:REUTERS`). */
  readonly codes?: readonly string[];
  /** The IANA zone its desk prints times in, when the dateline names no place we know. */
  readonly zone: string;
  /** The language of its main service (BCP 47); copy is still detected, this only breaks near ties. */
  readonly language: string;
  /** How it prints an all-numeric date. @default 'dmy' */
  readonly dateOrder?: DateOrder;
  /** Lines of its own that close its copy (`==Kyodo`, `-- BERNAMA`); the generic end marks need no entry. */
  readonly closing?: readonly RegExp[];
  /** Its desk's sign-off line, when the generic initials shape does not cover it. */
  readonly signOff?: RegExp;
  /** Structured formats its dialect applies to (signal codes, id suffixes). @default every format */
  readonly formats?: readonly FormatId[];
  /** Provider signal codes (`edStat:C`) → signals. */
  readonly signalCodes?: Readonly<Record<string, Signal>>;
  /** A prefix its headlines carry that is no part of them (Dow Jones's `DJ `). */
  readonly headlinePrefix?: RegExp;
  /** Headline prefixes that mark a version (`CORRECTED-`, `UPDATE 2-`). */
  readonly headlineSignals?: readonly { readonly pattern: RegExp; readonly signal: Signal }[];
  /** Slugline parts (`(UPDATE 1, PIX, CORRECTED)`) that mark a version. */
  readonly sluglineSignals?: readonly { readonly pattern: RegExp; readonly signal: Signal }[];
  /** A suffix of its item id that changes between versions (NTB `_00`), cut off for the story id. */
  readonly itemIdSuffix?: RegExp;
  /** Structured `dateline` values that are no datelines (Reuters puts the transmission time there). */
  readonly notDateline?: RegExp;
}
