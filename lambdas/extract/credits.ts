import type { Contributor, ContributorRole } from '../story/index.ts';
import { EDITOR_LABELS, isSharedCredit, REPORTER_LABELS } from '../wire/index.ts';
import type { ReporterNote } from './bylines.ts';
import { isGeneration } from './entities/people.ts';
import { personCase } from './names.ts';
import { isRegionOrCountry, otherRegion, usState } from './places.ts';

/**
 * Credit lines (CONTRACT.md §1 `contributors`; research/wire-anchors.md §4.2, §4.3):
 * - AP: "Associated Press writers Kim Tong-hyung in Seoul, Iliya Novikov and Hana Arkhirova in Kiev,
 *   Ukraine … contributed to this report.", "AP writer X contributed from Y.", "… contributed to this
 *   report from Washington.", and reporter notes "Gillum reported from Washington."
 * - Reuters: "(Reporting by X in Z; Additional reporting by Y; Editing by W and V)".
 * - dpa: "- Reporting by: Albert Otti in Vienna, Christiane Oelrich in Geneva".
 * - AFP: the sign-off of the journalists' and editors' initials at the end ("bur-qw/ebl/sst", "sa/pjm")
 *   names no one; it is taken off the story. ("By X with Y in Z" is a byline: `bylines.ts` reads it.)
 * A desk is not a person: "(Reporting by Dubai Newsroom; …)" credits no contributor.
 */

export interface Credits {
  readonly contributors: Contributor[];
  readonly notes: ReporterNote[];
  /** What is left of the paragraph once its credit sentences are taken out; null when nothing is. */
  readonly rest: string | null;
}

