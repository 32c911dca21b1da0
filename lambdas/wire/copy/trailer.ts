import { AGENCY_NAMES, AGENCY_PROFILES } from '../agencies/index.ts';
import { codedStamp } from './calendar.ts';
import { VERSION_NOTE } from '../notes.ts';
import { ADDRESS_ALONE, bylineText, headsEditorsBlock, isAdMarker, isPhotoLine, isContactHeading, isNavigationBar, isRelatedLine, isRoleLine, isTagsLine, lineKind, RELATED_WORDS, SHARE_WORDS, type LineKind } from './lines.ts';
import { SIGNED_ADDRESS } from './header.ts';

/**
 * What follows a story (issue 11): end marks, the desk's sign-off, copyright, contact blocks, stamps and
 * codes are taken off the end of the paragraphs by shape (`lines.ts`), and off the end of the last
 * paragraph where an agency closes it inline (`… said. (ANI)`, `Enditem`). Credit lines are kept apart
 * for `extract`, which names their people; a Bloomberg editors' block becomes an editing credit.
 */

export interface Trailer {
  /** The story paragraphs, without what closed them. */
  readonly paragraphs: string[];
  /** Credit lines, in order (`(Reporting by …)`, `--With assistance from …`, `Editing by A, B`). */
  readonly credits: string[];
  /** Lines and marks that name an agency (`==Kyodo`, `©2025 Bloomberg L.P.`, `(ANI)`): evidence of the provider. */
  readonly evidence: string[];
  /** Stamp lines at the foot (`March 03, 2025 14:05 ET (19:05 GMT)`). */
  readonly stampLines: string[];
  /** Embargo lines repeated at the foot (PA). */
  readonly embargoLines: string[];
  /** A writer's name and agency at the foot (`Marc-André Lefebvre, The Canadian Press`): the byline where the top has none. */
  readonly signatures: string[];
}

