import { CYRILLIC, transliterated } from '../scripts.ts';
import { AGENCY_NAMES, providerByCode, providerByName, providerByTag } from '../agencies/index.ts';
import { holdsAccountLinks, initialsOf, isMasthead, lineKind, mastheadParts, outletCase, sectionMastheadName } from './lines.ts';
import { distributorOf, NEWS_SERVICE_WORD, NEWSROOM_WORD } from './dateline.ts';
import { withoutLegalForm } from '../company.ts';
import { SHORT_NAME, SIGNED_ADDRESS, SITE_ADDRESS } from './header.ts';

/** A site's name as its page prints it over the menu: one to three capitalised words, small words between them. */
const SITE_NAME = /^\p{Lu}[\p{L}\d-]{1,19}(?: (?:(?:of|de|del|la|le|du|des|di|da|do|the|and|&) )?\p{Lu}[\p{L}\d-]{1,19}){0,2}$/u;

/**
 * The agency a text wire comes from, from what its copy prints (issue 11), most telling first: the
 * dateline's tag (`(AP)`, `SYDNEY, AAP -`), the byline's agency (`By NAME, dpa`, `Associated Press` under
 * the name), then what closes the copy (`==Kyodo`, `Enditem`, `©2025 Bloomberg L.P.`, an address at
 * `bloomberg.net`), a service line at the top (`AAP General News Wire`), a stamp that names its agency
 * (`KYODO NEWS - Mar 1, 2026`). Only agencies with a profile are taken from lines other than the dateline:
 * a content vendor named in a closing line is no provider. An unknown agency's dateline tag (`(ANTARA)`)
 * is taken as printed.
 */

