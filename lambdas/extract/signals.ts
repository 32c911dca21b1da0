import type { PubStatus, Signal } from '../story/index.ts';
import { SIGNALS } from '../story/index.ts';
import type { WireDocument } from '../wire/index.ts';

/**
 * Signals from text markers (research/wire-anchors.md §4.2, §4.3, §5; issue 11): an `Eds:` note that
 * corrects, updates or kills, a take key (`1st Ld-Writethru`, `UPDATE 1`), a status line or headline mark
 * (`ELIMINATION`, `CORRECTED-`, `KORRIGERAD`, `(LEAD)`), a kill advisory opening the story (`KILL KILL KILL`),
 * in the agencies' languages, on top of the signals the format carries.
 */

// "Restores reference in 3rd paragraph": AP restores what an earlier version dropped in error. The agencies'
// own languages too: KORRIGERAD (TT), RETTELSE (Ritzau), KORJATTU (STT), Berichtigung (dpa, APA) …
const CORRECTION_NOTE = /(?<!\p{L})(?:correct(?:s|ed|ion|ing)|clarif(?:y|ies|ied|ication)|restores|fixes|corrig(?:e|ée?)|rectificatif|rectifica(?:ción|do)|correcci[oó]n|corregid[oa]|correzione|corrett[aoie]|corregge|korrektur|berichtigung|berichtigt|korrigerad|korrigert|korrigeret|rättelse|rättad|rättat|korreksjon|rettelse|retting|korjattu|korjaus|oprava|opraveno|sprostowanie|corre[cç][çã]o|corrigido|rectificare|corectează|correctie|verbetert|verbeterd|verbetering|corectat[ăa]?|pataisyta|pataisymas|patikslinta|labojums|parandus|ispravak|ispravka|popravek|rettifica|helyesbítés|korekta|исправление|исправлено|виправлення|виправлено|исправка|поправка|ralat|masahihisho|düzeltme|düzeltildi|correcció|rectificació|διόρθωση|संशोधित|संशोधन|تصحيح)(?!\p{L})|訂正|订正|更正|정정/iu;
const UPDATE_NOTE = /(?<!\p{L})(?:updates?|updated|updating|adds|writethru|recasts|new lead|substitutes|changes|expands|lead|\d+(?:st|nd|rd|th)\s+l(?:ea)?d|actualis[ée]|mise?\s+à\s+jour|ajoute|actualiza(?:ción|do)?|amplía|ampliad[oa]|aggiornamento|aggiornato|aktualisiert|zusammenfassung|neu:|ergänzt|erweitert|oppdatert|utvidet|uppdaterad|utökad|opdateret|udvidet|päivitetty|täydennetty|aangevuld|bijgewerkt|aktualizacja|aktualizováno|aktualizované|actualizare|actualizat|atnaujinta|papildyta|atjaunots|uuendatud|täiendatud|ažurirano|posodobljeno|frissítve|обновлено|дополнено|оновлено|добавлены|добавлено|уточнено|додано|atualizad[oa]|atualização|종합|\d보|محدث|تحديث|pembaruan|diperbarui|dikemas kini|imesasishwa|güncellendi|güncelleme|actualitzat|actualització|अद्यतन|ενημέρωση)(?!\p{L})|更新|续报/iu;
// not "killed": an Eds: note may describe a story about a killing
const KILL_NOTE = /(?<!\p{L})(?:kill|withdrawn|withdrawal|withdraws?|eliminate|elimination|trekkes|trukket|zurückgezogen|annulé|anulad[oa]|retirad[oa]|annullat[oa]|peruttu|dras tillbaka|stornováno|dibatalkan|pembatalan|iptal edildi|anul·lat|रद्द)(?!\p{L})|撤稿|取り消し|取消/iu;
const UPDATE_TAKE = /writethru|\bLd\b|\bLEAD\b|\bUPDATE\s*\d/i;
const CORRECTION_TAKE = /correction/i;
const KILL_ADVISORY = /^(?:KILL\s+KILL|KILL\s*:|(?:ADVISORY\s*[-:]\s*)?KILL\b|ELIMINATION\b|WITHDRAWAL\b|WITHDRAWN\b)/;

export interface Status {
  readonly signals: Signal[];
  readonly pubStatus: PubStatus;
}

export function statusOf(doc: WireDocument, edNote: string | null, firstParagraph: string | undefined): Status {
  // what the notes and marks say in words, apart from the format's own signals
  const said = new Set<Signal>();
  if (edNote) {
    if (CORRECTION_NOTE.test(edNote)) said.add('correction');
    if (UPDATE_NOTE.test(edNote)) said.add('update');
    if (KILL_NOTE.test(edNote)) said.add('kill');
  }
  // what the copy prints as marks: take keys, advisory and status lines, headline prefixes (`UPDATE 2-`, `(LEAD)`, `ELIMINATION`)
  for (const mark of doc.marks) {
    if (KILL_NOTE.test(mark)) said.add('kill');
    else if (CORRECTION_NOTE.test(mark) || CORRECTION_TAKE.test(mark)) said.add('correction');
    else if (UPDATE_NOTE.test(mark) || UPDATE_TAKE.test(mark)) said.add('update');
  }
  const found = new Set<Signal>([...doc.signals, ...said]);
  if (firstParagraph && KILL_ADVISORY.test(firstParagraph)) found.add('kill');
  // a correction is what its version changed: NewsML 1.2's update, read from nothing but a revision number that names a
  // previous one, is no update too (a G2 provider's `sig:update` is a signal it chose, and stays)
  if (found.has('correction') && doc.format === 'newsml-1.2' && doc.signals.includes('update') && !said.has('update')) found.delete('update');
  const pubStatus = found.has('kill') && doc.pubStatus === 'usable' ? 'canceled' : doc.pubStatus;
  // A kill is only a kill: the markers a kill notice repeats (Reuters keeps the killed story's
  // "CORRECTED-" headline and "(UPDATE 1)" slug) describe the story it kills, not this version.
  if (pubStatus === 'canceled') return { signals: ['kill'], pubStatus };
  return { signals: SIGNALS.filter((signal) => found.has(signal)), pubStatus };
}