/** How many closing paragraphs may be furniture: more than this and the rest is story. */
const MAX_TRAILER = 24;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An agency closing the last paragraph inline: `… said. (ANI)`, `… (PAP)`, `… (ANSA).`, `… Enditem`, `… (end)`, `… EFE`. */
const INLINE_CLOSE = new RegExp(`(?<=[.!?"”’»)。！？」])\\s*(?:\\((?:${AGENCY_NAMES.map(escape).join('|')}|end|END|fin|FIN|完)\\)\\.?|（完）|Enditem|ENDITEM|Fin|FIN|Fim|FIM|==\\s*\\S+|\\/\\.|(?:${['EFE', 'ANSA', 'GNA', 'PNA', 'AA', 'PAP', 'ANI', 'IANS'].join('|')})\\.?)\\s*$`);
/** A site's name signing off at the end of the last paragraph, after a dash: `… billion. -- Rappler.com`. */
const SITE_SIGN_OFF = /^(.*[.!?"”’])\s+(?:--|—|–)\s*([\p{L}\d-]+\.(?:com|net|org|info|co\.[a-z]{2}|[a-z]{2}))$/u;
/** A sentence's stop, then two or three capitals closing the paragraph without one of their own: an outlet's initials signing off. */
const INITIALS_SIGN_OFF = /^(.{40,}[.!?"”’])\s+(\p{Lu}{2,3})$/u;
/** Writers' names in capitals, two to four words each, set off by dashes: a byline at the foot. */
const NAME_IN_CAPITALS = String.raw`\p{Lu}[\p{Lu}\p{M}'’.]+(?:\s\p{Lu}[\p{Lu}\p{M}'’.]+){1,3}`;
const FOOT_NAMES = new RegExp(String.raw`^${NAME_IN_CAPITALS}(?:\s+[-–]\s+${NAME_IN_CAPITALS}){0,3}$`, 'u');
/** What a page prints under a story, below which a byline at the foot is still the story's (`Story by …` over `Tags: …`). */
const FOOT_FURNITURE: ReadonlySet<LineKind | undefined> = new Set<LineKind | undefined>(['contact', 'slug', 'copyright', 'photo', undefined]);
/** A line naming a person at an address, inside a contact block (`Anna Magnusson at amagnusson@bloomberg.net`). */
const CONTACT_NAME = /^(.{3,60}?)\s+(?:in\s+[\p{Lu}][\p{L} .-]+\s+)?at\s+\S+@\S+?;?$/u;
/** A name alone on a line (two to four capitalised words). */
const NAME_ONLY = /^[\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3}$/u;
/** Words that make a capitalised line a body's or a desk's name, not a writer's: `Lolland Kommune`, `Reuters Staff`. */
const BODY_WORD = /\b(?:Press|News|Agency|Agence|Agencia|Media|Kommune|Council|Ministry|Office|Staff|Desk|Team|Service|Redaktion|Rédaction|Redacción|Redazione|Redactie|Newsroom|Bureau|Group|Limited|Ltd|Inc)\b/u;
/** After other closing lines: a lone short token is a sign-off too (`RHL`, `swi`). */
const SHORT_MARK = /^[\p{L}]{2,5}$/u;
/** Names a sign-off gives by role: `autor: Ioana Marin`, `editor: Mariana Ionescu`. */
const SIGNOFF_AUTHOR = /\b(?:autor|autora|author|auteur|autore)\s*:\s*([\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3})/iu;
const SIGNOFF_EDITOR = /\b(?:editor|redactor|rédacteur|redattore)\s*:\s*([\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3})/iu;
/** Sign-offs that are a profile's own (`PTI JP RHL`). */
const OWN_SIGNOFFS = AGENCY_PROFILES.flatMap((p) => [...(p.signOff ? [p.signOff] : []), ...(p.closing ?? [])]);

/** A line one of the profiles closes its copy with (`==Kyodo`, `PRN`). */
export const ownSignOff = (line: string): boolean => OWN_SIGNOFFS.some((re) => re.test(line));

/**
 * Takes a press release's contact block off the end of the lines: from its heading (`Media Contact:`, `For further
 * information, please contact:`) to the end, when every line after it is short (names, titles, companies,
 * sub-headings, addresses, numbers) and none is a sentence of the story. The lines it took.
 */
export function takeContactBlock(lines: string[], opts: { whole?: boolean } = {}): string[] {
  // the story's own lines keep their first (a story is never a contact block); lines after a separator may all go
  for (let k = lines.length - 1; k >= Math.max(opts.whole ? 0 : 1, lines.length - MAX_TRAILER); k--) {
    const line = lines[k]!;
    // (Bloomberg's editors' block under its reporter's: its names are credits, read line by line by `readTrailer`)
    if (headsEditorsBlock(line)) return [];
    if (isContactHeading(line)) {
      // a short line may end in a point (`Northfield Mining Corp.`); a sentence of the story is longer
      const sentence = (p: string): boolean => p.split(/\s+/).length > 6 && /[.!?]["”]?$/.test(p);
      return lines.slice(k + 1).every((p) => p.length <= 100 && !sentence(p)) ? lines.splice(k) : [];
    }
    if (line.length > 100) return [];
  }
  return [];
}

/** A heading over links to other stories, in the agencies' languages: `Más en Andina:`, `Read more:`, `Lire aussi :`. */
// (or over more of the site's section: `Mais nesta categoria:`, `More in this category`; or over the networks to share it on: `Share this:`;
// or over the site's previous and next stories: `Previous Story`, `Next Story`; the share call may name what it shares: `Partilhe esta notícia:`)
const RELATED_HEADING = new RegExp(String.raw`^(?:Share(?: this(?: story| article| page)?)?|(?:${SHARE_WORDS})(?: (?:esta|este|cet|cette|ce|questo|questa|diesen|diese|dit|deze) \S+)?|Más en\s+\S.{0,30}|Meer\s+\S.{0,30}|More\s+\S.{0,30}:|More from\s+\S.{0,30}|Also in (?:this|today['’]s|the) (?:edition|issue|newsletter|brief|briefing|section)|Also (?:today|this week|inside)|Mais nesta categoria|Mais nesta secção|More in this (?:category|section)|Más en esta (?:categoría|sección)|Plus dans cette (?:catégorie|rubrique)|Altro in questa categoria|(?:Previous|Next|Older|Newer) (?:story|article|post)|Article (?:précédent|suivant)|(?:Artículo|Noticia|Artigo|Notícia) (?:anterior|siguiente|seguinte)|Articolo (?:precedente|successivo)|(?:Vorheriger|Nächster) Artikel|${RELATED_WORDS})\s*:?$`, 'iu');
/** An item under such a heading: a headline, maybe behind a bullet (`• …`, `- …`). */
const RELATED_ITEM = /^(?:[•·▪◦*]|-\s)?\s*\S.{0,158}$/u;
/** A newsletter box's heading under the story. */
const NEWSLETTER_HEADING = /^(?:Newsletters?|Nyhetsbrev|Nyhedsbrev|Uutiskirje|Lettre d['’]information|Boletín|Butlletí|Nieuwsbrief)$/iu;
/** The most links such a block lists. */
const MAX_RELATED = 12;
/** A headline of fourteen words at most and no quotation, though it ends in a full stop. */
const SHORT_HEADLINE = /^(?!.*["“”„«»])\S+(?:\s+\S+){0,13}$/u;

/**
 * Takes a block of links to other stories off the end of the lines (its heading and the headlines under
 * it, each short and no sentence); true when it took one.
 */
function takeRelatedBlock(lines: string[]): boolean {
  for (let k = lines.length - 1; k >= Math.max(1, lines.length - MAX_RELATED - 1); k--) {
    // (a newsletter's box: its heading, its name, a line on it and a button, short lines all)
    if (NEWSLETTER_HEADING.test(lines[k]!) && lines.length - k <= 6 && lines.slice(k + 1).every(footerLine)) {
      lines.splice(k);
      return true;
    }
    // (or a tags heading without its colon over the tags: `Tags` / `Science & Environment Yellowstone National Park`)
    if (!RELATED_HEADING.test(lines[k]!) && !isTagsLine(`${lines[k]}:`)) continue;
    // (a headline may ask: `Sierra Leone's health budget: where is the money going?`; or, one of two or more, be two short
    // sentences: `Montpelier's flood wall study is done. Paying for it is the next fight.`)
    const items = lines.slice(k + 1);
    if (!items.every((l) => RELATED_ITEM.test(l) && (!/[.!]["”]?$/.test(l) || (items.length >= 2 && SHORT_HEADLINE.test(l))))) return false;
    lines.splice(k);
    return true;
  }
  return false;
}

/**
 * A block of links to other stories inside the story (`À lire aussi :` over two headlines, then the story goes on): its
 * heading and the headlines under it, each short and no sentence, taken out wherever they stand, as are advertisements' marks
 * and pictures' captions; the lines taken.
 */
function takeInlineRelated(lines: string[]): string[] {
  const taken: string[] = [];
  for (let k = 1; k < lines.length - 1; k++) {
    // (or a link alone, heading and headline on one line: `Mirá también Ola de calor en el AMBA: …`)
    // (or the mark where an advertisement stood: `Advertisement`; or a picture's caption closed by its credit, `… Fot. PAP/archiwum`)
    if ((isRelatedLine(lines[k]!) && !/[.!?]["”»]?$/.test(lines[k]!)) || isAdMarker(lines[k]!) || isPhotoLine(lines[k]!)) {
      taken.push(...lines.splice(k, 1));
      k--;
      continue;
    }
    if (!RELATED_HEADING.test(lines[k]!)) continue;
    let end = k + 1;
    while (end < lines.length && end - k <= MAX_RELATED && RELATED_ITEM.test(lines[end]!) && lines[end]!.length <= 160 && !/[.!?]["”»]?$/.test(lines[end]!)) end++;
    if (end === k + 1 || end === lines.length) continue;
    taken.push(...lines.splice(k, end - k));
  }
  return taken;
}

/** The furthest back a page's footer is looked for: its promotions, links and legal lines. */
const MAX_FOOTER = 12;
/** A footer line is short: a link, a promotion, a legal line, a heading; no paragraph of the story; or a copyright notice. */
const footerLine = (p: string): boolean => (p.length <= 120 && !(p.split(/\s+/).length > 12 && /[.!?]["”’]?$/.test(p))) || (p.length <= 300 && lineKind(p) === 'copyright');

/**
 * A web page's footer under the story's own last line (a credit, an end mark or a sign-off): every line after that mark
 * short and none a sentence of the story (`Have a confidential tip for our reporters? Get in Touch`, `LEARN MORE`,
 * `More From Bloomberg` and its links, `Terms of Service …`). Taken off the end; the lines it took.
 */
function takePageFooter(lines: string[]): string[] {
  for (let k = lines.length - 2; k >= Math.max(0, lines.length - MAX_FOOTER - 1); k--) {
    const kind = lineKind(lines[k]!);
    if (kind !== 'credit' && kind !== 'end' && kind !== 'signoff') continue;
    const after = lines.slice(k + 1);
    // (two lines after it at least, one of them a line no rule reads: a credit over a sign-off is the trailer's own business)
    // (nor an editors' block, whose names are credits)
    if (after.length < 2 || !after.every(footerLine) || after.every((p) => lineKind(p) !== undefined) || after.some(headsEditorsBlock)) return [];
    return lines.splice(k + 1);
  }
  return [];
}

/**
 * A web page's share bar, menu or tags under the story (`Delen   WhatsApp   Facebook   X`, `Deil | Facebook | Messenger`,
 * `Emner:   Stormflod   Lemvig`) and
 * what follows it, when all of that is short lines and no sentence of the story: the page's furniture, taken off the end.
 */
function takeFootMenu(lines: string[]): string[] {
  // (the highest such bar or tags line under which every line is furniture: `Temos: …` over a comment count, a copyright
  // line and the site's own menu)
  let cut = -1;
  for (let k = lines.length - 1; k >= Math.max(1, lines.length - MAX_FOOTER - 1); k--) {
    if (isNavigationBar(lines[k]!) || isTagsLine(lines[k]!)) cut = k;
    else if (!footerLine(lines[k]!)) break;
  }
  return cut >= 0 ? lines.splice(cut) : [];
}

/** A short line that ends in a colon, no sentence before it: a link's label over its address (`Read it online:`). */
const LINK_LABEL = /^[^.!?:]{3,100}:$/u;

/** A name of two to four words and a phone number: a writer's signature at the foot. */
const NAME_AND_PHONE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),?\s+(?:(?:Tel|Phone|Mobile)\.?:?\s*)?\+?\d[\d\s().-]{6,}\d$/u;

/** How many words a closing line that names the outlet may have beside the name to be its sign-off. */
const MAX_OUTLET_SIGNOFF_WORDS = 8;
/**
 * The story's paragraphs without the closing lines that name the outlet and little else, no quotation and no sentence
 * (`«Egemen Qazaqstan»`, `dpa alö yyzz a3 kr`): the outlet signing off, known only once the provider is. A sentence of the
 * story that names the outlet is no sign-off, however short (`NTB beklager feilen.`, `As Ukrinform reported earlier, …`).
 */
export function withoutOutletSignOff(paragraphs: readonly string[], outlets: readonly (string | null)[]): string[] {
  const names = [...new Set(outlets.filter((n): n is string => n !== null && n.trim().length >= 2).map((n) => n.trim().toLowerCase()))];
  if (names.length === 0) return [...paragraphs];
  // (the line without the outlet's name, when it names the outlet as a word of its own)
  const besideOutlet = (line: string): string | null => {
    const lower = line.toLowerCase();
    for (const name of names) {
      const at = lower.indexOf(name);
      if (at >= 0 && !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(lower.charAt(at + name.length))) return line.slice(0, at) + line.slice(at + name.length);
    }
    return null;
  };
  let end = paragraphs.length;
  while (end > 1) {
    const line = paragraphs[end - 1]!.trim();
    const rest = line.split(/\s+/).length > MAX_OUTLET_SIGNOFF_WORDS || /["“”„]/.test(line) || /[.?!:]$/.test(line) ? null : besideOutlet(line);
    // (a person named beside the outlet is a credit, not its sign-off: `VTDigger's Lola Duffort-Reyes contributed reporting.`)
    if (rest === null || /\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}+/u.test(rest)) break;
    end--;
  }
  return paragraphs.slice(0, end);
}

/** Reads the trailer off the end of a story's paragraphs. */
export function readTrailer(all: readonly string[]): Trailer {
  const paragraphs = [...all];
  // `(Corrects the estimated construction period …)` under `==Kyodo`: the version note closing the copy is set aside while
  // the marks above it are read, and stays last (the story's closing note)
  const versionNote = paragraphs.length > 1 && VERSION_NOTE.test(paragraphs[paragraphs.length - 1]!) ? paragraphs.pop()! : undefined;
  const credits: string[] = [];
  const evidence: string[] = [];
  const stampLines: string[] = [];
  const embargoLines: string[] = [];
  const signatures: string[] = [];
  let editors: string[] = [];
  let lastTaken: LineKind | undefined;
  evidence.push(...takeContactBlock(paragraphs));
  evidence.push(...takeFootMenu(paragraphs));
  evidence.push(...takePageFooter(paragraphs));
  for (let taken = 0; paragraphs.length > 0 && taken < MAX_TRAILER; taken++) {
    const last = paragraphs[paragraphs.length - 1]!;
    // a transmission stamp some profiles also close with (`KY-EN-11-13-25 1532`) dates the story
    const kind = codedStamp(last) !== null ? 'stamp' : ownSignOff(last) || (taken > 0 && SHORT_MARK.test(last)) ? 'end' : lineKind(last);
    // `THANH HUYỀN - ĐỨC PHÚ` under the story (Tuổi Trẻ): its writers' names in capitals, set off by dashes
    if (kind === undefined && taken <= 3 && paragraphs.length > 1 && FOOT_NAMES.test(last)) {
      paragraphs.pop();
      signatures.unshift(`By ${last.split(/\s+[-–]\s+/).join(', ')}`);
      lastTaken = 'byline';
      continue;
    }
    // `Elin Sandqvist +46 8 519 179 12` over her address under the story (Direkt): the writer's signature and phone
    const phoned = kind === undefined && taken <= 3 && paragraphs.length > 1 ? NAME_AND_PHONE.exec(last) : null;
    if (phoned) {
      paragraphs.pop();
      signatures.unshift(`By ${phoned[1]!}`);
      lastTaken = 'byline';
      continue;
    }
    // `Hamidou Yaméogo-Zida` alone under the story (L'Observateur Paalga): the writer's signature, nothing of the story
    // (or under a link to another story: `Read also: Kribi: ACPK cocoa processing plant begins …` / `Patricia Ngo Bayiha`)
    const above = paragraphs[paragraphs.length - 2] ?? '';
    // (or over the site's address: `Aminata Kambou` / `Lefaso.net`; or over a line on the writer: `Caitlin Tierney-Oakes` / `Caitlin Tierney-Oakes is …`)
    const overOwnLine = lastTaken === 'contact' && (evidence.at(-1) ?? '').startsWith(`${last} `);
    if (kind === undefined && (taken === 0 || (taken === 1 && lastTaken === 'contact' && SIGNED_ADDRESS.test(evidence.at(-1) ?? '')) || overOwnLine) && paragraphs.length > 3 && NAME_ONLY.test(last) && !BODY_WORD.test(last) && (/[.!?"”»]$/.test(above) || isRelatedLine(above))) {
      paragraphs.pop();
      signatures.unshift(`By ${last}`);
      lastTaken = 'byline';
      continue;
    }
    // `Isla Dornauf` / `Journalist` over the line on what she covers: the writer's name and job at the foot
    if (kind === undefined && lastTaken === 'contact' && paragraphs.length > 3 && isRoleLine(last) && NAME_ONLY.test(above) && !BODY_WORD.test(above)) {
      paragraphs.splice(-2);
      signatures.unshift(`By ${above}`);
      lastTaken = 'byline';
      continue;
    }
    if (kind === 'byline' && (taken <= 3 || FOOT_FURNITURE.has(lastTaken)) && paragraphs.length > 1) {
      // `autor: Michał Szczepański` under the story (PAP): the byline at the foot
      paragraphs.pop();
      signatures.unshift(bylineText(last));
      continue;
    }
    if (kind === undefined || kind === 'byline' || kind === 'status' || kind === 'note') {
      // a contact block's name lines under its heading: "Anna Magnusson at amagnusson@bloomberg.net", "Martin Dreyfus"
      const named = CONTACT_NAME.exec(last) ?? (NAME_ONLY.test(last) ? [last, last] : null);
      if (named && paragraphs.some((p, k) => k < paragraphs.length - 1 && k >= paragraphs.length - 8 && lineKind(p) === 'contact' && /:\s*$/.test(p))) {
        editors.unshift(named[1]!.replace(/;$/, ''));
        paragraphs.pop();
        continue;
      }
      if (takeRelatedBlock(paragraphs)) continue;
      // `Read this story and the full Friday edition online:` over the story's address: the link's label
      if (kind === undefined && lastTaken === 'contact' && LINK_LABEL.test(last) && ADDRESS_ALONE.test(evidence.at(-1) ?? '') && paragraphs.length > 1) {
        paragraphs.pop();
        evidence.push(last);
        continue;
      }
      // `8a. calle 6-72 zona 1, Ciudad de Guatemala` between the agency's name and its telephone: the address
      if (kind === undefined && lastTaken === 'contact' && last.length <= 80 && !/[.!?]["”’]?$/.test(last) && paragraphs.length > 1 && lineKind(above) === 'agency') {
        paragraphs.pop();
        evidence.push(last);
        continue;
      }
      break;
    }
    paragraphs.pop();
    lastTaken = kind;
    switch (kind) {
      case 'credit':
        credits.unshift(last);
        break;
      case 'contact':
        if (headsEditorsBlock(last)) {
          const inline = /:\s*(.+)$/.exec(last)?.[1];
          // `Nasreen Ahmed at nahmed31@bloomberg.net; Michael Dwyer`: each editor, with an address or without
          // (or line breaks a format's markup lost: `Carlos Manuel Rojas at crojas45@bloomberg.net Stephen Whitcombe`)
          const listed = (inline ?? '').split(/;|(?<=@[\w-]+(?:\.[\w-]+)+)\s+(?=\p{Lu})/u).map((part) => part.trim()).map((part) => CONTACT_NAME.exec(part)?.[1] ?? (NAME_ONLY.test(part) ? part : ''));
          const names = [...listed, ...editors].filter((n) => n !== '');
          if (names.length > 0) credits.unshift(`Editing by ${names.join(', ')}`);
          editors = [];
        } else {
          // (`Brendan Scarffe at bscarffe2@bloomberg.net` over `Rachel Okonedo-Grant` under the editors' heading: one of them too)
          const named = CONTACT_NAME.exec(last)?.[1];
          if (named !== undefined && paragraphs.slice(-8).some(headsEditorsBlock)) editors.unshift(named.replace(/;$/, ''));
          else editors = [];
        }
        evidence.push(last);
        break;
      case 'signature':
        signatures.unshift(last);
        evidence.push(last);
        break;
      case 'stamp':
        stampLines.unshift(last);
        evidence.push(last);
        break;
      case 'embargo':
        embargoLines.unshift(last);
        break;
      case 'signoff': {
        // `AGERPRES/(AS - autor: Ioana Marin, editor: Mariana Ionescu)`: the writer is the byline, the editor a credit
        const author = SIGNOFF_AUTHOR.exec(last)?.[1]?.trim();
        const editor = SIGNOFF_EDITOR.exec(last)?.[1]?.trim();
        if (author) signatures.unshift(`By ${author}`);
        if (editor) credits.unshift(`Editing by ${editor}`);
        evidence.push(last);
        break;
      }
      default:
        evidence.push(last);
        break;
    }
  }
  // an agency closing the last paragraph inline
  const last = paragraphs[paragraphs.length - 1];
  if (last !== undefined) {
    const inline = INLINE_CLOSE.exec(last);
    if (inline && inline.index > 0) {
      paragraphs[paragraphs.length - 1] = last.slice(0, inline.index).trimEnd();
      evidence.push(inline[0].trim());
    }
  }
  // `… worth a combined P3.8 billion. -- Rappler.com`: the site's sign-off run into the last paragraph
  const runIn = paragraphs.length > 0 ? SITE_SIGN_OFF.exec(paragraphs[paragraphs.length - 1]!) : null;
  if (runIn) {
    paragraphs[paragraphs.length - 1] = runIn[1]!;
    evidence.push(runIn[2]!);
  }
  // `… until the pumps were repaired. DM` (Daily Maverick): the outlet's initials after the last sentence's stop, a sign-off
  const initials = paragraphs.length > 1 ? INITIALS_SIGN_OFF.exec(paragraphs[paragraphs.length - 1]!) : null;
  if (initials) {
    paragraphs[paragraphs.length - 1] = initials[1]!;
    evidence.push(initials[2]!);
  }
  if (versionNote !== undefined) paragraphs.push(versionNote);
  evidence.push(...takeInlineRelated(paragraphs));
  return { paragraphs, credits, evidence, stampLines, embargoLines, signatures };
}
