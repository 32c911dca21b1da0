import type { Byline } from '../story/index.ts';
import { BYLINE_WORDS, isAgencyName, NEWSROOM_WORD, PAPER_NAME, type WireAuthor } from '../wire/index.ts';
import { personCase } from './names.ts';
import { city } from './places.ts';
import { isWorldGivenName } from './entities/people.ts';
import { OUTLET_ADDRESS_ENDINGS } from './entities/text.ts';

/**
 * Bylines (research/wire-anchors.md §2.4, §4.1): `By A and B, Associated Press`; `By NAME` with
 * `Associated Press` or `AP Sports Writer` on the next line; `By A, B and C`; `By JASON DEAREN`. The
 * agency is not an author; a job title (`AP Sports Writer`) or affiliation after a comma is the title.
 */

// "By", and the same word in the agencies' other languages: "Von", "Par", "Por", "Di", "Door", "Av", "Af", "autor:".
const BY = new RegExp(`^(?:${BYLINE_WORDS.join('|')})\\s*:?\\s+`, 'iu');
/** An agency's name as a byline prints it (`Associated Press`, `The Canadian Press`, `Of DOW JONES NEWSWIRES`). */
const AGENCY = { test: (text: string): boolean => isAgencyName(text.replace(/^(?:For|Of)\s+/i, '')) };
const JOB_TITLE = /\b(?:Writers?|Correspondents?|Editors?|Reporters?|Columnists?|Critics?|Analysts?|Photographers?|Journalists?|Producers?|Chief|Staff)$/i;
const AFFILIATION = /^The\s|\b(?:Press|News|Times|Post|Tribune|Union-Tribune|Journal|Herald|Gazette|Media|Magazine|Agency|Radio|Television|University|Institute|College|School|Foundation|Centre|Center)$/;
// "X and Y", "X, Y and Z", AFP's "X with Y in Jerusalem", and "and" in the agencies' languages.
// (`y`, `e`, `i` join two names only when a full name follows: `Mireia Puig i Ballester`, `Ortega y Gasset` are one)
const LIST = /\s*[,·]\s*(?:and\s+)?|\s+(?:and|&|with|und|et|og|och|ja|en|a)\s+(?=\p{Lu})|\s+(?:y|e|i)\s+(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu})/u;
const WORKED_IN = /\s+(?:in|from)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;
const AGENCY_PARTS = /\s*[-/]\s*/;
const COMMA = /\s*,\s*/;
const PLURAL_TITLE = /\b(Writer|Correspondent|Editor|Reporter|Columnist|Critic|Analyst|Photographer|Journalist|Producer)s\b/i;
/** A job title printed before the names, its first words an agency or a beat: `Xinhua writer `, `AP Sports Writers `. */
const LEAD_TITLE = /^([\p{L}.-]+(?:\s+[\p{L}.-]+)?)\s+(?:[\p{L}]+\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+(?=\p{Lu})/iu;
// a name in a script without case (Hangul, Han, kana) is its letters alone: `김민수`
/** A job named in a byline, in the agencies' languages: `Repórteres da Agência Brasil`, `Staff Correspondent`. */
const JOB_WORD = /\b(?:writers?|reporters?|correspondents?|journalists?|editors?|repórter(?:es)?|reporter(?:os|as)?|periodistas?|corresponsal(?:es)?|correspondant(?:e)?s?|redakteur(?:in)?|korrespondent(?:in)?)\b/iu;
/** A desk signing instead of a person (`Staff Correspondent`, `Our Correspondent`, `News Desk`, `Recorder Report`), or a release's label in the byline's place (`For Immediate Release`, `Final Results`). */
const DESK_BYLINE = /^(?:(?:Our|Staff|Special|A|The)\s+)?(?:Staff\s+)?(?:Correspondents?|Reporters?|Writers?|Desk|News\s+Desk|Editor|Bureau)$|^\p{Lu}\p{L}+\s+Report$|^(?:For Immediate Release|Peer-Reviewed Publication|Press Release|Media Release|Final Results|Interim Results|Half-year Results|Trading Update)$/iu;
/** An outlet's staff signing as a desk, `staff` in lower case after its name: `The Sofia Globe staff` (not `Emma Staff`). */
const STAFF_BYLINE = /^(?:The\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,4}staff$/u;
/** Whether a byline names a desk, not a person. */
const isDesk = (name: string): boolean => DESK_BYLINE.test(name) || STAFF_BYLINE.test(name);
/** A job title after the name, capitalised: `Senior Reporter`, `Staff Writer`, `Chief Correspondent`. */
/** A newsroom's desk, in the agencies' languages: `Redação Integrada`, `Redacción Central`, `Rédaction`, `News Desk`. */
const NEWSROOM_DESK = /^(?:Redação|Redacción|Redacció|Rédaction|Redaktion|Redazione|Redactie|Redakcja|Newsroom|News\s+Desk)(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;
const TRAILING_JOB = /\s+((?:(?:Senior|Chief|Staff|Political|Business|Sports|Court|Health|Special|Foreign|News|Investigative|Deputy|Assistant|Associate|Managing|Regional)\s+){0,2}(?:Reporter|Correspondent|Writer|Journalist|Editor|Producer|Photographer))$/u;
const NAME_LIKE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){0,5}$|^\p{Lo}{2,8}$/u;

export interface Bylines {
  /** The byline as printed, its lines joined with `, `. */
  readonly byline: string | null;
  readonly bylines: Byline[];
}

const isAgency = (text: string, provider: string | null): boolean =>
  AGENCY.test(text) || (provider !== null && text.toLowerCase() === provider.toLowerCase())
  // (`By FRONTIER` in Frontier Myanmar: the outlet's first word alone is the outlet, not a writer's name)
  || (provider !== null && /^\p{L}+$/u.test(text) && provider.toLowerCase().startsWith(`${text.toLowerCase()} `))
  // "NTB-AFP-DPA", "tca/dpa": several agencies credited together are still no author.
  || (AGENCY_PARTS.test(text) && text.split(AGENCY_PARTS).every((part) => AGENCY.test(part) || OTHER_AGENCY.test(part)));
/** An agency's tag by its shape, for agencies we have no profile of (`UzA`, `BelTA`): two capitals at least, up to eight letters. */
const AGENCY_TAG_SHAPE = /^(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{Lu}\p{L}{1,7}$/u;
const OTHER_AGENCY = /^(?:NTB|STT|TT|ANP|tca|dpa-AFX|APA|SDA|Ritzau|Belga|ANSA|EFE)$/i;

/** A newsroom after a writer's name that the newsroom words miss: a bureau or a desk, a site's address. */
const NEWSROOM_AFTER_WRITER = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:Bureau|Desk)$|^[\p{L}\d-]+\.(?:${OUTLET_ADDRESS_ENDINGS})$`, 'u');

/** A writer's e-mail address after the name, bare or in brackets. */
const WRITER_ADDRESS = /\s*[[(<]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])>]?$/u;

/** Byline lines as a text wire prints them → the printed byline and one entry per author. */
export function readBylines(lines: readonly string[], provider: string | null): Bylines {
  if (lines.length === 0) return { byline: null, bylines: [] };
  const byline = lines.reduce((all, line) => (all.endsWith(',') ? `${all} ${line}` : `${all}, ${line}`));
  // (`BY KIM SEO-YEON [kim.seoyeon1@joongang.co.kr]`: the writer's address after the name)
  let first = lines[0]!.replace(BY, '').replace(WRITER_ADDRESS, '');
  let title: string | null = null;
  // `by Xinhua writer Chen Yiming`, `By AP Medical Writer Jo Lee`: the title before the names
  const lead = LEAD_TITLE.exec(first);
  if (lead && (isAgency(lead[1]!, provider) || isAgency(lead[1]!.split(' ')[0]!, provider) || /^(?:Staff|Special|Senior|Chief|Medical|Sports|Business|Political|Diplomatic)$/i.test(lead[1]!))) {
    title = lead[0].trim();
    first = first.slice(lead[0].length);
  }
  // `Por A e B - Repórteres da Agência Brasil - Brasília`: the names, then their title and the place, set off by dashes
  const [who, ...after] = first.split(/\s+[-–—]\s+/);
  // (or the newsroom's desk: `Por Luana Figueiredo Lobato — Redação Integrada`; or the paper: `… - The Philippine Star`)
  if (after.length > 0 && after.some((part) => JOB_WORD.test(part) || isAgency(part, provider) || NEWSROOM_DESK.test(part) || PAPER_NAME.test(part))) {
    first = who!;
    title ??= after.find((part) => JOB_WORD.test(part)) ?? null;
  }
  // `STT–Mikko Heikkilä`: the agency before a dash
  const dashed = /^([^\s–—-]{2,12})\s*[–—-]\s*(?=\p{Lu})/u.exec(first);
  if (dashed && isAgency(dashed[1]!, provider)) first = first.slice(dashed[0].length);
  // `Ingrid Halvorsen / NTB`, `Elin Sjöberg/TT`: the agency after a slash
  const slash = /\s*\/\s*([^/]{2,40})$/.exec(first);
  if (slash && isAgency(slash[1]!.trim(), provider)) first = first.slice(0, slash.index);
  // (`Tamoy Ricketts-Campbell/Gleaner Writer`: the paper's job after a slash, the writer's title)
  else if (slash && JOB_WORD.test(slash[1]!) && slash[1]!.trim().split(/\s+/).length <= 3) {
    title ??= slash[1]!.trim();
    first = first.slice(0, slash.index);
  }
  // `Donata Kairytė (ELTA)`: the agency's tag in parentheses
  const tag = /\(([^()]{2,40})\)$/.exec(first);
  if (tag && isAgency(tag[1]!.trim(), provider)) first = first.slice(0, tag.index).trimEnd();
  // `By ROSALIND PETTAWAY Associated Press` (AP's feed): the agency after the name, without a comma
  if (!/[,/()]/.test(first)) {
    const words = first.trim().split(/\s+/);
    const n = [3, 2, 1].find((k) => k <= words.length - 2 && isAgency(words.slice(-k).join(' '), provider));
    if (n !== undefined) first = words.slice(0, -n).join(' ');
  }
  // `Tinashe Kusema-Ncube Senior Reporter` (The Herald): the writer's job run on after the name, no comma between
  const job = /[,/()]/.test(first) ? null : TRAILING_JOB.exec(first.trim());
  if (job && first.trim().slice(0, job.index).split(/\s+/).length >= 2) {
    title ??= job[1]!;
    first = first.trim().slice(0, job.index);
  }
  const segments = first.split(COMMA);
  let filedFrom: string | null = null;
  while (segments.length > 1) {
    const last = segments[segments.length - 1]!;
    const lastWords = last.trim().split(/\s+/);
    // (`Dilnoza Karimova, UzA`: an agency we have no profile of)
    if (isAgency(last, provider) || AGENCY_TAG_SHAPE.test(last.trim())) segments.pop();
    else if (title === null && (JOB_TITLE.test(last) || AFFILIATION.test(last))) title = segments.pop()!;
    // (`Callum Drysdale, PA Scotland`: an agency's desk, its name and where it is)
    else if (isAgency(lastWords[0]!, provider) && lastWords.length <= 3) segments.pop();
    // (`X, Alaska Beacon`, `X, Chattogram Bureau`, `X, LRT.lt`: the newsroom the writer works for, or its bureau or address)
    else if (lastWords.length <= 4 && (NEWSROOM_WORD.test(last.trim()) || NEWSROOM_AFTER_WRITER.test(last.trim()))) segments.pop();
    // (`Hamisi Nangawe, Mtwara`: the city the writer filed from, as Tanzanian and Ghanaian papers print it; not a second
    // writer's name, `Ana Ruiz, Jackson Lee`)
    else if (filedFrom === null && lastWords.length <= 3 && !isWorldGivenName(lastWords[0]!) && city(last.trim()) !== undefined) filedFrom = segments.pop()!.trim();
    else break;
  }
  for (const line of lines.slice(1)) if (!isAgency(line, provider)) title ??= line;
  if (segments.length === 1 && (isAgency(segments[0]!, provider) || isDesk(segments[0]!.trim()))) return { byline, bylines: [] };
  const names = segments.join(', ').split(LIST).map((name) => name.trim()).filter((name) => NAME_LIKE.test(name) && !isAgency(name, provider));
  // One title printed for several authors ("AP Business Writers") is each author's title, in the singular.
  const each = title !== null && names.length > 1 ? title.replace(PLURAL_TITLE, '$1') : title;
  return {
    byline,
    bylines: names.map((printed) => placed(printed)).map((author) => ({ ...author, location: author.location ?? filedFrom, title: each })),
  };
}

/** `Ece Çelik Aras - ISTANBUL`: a place in capitals after a dash, where the author filed from. */
const FILED_FROM = /\s+[-–—]\s+(\p{Lu}[\p{Lu}\p{M}'’. -]{2,30})$/u;

/** An author's name and where they worked, when the byline says (`… in Kyiv`, `… - ISTANBUL`). */
function placed(printed: string): { name: string; location: string | null } {
  const worked = WORKED_IN.exec(printed) ?? FILED_FROM.exec(printed);
  const name = worked ? printed.slice(0, worked.index) : printed;
  return { name: personCase(name), location: worked ? personCase(worked[1]!.trim()) : null };
}

/** Authors a structured format lists → bylines; the agency listed as an author is left out. */
export function authorBylines(authors: readonly WireAuthor[], provider: string | null): Byline[] {
  return authors
    .map((author) => ({ ...placed(author.name.replace(BY, '').trim()), title: author.title && !isAgency(author.title, provider) ? author.title : null }))
    .filter((author) => author.name !== '' && !isAgency(author.name, provider) && !isDesk(author.name));
}

/** Where an author worked, from a reporter note ("Gillum reported from Washington"). */
export interface ReporterNote {
  /** Names as the note prints them: often the surname only. */
  readonly names: readonly string[];
  readonly location: string;
}

/** Sets each author's location from the notes that name them, by full name or surname. */
export function locateAuthors(bylines: readonly Byline[], notes: readonly ReporterNote[]): Byline[] {
  if (notes.length === 0) return [...bylines];
  return bylines.map((author) => {
    const full = author.name.toLowerCase();
    const surname = full.slice(full.lastIndexOf(' ') + 1);
    const note = notes.find((n) => n.names.some((name) => {
      const printed = name.toLowerCase();
      return printed === full || printed === surname;
    }));
    return note ? { ...author, location: note.location } : author;
  });
}
