import type { Signal } from '../../story/index.ts';
import { signalSet } from '../formats/common.ts';
import type { DialectProfile, WireDocument } from '../types.ts';

/** The profile for a document: the first of its provider whose formats include the document's format. */
export function pickDialect(doc: WireDocument, dialects: readonly DialectProfile[]): DialectProfile | undefined {
  if (doc.provider === null) return undefined;
  return dialects.find((d) => d.provider === doc.provider && d.formats.includes(doc.format));
}

function codeSignal(code: string, codes: Readonly<Record<string, Signal>>): Signal | undefined {
  const exact = codes[code];
  if (exact) return exact;
  for (const [key, signal] of Object.entries(codes)) if (key.endsWith('*') && code.startsWith(key.slice(0, -1))) return signal;
  return undefined;
}

/** Drops the closing sign-off paragraphs from a list; the list itself when none matches. */
function withoutSignOff(paragraphs: readonly string[], signOff: RegExp): readonly string[] {
  let end = paragraphs.length;
  while (end > 0 && signOff.test(paragraphs[end - 1]!.trim())) end--;
  return end === paragraphs.length ? paragraphs : paragraphs.slice(0, end);
}

/**
 * Applies what a provider's profile says to a parsed document: its signal codes, the version marks of
 * its headlines and sluglines, its sign-off, its per-version id suffix and what is no dateline.
 */
export function applyDialect(doc: WireDocument, profile: DialectProfile | undefined): WireDocument {
  if (!profile) return doc;
  const found: (Signal | undefined)[] = [...doc.signals];
  if (profile.signalCodes) for (const code of doc.rawSignals) found.push(codeSignal(code, profile.signalCodes));
  if (doc.headline) for (const rule of profile.headlineSignals ?? []) if (rule.pattern.test(doc.headline)) found.push(rule.signal);
  if (doc.slugline) for (const rule of profile.sluglineSignals ?? []) if (rule.pattern.test(doc.slugline)) found.push(rule.signal);
  const signals = signalSet(found);
  const paragraphs = profile.signOff ? withoutSignOff(doc.paragraphs, profile.signOff) : doc.paragraphs;
  const trailer = profile.signOff ? withoutSignOff(doc.trailer, profile.signOff) : doc.trailer;
  const itemId = doc.providerItemId && profile.itemIdSuffix ? doc.providerItemId.replace(profile.itemIdSuffix, '') : doc.providerItemId;
  const datelineText = doc.datelineText && profile.notDateline?.test(doc.datelineText) ? null : doc.datelineText;
  return {
    ...doc,
    dialect: profile.id,
    signals,
    // A provider's kill code (Reuters edStat:D) cancels the item as its pubStatus does.
    pubStatus: signals.includes('kill') ? 'canceled' : doc.pubStatus,
    paragraphs,
    trailer,
    providerItemId: itemId || doc.providerItemId,
    datelineText,
  };
}
