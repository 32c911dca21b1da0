import { UNSPACED } from '../scripts.ts';
import { datelineLine, isPlaceLine, NEWSROOM_WORD, outletPlaceLine, splitDateline } from './dateline.ts';
import { findStamp } from './calendar.ts';
import { isBreadcrumb, isKillAdvisory, isNavigationBar, isRoleLine, lineKind, POSTED_BY_WORDS, withoutBylineWord, withoutClosingStop, type LineKind } from './lines.ts';

/**
 * The lines above a story (issue 11): whatever an agency prints there (stamps, notes, take keys, codes,
 * slugs, its name, bylines) is recognised by shape (`lines.ts`); the one text line among them is the
 * headline, a name line near the top is a byline without "By", and the story starts at its dateline,
 * or at the first line of prose.
 */

/** How far down the header may reach (non-blank lines). */
const MAX_HEADER_LINES = 16;
const MAX_HEADLINE_CHARS = 160;
/** A line this long, or a shorter one ending a sentence, is story. */
const PROSE_CHARS = 110;
const SENTENCE_END = /[.!?。！？]["”’»)」』）]?$/;
const BULLET = /^[*•·]\s+\S/;
const DECK = /^(?:Utl\.|Untertitel|Subtitle|Sub-?headline|Dek|Deck|Summary|Sous-titre|Sottotitolo)\s*:/i;
/** A job title line under a byline (`AP Sports Writer`, `Local Democracy Reporter`, `Bureau Chief`). */
const BYLINE_TITLE = /^(?:For\s+)?(?:The\s+)?[\p{L}.'’&/ -]{0,50}?\b(?:Writers?|Correspondents?|Editors?|Reporters?|Columnists?|Critics?|Analysts?|Photographers?|Journalists?|Producers?|Chief|Staff|Redakteur(?:in)?|Korrespondent(?:in)?|corresponsal|correspondant(?:e)?)$/iu;
/** A name alone on a line: two to five capitalised words, particles allowed, maybe several joined by "and" (`og`, `en`, `&` …). */
const NAME_PART = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|do|dos|das|di|del|della|van|von|der|den|la|le|bin|binti|al|el|ibn|ter|ten|y|i)\\s+)*[\\p{Lu}][\\p{L}\\p{M}'’.-]*){1,4}";
const NAME_LINE = new RegExp(`^${NAME_PART}(?:\\s*(?:,|and|und|et|y|e|en|og|och|ja|i|a|&)\\s+${NAME_PART})*$`, 'u');

export interface Header {
  headline: string | null;
  /** Summary bullets printed above the byline and dateline (Reuters): story paragraphs, read first. */
  bullets: string[];
  /** Lines marking status and version: `ELIMINATION`, `UPDATE 2`, `(LEAD)`, `URGENT`. */
  statusLines: string[];
  /** Notes to editors, as printed (`Eds: …`, `(Achtung: …)`). */
  notes: string[];
  slugLines: string[];
  /** Stamp lines as printed, in order. */
  stampLines: string[];
  embargoLine: string | null;
  bylineLines: string[];
  /** Lines naming an agency alone (`AAP General News Wire`): evidence of the provider. */
  agencyLines: string[];
  /** A site's name, known by the page's shape: first on the page, over its sections (`Hospodářské noviny` / `Byznys / Energetika`). */
  siteName: string | null;
  /** Index of the story's first line. */
  end: number;
}

/** Whether a line of text looks like a headline: short, no closing full stop, no dateline. */
const headlineLike = (line: string): boolean =>
  // (a headline in a script without spaces has none either: `北海道で初雪、平年より遅く`)
  line.length <= MAX_HEADLINE_CHARS && (/ /.test(line) || UNSPACED.test(line)) && (!/[.,;:]$/.test(line) || ABBREVIATION_END.test(line)) && !opensWithDateline(line);
/** A headline may end in an abbreviation's point (Jiji's `… Record of 3.91 Mil.`, `… to Buy Rival Co.`, `… Hit U.S.`, PAP's `… do końca 2027 r.`). */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,3}|(?:\p{Lu}\.){1,3}\p{Lu})\.$|\d\s\p{Ll}{1,2}\.$/u;
/** Whether a line is prose: long, or a sentence. */
const prose = (line: string): boolean => line.length > PROSE_CHARS + 40 || (line.length > PROSE_CHARS && SENTENCE_END.test(line)) || (SENTENCE_END.test(line) && line.split(' ').length > 12);
/**
 * Whether the line opens a paragraph of prose wrapped over several lines: it runs on into the next line (which starts
 * in lower case) and the lines up to the next blank one together make prose.
 * `Faleolo International Airport will close every night for four months` / `from January while …` / `has announced.`
 */
function wrappedProse(lines: readonly string[], from: number): boolean {
  let to = from + 1;
  while (to < lines.length && lines[to] !== '' && to - from < 40) to++;
  if (to - from < 2) return false;
  const block = lines.slice(from, to);
  // the first line runs on into the second, mid-sentence; a headline over its first paragraph does not
  const runsOn = !SENTENCE_END.test(block[0]!) && /^\p{Ll}/u.test(block[1]!);
  // (nor does a headline over its notes, byline and stamp, no blank line between them)
  return runsOn && prose(block.join(' ')) && block.every((line) => lineKind(line) === undefined);
}

/** A writer's job described in lower case under the byline: `regioverslaggever Oost-Nederland`, `correspondente em Bruxelas`. */
const ROLE_DESCRIPTION = /^\p{Ll}[\p{L}-]*(?:verslaggever|correspondent|correspondente|corresponsal|correspondant|redacteur|rédacteur|redactor|redattore|journalist|jornalista|periodista|reporter|reportér|korrespondent|redaktør|redaktör|toimittaja|dziennikarz|novinár|újságíró)(?:\s+[\p{L}-]+){0,4}$/u;