const AGENCY_PREFIX = '(?:(?:The\\s+)?(?:Associated\\s+Press|AP|APTN|Reuters|AFP|dpa)\\s+)?';
const ROLE_WORD = '(?:(?:[\\p{L}-]+\\s+){0,4}?(?:writers?|reporters?|correspondents?|journalists?|contributors?|photographers?|researchers?|producers?|staffers?|editors?)\\s+)?';
/** The same in AP's and the agencies' Spanish, Portuguese and French: `La periodista de AP …`, `Le journaliste de l'AFP …`. */
const ROLE_OF_AGENCY = "(?:(?:El|La|Los|Las|Os|As|Le|Les)\\s+)?(?:periodistas?|reporter[oa]s?|corresponsales?|fotógraf[oa]s?|jornalistas?|repórteres?|correspondentes?|journalistes?|correspondant(?:e|es|s)?)\\s+(?:de|da|do|del)\\s+(?:la\\s+|l['’])?(?:(?:The|the)\\s+)?(?:Associated\\s+Press|AP|Reuters|AFP|EFE|dpa|ANSA)\\s+";
/** The newsroom in the possessive before its writer's name: `VTDigger's Lola Duffort-Reyes contributed reporting.`, `The Island Times' Ana Cruz …`. */
const OUTLET_POSSESSIVE = "(?:\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*){0,3}(?:['’]s|(?<=s)['’])\\s+)";
const CONTRIBUTED = new RegExp(`^(${ROLE_OF_AGENCY}|${OUTLET_POSSESSIVE}${ROLE_WORD}|${AGENCY_PREFIX}${ROLE_WORD})(.+?)\\s+(?:also\\s+)?(?:contributed|helped|contribuyó|contribuyeron|colaboró|colaboraron|contribuiu|contribuíram|colaborou|colaboraram|a\\s+contribué|ont\\s+contribué)(?![\\p{L}])(.*)$`, 'iu');
const CONTRIBUTED_TAIL = /^(?:\s+reporting)?(?:\s+(?:to|with|on)\s+(?:this|the)\s+(?:report|story|article|coverage)|\s+(?:a|en|con|para|com|à)\s+(?:este|esta|cet|cette)\s+\p{L}+)?(?:\s+(?:from|desde|de|depuis)\s+(.+?))?$/iu;
const REPORTED_FROM = /^(.+?)\s+reported\s+from\s+(.+)$/;
// A place as credit lines print it: capitalised words, perhaps "Kiev, Ukraine" — not "the scene that …".
const PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+[\p{Lu}\p{Ll}][\p{L}\p{M}'’.-]*){0,5}$/u;
/** Credit labels of Reuters' Spanish and Portuguese services: `Reporte adicional de`, `Reportagem de`, `Editado por`, `Edição de`; CP's French `Avec des informations de`. */
const IBERIAN_LABELS = 'information\\s+for\\s+this\\s+(?:story|report|article)\\s+was\\s+(?:also\\s+)?provided\\s+by|spolupracoval[ai]?|współpraca|reporte(?:\\s+adicional)?\\s+de|reportagem(?:\\s+adicional)?\\s+de|escrito\\s+por|editado\\s+por|edição\\s+de|\\*?colabor(?:ou|aram|ó|aron)|con\\s+información\\s+de|com\\s+informações\\s+de|avec\\s+des\\s+informations\\s+de';
const REUTERS_TRAILER = new RegExp(`\\s*\\(((?:(?:Additional\\s+)?(?:Reporting|Writing|Editing|Compiled|Compiling)\\s+by|${IBERIAN_LABELS})(?![\\p{L}\\p{N}])[^()]*)\\)\\s*$`, 'iu');
/**
 * One credit clause, in any agency's wording: `Reporting by …`, `Additional reporting by …`, `Writing by …`,
 * `Editing by …`, `--With assistance from …` (Bloomberg), `— With files from …` (CP), `- Reporting by: …`
 * (dpa), `Reporter: …`, `Editor: …` (Antara and others).
 */
const CLAUSE = new RegExp(`^[-–—(\\s]*((?:Additional\\s+)?(?:reporting|writing|editing|compiled|compiling|written|edited|reported)(?:\\s+and\\s+(?:writing|editing))?\\s+by|translated\\s+by|(?:english\\s+)?translation\\s+by|with\\s+(?:additional\\s+)?(?:assistance|files|reporting)\\s+from|with\\s+additional\\s+reporting\\s+by|with\\s+(?:a\\s+)?reports?\\s+from|${IBERIAN_LABELS}|reporters?|${REPORTER_LABELS.join('|')}|editors?|editing|reporting|writing|edição|edición|edizione|${EDITOR_LABELS.join('|')})\\s*:?\\s+(.+?)[)\\s]*$`, 'iu');
/** Sentence breaks: after a word of two letters or more (`Santa Fe. Associated Press writer …`), not after an abbreviation (`St. Louis`). */
const SENTENCES = /(?<=\p{L}\p{Ll}[.!?]["”]?)(?<!(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Ft|Mt|Jr|Sr|Lt|No|Gen|Gov|Sen|Rep)\.)\s+(?=[\p{Lu}(])/u;
// `and`, and the same word in the Reuters services' Spanish and Portuguese (`Ana García y Luis Pérez`)
const LIST = /\s*,\s*(?:and\s+)?|\s+(?:and|&|y|e)\s+(?=\p{Lu})/u;
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,5}$/u;
const PRONOUN = /^(?:He|She|They|It|This|That|We|I|You|Who)$/;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const NAME_SUFFIX = /^(?:Jr|Sr)\.$/;
/** `Toimetaja`, `Urednik` …: the word for editor in the agencies' languages. */
const EDITOR_LABEL = new RegExp(`^(?:${EDITOR_LABELS.join('|')})$`, 'iu');
/** `Pewarta`, `Wartawan` …: the word for reporter in the agencies' languages. */
const REPORTER_LABEL = new RegExp(`^(?:${REPORTER_LABELS.join('|')})$`, 'iu');
/** An editor's login for a name: `Editor: huaxia` (Xinhua) credits no one. */
const EDITOR_HANDLE = /^(?:Editors?|Editing)\s*:\s*\p{Ll}[\p{Ll}\d_.]{1,20}$/u;
// AFP's sign-off: lower-case initials separated by slashes, perhaps after "bur-" (bureau) or with a hyphen.
const AFP_SIGN_OFF = /^(?:bur-)?[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}(?:-[a-z]{2,4})?)+$/;
const DESK = /\b(?:Newsroom|Desk|Bureau|Staff)$/i;

/** Takes off a sentence's full stop, but not the point of `N.C.`, `Ga.`, `D.C.` or `Jr.` that ends it. */
export function withoutStop(text: string): string {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('.')) return trimmed;
  const last = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf(',')) + 1);
  if (INITIALS.test(last) || NAME_SUFFIX.test(last) || usState(last) || otherRegion(last)) return trimmed;
  return trimmed.slice(0, -1).trimEnd();
}

interface Entry { name: string; location: string | null }

