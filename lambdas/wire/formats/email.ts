import PostalMime from 'postal-mime';
import { RejectionError } from '../../story/index.ts';
import { withWindows1252Marks } from '../decode.ts';
import { providerByCode, providerByName } from '../agencies/index.ts';
import { dropMastheadSlug, findStamp, layoutOf, lineKind, readCopy, serviceAcronym } from '../copy/index.ts';
import type { DecodedInput, WireDocument } from '../types.ts';
import { emptyDocument, htmlParagraphs } from './common.ts';
import { cleanLine } from './text.ts';
import { isCountryName } from '../copy/dateline.ts';

/**
 * Wire copy that arrives by e-mail (RFC 5322, MIME; issue 11): newsrooms take agency copy in mailboxes.
 * The message is decoded by postal-mime (multipart, quoted-printable, base64, charsets, encoded words);
 * its Subject is the headline, the sender's agency the provider where it is one, its Date a time, and its
 * text part (else its HTML part) is read as copy like any text wire. A wire file attached (NITF, ninjs, a
 * text take) is the story instead, the body being a cover note (`readWireFile`). A message without a text
 * or HTML part or a wire attachment holds no story and is refused `unknown-format`.
 */

/** Header lines at the very top (folded lines allowed), among them From and a Subject or a Date. */
const HEADER_LINE = /^[A-Za-z][\w-]{0,40}:[^\n]*$/;
const FOLDED = /^[ \t]+\S/;
const REQUIRED = [/^From:/im, /^(?:Subject|Date):/im];

/** Whether a file's head is an e-mail: a block of header lines, From and a Subject or Date among them, then a blank line. */
export function isEmail(head: string): boolean {
  const lines = head.replace(/\r\n?/g, '\n').split('\n');
  let headers = 0;
  for (const line of lines) {
    if (line === '') return headers >= 3 && REQUIRED.every((re) => re.test(head.slice(0, head.indexOf('\n\n') >= 0 ? head.indexOf('\n\n') : head.length)));
    if (HEADER_LINE.test(line)) headers++;
    else if (!FOLDED.test(line) || headers === 0) return false;
  }
  return false;
}

export interface DecodedEmail {
  readonly subject: string | null;
  readonly fromName: string | null;
  readonly fromAddress: string | null;
  /** The Date header as sent (`Thu, 06 Mar 2025 14:17:00 -0500`). */
  readonly date: string | null;
  readonly text: string | null;
  readonly html: string | null;
  /** Attachments that may hold a wire file (XML, JSON, text), at most `MAX_ATTACHMENTS`, in message order. */
  readonly attachments: readonly { readonly filename: string | null; readonly bytes: Uint8Array }[];
}

/** A mail with more attachments than this is read for its first ones only. */
export const MAX_ATTACHMENTS = 20;
const WIRE_ATTACHMENT = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json)$|application\/octet-stream$)/i;

/** Decodes the message (postal-mime is asynchronous). */
export async function decodeEmail(bytes: Uint8Array): Promise<DecodedEmail> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new RejectionError('malformed', `the e-mail cannot be decoded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const date = email.headers.find((h) => h.key === 'date')?.value ?? null;
  // a part in windows-1252 comes out of Node 20's TextDecoder with C1 controls for its dashes and quotes
  const text = email.text?.trim() ? withWindows1252Marks(email.text) : null;
  const html = email.html?.trim() ? withWindows1252Marks(email.html) : null;
  return {
    subject: email.subject?.trim() ? withWindows1252Marks(email.subject.trim()) : null,
    fromName: email.from?.name?.trim() || null,
    fromAddress: email.from?.address?.trim() || null,
    date,
    text,
    html,
    attachments: email.attachments
      .filter((a) => WIRE_ATTACHMENT.test(a.mimeType) && a.disposition !== 'inline')
      .slice(0, MAX_ATTACHMENTS)
      .map((a) => ({ filename: a.filename, bytes: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content) })),
  };
}

/** A Subject as a headline: no `Fwd:`/`Re:`, no `[list]` tag, no embargo (`EMBARGOED 06:00 PDT 3 JUN 2025: …`), no agency prefix (`IANS | …`, `AP: …`). */
function headlineOf(subject: string | null): string | null {
  if (subject === null) return null;
  let text = subject;
  for (let guard = 0; guard < 6; guard++) {
    const next = text.replace(/^\s*(?:(?:Fwd?|Re|AW|WG|TR|SV|VS|RV):\s*|\[[^\]]{1,40}\]\s*|EMBARGO(?:ED)?\b[^:]{0,60}:\s*)/i, '');
    const agency = /^([^|:]{2,40})\s*[|:]\s+/.exec(next);
    const stripped = agency && providerByName(agency[1]!.trim()) ? next.slice(agency[0].length) : next;
    if (stripped === text) break;
    text = stripped;
  }
  return text.trim() || null;
}

/** The agency a sender is: by its address's domain (`desk@upi.com`), else by its display name (`Kyodo News`). */
function senderAgency(email: DecodedEmail): string | null {
  const domain = email.fromAddress?.split('@')[1];
  const known = (domain ? providerByCode(`https://${domain}`) : null) ?? (email.fromName ? providerByName(email.fromName.replace(/\s+(?:Desk|Newsdesk|Service|Wire)$/i, '')) : null);
  // an agency we have no profile of, by the service it sends from: `RÚV English`, `IRNA English`
  return known ?? (email.fromName ? serviceAcronym(email.fromName) ?? listTag(email) ?? domainNamed(email) : listTag(email));
}