/** A label on a line of its own over the writer's name (`Reporter:` / `Sorcha Gleeson-Quinn`) or over an address (`Email:`). */
const WRITER_LABEL = /^(?:Reporter|Author|Writer|Autor|Autora|Auteur|Por|Von)\s*:$/i;
const CONTACT_LABEL = /^(?:E-?mail|Twitter|Phone|Tel\.?)\s*:$/i;
/** A stamp followed by a note in parentheses (not an offset in parentheses, `(GMT+5)`, nor the time, `Martedì 17 Novembre 2026 (19:05)`). */
const STAMP_WITH_NOTE = /^(.{4,80}?)\s*\((?!(?:GMT|UTC)\s*[+-])(?!\d{1,2}[:.h]\d{2}\)$)([^()]{3,200})\)$/;
const LANGUAGE_NAME = /(?<![\p{L}\p{N}])(?:english|español|espanol|français|francais|deutsch|italiano|português|portugues|arabic|العربية)(?![\p{L}\p{N}])/iu;
// (or a word of a script without capitals, `사회`, `اقتصاد`, `ข่าวเศรษฐกิจ`: a section over a page in Korean, Arabic or Thai)
const SECTION_WORD = /^(?:[\p{Lu}&][\p{L}&'’.-]*|[\p{Lo}][\p{Lo}\p{M}]{0,15}|&|and|y|en|de|et|und|e)$/u;
/** A section of the desk: three words at most, each capitalised (`Culture & Heritage`), or a language service (`Servicio en español`). */
const sectionLike = (line: string): boolean => {
  const words = line.trim().split(/\s+/);
  return words.length <= 3 && (words.every((w) => SECTION_WORD.test(w)) || LANGUAGE_NAME.test(line));
};

/** An outlet's name alone: two to four capitalised words, small words between (`Barbados Today`, `The Daily Gleaner`). */
const OUTLET_UNDER_BYLINE = /^\p{Lu}[\p{L}'’-]+(?: (?:(?:of|the|de|la|du) )?\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** The word a paper's name ends with, beside the newsroom words, that is no one's surname: `Montgomery Advertiser`, `Launceston Examiner`, `Jamaica Gleaner` (not `Sun`, `Star`, `Post`). */
const PAPER_WORD = /\s(?:Advertiser|Examiner|Sentinel|Enquirer|Inquirer|Dispatch|Ledger|Gleaner|Clarion|Argus|Recorder|Statesman|Register|Democrat|Standard|Mail|Express|Mirror|Monitor|Globe|Independent|Guardian|Citizen)$/u;
/** An outlet's name and its section set off by a bar, over the headline: `Busan Ilbo | Culture`, `Irish Examiner | Sport | Hurling`. */
const SECTION_BAR = /^\p{Lu}[\p{L}\p{M}'’.&-]*(?: \p{Lu}?[\p{L}\p{M}'’.&-]*){0,3}(?: \| \p{Lu}[\p{L}\p{M}'’&-]*(?: [\p{L}\p{M}'’&-]+){0,2}){1,2}$/u;
/** A section's name in title case: one to three capitalised words, maybe joined by a small word (`Medio Ambiente`, `Arts and Culture`). */
const SECTION_LINE = /^\p{Lu}\p{Ll}+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}\p{Ll}+){0,2}$/u;
const PROVIDED_BY = /^(?:News\s+)?provided\s+by:?$/i;
/** An outlet's name of one word in camel case, a small letter first: `elCaribe`, `iNews`, `eNCA`. */
const CAMEL_NAME = /^\p{Ll}{1,3}\p{Lu}[\p{L}\p{M}]{1,20}$/u;
/** A site's address standing for its name: `mbl.is`, `www.rnz.co.nz`. */
export const SITE_ADDRESS = /^(?:www\.)?[\p{Ll}\d-]{2,30}(?:\.[a-z]{2,6}){1,2}$/u;
/** A site's address spelled as a name, a capital opening it, as a story signs with it at the foot: `Lefaso.net`. */
export const SIGNED_ADDRESS = /^\p{Lu}[\p{L}\d-]{1,30}\.(?:net|com|org|info|news)$/u;

/** A site's section under its name: one to three capitalised words (`Israel News`, `World`, `Business Daily`). */
const SECTION_NAME = /^\p{Lu}[\p{L}\p{M}&'’-]{1,20}(?:\s+\p{Lu}[\p{L}\p{M}&'’-]{1,20}){0,2}$/u;

/** A line of one section's name or a few set off by bars (`Israel News`, `Local News | Business`). */
const sectionsLine = (line: string): boolean =>
  // (sections in a bar read as a masthead alone, `Local News | Business`; under the masthead they are its sections; one
  // in capitals reads as a code, `NEWS`, `AROUSA`)
  line.length <= 60 && line.split(' | ').every((part) => SECTION_NAME.test(part)) && sectionKind(line, lineKind(line));
const sectionKind = (line: string, kind: LineKind | undefined): boolean =>
  kind === undefined || (kind === 'agency' && line.includes(' | ')) || (kind === 'slug' && /^\p{Lu}{3,20}$/u.test(line));

/** A section's line, or its path set off by dashes: `Science - Technology`. */
const sectionPath = (line: string): boolean => sectionsLine(line) || (line.length <= 60 && / [-–] /.test(line) && line.split(/ [-–] /).every((part) => SECTION_NAME.test(part)) && lineKind(line) === undefined);

/** The next text line after `from` where it is a headline of five words or more, else -1. */
function headlineAfter(lines: readonly string[], from: number): number {
  const headline = nextText(lines, from);
  return headline >= 0 && headlineLike(lines[headline]!) && lines[headline]!.split(' ').length >= 5 ? headline : -1;
}

/** Whether the text lines after `from` are a headline of five words or more, a deck maybe, then the writer or the time. */
function headedStoryFollows(lines: readonly string[], from: number): boolean {
  const headline = headlineAfter(lines, from);
  if (headline < 0) return false;
  // (short lines between: a deck, the writer's name in capitals, labels: `Reporter:` / `Sorcha Gleeson-Quinn` / `Email:` / …)
  for (let j = nextText(lines, headline + 1), seen = 0; j >= 0 && seen < 5 && (seen === 0 || lines[j]!.length <= 80); j = nextText(lines, j + 1), seen++) {
    const kind = lineKind(lines[j]!);
    if (kind === 'byline' || kind === 'credit' || kind === 'stamp' || writerAndTimeFollow(lines, j)) return true;
  }
  return false;
}