export interface ProviderEvidence {
  readonly datelineTag: string | null;
  readonly bylineLines: readonly string[];
  /** Closing lines and marks (trailer evidence), last first or in any order. */
  readonly closing: readonly string[];
  readonly agencyLines: readonly string[];
  readonly stampLines: readonly string[];
  /** The story, for the last resort: an agency it says was told something (`Hotene told Stuff after the meeting`). @default none */
  readonly paragraphs?: readonly string[];
  /** Codes the file's frame prints for its sender (a 7901 service header's, an ANPA trailer's). @default none */
  readonly sources?: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Agency names of three letters or more, whole words (two-letter tags like `AP`, `PA`, `AA` only where a tag stands). */
const NAMED = new RegExp(`(?<![\\p{L}\\d])(?:${AGENCY_NAMES.filter((n) => n.length >= 3).map(escape).join('|')})(?![\\p{L}\\d])`, 'u');
const TOLD = new RegExp(`\\b(?:told|said to|in an interview with)\\s+(?:the\\s+)?(${AGENCY_NAMES.filter((n) => n.length >= 3).map(escape).join('|')})\\b`, 'u');
const EMAIL_DOMAIN = /@([\w-]+(?:\.[\w-]+)+)/;

/** The known agency a line names, if any. */
function agencyIn(line: string): string | null {
  const domain = EMAIL_DOMAIN.exec(line)?.[1];
  if (domain) {
    const byDomain = providerByCode(`https://${domain}`);
    if (byDomain) return byDomain;
  }
  const named = NAMED.exec(line);
  return named ? providerByName(named[0]) ?? providerByTag(named[0]) : null;
}

/** A newsroom's name of one to four capitalised words after a byline's comma: `Alaska Beacon`, `The Ghana Herald`. */
const NEWSROOM_AFTER_COMMA = /^(?:The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;

/** The agency closing a byline: its own line (`Associated Press`), after the last comma (`By A and B, Associated Press`, `By NAME, dpa`) or a slash (`Name/TT`). */
function bylineAgency(line: string): string | null {
  const own = providerByName(line.replace(/^(?:Of|For|From)\s+/i, ''));
  if (own) return own;
  const comma = line.lastIndexOf(',');
  if (comma > 0) {
    const after = line.slice(comma + 1).trim();
    // `By NAME, dpa`; `By NAME, PA Social Affairs Correspondent`: the agency before the writer's title
    const named = providerByName(after) ?? providerByName(after.split(/\s+/)[0]!);
    if (named) return named;
    // `By Kaitlin Rasmussen-Aguiluk, Alaska Beacon`: a newsroom without a profile after the writer, by its word for one
    if (NEWSROOM_AFTER_COMMA.test(after) && NEWSROOM_WORD.test(after) && !/\b(?:Writers?|Reporters?|Correspondents?|Editors?|Staff)$/.test(after)) return after;
  }
  // `Erik Lindqvist/TT`, `Anna Berg / NTB`: the Nordic signature
  const slash = /\s*\/\s*([\p{L}-]{2,30})$/u.exec(line)?.[1];
  if (slash) return providerByTag(slash) ?? providerByName(slash);
  if (/^By:?\s+The Associated Press$/i.test(line)) return 'Associated Press';
  // `Losana Fifita, RNZ Pacific Journalist`: an outlet without a profile, before the writer's job (its letters or its word for news
  // say it is one, not `Political Correspondent`)
  const outlet = OUTLET_BEFORE_JOB.exec(line)?.[1];
  if (outlet && (/\p{Lu}{2,}/u.test(outlet) || NEWS_SERVICE_WORD.test(outlet))) return outlet;
  return null;
}

const OUTLET_BEFORE_JOB = /,\s+(\p{Lu}[\p{L}\p{M}&'’ -]{1,40}?)\s+(?:Journalist|Reporter|Correspondent|Staff Writer|Writer)$/u;
/** `…, Ukrinform reports, citing …`, `… told Newsday`, `… told Muscat Daily`: an outlet the story says it reports for, or was told something. */
// (a site's dotted name whole: `told NEWS.am`, `told Tengrinews.kz by phone`)
const REPORTS_OR_TOLD = /(?:,\s+(\p{Lu}[\p{L}-]{2,20})\s+reports?\b|\btold\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]{2,20}(?:\.\p{Ll}{2,6}(?![\p{L}\p{N}]))?(?:\s\p{Lu}[\p{L}-]{2,20}){0,2})(?=[\s,.;:]|$))/u;

/** The holder a copyright line names: `Copyright © 2025 FBC News`, `© ELTA.`, `(c) 2025 Kenya News Agency. All rights reserved`. */
const COPYRIGHT_HOLDER = /^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?(\p{Lu}[\p{L}\p{M}&' -]{1,40}?)\s*(?:[.,;]|\s+All rights reserved|$)/iu;
/** An agency's name followed by its acronym: `Botswana Press Agency (BOPA)`, `Agence Haïtienne de Presse (AHP)`. */
const AGENCY_WITH_ACRONYM = /\b(?:News|Press)\s+Agency\s*\((\p{Lu}{2,8})\)|\b(?:Agence|Agencia|Agência|Agenzia|Agentur|Agentstvo)\b[^()]{3,60}\((\p{Lu}{2,8})\)/u;
/** A sign-off of a name and its desk's initials: `Cyprus Mail ec/ap`. */
const SIGNED_NAME = /^(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2})\s+\p{Ll}{1,5}(?:\s*\/\s*\p{Ll}{1,5}){1,4}$/u;
/** A publisher named for its paper: `Trinidad Express Newspapers`, `Nation Publications`; the paper's name. */
const PUBLISHER = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:Newspapers?|Publications|Publishing|Media Group)$/u;
/** A news outlet's name: it ends in the word that says so. */
const OUTLET_NAME = /^\p{Lu}[\p{L}\p{M}&' -]*\s(?:News|Press|Agency|Newswire|Wire|Media)$/u;

/** An outlet's name alone where the byline stands (`Field Level Media` in ANPA's byline slot): the sender, no writer; else null. */
export function outletInBylineSlot(line: string): string | null {
  const name = line.replace(/\s*=\s*$/, '').trim();
  return OUTLET_NAME.test(name) && !/^By\b/i.test(name) ? name : null;
}

export function providerFrom(e: ProviderEvidence): string | null {
  const tag = e.datelineTag;
  if (tag && !/\p{Script=Latin}/u.test(tag)) {
    // a tag in another script (`ИНТЕРФАКС`, `МИА`) gives way to the Latin name a masthead prints (`Interfax :: …`, `MIA | …`),
    // or prints beside it (`뉴시스 NEWSIS`)
    const latinMasthead = e.agencyLines.map(mastheadShortName).find((n) => n !== null && /\p{Script=Latin}/u.test(n));
    const beside = e.agencyLines.map((line) => (line.includes(tag) ? line.replace(tag, '').trim() : '')).find((rest) => /^\p{Script=Latin}[\p{Script=Latin}.&' -]{1,29}$/u.test(rest));
    const latin = latinMasthead ?? beside;
    if (latin) return latin;
    // a tag in Cyrillic capitals of an agency without a profile, which no masthead prints in Latin: its Latin spelling (`СРНА` → `SRNA`)
    if (CYRILLIC.test(tag) && providerByTag(tag) === null && /^\p{Lu}{2,8}$/u.test(tag)) return transliterated(tag);
  }
  if (e.datelineTag) {
    // `(MATANGI TONGA/PACNEWS)`: a source, and the agency that distributes it
    const distributor = distributorOf(e.datelineTag);
    return providerByTag(e.datelineTag) ?? (distributor === null ? e.datelineTag : providerByTag(distributor) ?? distributor);
  }
  for (const line of e.bylineLines) {
    const found = bylineAgency(line);
    if (found) return found;
  }
  // an outlet we have no profile of, by the name its sign-off or copyright line gives, when a code of the file's frame spells it (`CM` and `Cyprus Mail
  // ec/ap`, whose desk initials are no agency's, `JO` and `(c)2025 Jamaica Observer Limited`)
  for (const line of e.closing) {
    const holder = COPYRIGHT_HOLDER.exec(line)?.[1]?.trim();
    const named = SIGNED_NAME.exec(line)?.[1] ?? (holder === undefined ? undefined : withoutLegalForm(holder));
    if (named && (e.sources ?? []).some((code) => (named.includes(' ') && initialsOf(named) === code.toUpperCase()) || named.toUpperCase() === code.toUpperCase())) return named;
  }
  for (const line of [...e.closing, ...e.agencyLines, ...e.stampLines]) {
    const found = agencyIn(line) ?? providerByTag(line.replace(/[^\p{L}\s/-]/gu, '').trim());
    if (found) return found;
  }
  // an agency named with its acronym anywhere in the header or the foot (`Botswana Press Agency (BOPA) – Ministry of …`),
  // before a masthead that may be the name of one of its newsletters (`DAILY NEWS`)
  for (const line of [...e.agencyLines, ...e.closing]) {
    const found = AGENCY_WITH_ACRONYM.exec(line);
    const named = found?.[1] ?? found?.[2];
    if (named) return named;
  }
  // an agency we have no profile of, by the masthead it prints: `BSS - Bangladesh Sangbad Sangstha`, `KENYA NEWS AGENCY`
  for (const line of e.agencyLines) {
    const short = mastheadShortName(line);
    if (short) return short;
  }
  // … or by the Latin acronym a masthead in another script opens with (`NNT สำนักข่าวแห่งชาติ กรมประชาสัมพันธ์`)
  const acronym = e.agencyLines.map((line) => /^(\p{Lu}{2,8})\s+(?=\p{L})(?!\p{Script=Latin})/u.exec(line)?.[1]).find((a) => a !== undefined);
  if (acronym) return acronym;
  // … or by a site's name over its menu (`Starnieuws`, `Liechtensteiner Vaterland`), which the header takes for its masthead
  // (`NL Times`, `Times of Malta`: initials, and small words between the name's words)
  // (`KVF` over `Kringvarp Føroya`: the short name the outlet goes by)
  const shortName = e.agencyLines.find((line, k) => SHORT_NAME.test(line) && e.agencyLines[k + 1] !== undefined);
  if (shortName) return shortName;
  const siteName = e.agencyLines.find((line) => SITE_NAME.test(line));
  if (siteName) return outletCase(siteName);
  // … or by its address, which it goes by (`mbl.is`)
  const address = e.agencyLines.find((line) => SITE_ADDRESS.test(line));
  if (address) return address.replace(/^www\./, '');
  // … or by the address it signs the story with at the foot, spelled as it spells it (`Lefaso.net`)
  const signed = e.closing.find((line) => SIGNED_ADDRESS.test(line));
  if (signed) return signed;
  // an agency we have no profile of, by the copyright it closes with: `Copyright © 2025 FBC News`
  for (const line of e.closing) {
    const holder = COPYRIGHT_HOLDER.exec(line)?.[1]?.trim();
    if (holder && (OUTLET_NAME.test(holder) || /^\p{Lu}{2,6}$/u.test(holder))) return holder;
    // (or a company's, whose name without its legal form is the outlet named under the byline or over the story: `Barbados Today Inc.`)
    const outlet = holder === undefined ? undefined : withoutLegalForm(holder);
    // (`Trinidad Express Newspapers Ltd.`: a publisher named for its paper)
    const paper = outlet === undefined ? null : PUBLISHER.exec(outlet)?.[1] ?? null;
    if (paper !== null) return paper;
    if (outlet && [...e.bylineLines, ...e.agencyLines].some((b) => b.replace(/\s*=\s*$/, '').trim().toLowerCase() === outlet.toLowerCase())) return outlet;
  }
  // copy that names no agency anywhere else, but says someone "told Stuff": its own reporter was told
  for (const p of e.paragraphs ?? []) {
    const told = TOLD.exec(p);
    const found = told ? providerByName(told[1]!) : null;
    if (found) return found;
  }
  // … or an outlet without a profile whose one-word name says it is one (`Ukrinform reports`, `told Newsday`)
  for (const p of e.paragraphs ?? []) {
    const m = REPORTS_OR_TOLD.exec(p);
    const named = m?.[1] ?? m?.[2];
    // (or a name of two or three words, one of which says it is a newsroom's: `told Muscat Daily`, `told Radio Tonga`)
    if (named && (named.includes(' ') ? NEWSROOM_WORD.test(named) : NEWS_SERVICE_WORD.test(named))) return named;
  }
  return null;
}

/**
 * A provider that is a newsroom's web address (`Basra (IraqiNews.com) –`) → the name a line at the top of the copy
 * spells with the same letters (`IRAQI NEWS` → `Iraqi News`), as the outlet writes its name; else the provider as it is.
 */
export function addressSpelled(provider: string | null, lines: readonly string[]): string | null {
  const site = provider === null ? undefined : /^([\p{L}\p{N}-]+)\.\p{Ll}{2,6}$/u.exec(provider)?.[1]?.toLowerCase();
  if (site === undefined) return provider;
  const name = topNames(lines).find((n) => n.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() === site);
  return name === undefined ? provider : outletCase(name);
}

/** A name in a closing or heading line: capitalised words, small words between them (`Times of Oman`, `El Observador`, `Delo`). */
const LINE_NAME = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|del|la|el|di|da|do)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}/gu;

/** Whether a code's letters stand in a name in order, the first opening it: `TOM` in `Times of Oman`, `EOB` in `El Observador`. */
function spellsCode(code: string, name: string): boolean {
  const letters = name.toUpperCase();
  if (letters[0] !== code[0] || name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length > code.length) return false;
  let at = 0;
  for (const letter of code) {
    at = letters.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A provider that is only a transmission code no agency profile knows (`EOB0412` → `EOB`, `CNS`) → the name that the service's
 * heading line, a copyright line or an outlet's line under the byline prints with the code's letters in order (`EOB0412 4 ec
 * 0389 El Observador`, `Copyright 2026, City News Service, Inc.`), as the outlet writes its name; not the code itself before a
 * word (`KPL English`), nor a writer's name in a credit (`Reporting by Carla Nunes`); else the code.
 * @param heading the service's heading line, whose names are the sender's
 */
export function codeSpelledOut(provider: string | null, lines: readonly string[], heading = ''): string | null {
  if (provider === null || !/^\p{Lu}{2,4}$/u.test(provider) || providerByCode(provider) !== null || providerByTag(provider) !== null || providerByName(provider) !== null) return provider;
  const spelled = (line: string, any: boolean): string | undefined => {
    for (const [found] of line.matchAll(LINE_NAME)) {
      const name = found.replace(/[.]$/, '');
      if (name.split(/\s+/)[0]!.toUpperCase() !== provider && (any || NEWSROOM_WORD.test(name)) && spellsCode(provider, name)) return outletCase(name);
    }
    return undefined;
  };
  if (heading.length <= 200) {
    const named = spelled(heading, true);
    if (named !== undefined) return named;
  }
  for (const line of lines) {
    const kind = line.length > 200 ? undefined : lineKind(line);
    const named = kind === 'copyright' ? spelled(line, true) : kind === 'agency' ? spelled(line, false) : undefined;
    if (named !== undefined) return named;
  }
  return provider;
}

/** Those told things in copy who are no newsroom: a house, a court, a hearing, officials (`told Parliament`, `told MPs`). */
const TOLD_BODY = /^(?:Parliament|Congress|Senate|House|Assembly|Cabinet|Council|Court|Committee|Commission|Tribunal|Inquiry|Police|MPs|MSPs|TDs|Senators?|Lawmakers|Legislators|Reporters|Journalists|Members|Delegates|Councillors|Councilors|Residents|Parents|Students|Staff|Officers|Jurors|Judge|Justice|Mr|Mrs|Ms|Dr|God)\b/u;

/**
 * The last resort for copy that names its outlet nowhere else: the one name the story says someone told something or
 * spoke to (`Lubega told New Vision on Monday`, `Speaking to Talamua after the Mass`), when it names no other so: a
 * reporter of the outlet was told. Two names told (`told Reuters` and `told the BBC`) say nothing of which filed the
 * story. (A person told something by name, `told Mary`, would pass for an outlet here: the wire layer knows no given
 * names; no labelled story does so.)
 */
export function onlyOneTold(paragraphs: readonly string[]): string | null {
  const told = new Set(toldNames(paragraphs).filter((name) => !TOLD_BODY.test(name)));
  return told.size === 1 ? [...told][0]! : null;
}

/**
 * An agency without a profile goes by its short name (eval/GOLD.md), as its copy prints it: a structured file's
 * `Saudi Press Agency` or `Qatar News Agency (QNA)` is `SPA` or `QNA` when that is the tag its dateline or its last line
 * carries (`(PNA)`), `ANTARA News Agency` is `ANTARA` by the same token.
 */
const NAMED_AFTER_NEWS = /^\p{Lu}.{4,60}\s(?:Noticias|Notícias|Notizie|Nachrichten|Informação|Información)\s+(\p{Lu}[\p{L}-]{2,20})$/u;

export function shortProvider(provider: string | null, tags: readonly string[]): string | null {
  if (provider === null || providerByName(provider) !== null || providerByTag(provider) !== null) return provider;
  const inParens = /\(([\p{Lu}]{2,8})\)$/u.exec(provider);
  if (inParens) return inParens[1]!;
  const words = provider.split(/\s+/);
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  // `Philippine News Agency` closing with `(PNA)`; `ANTARA News Agency` with the dateline's `(ANTARA)`
  const short = tags.find((tag) => tag.toUpperCase() === initials || (words.length > 1 && tag.toUpperCase() === words[0]!.toUpperCase()));
  // `Agencia Peruana de Noticias Andina`: the agency's own name after the word for news
  return short ?? NAMED_AFTER_NEWS.exec(provider)?.[1] ?? provider;
}

/**
 * The short name a masthead gives its agency: the acronym it prints (`BSS - Bangladesh Sangbad Sangstha`,
 * `UNITED NEWS OF BANGLADESH (UNB)`), else the initials of a name of three words or more (`KENYA NEWS AGENCY`
 * → `KNA`, as agencies are known); null for a line that is no masthead.
 */
/** A word in lower case that is no particle of a name (`mundo` in `Noticias de Costa Rica y el mundo`): a tagline's, not a name's. */
const TAGLINE_WORD = /(?:^|\s)(?!(?:della|dello|delle|degli|dalla)\s)\p{Ll}{5,}(?=\s|$)/u;

/** An edition's words after a paper's name in its masthead: `English Edition`, `International Edition`, `Edition`. */
const EDITION = /\s+(?:\p{Lu}\p{Ll}+\s+)?Edition$/u;

export function mastheadShortName(line: string): string | null {
  // (a masthead's tagline under its name, `Noticias de Costa Rica y el mundo`, goes by no initials; a name set off from
  // its section or its long form is no tagline: `Interfax :: Лента новостей`, `UzA — O'zbekiston Milliy axborot agentligi`)
  const tagline = line.split(/\s+/).length >= 5 && !/\s[-–—|·•:]{1,2}\s/.test(line) && TAGLINE_WORD.test(line);
  // (nor a site's tagline beside its account links: `Noticias de El Salvador | Suscríbete | Iniciar sesión`)
  if (!isMasthead(line) || tagline || holdsAccountLinks(line)) return null;
  const outlet = sectionMastheadName(line);
  if (outlet) return outlet;
  const parts = mastheadParts(line);
  const acronym = parts.find((p) => /^\p{Lu}{2,8}$/u.test(p)) ?? /\((\p{Lu}{2,8})\)/u.exec(line)?.[1];
  if (acronym) return acronym;
  // `Agenția Informațională de Stat MOLDPRES`: the name the agency goes by, in capitals at the end
  const closing = /\s(\p{Lu}{4,12})$/u.exec(parts[0]!)?.[1];
  if (closing && parts[0] !== parts[0]!.toUpperCase()) return closing;
  // a name of three words or more goes by its initials (`KENYA NEWS AGENCY` → KNA); a shorter one is its own (`Agência Brasil`)
  // (an edition's, by the paper's name: `Kathimerini English Edition` → `Kathimerini`)
  const name = parts[0]!.replace(EDITION, '');
  // `JIS News`, `IPS Inter Press Service`: the acronym it opens with
  const leading = /^(\p{Lu}{2,8})\s/u.exec(name);
  if (leading && name !== name.toUpperCase()) return leading[1]!;
  const initials = initialsOf(name);
  return name.split(/\s+/).length >= 3 ? (initials.length >= 3 ? initials : null) : name;
}

/** A name of up to four capitalised words, small words between: an outlet's, as a page's first lines print it (`THE TICO TIMES`). */
const TOP_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|del|la|le|du|des|di|da|do|and|&)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}$/u;
/** How far down the copy an outlet's name at the top is looked for: a page's masthead, section, headline, byline and stamp lines. */
const TOP_LINES = 6;
/** The names the copy's first lines print alone or before a bar or a slash (`Irish Examiner | Sport`), an outlet's shape each. */
const topNames = (lines: readonly string[]): string[] =>
  lines.filter((line) => line.trim() !== '').slice(0, TOP_LINES).map((line) => line.trim().split(/\s+[|/]\s+/)[0]!.trim()).filter((n) => n.length <= 40 && TOP_NAME.test(n));
const bare = (name: string): string => name.toLowerCase().replace(/^the\s+/, '').trim();
/**
 * Whom a story says someone told something, or spoke to: capitalised words after `told`, `speaking to`, `in an interview
 * with` (and `the`), a site's dotted name whole (`told Civil.ge`), a name over `of` or `from` to its last word (`told The
 * Times of Israel`, `told Notes from Poland`).
 */
const TOLD_NAMES = /(?:\btold|\b[Ss]peaking to|\bin an interview with)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}\d'’&-]*(?:\.\p{Ll}{2,6})?(?:\s+\p{Lu}[\p{L}\p{M}'’&-]*){0,3}(?:\s+(?:of|from)\s+\p{Lu}[\p{L}\p{M}'’&-]*(?![\p{L}\p{M}'’&-]|\s+\p{Lu}))?)/gu;
/** Every name a story says someone told something or spoke to, in order. */
const toldNames = (paragraphs: readonly string[]): string[] => paragraphs.flatMap((p) => [...p.matchAll(TOLD_NAMES)].map((m) => m[1]!));