/**
 * A newsroom we have no profile of, by the leading words of the sender's name that its address's domain spells (`The
 * Local Sweden <alerts@thelocal.se>` → `The Local`, `Aftenposten Oslo <…@aftenposten.no>` → `Aftenposten`).
 */
function domainNamed(email: DecodedEmail): string | null {
  // (under a country's second-level domain, the label before it: `southwalesargus.co.uk`)
  const labels = email.fromAddress?.split('@')[1]?.toLowerCase().split('.') ?? [];
  const label = labels.length >= 3 && SECOND_LEVEL.test(labels.at(-2)!) ? labels.at(-3) : labels.at(-2);
  const words = email.fromName?.trim().split(/\s+/) ?? [];
  if (!label || label.length < 3) return null;
  for (let n = 1; n <= Math.min(words.length, 4); n++) {
    const lead = words.slice(0, n);
    const letters = lead.join('').toLowerCase();
    if (letters === label || (lead[0]?.toLowerCase() === 'the' && lead.slice(1).join('').toLowerCase() === label && n > 1)) return lead.join(' ');
    // (`Hartford Courant Content Desk <…@courant.com>`: the domain the name's last word, a desk's words after it)
    if (n >= 2 && lead[n - 1]!.toLowerCase() === label && DESK_WORDS.test(words.slice(n).join(' '))) return lead.join(' ');
  }
  return null;
}

/** What follows a newsroom's name in its sending desk's: `Content Desk`, `Newsroom`, `Partner Feed`; or nothing. */
const DESK_WORDS = /^(?:(?:Content|News|Partner|Syndication|Digital|Wire)\s+)?(?:Desk|Newsdesk|Newsroom|Feed|Service|Alerts)?$/i;

/** The second-level domains countries sell names under: `co.uk`, `com.au`, `org.za`, `co.nz`. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/;

/** A Subject's tag in brackets: `[The Namibian] NamWater warns …`. */
const SUBJECT_TAG = /^\s*\[(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})\]/u;

/**
 * A newsroom we have no profile of, by the tag it puts before its Subjects when the sender's name opens with the same
 * words (`[Matangi Tonga] …` from "Matangi Tonga Online"): a list's name that is only a topic (`[Breaking]`) is not.
 */
function listTag(email: DecodedEmail): string | null {
  const tag = SUBJECT_TAG.exec(email.subject ?? '')?.[1];
  const sender = email.fromName?.trim() ?? '';
  const from = sender.toLowerCase();
  if (tag === undefined) return null;
  if (from === tag.toLowerCase() || from.startsWith(`${tag.toLowerCase()} `)) return tag;
  // `[Nation] …` from "Seychelles Nation": the tag is a short form of the sender's name, which is the newsroom's
  const name = sender.replace(SENDER_SERVICE, '');
  const lower = name.toLowerCase();
  return (lower === tag.toLowerCase() || lower.endsWith(` ${tag.toLowerCase()}`)) && name.split(/\s+/).length <= 4 ? name : null;
}

/** The words a sender's name adds to the newsroom's: `Alerts`, `Online`, `Newsletter`. */
const SENDER_SERVICE = /\s+(?:Alerts?|Online|Newsletters?|News\s*Alerts?|Desk|Newsdesk|Service)$/i;

/** The line a signature opens with: `-- `, `--`, a dash alone. */
const SIGNATURE_DELIMITER = /^(?:-- ?|[—–])$/;
/** A signature is a few lines: the desk's name, an address, a disclaimer. */
const MAX_SIGNATURE_LINES = 8;

/**
 * The text without the sender's signature: what follows the `-- ` line (RFC 3676 §4.3), or a bare `--` line
 * as many mailers send it (or a dash alone, `—`, as newsletters do), when a signature's few lines follow.
 */