/** Whether a line is the story's first paragraph behind its dateline; `BTA - Bulgarian News Agency` is a masthead, not `BTA -` and a story. */
function opensWithDateline(line: string): boolean {
  const dateline = splitDateline(line);
  if (dateline === null) return false;
  const rest = dateline.rest.trim();
  return rest.split(/\s+/).length >= 5 || SENTENCE_END.test(rest);
}
// (a possessive makes a tagline, not a name: `Nepal's Morning Daily`)
// (`Jurga Petrauskaitė, lrytas.lt`: a name and the site the writer writes for)
const nameLine = (line: string): boolean => {
  const comma = line.lastIndexOf(', ');
  const name = comma > 0 && SITE_ADDRESS.test(line.slice(comma + 2)) ? line.slice(0, comma) : line;
  return name.length <= 80 && NAME_LINE.test(name) && !/^(?:The|A|An|In|On|At|For|By)\s/.test(name) && !/\p{L}['’]s\b/u.test(name);
};

/** Whether a line is the page's first or the line right under it, no blank line between them: the masthead's block (`La Hora` / `Diario independiente …`). */
function inMastheadBlock(lines: readonly string[], line: string): boolean {
  const top = nextText(lines, 0);
  return (lines[top + 1] ?? '') !== '' && (lines[top] === line || lines[top + 1] === line);
}

function nextText(lines: readonly string[], from: number): number {
  for (let j = from; j < lines.length; j++) if (lines[j] !== '') return j;
  return -1;
}

/**
 * Reads the header from the top of the lines (trimmed; blank lines empty).
 * @param opts.framed the format framed its header itself (ANPA, 7901): every line up to `lines.length` is header
 */
export function readHeader(lines: readonly string[], opts: { framed?: boolean } = {}): Header {
  const h: Header = { headline: null, bullets: [], statusLines: [], notes: [], slugLines: [], stampLines: [], embargoLine: null, bylineLines: [], agencyLines: [], siteName: null, end: lines.length };
  let seen = 0;
  // a rule under the first line read as the headline (`SAMOA OBSERVER` / `Samoa's Leading Independent Daily Newspaper` / `-----`)
  let ruleUnderHeadline = false;
  let firstLine: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (seen === 0) firstLine = line;
    if (++seen > MAX_HEADER_LINES && !opts.framed) {
      h.end = i;
      return h;
    }
    // `Updated: 12.06.2025 18:41 (adds Transport Ministry statement in last paragraph)`: a stamp and a note
    const noted = STAMP_WITH_NOTE.exec(line);
    // (not a date whose update, in parentheses, holds the time: `12 agosto 2026 (modifica il 12 agosto 2026 | 18:47)`)
    const updated = noted && line.includes('|') ? stampParts(line) : null;
    if (updated) {
      h.stampLines.push(...updated);
      continue;
    }
    if (noted && lineKind(noted[1]!) === 'stamp') {
      h.stampLines.push(noted[1]!);
      h.notes.push(noted[2]!);
      continue;
    }
    // a site's name that is its address, first on the page (`mbl.is`), or one word in camel case (`elCaribe`, `iNews`): the masthead
    const camel = seen === 1 && CAMEL_NAME.test(line);
    if (seen === 1 && !opts.framed && (SITE_ADDRESS.test(line) || camel)) {
      h.agencyLines.push(line);
      if (camel) h.siteName = line;
      continue;
    }
    const kind: LineKind | undefined = lineKind(line.replace(/\s*=$/, ''));
    // a newsroom's name over its section's, no blank line between them, a blank after: `The Times of Israel` / `Israel News`;
    // any name, when a headline and the writer or the time follow (`OPB` / `Environment | Columbia River`, `Limerick
    // Leader` / `NEWS`); or with a blank line between (`Connacht Tribune` / `Farming`, `Carta de Moçambique` / `Sociedade`)
    if (seen === 1 && !opts.framed && (kind === undefined || kind === 'agency' || (kind === 'slug' && SHORT_NAME.test(line)))) {
      // (a section and its subsection under it, each on its line: `Expresso` / `Sociedade` / `Incêndios`)
      const first = nextText(lines, i + 1);
      const next = first >= 0 && first === i + 1 && sectionLabel(lines[first]!) && sectionLabel(lines[first + 1] ?? '') && (lines[first + 2] ?? '') === '' ? first + 1 : first;
      // (or the time under the section, then the headline: `Business in Cameroon` / `Agriculture` / `Tuesday, 09 June 2026 11:05`)
      const stamped = next >= 0 && lineKind(lines[next + 1] ?? '') === 'stamp' && (lines[next + 2] ?? '') === '';
      const section = next >= 0 && line.length <= 40 && sectionPath(lines[next]!)
        && ((lines[next + 1] ?? '') === '' ? (next === i + 1 && NEWSROOM_WORD.test(line)) || headedStoryFollows(lines, next + 1) : stamped && headlineAfter(lines, next + 2) >= 0);
      if (section) {
        h.agencyLines.push(line);
        h.siteName = line;
        i = next;
        continue;
      }
    }
    // a photo's caption over its credit, no blank line between (`The new routes are part of …` / `Image Credit: Supplied`)
    if (kind === undefined && !opts.framed && h.headline !== null && line.length <= 200 && lines[i + 1] !== undefined && lines[i + 1] !== '' && lineKind(lines[i + 1]!) === 'photo' && (lines[i + 2] ?? '') === '') {
      i++;
      continue;
    }
    // a paragraph of hard-wrapped prose (mail, 7901 at 69 columns): the story starts here, whatever its first line looks like
    if (kind === undefined && !opts.framed && wrappedProse(lines, i)) {
      h.end = i;
      return h;
    }
    // a site's name over its menu (`Starnieuws` / `Binnenland | Economie | Buitenland | Sport`): the masthead; or a short
    // name over the trail of sections, as the page's first line (`Bangkok Post` / `News  >  General`); a hyphenated name
    // read as a slug too (`Tages-Anzeiger`)
    if (h.headline === null && !opts.framed && (kind === undefined || kind === 'agency' || (kind === 'slug' && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(line)))) {
      const next = nextText(lines, i + 1);
      // (its words after the first in lower case too: `Hospodářské noviny` / `Byznys / Energetika`)
      // (or a name and its country, `Demerara Waves Online News - Guyana` / `Home » News`)
      const trail = next >= 0 && h.agencyLines.length === 0 && h.slugLines.length === 0 && isBreadcrumb(lines[next]!)
        && ((line.length <= 40 && /^\p{Lu}\S*(?:\s+\S+){0,3}$/u.test(line)) || (seen === 1 && line.length <= 60 && /^\p{Lu}\S*(?:\s+(?:[-–|]\s+)?\p{Lu}\S*){0,5}$/u.test(line)));
      // (or a newsroom's name over its section's, no blank line between them, a blank after: `The Times of Israel` / `Israel News`)
      if (next >= 0 && (isNavigationBar(lines[next]!) || trail)) {
        // (`KVF` over `Kringvarp Føroya`, no blank line between: the outlet's short name over its full one, both the masthead)
        const code = h.slugLines.at(-1);
        if (code !== undefined && lines[i - 1] === code && SHORT_NAME.test(code)) h.agencyLines.push(h.slugLines.pop()!);
        h.agencyLines.push(line);
        if (seen === 1 && trail) h.siteName = line;
        continue;
      }
    }
    // a menu under what was read as the headline: that was the site's name (`وكالة السودان للأنباء - سونا` / `Sudan News Agency - SUNA` / menu)
    // (the day's date under the name is the page's, not the story's: `EL NACIONAL` / `Martes, 22 de septiembre de 2026 | Asunción` / menu)
    if (kind === 'contact' && !opts.framed && h.bylineLines.length === 0 && (h.stampLines.length === 0 || dateUnderName(lines, i, h)) && isNavigationBar(line)) {
      h.stampLines = [];
      // … and a name in capitals over it that read as a code (`KUENSEL` / `Bhutan's National Newspaper` / menu)
      const named = h.slugLines.filter((slug) => /^\p{Lu}{4,20}$/u.test(slug));
      h.slugLines = h.slugLines.filter((slug) => !named.includes(slug));
      h.agencyLines.push(...named, ...(h.headline === null ? [] : [h.headline]));
      h.headline = null;
      continue;
    }
    // `08-07-25, 14:32 | Bijgewerkt: 08-07-25, 15:10`, `Економија | 10.07.2025 11:26`: stamps, a section name maybe, set off by bars
    const barStamps = (kind === undefined || kind === 'stamp') && line.includes('|') ? stampParts(line) : null;
    if (barStamps) {
      h.stampLines.push(...barStamps);
      continue;
    }
    // `20 Novembro de 2025 | 10h12 - Actualizado em 20 Novembro de 2025 | 10h12`: one stamp line, its parts set off by bars
    if (kind === undefined && line.includes('|') && lineKind(line.replace(/\s*\|\s*/g, ' ')) === 'stamp') {
      h.stampLines.push(line.replace(/\s*\|\s*/g, ' '));
      continue;
    }
    // `(3.400 en niet 34.000)` under `CORRECTIE - verbetert …`: the note goes on
    if (kind === undefined && h.notes.length > 0 && lines[i - 1] === h.notes.at(-1) && /^\([^()]{1,120}\)$/.test(line)) {
      h.notes[h.notes.length - 1] = `${h.notes.at(-1)} ${line}`;
      continue;
    }
    // (`By Beatrice Achieng' Owino | Dec. 12, 2025 10:47 AM`: a byline that a bar joins to a stamp reads as a byline whole)
    if ((kind === undefined || (kind === 'byline' && JOINED.test(line))) && h.headline !== null && readJoined(h, line)) continue;
    // `Escrito por` over the writer's name (and the writer's address): the byline
    if (kind === 'credit' && !opts.framed && h.headline !== null && WRITTEN_BY_ALONE.test(line) && nameLine(lines[i + 1] ?? '')) {
      h.bylineLines.push(lines[++i]!);
      if (MAIL_ADDRESS.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    // `NEWS PROVIDED BY` over the company that issued a press release: neither is the byline
    if (PROVIDED_BY.test(line)) {
      const next = nextText(lines, i + 1);
      if (next >= 0 && lines[next]!.length <= 80) i = next;
      continue;
    }
    // `BAKU` alone above the first paragraph (Anadolu's web copy) is its dateline, though it looks like a code
    if (kind === 'slug' && h.headline !== null && !opts.framed && isPlaceLine(line)) {
      const next = nextText(lines, i + 1);
      if (next >= 0 && prose(lines[next]!) && splitDateline(lines[next]!) === null) {
        h.end = i;
        return h;
      }
    }
    switch (kind) {
      case 'byline': {
        // `Posted by Sierra Leone Telegraph on 18 May 2026 at 09:14`: the byline, then the time it was posted
        const posted = postedOn(line);
        if (posted) {
          h.bylineLines.push(posted.byline);
          h.stampLines.push(posted.stamp);
          continue;
        }
        h.bylineLines.push(withoutClosingStop(line.replace(/\s*=$/, '')));
        // "By NAME" may be followed by "Associated Press" and/or a job title on lines of their own
        for (let j = nextText(lines, i + 1); j >= 0; j = nextText(lines, j + 1)) {
          const next = lines[j]!.replace(/\s*=$/, '');
          // (`regioverslaggever Oost-Nederland`: the writer's job described in lower case, no part of the byline)
          if (ROLE_DESCRIPTION.test(next)) {
            i = j;
            continue;
          }
          if (lineKind(next) !== 'agency' && !BYLINE_TITLE.test(next)) break;
          h.bylineLines.push(next);
          i = j;
        }
        // (a section's name between the byline and the time: `News`)
        const below = nextText(lines, i + 1);
        if (below >= 0 && sectionLabel(lines[below]!) && stampFollows(lines, below + 1)) i = below;
        continue;
      }
      case 'signature':
        // `Aroha Te Whaiti, Stuff` under the headline: a byline naming the agency
        if (h.bylineLines.length === 0) h.bylineLines.push(line);
        else h.agencyLines.push(line);
        continue;
      case 'agency':
        // (a name in capitals over a dated title, no blank line between: a newsletter's masthead, `THE CITIZEN` / `Morning
        // Brief | Thursday, April 16, 2026`, not the story's headline)
        if (h.headline !== null && h.bylineLines.length === 0 && lines[i - 1] === h.headline && shouting(h.headline) && findStamp(line) !== null) {
          h.agencyLines.push(h.headline, line);
          h.headline = null;
          continue;
        }
        if (h.bylineLines.length > 0 && BYLINE_TITLE.test(line)) h.bylineLines.push(line);
        else h.agencyLines.push(line);
        continue;
      case 'stamp': {
        // `July 9, 2026` over `Updated 6:48 p.m.`: a date alone and the clock on the line under it are one stamp
        const below = nextText(lines, i + 1);
        if (below >= 0 && CLOCK_UNDER_DATE.test(lines[below]!) && findStamp(line)?.hasTime === false) {
          h.stampLines.push(`${line} ${lines[below]}`);
          i = below;
          continue;
        }
        h.stampLines.push(line);
        continue;
      }
      case 'embargo':
        h.embargoLine ??= line;
        continue;
      case 'status': {
        // `CORRECTED-Dutch flower exporters warn …`, `UPDATE 2-Storm …`: a headline behind its marks
        const marked = cleanHeadline(line);
        if (h.headline === null && !isKillAdvisory(line) && marked.marks.length > 0 && / \S+ /.test(marked.headline) && (/\p{Ll}/u.test(marked.headline) || marked.headline.split(' ').length >= 4)) {
          h.headline = line;
          continue;
        }
        h.statusLines.push(line);
        continue;
      }
      case 'note':
        h.notes.push(line);
        // `UPDATED: 17 JUN 2025, 13:05 (adds comments …)`: a note whose label is followed by a stamp alone dates the version too
        if (isDatedNote(line)) h.stampLines.push(line.replace(/\s*\([^()]*\)\s*$/, ''));
        continue;
      case 'slug':
        h.slugLines.push(line);
        continue;
      case 'separator':
        if (h.headline !== null && h.bylineLines.length === 0) ruleUnderHeadline = true;
        continue;
      case 'photo':
        // `Foto: ANP / Vincent Jannink` over its caption, no blank line between: the caption is no part of the story
        if (!opts.framed && lines[i + 1] !== undefined && lines[i + 1] !== '' && lines[i + 1]!.length <= 200 && (lines[i + 2] ?? '') === '') i++;
        continue;
      case 'contact':
      case 'copyright':
        continue;
      case 'end':
      case 'signoff':
        // a short headline may look like initials ("Ends"): text until the story has begun
        if (h.headline !== null || opts.framed) continue;
        break;
      case 'credit':
        // `Written by Okello Denis Ojara` under the headline, before the story: its writer, as `By` would say
        if (h.headline !== null && h.bylineLines.length === 0 && WRITTEN_BY.test(line) && nameLine(withoutBylineWord(line))) {
          h.bylineLines.push(line);
          continue;
        }
        // (`Escrito por Carta` over the time: the desk's credit, no writer's name, and the header goes on)
        if (h.headline !== null && h.bylineLines.length === 0 && WRITTEN_BY.test(line) && stampFollows(lines, i + 1)) continue;
        h.end = i;
        return h;
      default:
        break;
    }
    // A line of text: the headline, a deck, a byline without "By", a bullet of the summary, or the story.
    if (DECK.test(line)) continue;
    // `Reporter:` over the writer's name, `Email:` over the writer's address: the byline, and no part of the story
    if (!opts.framed && h.headline !== null && lines[i + 1] !== undefined && lines[i + 1] !== '') {
      if (WRITER_LABEL.test(line) && nameLine(lines[i + 1]!)) {
        h.bylineLines.push(lines[++i]!);
        continue;
      }
      if (CONTACT_LABEL.test(line) && !lines[i + 1]!.includes(' ')) {
        i++;
        continue;
      }
    }
    // `Moscow, November 20, AZERTAC` on its own line: the dateline, where the story starts
    if (!opts.framed && h.headline !== null && datelineLine(line) !== null) {
      h.end = i;
      return h;
    }
    if (h.headline !== null && BULLET.test(line) && !opts.framed) {
      // (`• Justice Rotich said …` over the writer's name and the time: a web page's summary, a standfirst, not the story)
      let last = i;
      for (let next = nextText(lines, i + 1); next >= 0 && BULLET.test(lines[next]!); next = nextText(lines, next + 1)) last = next;
      if (h.bylineLines.length === 0 && h.stampLines.length === 0 && writerAndTimeFollow(lines, last + 1)) {
        i = last;
        continue;
      }
      h.bullets.push(line.replace(/^[*•·]\s+/, ''));
      continue;
    }
    if (!opts.framed && (opensWithDateline(line) || prose(line))) {
      // a standfirst between the headline and the writer's name and time (a web page's deck): not the story's start
      if (h.headline !== null && h.bylineLines.length === 0 && h.stampLines.length === 0 && !opensWithDateline(line) && writerAndTimeFollow(lines, i + 1)) continue;
      // (or a deck of a sentence or two over the byline alone: `Fares … will go up in January, …` / `Author: Linnéa Sjöberg-Haddad`)
      const below = nextText(lines, i + 1);
      if (h.headline !== null && h.bylineLines.length === 0 && !opensWithDateline(line) && line.length <= 300 && below >= 0 && lineKind(lines[below]!) === 'byline') continue;
      h.end = i;
      return h;
    }
    const next = nextText(lines, i + 1);
    // (`NAIROBI, Kenya` over a photo's caption, then the story: the caption is no part of the story's start)
    let story = next;
    while (story >= 0 && lineKind(lines[story]!) === 'photo') story = nextText(lines, story + 1);
    if (!opts.framed && isPlaceLine(line) && story >= 0 && prose(lines[story]!)) {
      h.end = i;
      return h;
    }
    if (h.headline === null && headlineLike(line) && (opts.framed || next >= 0)) {
      h.headline = line;
      continue;
    }
    if (h.headline === null && !line.includes(' ') && !/[.!?,;:]$/.test(line) && sectionLike(line) && next >= 0) continue; // a section: `Economy`
    // `Domestic News`, `Economy`, `Servicio en español` above the headline: the desk's section, not the headline
    // … or a masthead in capitals (`PAJHWOK AFGHAN NEWS - DAILY BULLETIN`) over the headline in ordinary case
    // … or a masthead's tagline over a rule, or a bulletin's dated title (`Les nouvelles du jeudi 27 novembre 2025`) over the story's headline
    // (the line's own tests first: the title's date is read only for a line that could take its place)
    if (h.headline !== null && h.bylineLines.length === 0 && next >= 0 && !sectionLike(line) && headlineLike(line)
      && (sectionLike(h.headline) || (shouting(h.headline) && !shouting(line)) || ruleUnderHeadline || findStamp(h.headline) !== null || SECTION_BAR.test(h.headline))) {
      // (a name in capitals over a tagline is the masthead: `KUENSEL` / `Bhutan's National Newspaper`; a tagline right
      // under it, no blank line between, is the masthead's too: `EGEMEN QAZAQSTAN` / `Жалпыұлттық қоғамдық-саяси газет`)
      if (shouting(h.headline) && lines[i - 1] === h.headline) {
        h.agencyLines.push(h.headline, line);
        ruleUnderHeadline = false;
        h.headline = null;
        continue;
      }
      if ((shouting(h.headline) && !sectionLike(h.headline)) || SECTION_BAR.test(h.headline)) h.agencyLines.push(h.headline);
      // (a short name that is the page's first line over a bar of links or a tagline, no blank line between, or over a
      // headline with its writer or time under it: the site's name, `The Examiner` / `Launceston, Tasmania | Subscribe | Log
      // in`, `Cook Islands News` / headline / `Tutai Matapo-Rima` / `Published: …`; a name in capitals is the masthead's
      // business above, and a line right under the first line is no headline of the story: `Regulatory Story` / `Go to …`)
      else if (h.headline === firstLine && h.siteName === null && h.headline.length <= 40 && !shouting(h.headline) && (lines[i - 1] === h.headline ? / \| /.test(line) : headedStoryFollows(lines, i))) {
        h.agencyLines.unshift(h.headline);
        h.siteName = h.headline;
      }
      ruleUnderHeadline = false;
      h.headline = line;
      continue;
    }
    // `QUADRATÍN MICHOACÁN` / `Medio Ambiente`, no blank line between, then the headline: an outlet's short name in
    // capitals and its section, not a headline and its writer; or `El Universo` / `Economía`, then a blank line and the headline
    if (h.headline !== null && h.bylineLines.length === 0 && lines[i - 1] === h.headline && h.headline.split(/\s+/).length <= 3
      && (shouting(h.headline) || (OUTLET_UNDER_BYLINE.test(h.headline) && !line.includes(' ') && lines[i + 1] === ''))
      && SECTION_LINE.test(line) && next >= 0 && headlineLike(lines[next]!)) {
      h.agencyLines.push(h.headline);
      h.headline = null;
      continue;
    }
    // `HARBOUR HERALD TODAY` / `Wednesday, February 11, 2026` / `TOP STORY` / headline: a newsletter's masthead in capitals and
    // its date, then a section in capitals over the story's headline, not a writer's name in capitals
    if (h.headline !== null && h.headline === firstLine && shouting(h.headline) && h.bylineLines.length === 0 && h.stampLines.length <= 1
      && shouting(line) && sectionLike(line) && next >= 0 && headlineLike(lines[next]!) && !shouting(lines[next]!)) {
      h.agencyLines.push(h.headline);
      h.headline = null;
      continue;
    }
    if (h.headline !== null && h.bylineLines.length === 0 && nameLine(line)) {
      h.bylineLines.push(line);
      continue;
    }
    // `Losana Waqa` over `Reporter`: the writer's job on a line of its own
    if (h.bylineLines.length === 1 && isRoleLine(line)) {
      h.bylineLines.push(line);
      continue;
    }
    // `^By MARISSA BOYCE-GRIFFITH=` over `^Barbados Today=`: the outlet the writer works for, named under the byline
    if (opts.framed && h.bylineLines.length > 0 && lines[i - 1] === h.bylineLines.at(-1) && OUTLET_UNDER_BYLINE.test(line)) {
      h.agencyLines.push(line);
      continue;
    }
    // `Marcus Tillery` / `Montgomery Advertiser`, no blank line between: the paper the writer works for, under the byline;
    // `Dana Whitcomb` / `Lena Sun`: a second writer (a paper's word after one other word is a surname: `Emily Post`)
    if (!opts.framed && h.bylineLines.length > 0 && lines[i - 1] === h.bylineLines.at(-1)) {
      if (OUTLET_UNDER_BYLINE.test(line) && (PAPER_WORD.test(line) || (NEWSROOM_WORD.test(line) && line.split(' ').length >= 3))) {
        h.agencyLines.push(line);
        continue;
      }
      if (nameLine(line)) {
        h.bylineLines.push(line);
        continue;
      }
    }
    if (opts.framed) continue; // a deck or summary under the headline: not kept
    // `Shafaq News – Mosul` under the headline: the outlet's name and its place, a dateline on a line of its own, where the story starts
    if (h.headline !== null && h.agencyLines.some((outlet) => outletPlaceLine(line, outlet) !== null)) {
      h.end = i;
      return h;
    }
    if (h.headline !== null && headlineLike(line) && line.length <= PROSE_CHARS && next >= 0) continue; // a deck
    // (a deck of two clauses, `Rijkswaterstaat verwacht …; veehouders halen …`, over the writer's name: not the story's start)
    if (h.headline !== null && h.bylineLines.length === 0 && next >= 0 && (lineKind(lines[next]!) === 'byline' || writerAndTimeFollow(lines, i + 1))) continue;
    // a section's name over a headline, the writer or the time under it (`La Hora` / `Diario independiente …` / `Nacionales`
    // / headline / `Por …`): a story does not open on a section's name, and the tagline read above it is the masthead's
    // (the line read as the headline is the page's first or the tagline right under it, no blank line between them: a
    // masthead's; a headline over a section, a deck and its writer stays the headline)
    if (h.headline !== null && h.bylineLines.length === 0 && h.stampLines.length === 0 && sectionLabel(line) && inMastheadBlock(lines, h.headline) && headedStoryFollows(lines, i + 1)) {
      h.agencyLines.push(h.headline);
      h.headline = null;
      continue;
    }
    h.end = i;
    return h;
  }
  h.end = opts.framed ? lines.length : h.end;
  return h;
}

/** An outlet's short name in capitals: `KVF`, `NOS`, `RTP`. */
export const SHORT_NAME = /^\p{Lu}{2,6}$/u;

/** Text in capitals only: `PAJHWOK AFGHAN NEWS - DAILY BULLETIN`, `KUENSEL`. */
const shouting = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text);

/** Whether the text lines after `from` open with the writer's name and a time stamp (`Julia Kaiser` / `27. November 2025, 18.35 Uhr`). */
function writerAndTimeFollow(lines: readonly string[], from: number): boolean {
  let first = nextText(lines, from);
  if (first < 0) return false;
  // (`Escrito por` / `Thaís Brito Mesquita`: the credit's words on a line of their own over the name)
  if (lineKind(lines[first]!) === 'credit' && WRITTEN_BY_ALONE.test(lines[first]!)) first = nextText(lines, first + 1);
  if (first < 0) return false;
  let second = nextText(lines, first + 1);
  // (the writer's address under the name: `thais.mesquita@svm.com.br`)
  while (second >= 0 && MAIL_ADDRESS.test(lines[second]!)) second = nextText(lines, second + 1);
  // (`Julia Kaiser`, `By Julia Kaiser`, `Kinley Wangchuk | Samtse`; or the agency's short name for the writer's, `ATS`)
  const kind = lineKind(lines[first]!);
  const named = kind === 'byline' || nameLine(lines[first]!.split('|')[0]!.trim()) || ((kind === 'slug' || kind === 'agency') && SHORT_NAME.test(lines[first]!));
  // (or both on one line: `MARISA ALVAREZ-KOEHLER / March 11, 2026`)
  const joined = joinedParts(lines[first]!)?.kinds;
  if (joined && joined.some((k) => k === 'name' || k === 'byline') && joined.includes('stamp')) return true;
  if (!named || second < 0) return false;
  // (`by MAUREEN KINYANJUI` / `News` / `19 May 2026 - 14:32`: the section between them; or the source, `Source: Myjoyonline.com`)
  return stampFollows(lines, second) || ((sectionLabel(lines[second]!) || SOURCE_LINE.test(lines[second]!)) && stampFollows(lines, second + 1));
}
/** A credit's words alone on their line, the name under them: `Escrito por`, `Written by`, `Por`. */
const WRITTEN_BY_ALONE = /^(?:(?:Written|Reported)\s+by|Escrit[oa]\s+por|Por|By|Von|Par)$/i;
/** An e-mail address alone on its line. */
const MAIL_ADDRESS = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** A line naming where the story comes from, between the writer and the time: `Source: Myjoyonline.com`. */
const SOURCE_LINE = /^(?:Source|Fuente|Fonte|Quelle|Bron)\s*:\s*\S.{0,60}$/u;

/** Whether the one stamp read sits right under what was read as the headline, over the menu at `menu`: the page's date under the site's name. */
function dateUnderName(lines: readonly string[], menu: number, h: Header): boolean {
  let above = menu - 1;
  while (above > 0 && lines[above] === '') above--;
  return h.stampLines.length === 1 && h.headline !== null && above > 0 && lines[above - 1] === h.headline && findStamp(lines[above]!) !== null;
}

/** Whether the next text line from `from` is a time stamp. */
const stampFollows = (lines: readonly string[], from: number): boolean => lineKind(lines[nextText(lines, from)] ?? '') === 'stamp';

/** A section's name standing alone in the header, not a place: `News`, `Farming`. */
const sectionLabel = (line: string): boolean => SECTION_NAME.test(line) && line.length <= 30 && lineKind(line) === undefined && !isPlaceLine(line);

/** A credit's words that name the writer when they stand over the story: `Written by`, `Reported by`. */
const WRITTEN_BY = /^(?:(?:Written|Reported)\s+by|Escrit[oa]\s+por)\s/i;

/** An outlet's name of two to four capitalised words: `Wyoming Public Radio`, `Gulf News`. */
const OUTLET_NAME = /^\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.'’-]*){1,3}$/u;
/**
 * What joins a header line's parts: a bar, or a slash or a middle dot with a space each side (`MARISA ALVAREZ-KOEHLER / March
 * 11, 2026`, `By Carla Bastos, in News · 12 May 2026, 10:44 · 0 Comments`).
 */
const JOINED = /\s*\|\s*|\s+\/\s+|\s+·\s+/;
/** Beside the byline, a page's count of its readers' comments (`0 Comments`) or views (`Lu 3412 fois`) or the writer's e-mail address: no part of the header's reading. */
const BYLINE_FURNITURE = /^\d+\s+(?:Comments?|comentários?|comentarios?|commentaires?|commenti|Kommentare?|kommentarer|reacties|views|vues|lecturas|visualizações|visualizzazioni)$|^(?:Lu|Vu)\s+\d[\d\s.,]*\s+fois$|^(?:Leído|Visto)\s+\d[\d.,]*\s+veces$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;

/**
 * A byline and the day and time after `on` (`le`, `el`, `em`, `il`, in lower case: `Yann Le Gall` keeps his name): `Posted by
 * Sierra Leone Telegraph on 18 May 2026 at 09:14`, `Rédigé par Hinatea Pambrun le Mercredi 4 Mars 2026 à 17:48` (Tahiti Infos).
 */
const POSTED_ON = new RegExp(`^((?:${POSTED_BY_WORDS.map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})\\s.{2,60}?)\\s+(?:on|le|el|em|il)\\s+(\\S.{5,50})$`, 'u');
/** A byline and the time it was posted, on one line (POSTED_ON), the time read; else null. */
function postedOn(line: string): { byline: string; stamp: string } | null {
  const m = POSTED_ON.exec(line);
  return m !== null && findStamp(m[2]!)?.hasTime === true ? { byline: m[1]!, stamp: m[2]! } : null;
}
/** A clock under a date alone, maybe with its label: `Updated 6:48 p.m.`, `14:05 GMT`. */
const CLOCK_UNDER_DATE = /^(?:\p{L}+(?:\s+\p{L}+)?:?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:\s+\p{Lu}{2,5})?$/u;
/** A time of day alone: `2:15 pm`, `14.05`, `10:47 AM EAT`. */
const CLOCK_ALONE = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]\.?M\.?))?(?:\s+\p{Lu}{2,5})?$/u;
type JoinedKind = 'name' | 'byline' | 'stamp' | 'agency' | 'slug' | 'place';