/**
 * An outlet without a profile, by a name the copy prints at its top, alone or before a bar or a slash (`Irish Examiner |
 * Sport | Hurling`, `Philippine Daily Inquirer / 03:42 PM March 26, 2026`), when its foot or its story names it again:
 * a sign-off after a dash (`- Lanka Puvath`, the first line only), the copyright's holder (`© Irish Examiner Ltd.`), or
 * someone who `told the Inquirer`.
 */
export function outletAtTop(lines: readonly string[], closing: readonly string[], paragraphs: readonly string[]): string | null {
  const first = lines.find((line) => line.trim() !== '')?.trim();
  if (first !== undefined && first.length <= 40 && TOP_NAME.test(first) && closing.some((line) => line.replace(/^[-–—\s]+/, '').trim() === first)) return first;
  const holders = new Set(closing.map((line) => COPYRIGHT_HOLDER.exec(line)?.[1]?.trim()).filter((h): h is string => h !== undefined).map((h) => bare(withoutLegalForm(h))));
  const names = topNames(lines);
  if (names.length === 0) return null;
  // (who the story says was told something, read once: `told the Inquirer`, `told The Irrawaddy`)
  const told = toldNames(paragraphs).map((name) => `${name} `);
  for (const name of names) {
    const last = name.split(/\s+/).at(-1)!;
    // (or the first word of a name whose one other word is a newsroom's: `told Sun` under `Sun Online | News`)
    if (holders.has(bare(name)) || told.some((t) => t.startsWith(`${name} `) || t.startsWith(`${last} `) || (name.startsWith(t) && name === `${t}${last}` && NEWSROOM_WORD.test(last)))) return outletCase(name);
  }
  return null;
}