function withoutSignature(lines: string[]): string[] {
  for (let at = lines.length - 1; at > 0 && at >= lines.length - MAX_SIGNATURE_LINES - 1; at--) {
    if (SIGNATURE_DELIMITER.test(lines[at]!)) return lines.slice(0, at);
  }
  return lines;
}

/** A release's label before its Subject's headline: `GIS Press Release: …`, `Media release - …`. */
const RELEASE_LABEL = /^[^:]{0,40}\b(?:Press|Media|News)\s+Release\s*[:–-]\s*/i;
/** How far down the text a Subject's headline is looked for: a masthead block is a few lines. */
const SUBJECT_REACH = 15;

/** A word after a newsroom's name that names its edition, not the newsroom: `Matangi Tonga Online`. */
const EDITION_WORD = /^(?:Online|Digital|Web|Live|Interactive)$/i;
/** The words a newsletter adds to its sender's name: `Today`, `Daily`, `Morning Briefing`. */
const NEWSLETTER_WORDS = /^(?:(?:Morning|Evening|Weekend|Daily|Weekly)\s+)?(?:Today|Daily|Weekly|This Week|Briefing|Brief|Newsletter|Update|Digest|Headlines|Bulletin)$/i;
/** Whether a masthead is the sender's name and a newsletter's words after it: `NWT NEWS/NORTH TODAY` from `NWT News/North`. */
const newsletterOf = (masthead: string, sender: string): boolean =>
  masthead.toLowerCase().startsWith(`${sender.toLowerCase()} `) && NEWSLETTER_WORDS.test(masthead.slice(sender.length).trim());
/** Text compared without case and with its spaces folded. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The text from the line that prints the Subject's headline, where one of the first lines does: what stands
 * above it is the sender's letterhead (`GOVERNMENT INFORMATION SERVICE` / `Prime Minister's Office` / `PRESS
 * RELEASE`), of which only lines of copy's furniture (the agency's name, a dated line, an embargo, a byline, the sender's name) are kept. Else the
 * text whole.
 */
function underSubject(lines: string[], subject: string | null, sender: string | null): string[] {
  const headline = headlineOf(subject)?.replace(RELEASE_LABEL, '');
  if (headline === undefined || headline.length < 12) return lines;
  const at = lines.slice(0, SUBJECT_REACH).findIndex((line) => folded(line) === folded(headline));
  if (at <= 0) return lines;
  // (and the sender's name as the masthead: `EconomyNext` over the headline, from `EconomyNext <newsletter@…>`)
  const furniture = (line: string): boolean => lineKind(line.trim()) !== undefined || findStamp(line) !== null || (sender !== null && folded(line) === folded(sender));
  return [...lines.slice(0, at).filter(furniture), ...lines.slice(at)];
}

/** The decoded message → a wire document, its text part read as copy. */
export function emailDocument(email: DecodedEmail, input: DecodedInput): WireDocument {
  const lines = email.text !== null
    ? withoutSignature(email.text.replace(/\r\n?/g, '\n').split('\n'))
    : email.html !== null ? htmlMailLines(email.html) : null;
  if (lines === null) throw new RejectionError('unknown-format', 'the file is an e-mail without a text or HTML part and without a wire file (XML, JSON or text) attached: it holds no story to read');
  const doc = emptyDocument('email', input);
  const copy = underSubject(lines, email.subject, email.fromName);
  readCopy(doc, copy.map(cleanLine), layoutOf(copy));
  // the story's own headline first; the Subject where the text prints none
  doc.headline ??= headlineOf(email.subject);
  // (the copy's masthead the sender's whole name, `MATANGI TONGA ONLINE` from `Matangi Tonga Online <…@matangitonga.to>`: the
  // name its address spells, as the sender's own name would give, when what it leaves is the edition's word, `Online`, `Sweden`)
  // (a newsletter's name read as the provider, the sender's and the edition's words: `Valley Courier Today` from `Valley Courier`)
  if (doc.provider !== null && email.fromName !== null && newsletterOf(doc.provider, email.fromName.trim())) doc.provider = email.fromName.trim();
  if (doc.provider !== null && email.fromName !== null && folded(doc.provider) === folded(email.fromName)) {
    const spelled = domainNamed(email);
    const edition = spelled === null ? '' : email.fromName.trim().split(/\s+/).slice(spelled.split(' ').length).join(' ');
    // (else the sender's own spelling of it: `SUN & TIDE` from `Sun & Tide`)
    doc.provider = spelled !== null && (EDITION_WORD.test(edition) || isCountryName(edition)) ? spelled : email.fromName.trim();
  }
  doc.provider ??= senderAgency(email);
  // `NNA - Lebanese Civil Defense teams …` from "National News Agency - English": the tag of the sender, no place
  const sender = email.fromName?.replace(/\s+[-–|]\s+.*$/, '') ?? '';
  // "Mail & Guardian" sending a page headed `MAIL & GUARDIAN`: the sender is the outlet whose masthead the text prints
  const masthead = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  // (or the name of its newsletter, the sender's and the edition's: `NWT NEWS/NORTH TODAY` from `NWT News/North`)
  if (doc.provider === null && sender !== '' && (masthead.toLowerCase() === sender.toLowerCase() || newsletterOf(masthead, sender))) doc.provider = sender;
  dropMastheadSlug(doc);
  if (doc.provider === null && doc.datelinePlace !== null && /^\p{Lu}{2,8}$/u.test(doc.datelinePlace) && initials(sender) === doc.datelinePlace) {
    doc.provider = doc.datelinePlace;
    doc.datelinePlace = null;
    doc.datelineText = null;
  }
  const sent = email.date === null ? null : findStamp(email.date.replace(/^\w{3},\s*/, ''), 'dmy');
  if (sent?.hasTime) doc.times = doc.times.versionCreated === null ? { ...doc.times, versionCreated: sent.iso } : doc.times.firstCreated === null ? { ...doc.times, firstCreated: sent.iso } : doc.times;
  // a time the story prints without a zone is in the sender's, where no profile says where its desk is
  doc.homeZone ??= sent?.hasTime ? fixedZone(sent.iso) : null;
  return doc;
}