/** A joined header line's parts and what each is, when every part is a header's; else null. */
function joinedParts(line: string): { parts: string[]; kinds: JoinedKind[] } | null {
  if (!JOINED.test(line) || line.length > 200) return null;
  // (`Rédigé par Hinatea Pambrun le Mercredi 4 Mars 2026 à 17:48 | Lu 3412 fois`: a part that is a byline and its time is two)
  const postedBylines = new Set<string>();
  const parts = line.split(JOINED).map((p) => p.trim()).filter((p) => p !== '' && !BYLINE_FURNITURE.test(p)).flatMap((p) => {
    const posted = postedOn(p);
    if (posted === null) return [p];
    postedBylines.add(posted.byline);
    return [posted.byline, posted.stamp];
  });
  // (`Published: Thursday, September 10, 2026 | 2:15 pm`: a clock alone after a date is that date's time)
  // (a date in figures alone may read as a number, `28/10/2026 | 6:34 PM`: the two are tried as one)
  for (let k = parts.length - 1; k > 0; k--) if (CLOCK_ALONE.test(parts[k]!) && lineKind(`${parts[k - 1]} ${parts[k]}`) === 'stamp') parts.splice(k - 1, 2, `${parts[k - 1]} ${parts[k]}`);
  if (parts.length < 2) return null;
  // (`Kinley Wangchuk | Samtse`: the writer and where they filed from)
  // (`Wyoming Public Radio | By Caitlin Tierney-Oakes`: the outlet's name before its writer's byline)
  const kinds = parts.map((p, k) => (postedBylines.has(p) ? 'byline' : undefined) ?? lineKind(p) ?? (k === 0 && parts.length === 2 && OUTLET_NAME.test(p) && NEWSROOM_WORD.test(p) && lineKind(parts[1]!) === 'byline' ? 'agency'
    : nameLine(p) ? 'name' : k > 0 && (isPlaceLine(p) || /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u.test(p)) ? 'place' : undefined));
  const known = (k: string | undefined): k is JoinedKind => k === 'name' || k === 'byline' || k === 'stamp' || k === 'agency' || k === 'slug' || k === 'place';
  if (!kinds.every(known) || kinds.every((k) => k === 'place' || k === 'slug')) return null;
  return { parts, kinds: kinds as JoinedKind[] };
}

