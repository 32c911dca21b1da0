import type { PubStatus, Signal } from '../story/index.ts';
import { SIGNALS } from '../story/index.ts';
import type { WireDocument } from '../wire/index.ts';

/**
 * Signals from text markers (research/wire-anchors.md §4.2, §4.3, §5): an `Eds:` note that corrects,
 * updates or kills, a take key (`1st Ld-Writethru`, `UPDATE 1`), a headline prefix (`CORRECTED-`),
 * a kill advisory opening the story (`KILL KILL KILL`), on top of the signals the format carries.
 */

// "Restores reference in 3rd paragraph": AP restores what an earlier version dropped in error.
const CORRECTION_NOTE = /\bcorrect(?:s|ed|ion|ing)\b|\brestores\b|\bfixes\b/i;
const UPDATE_NOTE = /\b(?:updates?|updated|adds|writethru|recasts|new lead|substitutes|changes)\b/i;
const KILL_NOTE = /\b(?:kill|withdrawn|eliminate|elimination)\b/i; // not "killed": an Eds: note may describe a story about a killing
const UPDATE_TAKE = /writethru|\bLd\b|\bLEAD\b|\bUPDATE\s*\d/i;
const CORRECTION_TAKE = /correction/i;
const CORRECTED_HEADLINE = /^(?:CORRECTED|CORRECTION)\b/;
const UPDATE_HEADLINE = /^UPDATE\s*\d+\b/;
const KILL_HEADLINE = /^(?:KILL|WITHDRAWN|ELIMINATION)\b/;
const KILL_ADVISORY = /^(?:KILL\s+KILL|KILL\s*:|(?:ADVISORY\s*[-:]\s*)?KILL\b|ELIMINATION\b|WITHDRAWAL\b)/;

export interface Status {
  readonly signals: Signal[];
  readonly pubStatus: PubStatus;
}

export function statusOf(doc: WireDocument, edNote: string | null, firstParagraph: string | undefined): Status {
  const found = new Set<Signal>(doc.signals);
  if (edNote) {
    if (CORRECTION_NOTE.test(edNote)) found.add('correction');
    if (UPDATE_NOTE.test(edNote)) found.add('update');
    if (KILL_NOTE.test(edNote)) found.add('kill');
  }
  if (doc.takeKey) {
    if (CORRECTION_TAKE.test(doc.takeKey)) found.add('correction');
    else if (UPDATE_TAKE.test(doc.takeKey)) found.add('update');
  }
  if (doc.headline) {
    if (CORRECTED_HEADLINE.test(doc.headline)) found.add('correction');
    if (UPDATE_HEADLINE.test(doc.headline)) found.add('update');
    if (KILL_HEADLINE.test(doc.headline)) found.add('kill');
  }
  if (firstParagraph && KILL_ADVISORY.test(firstParagraph)) found.add('kill');
  const pubStatus = found.has('kill') && doc.pubStatus === 'usable' ? 'canceled' : doc.pubStatus;
  // A kill is only a kill: the markers a kill notice repeats (Reuters keeps the killed story's
  // "CORRECTED-" headline and "(UPDATE 1)" slug) describe the story it kills, not this version.
  if (pubStatus === 'canceled') return { signals: ['kill'], pubStatus };
  return { signals: SIGNALS.filter((signal) => found.has(signal)), pubStatus };
}