/**
 * An HTML message (a newsletter, a web page mailed) → lines of copy. Where it has a first-level heading,
 * that is the story's headline; of what stands above it and of what follows the first rule (`<hr>`) after
 * it, only lines of copy's furniture are kept (an embargo, a stamp, a credit, a copyright).
 */
function htmlMailLines(html: string): string[] {
  const h1 = firstHeading(html);
  const story = h1 ? html.slice(h1.end) : html;
  // without a heading there is no story to be after: a forwarded mail's rule keeps what follows it
  const rule = h1 ? story.search(/<hr\b/i) : -1;
  // around the story, lines of copy's furniture (an embargo, a stamp, a credit, a copyright) are kept for the
  // copy reader; other text there is the sender's banner or address (`RÚV English · News from Iceland`)
  const furniture = (part: string) => htmlParagraphs(part).filter((p) => lineKind(p) !== undefined);
  const paragraphs = [
    ...(h1 ? [...htmlParagraphs(h1.inner).slice(0, 1), ...furniture(html.slice(0, h1.start))] : []),
    // a mail's byline and date paragraphs are the only ones it has (no metadata holds them)
    ...htmlParagraphs(rule >= 0 ? story.slice(0, rule) : story, { keepClassed: true }),
    ...(rule >= 0 ? furniture(story.slice(rule)) : []),
  ];
  return paragraphs.flatMap((p) => [p, '']);
}

/**
 * The first `<h1>…</h1>`, else the first `<h2>` (a newsletter that keeps `h1` for nothing): two searches, linear in
 * the mail however many headings it opens and never closes.
 */
function firstHeading(html: string): { start: number; end: number; inner: string } | null {
  const level = /<h1\b/i.test(html) ? 'h1' : 'h2';
  const open = new RegExp(`<${level}\\b[^>]*>`, 'i').exec(html);
  if (!open) return null;
  const close = new RegExp(`<\\/${level}\\s*>`, 'gi');
  close.lastIndex = open.index + open[0].length;
  const closed = close.exec(html);
  return closed ? { start: open.index, end: close.lastIndex, inner: html.slice(open.index + open[0].length, closed.index) } : null;
}

const initials = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Offsets off the whole hour, each kept all year by one zone (no Etc/ zone names them): India's, Nepal's, Myanmar's … */
const HALF_HOUR_ZONES: Readonly<Record<string, string>> = {
  '+05:30': 'Asia/Kolkata', '+05:45': 'Asia/Kathmandu', '+06:30': 'Asia/Yangon', '+04:30': 'Asia/Kabul', '+03:30': 'Asia/Tehran',
  '+09:30': 'Australia/Darwin', '+08:45': 'Australia/Eucla', '-09:30': 'Pacific/Marquesas',
};

/**
 * The IANA zone of a fixed offset (`+03:00` → `Etc/GMT-3`, its sign the other way; `+05:45` → Asia/Kathmandu), else the
 * offset itself as a fixed zone (`-02:30`, Newfoundland's summer clock, kept by no zone all year → `UTC-2:30`).
 */
function fixedZone(iso: string): string | null {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!offset) return null;
  if (offset[3] !== '00') return HALF_HOUR_ZONES[`${offset[1]}${offset[2]}:${offset[3]}`] ?? `UTC${offset[1]}${Number(offset[2])}:${offset[3]}`;
  const hours = Number(offset[2]);
  return hours === 0 ? 'Etc/UTC' : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
}