/**
 * A header line of parts joined by bars or spaced slashes: `Rufat Mammadli  |07.10.2025 - Update : 07.10.2025` (Anadolu),
 * `By Jo Lee | Reuters | 3 March 2025 14:05 GMT`. Read part by part when every part is a name, a byline,
 * a stamp or an agency; false (and nothing read) otherwise.
 */
function readJoined(h: Header, line: string): boolean {
  const joined = joinedParts(line);
  if (joined === null) return false;
  const { parts, kinds } = joined;
  parts.forEach((part, k) => {
    if (kinds[k] === 'slug' || kinds[k] === 'place') return; // `Source: Northfield Mining Corp.`, a field
    if (kinds[k] === 'stamp') h.stampLines.push(part);
    else if (kinds[k] === 'agency') h.agencyLines.push(part);
    else if (h.bylineLines.length === 0 || kinds[k] === 'byline') h.bylineLines.push(part);
  });
  return true;
}

/** Version marks a headline may carry (`REFILE-UPDATE 1-`, `CORRECTED-`, `(LEAD)`, Yonhap's `(2nd LD)`, Kyodo's `(Corrected)`, `-- Update`): taken off, kept as marks. */
const HEADLINE_MARKS = /^(?:(?:REFILE|REPEAT|RPT|UPDATE\s*\d*|UPDATED|ACTUALIZA\s*\d*|ACTUALIZACIÓN|AGGIORNAMENTO|CORRECTED|CORRECTION|CORRECTS|WRAPUP\s*\d*|EXCLUSIVE|URGENT|FLASH|EXTRA|BREAKING|ALERT|KILL|WITHDRAWN|ELIMINATION|TREKKES|KORRIGERAD|KORRIGERT|RETTELSE|RETTING|KORJATTU|KORJAUS|BERICHTIGUNG|KORREKTUR|CORRECCIÓN|CORREZIONE|RECTIFICATIF|EILMELDUNG|EIL)\s*[-:]\s*|\((?:LEAD|\d+(?:ST|ND|RD|TH|st|nd|rd|th)\s+(?:LEAD|LD|Lead|Ld)|Corrected|Updated|Urgent|Lead|URGENT|FLASH|EXTRA|UPDATE|AMENDED|CORRECTED|KILL|KILLED|WITHDRAWN|Zusammenfassung|Achtung|Corrigé|Corregido|Berichtigt|संशोधित|更正|訂正)[^)]*\)\s*)+/u;
// (and Korean agencies' `(종합)`, `(종합2보)`: a roundup of the story so far, an update)
// (and a note of what a new version changes: `(Correcting coach's name)`, `(Updates with toll)`; or that it is one: `(UPDATED)`)
const HEADLINE_TAIL_MARKS = /\s*(?:(?:--|—|-)\s*(?:Update|UPDATE|Correction|CORRECTION|Corrected|CORRECTED)\s*\d*|\((?:종합|종합\d보|\d보)\)|\((?:Correcting|Corrects|Corrected|Updating|Updates|Adds|Recasts|Refiling|Refiles)\b[^()]{0,80}\)|\((?:UPDATED|UPDATE|Updated|CORRECTED|REVISED|Revised)\))$/u;

