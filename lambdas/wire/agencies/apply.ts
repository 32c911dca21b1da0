import type { Signal } from '../../story/index.ts';
import { signalSet } from '../formats/common.ts';
import type { WireDocument } from '../types.ts';
import { profileOf } from './index.ts';
import type { AgencyProfile } from './types.ts';

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
 * What the provider's profile says of a parsed document: its home zone, its signal codes, the version
 * marks of its headlines and sluglines, the prefix of its headlines, its sign-off, its per-version id suffix and what is no dateline.
 */
export function applyProfile(doc: WireDocument, profile: AgencyProfile | undefined = profileOf(doc.provider)): WireDocument {
  if (!profile) return doc;
  const applies = profile.formats === undefined || profile.formats.includes(doc.format);
  const found: (Signal | undefined)[] = [...doc.signals];
  if (applies && profile.signalCodes) for (const code of doc.rawSignals) found.push(codeSignal(code, profile.signalCodes));
  for (const text of [doc.headline, ...doc.marks]) if (text) for (const rule of profile.headlineSignals ?? []) if (rule.pattern.test(text)) found.push(rule.signal);
  if (doc.slugline) for (const rule of profile.sluglineSignals ?? []) if (rule.pattern.test(doc.slugline)) found.push(rule.signal);
  const signals = signalSet(found);
  const paragraphs = profile.signOff ? withoutSignOff(doc.paragraphs, profile.signOff) : doc.paragraphs;
  const trailer = profile.signOff ? withoutSignOff(doc.trailer, profile.signOff) : doc.trailer;
  const itemId = doc.providerItemId && profile.itemIdSuffix ? doc.providerItemId.replace(profile.itemIdSuffix, '') : doc.providerItemId;
  const datelineText = doc.datelineText && profile.notDateline?.test(doc.datelineText) ? null : doc.datelineText;
  // `SWISS-WATCHES/ (UPDATE 1, PIX, CORRECTED)`: the version marks are marks, the slug is the keyword
  const slugline = doc.slugline?.replace(/\s*\([^()]*\)\s*$/, '') || doc.slugline;
  return {
    ...doc,
    dialect: profile.id,
    homeZone: profile.zone,
    signals,
    // a provider's kill code (Reuters edStat:D) cancels the item as its pubStatus does
    pubStatus: signals.includes('kill') ? 'canceled' : doc.pubStatus,
    paragraphs,
    trailer,
    providerItemId: itemId || doc.providerItemId,
    datelineText,
    slugline,
    headline: doc.headline && profile.headlinePrefix ? doc.headline.replace(profile.headlinePrefix, '') || doc.headline : doc.headline,
  };
}