/**
 * "Kim Tong-hyung in Seoul, Iliya Novikov and Hana Arkhirova in Kiev, Ukraine, Danica Kirka in
 * London" → names with places. A name without a place takes the next place printed ("X and Y in
 * Kiev"); a part that is a state or country continues the place before it ("Kiev, Ukraine").
 */
export function nameList(list: string, fallback: string | null = null): Entry[] | null {
  const entries: Entry[] = [];
  let pending: Entry[] = [];
  let lastGroup: Entry[] = [];
  // (`Additional reporting by Rahinatu Iddrisu-Sulemana, Tarkwa`: one full name, then one word after a comma, is where
  // the name filed from)
  const station = /^([^,]+\s[^,]+),\s+(\p{Lu}[\p{L}'’-]+)\.?$/u.exec(list.trim());
  if (station && !/\s(?:and|&|y|e|et|und|in|en|em|à|from|desde|depuis|aus)\s/u.test(station[1]!) && NAME.test(station[1]!.trim()) && !isGeneration(station[2]!)) {
    return [{ name: personCase(station[1]!.trim()), location: station[2]! }];
  }
  for (const raw of list.split(LIST)) {
    const part = raw.trim();
    if (part === '') continue;
    // ` in `, and the same word in the Reuters services' other languages (`Tomás Arboleda en Medellín`, `em Brasília`) and in French
    // (`à Québec`); or where the reporter filed from (`Con información de Jonathan Macías desde Machala`, `from Galkayo`)
    const preposition = / (?:in|en|em|à|from|desde|depuis|aus) (?=\p{Lu})/u.exec(part);
    const at = preposition?.index ?? -1;
    if (at < 0 && lastGroup.length > 0 && isRegionOrCountry(part)) {
      for (const entry of lastGroup) entry.location = `${entry.location}, ${part}`;
      continue;
    }
    const name = at < 0 ? part : part.slice(0, at).trim();
    if (!NAME.test(name) || PRONOUN.test(name)) return null;
    // (`Editor: YOHANES BAYU SETIAWAN`: a name in capitals in its natural case)
    const entry: Entry = { name: personCase(name), location: null };
    if (!DESK.test(name)) entries.push(entry);
    pending.push(entry);
    if (at >= 0) {
      const location = part.slice(at + preposition![0].length).trim();
      for (const waiting of pending) waiting.location = location;
      lastGroup = pending;
      pending = [];
    }
  }
  for (const waiting of pending) waiting.location = fallback;
  return entries.length > 0 ? entries : null;
}

function roleOf(label: string): ContributorRole | null {
  const l = label.toLowerCase();
  // Reuters' Spanish and Portuguese services: `Reporte adicional de …`, `Reporte de …`, `Editado por …`
  // (`(English translation by …)`: a translator is credited as a contributor, no role fits better)
  if (l.startsWith('additional') || l.startsWith('with') || /adicional|colabor|informa|spolupracoval|współpraca|translat/.test(l)) return 'contributor';
  if (/^edi(?:t|ç|ci|zi)/.test(l)) return 'editor'; // editing, edição, edición, edizione, editado por
  if (EDITOR_LABEL.test(l)) return 'editor'; // `Toimetaja: Mari Tamm`
  if (REPORTER_LABEL.test(l)) return 'reporter'; // `Pewarta: Dewi Lestari`
  if (l.startsWith('report') || l.startsWith('writ') || l.startsWith('compil') || l.startsWith('escrito')) return 'reporter';
  return null;
}

/** A newsroom and a writer's job before the writer's name in a credit: `Navajo Times reporter`, `Herald staff writers`. */
const NEWSROOM_JOB = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,4}(?:staff\s+)?(?:reporters?|writers?|correspondents?|photographers?)\s+(?=\p{Lu})/u;

/** A paragraph made of credit clauses only (`(Reporting by X; Editing by Y)`, `--With assistance from Z.`): its contributors, else null. */
function creditLine(paragraph: string): Contributor[] | null {
  // (`Avec des informations d'Olivier Thibodeau`: the label's elided `de` as a word)
  const text = paragraph.trim().replace(/^\((.*)\)\.?$/, '$1').replace(/\b(avec des informations) d['’](?=\p{Lu})/iu, '$1 de ');
  const found: Contributor[] = [];
  // (`Additional reporting by Jess Okafor-Pryce. Editing by Marisa Tellegen`: clauses as sentences, after a word, not an initial)
  for (const clause of text.split(/;|(?<=\p{Ll}{2}\.)\s+(?=\p{Lu})/u)) {
    if (clause.trim() === '') continue;
    const m = CLAUSE.exec(withoutStop(clause.trim()));
    const role = m && roleOf(m[1]!);
    // `*Colaborou Paulo Sérgio Nunes, da TV Brasil`: the contributor's outlet is no name
    // (`With a report from Maricel Sumalinog-Abad/PNA`: nor the agency after a slash)
    // (`… provided by Navajo Times reporter Kevin Tohannie`: nor the newsroom and the job before the name)
    const entries = m && role ? nameList(withoutStop(m[2]!).replace(/,\s+(?:da|do|de|del|della)\s+\p{Lu}.*$/u, '').replace(/\/\p{Lu}{2,}$/u, '').replace(NEWSROOM_JOB, '')) : null;
    if (!entries) return null;
    for (const entry of entries) found.push({ ...entry, role: role! });
  }
  return found.length > 0 ? found : null;
}

function clauses(text: string): Contributor[] {
  const found: Contributor[] = [];
  for (const clause of text.split(';')) {
    const m = CLAUSE.exec(withoutStop(clause.trim()));
    const role = m && roleOf(m[1]!);
    if (!m || !role) continue;
    for (const entry of nameList(m[2]!) ?? []) found.push({ ...entry, role });
  }
  return found;
}

/** One sentence as an AP credit ("… contributed …") or reporter note, else null. */
function creditSentence(sentence: string): { contributors: Contributor[]; notes: ReporterNote[] } | null {
  const text = withoutStop(sentence);
  const contributed = CONTRIBUTED.exec(text);
  if (contributed) {
    const tail = CONTRIBUTED_TAIL.exec(contributed[3]!);
    if (tail) {
      const prefixed = contributed[1]!.trim() !== '';
      const entries = nameList(contributed[2]!, tail[1]?.trim() ?? null);
      // Without "AP writer …" or "… to this report", insist on full names: "He contributed." is no credit.
      if (entries && (prefixed || contributed[3]!.trim() !== '' || entries.every((e) => e.name.includes(' ')))) {
        return { contributors: entries.map((e) => ({ ...e, role: 'contributor' })), notes: [] };
      }
    }
  }
  const reported = REPORTED_FROM.exec(text);
  if (reported) {
    const names = reported[1]!.split(LIST).map((n) => n.trim());
    if (PLACE.test(reported[2]!.trim()) && names.every((n) => NAME.test(n) && !PRONOUN.test(n))) return { contributors: [], notes: [{ names, location: reported[2]!.trim() }] };
  }
  return null;
}

/** The credit lines in one paragraph, or null when it holds none. */
export function readCredits(printed: string): Credits | null {
  // Dow Jones and Bloomberg set a credit off with dashes: `--Helena Ahlgren in Stockholm contributed to this article.`
  // (Anadolu's ANPA copy with an asterisk: `*Writing by Merve Gül Aydoğan`)
  const paragraph = printed.replace(/^\s*(?:--|—|–|\*)\s*(?=\p{Lu})/u, '');
  const trimmed = paragraph.trim();
  if (AFP_SIGN_OFF.test(trimmed) || EDITOR_HANDLE.test(trimmed) || isSharedCredit(trimmed)) return { contributors: [], notes: [], rest: null };
  // `(Hina correspondent Ante Barišić contributed to this report from Split.)`: a credit in parentheses, whole
  const wrapped = /^\((.+)\)$/su.exec(paragraph.trim());
  if (wrapped) {
    const inner = readCredits(wrapped[1]!);
    if (inner && inner.rest === null) return inner;
  }
  const line = creditLine(paragraph);
  if (line) return { contributors: line, notes: [], rest: null };
  const reuters = REUTERS_TRAILER.exec(paragraph);
  if (reuters) {
    const contributors = clauses(reuters[1]!);
    if (contributors.length > 0) {
      const rest = paragraph.slice(0, reuters.index).trim();
      return { contributors, notes: [], rest: rest === '' ? null : rest };
    }
  }
  const contributors: Contributor[] = [];
  const notes: ReporterNote[] = [];
  const kept: string[] = [];
  for (const sentence of paragraph.split(SENTENCES)) {
    const credit = creditSentence(sentence);
    if (credit) {
      contributors.push(...credit.contributors);
      notes.push(...credit.notes);
    } else kept.push(sentence);
  }
  if (contributors.length === 0 && notes.length === 0) return null;
  return { contributors, notes, rest: kept.length > 0 ? kept.join(' ') : null };
}