/** A headline without its version marks, and the marks. */
export function cleanHeadline(headline: string): { headline: string; marks: string[] } {
  const marks: string[] = [];
  let text = headline;
  const head = HEADLINE_MARKS.exec(text);
  if (head) {
    marks.push(head[0].trim());
    text = text.slice(head[0].length);
  }
  const tail = HEADLINE_TAIL_MARKS.exec(text);
  if (tail) {
    marks.push(tail[0].replace(/^\s*(?:--|—|-)\s*/, '').trim());
    text = text.slice(0, tail.index);
  }
  // `Studie: Bei Hitzewellen … =`: the end-of-line mark of a 7901 header line
  return { headline: text.replace(/\s+=$/, '').trim(), marks };
}

/** `UPDATED: 17 JUN 2025, 13:05 (adds …)`: a label, a date and time, and what changed in parentheses. */
function isDatedNote(line: string): boolean {
  const stamped = /^[\p{Lu} ]{3,30}:\s+([^()]+?)\s*(?:\([^()]*\))?$/u.exec(line)?.[1];
  return stamped !== undefined && isWholeStamp(stamped);
}

/** The parts of a barred line that are stamps, when every other part is a short label (a section's name); else null. */
function stampParts(line: string): string[] | null {
  // (`12 agosto 2026 (modifica il 12 agosto 2026 | 18:47)`, Corriere della Sera: the update in parentheses is a part of its own)
  const parts = joinDateAndTimes(line.replace(/\s+\(([^()|]{3,40}?)\s+\|\s+(\d{1,2}[:.]\d{2})\)$/, ' | $1 $2').split(/\s+\|\s+/).map((p) => p.trim()));
  if (parts.length < 2 || parts.length > 4) return null;
  // each stamp with its time (`Posted on Sunday, March 9, 2025 | 9:47 at night` is one stamp, its time after the bar)
  const stamps = parts.filter((p) => isWholeStamp(p) || (lineKind(p) === 'stamp' && findStamp(p)?.hasTime === true));
  // (a date without its time, `Published at : December 15, 2025`, is neither: it gives no time)
  const labels = parts.filter((p) => !stamps.includes(p) && !(lineKind(p) === 'stamp' && findStamp(p)?.hasTime === false));
  return stamps.length > 0 && labels.every((p) => p.split(/\s+/).length <= 3 && !/[\d.!?]/.test(p)) ? stamps : null;
}

const CLOCK = /^(?:(\p{L}+)\s+)?(\d{1,2}[:.]\d{2})$/u;
/**
 * A date and its times in parts of their own (`Innlent | mbl | 1.12.2025 | 14:27 | Uppfært 15:05`): each time, with a
 * word before it or not, joined to the date (`1.12.2025 14:27`, `1.12.2025 15:05`); other parts as they are.
 */
function joinDateAndTimes(parts: readonly string[]): string[] {
  const at = parts.findIndex((p) => { const stamp = findStamp(p); return stamp !== null && !stamp.hasTime && stamp.covered >= p.replace(/[\s,.]/g, '').length - 2; });
  if (at < 0 || !CLOCK.test(parts[at + 1] ?? '')) return [...parts];
  // (a later date of its own, its label before it, takes the clock after it: `17·09·26 | 13:24 | Actualizado a 17·09·26 | 14:02`)
  const dated = (k: number): boolean => k > at + 1 && findStamp(parts[k]!)?.hasTime === false && CLOCK.test(parts[k + 1] ?? '');
  const out = parts.slice(0, at);
  for (let k = at + 1; k < parts.length; k++) {
    const clock = CLOCK.exec(parts[k]!);
    if (clock) out.push(`${dated(k - 1) ? parts[k - 1] : parts[at]} ${clock[2]}`);
    else if (!dated(k)) out.push(parts[k]!);
  }
  return out;
}

/** A date and time and nothing else but separators: `17 JUN 2025, 13:05`. */
const isWholeStamp = (part: string): boolean => {
  const stamp = findStamp(part);
  return stamp !== null && stamp.hasTime && stamp.covered >= part.replace(/[\s,]/g, '').length - 2;
};
