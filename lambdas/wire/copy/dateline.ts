import COUNTRIES from '../data/countries.json' with { type: 'json' };
import { providerByTag } from '../agencies/index.ts';
import { findStamp, isWeekday, monthOf } from './calendar.ts';

/**
 * The dateline opening a story's first paragraph, in any agency's shape (issue 11): the place, maybe a
 * region, country and date, the agency's tag in parentheses or after the place, and a separator.
 * `WASHINGTON (AP) —`, `MOUNT OLIVE, N.C. (AP) _`, `DAMASCUS, March 3 (Reuters) -`, `Munich (dpa) -`,
 * `OTTAWA —`, `SYDNEY, AAP -`, `TOKYO, March 3 Kyodo -`, `Tegucigalpa, 2 ene (EFE).-`,
 * `(ANSA) - ROMA, 01 LUG -`, `NAPLES, MARCH 12 -`, `New Delhi, Mar 3 (PTI) The …`, `New Delhi [India], March 26
 * (ANI):`, `MOSCOW, March 3. /TASS/.`, `Accra, March 3, GNA –`, `(Bloomberg) --`, `COPENHAGEN--`,
 * `(대구=연합뉴스) 김민수 기자 =`.
 */

export interface PrintedDateline {
  /** As printed, without its separator: `MOUNT OLIVE, N.C. (AP)`. */
  readonly text: string;
  /** The place, dates and tag left out, regions in parentheses or brackets as comma parts: `Guwahati, Assam, India`; empty when none. */
  readonly place: string;
  /** The agency tag as printed (`AP`, `tca/dpa`, `ANTARA`), else null. */
  readonly tag: string | null;
  /** The paragraph after the dateline. */
  readonly rest: string;
  /** A writer the dateline names (Yonhap's `(대구=연합뉴스) 김민수 기자 =`). */
  readonly byline?: string;
}

const MAX_HEAD = 130;
/** Separators: dashes (em, en, double, spaced single, ANPA's `_`), EFE's `.-` (after the tag, bracketed or not: `AVN.-`, or Mexican copy's after the date: `10 de diciembre de 2025.-`), ANI's `:` after the tag, Korean `=`, a colon after the year (`Tripoli, 9 June 2026: …`) or the day (`POKHARA, Aug 14: …`). */
const SEPARATOR = /\s*(?:—|–|-{2,3}|(?<=[\s)\]])-(?=\s)|(?<=\s)_(?=\s)|(?<=\))\s*\.-|(?<=(?:^|[\s,])\p{Lu}{2,10})\.-(?=\s)|(?<=\d|\s\p{Ll}{3,12})\.-(?=\s)|(?<=\))\s*:(?=\s)|(?<=\d{4}|\p{L}{3,9}\.?\s\d{1,2}):(?=\s)|(?<=\))\s*=(?=\s)|(?<=기자)\s*=|(?<=\/)\.(?=\s))\s*/gu;
const TAG_END = /\s*(?:\(([^()]{1,30})\)|\[([^[\]]{1,30})\])\.?$/u; // `(AFP)`, `[AHP]`
const TASS_TAG = /\s*\/\s*([\p{Lu}\p{L}]{2,12})\s*\/\.?$/u; // (`/Kabar/.`, NINA's `/ NINA /`)
const TAG_ALONE = /^\(([^()\s]{2,20})\)\s+(?=[\p{Lu}"“‘«])/u;
/** The tag first, then a dash (`(ANSA) - ROMA, …`), or a capital with no dash (`(DIRE) Faenza, …`): group 2 is the dash. */
const PREFIX_TAG = /^\(([^()]{2,30})\)(?:\s*(—|–|--|-)\s+|\s+(?=\p{Lu}))/u;
const CHINESE = /^(新华社|新華社|中新社|中新網|中新网)(\p{Script=Han}{2,8}?)(\d{1,2}月\d{1,2}日)电\s*(?:[（(](?:记者|記者)\s*([^）)]{1,30})[）)])?\s*/u;
const JAPANESE = /^【([^】\s]{1,12}?)(共同|時事|AFP時事|AFP=時事|ロイター|聯合ニュース)】\s*/u;
/** `【共同社东京2月19日电】`: the agency, the city and the date in lenticular brackets (Kyodo's and Yonhap's Chinese services). */
const CHINESE_BRACKETED = /^【(共同社|韩联社|韓聯社)(\p{Script=Han}{2,8}?)(\d{1,2}月\d{1,2}日)电】\s*/u;
// (Yonhap's `(서울=연합뉴스)`, Newsis's `[서울=뉴시스]`)
const KOREAN = /^[([]([^()[\]=]{1,20})=([^()[\]]{1,20})[)\]]\s*(?:(\S{2,6}(?:\s*[·,]\s*\S{2,6}){0,3})\s+(?:기자|특파원)\s*)?=\s*/u;
/** An agency named after the place or date without parentheses: `, AAP`, ` Kyodo`, `, GNA`. */
/** The countries' names in capitals (world-countries, bin/build-data.mjs): no agency's tag. */
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.names.map((name) => name.toUpperCase()));
/** Whether the text is a country's name (`Sweden`, `SWEDEN`). */
export const isCountryName = (text: string): boolean => COUNTRY_NAMES.has(text.toUpperCase());
const BARE_TAG = /(?:,\s*|\s+)([\p{Lu}][\p{L}-]{1,15}(?:\s[\p{Lu}][\p{L}]+)?)$/u;
/** `CITY, Region, Month day, year.` before the story, or dot leaders after the date (`FALL RIVER, APRIL 8, 2026.....Fall River Mayor …`). */
const DATED_HEAD = /^(\p{Lu}[\p{Lu}\p{M} '’-]{1,40}(?:,\s*\p{Lu}[\p{L}\p{M} ]{1,30})?,\s*(\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)(?:,\s*(\p{Lu}{3,12}))?)(?:\.\s+|\.{3,}\s*)(?=\p{Lu})/u;
const NEWS_AGENCY_NAMED = /^((\p{Lu}[\p{L}\p{M}-]{1,30}(?:\s\p{Lu}[\p{L}\p{M}-]{1,30})?),\s+(?:ИА|МИА|Информационное агентство|информационное агентство)\s+«([^«»]{2,20})»)\.?\s+(?=[\p{Lu}«"„])/u;
/** A zone printed after a time, which a tag's place can look like: `… 10:15 GMT`. */
const ZONE_TAG = /^(?:GMT|UTC|[A-Z]{1,3}[SD]?T|CET|CEST|MEZ|MESZ|MSK|IST|JST|KST|WIB|AEDT|AEST|NZDT|NZST)$/;
const STATUS_HEAD = /^(?:UPDATED?|CORRECTED|CORRECTION|URGENT|FLASH|BREAKING|EXCLUSIVE|REFILE|ACTUALIZA(?:DO)?|ACTUALIZACIÓN|AGGIORNAMENTO|KILL|WITHDRAWN)(?:\s*\d+)?$/u;
/** An agency's short name in capitals, a dash and a date, then a colon: `GIS – 18 March 2026:`. */
const TAG_AND_DATE = /^(\p{Lu}{2,10})\s*[–—-]\s*([^:]{6,30}):\s+(?=\p{Lu})/u;
/** A place, a date in figures and an agency's name between slashes, then a colon: `Baku/10.03.26/Turan:`. */
const SLASHED = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})\s*\/\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*\/\s*(\p{Lu}[\p{L}-]{1,20}):\s+(?=\p{Lu})/u;
/** A place and an agency's tag, each closed by a bar: `Gulu, Uganda | URN | …`. */
const BARRED = /^(\p{Lu}[\p{L}\p{M} ,.'’-]{1,50}?)\s+\|\s+([\p{Lu}][\p{L}-]{1,15})\s+\|\s+(?=\p{Lu})/u;
/** An Arabic place of one or two words, a hyphen and an agency's short name, closed up: `دمشق-سانا`. */
const ARABIC_TAGGED = /^(\p{Script=Arabic}{2,20}(?: \p{Script=Arabic}{2,20})?)[-–](\p{Script=Arabic}{2,6})\s+(?=\p{Script=Arabic})/u;
/** The same with a numeric date between, the agency's name then the hyphen: `الخليل 10-2-2026 وفا- أعلنت …` (WAFA). */
const ARABIC_DATED = /^(\p{Script=Arabic}{2,20}(?: \p{Script=Arabic}{2,20})?)\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+(\p{Script=Arabic}{2,8})\s*[-–]\s*(?=\p{Script=Arabic})/u;
/** A Thai place, a day and a month's abbreviation, a hyphen closed up to the story: `เชียงราย 12 ก.พ.-จังหวัด…` (TNA). */
const THAI = /^(\p{Script=Thai}[\p{Script=Thai}\p{M}]{1,30})\s+\d{1,2}\s+\p{Script=Thai}{1,2}\.\p{Script=Thai}{1,2}\.?\s*[-–]\s*(?=\p{Script=Thai})/u;
/** An agency's name of one to three capitalised words after a dateline's dash, closed by a point: `— РИА Новости. …`. */
const TAG_AFTER_DASH = /^\s*(\p{Lu}[\p{L}-]+(?:\s\p{Lu}?[\p{L}-]+){0,2})\.\s+(?=\p{Lu})/u;
/** A day and month in figures and a tag after a place's dash, then another dash: `16 - 2 (كونا) --`. */
const DATE_AND_TAG = /^(\d{1,2}\s*[-/.]\s*\d{1,2})\s*\(([^()]{1,30})\)\s*(?:--|—|–|-)\s*/u;
const TAG_BETWEEN_DASHES = /^\s*\(([^()]{2,30})\)\s*(?:--|—|–)\s*/u;
/** An agency's acronym after a place (`Tehran, IRNA`): three to six capitals that are not a country's or a region's (`NSW`, `UAE`) or a place's last word (`ILOILO CITY`). */
const ACRONYM = /^(?!(?:USA|UAE|DRC|PNG|NSW|ACT|QLD|VIC|TAS|KSA|ROK|DPRK|PRC|ROC|NYC|BiH|SAR|CITY|TOWN|BAY|BEACH|ISLAND|ISLANDS|PARK|PORT|LAKE|FALLS|HILLS|SPRINGS|HEIGHTS|VALLEY|RIVER)$)\p{Lu}{3,8}$/u;
const SENTENCE = /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}|\p{Ll}{2,}\.\s+\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
/** A place's name: one to three capitalised words. */
// (small words between them: `Ciudad de México`, `Rio de Janeiro`)
const PLACE_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:de|del|de la|do|da|dos|das|di|du|des|la|le|el|am|an|der|sur|upon)\s+)?\p{Lu}[\p{L}\p{M}'’.-]+){0,2}$/u;
const LETTER_START = /^[\p{L}(]/u;

/**
 * A tag after a place and a date names an agency even when we know neither it nor its shape: `Matanzas, 15 jul
 * (Prensa Latina)`: a name of one to three capitalised words.
 */
// (or one word of a script without capitals: `بورتسودان 26-11-2025 (سونا)-`)
// (or, with no date, a name that says it is a newsroom's: `PORT OF SPAIN, Trinidad (Loop News) --`, not a region `(Assam)`)
// (or a name its agency writes in lower case, after a date or right after a place: `Sondrio, 9 feb. (askanews) –`, `Berlin (epd).`)
// (or, in a script without capitals, after a day and month in figures: `16 - 2 (كونا) --`)
const namedTag = (tag: string, before: string): boolean =>
  ((CAPITALISED_TAG.test(tag) || CASELESS_TAG.test(tag) || LOWER_CASE_TAG.test(tag)) && (findStamp(before) !== null || NEWSROOM_WORD.test(tag)))
  || (/^\p{Ll}{2,8}$/u.test(tag) && PLACE_NAME.test(before.trim()))
  || (CASELESS_TAG.test(tag) && DAY_AND_MONTH.test(before.trim()))
  // (or the newsroom's web address: `Basra (IraqiNews.com) – …`)
  || SITE_TAG.test(tag)
  // (or one capitalised word right after a place in capitals: `STOCKHOLM (Direkt) Skogskoncernen …`)
  || (/^\p{Lu}\p{Ll}[\p{L}-]{1,15}$/u.test(tag) && CAPS_PLACE.test(before.trim()) && monthOf(tag) === undefined && !isWeekday(tag));
/** A newsroom's web address as its tag: `IraqiNews.com`, `Rappler.com`. */
const SITE_TAG = /^\p{Lu}[\p{L}\p{N}-]+\.(?:com|net|org|info|news|\p{Ll}{2})$/u;
/** A place in capitals, alone: `STOCKHOLM`, `SAN JOSÉ`. */
const CAPS_PLACE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}$/u;
/** A tag's name: one to three capitalised words (a small word between two: `SUR in English`, `Gazeta de Cotonou`); one word of a script without capitals; one word in lower case. */
const CAPITALISED_TAG = /^\p{Lu}[\p{L}.-]+(?:\s(?:(?:in|of|de|del|da|do|di|du|la|el|for)\s)?\p{Lu}[\p{L}.-]+){0,2}$/u;
const CASELESS_TAG = /^\p{Lo}[\p{Lo}\p{M}.]{1,11}$/u;
const LOWER_CASE_TAG = /^\p{Ll}[\p{Ll}.-]{1,15}$/u;
/** A day and month in figures: `16 - 2`, `10/2`. */
const DAY_AND_MONTH = /^\d{1,2}\s*[-/.]\s*\d{1,2}$/;
/** A word that makes a name a newsroom's: `Loop News`, `Radio Free Asia`, `Daily Monitor`. */
export const NEWSROOM_WORD = /(?:^|\s)(?:News|Press|Presse|Prensa|Media|Agency|Agence|Agencia|Agenzia|Radio|TV|Television|Online|Times|Post|Herald|Tribune|Daily|Gazette|Journal|Courier|Observer|Chronicle|Telegraph|Beacon|Bulletin|Wire|Noticias|Notícias|Nachrichten|Новости|Вести|Новини)(?:\s|$)/u;

/** A source and the agency that distributes it: `(MATANGI TONGA/PACNEWS)`. */
const SYNDICATED_TAG = /^\p{Lu}[\p{L} .'’-]{1,24}\/(\p{Lu}{2,12})$/u;
/** The agency that distributes a syndicated tag's story (`MATANGI TONGA/PACNEWS` → `PACNEWS`), else null. */
export const distributorOf = (tag: string): string | null => SYNDICATED_TAG.exec(tag)?.[1] ?? null;
/**
 * Whether a tag is the sender's own, as the file's header names it: the same name, or the service code it opens with
 * (`Innsbruck (Krone) -` from the 7901 service `KRO0412`).
 */
const ownsTag = (tag: string, own: string | null): boolean =>
  own !== null && /^\p{Lu}[\p{L}-]{1,20}$/u.test(tag) && (tag.toLowerCase() === own.toLowerCase() || (/^\p{Lu}{2,6}$/u.test(own) && tag.toUpperCase().startsWith(own)));
/** A tag that names an agency: one we know, or a short upper-case name (`ANTARA`, `GNA`, `PNA`). */
const agencyTag = (tag: string): boolean => providerByTag(tag) !== null || SYNDICATED_TAG.test(tag) || /^[\p{Lu}][\p{Lu}\p{Ll}]?[\p{Lu}-]{1,11}$/u.test(tag) || /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,2}$/u.test(tag) || /^(?:Lusa|Antara|Ukrinform|Notimex|Télam|Telam)$/u.test(tag)
  // (one word that says it is a news service: `AKIpress`, `Interpressnews`, `Kazinform`)
  || (/^\p{Lu}[\p{L}-]{2,20}$/u.test(tag) && NEWS_SERVICE_WORD.test(tag));
/** What an outlet's one-word name says it is: `AKIpress`, `Interpressnews`, `Kazinform`, `Newsis`. */
export const NEWS_SERVICE_WORD = /press|news|inform|wire|agen[cz]/i;

/** A clock time and its zone, a part of a dateline after its date: `4:52 PM EDT`, `14:05 GMT`. */
const CLOCK_PART = /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$/;

/** A place in mixed case and the code of a Swiss canton after it: `Göschenen UR`, `Le Sentier VD`. */
const CANTON_AFTER = /^(\p{Lu}\p{Ll}[\p{L}\p{M}'’. -]*?)\s+(AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH)$/u;

/** The place of a dateline head: dates and the tag gone, `(Assam)`/`[India]` as comma parts. */
function placeOf(head: string): string {
  // `MOSCOW. Feb 5`: a point, not a comma, between the place and the date (Interfax)
  // (`Москва. 9 июля`: the day first)
  const parts = head.replace(/\s*[([]([^()[\]]{1,40})[)\]]/g, ', $1').replace(/\.\s+(?=\p{L}+\.?\s+\d|\d{1,2}\.?\s+\p{L})/u, ', ').replace(/^([^,]*\p{L}{3})\.$/u, '$1').replace(/\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/, '').split(',').map((p) => p.trim()).filter((p) => p !== '');
  const kept: string[] = [];
  for (const [k, part] of parts.entries()) {
    // `Riyadh, Muharram 20, 1447, July 15, 2025`: a month of another calendar, its day, and its year as the next part
    if (kept.length > 0 && /^\p{L}[\p{L}'’ -]{2,20}\s\d{1,2}$/u.test(part) && /^\d{4}$/.test(parts[k + 1] ?? '')) continue;
    const stamp = findStamp(part);
    if (stamp && stamp.covered >= part.replace(/[\s.]/g, '').length - 1) continue; // the part is a date
    if (stamp && /^\p{L}+\.?\s+\d/u.test(part) && monthOf(part.split(/[\s.]/)[0]!) !== undefined) continue; // `March 11/2025`
    if (/^\d{4}$/.test(part)) continue;
    if (kept.length > 0 && isWeekday(part.replace(/\.$/, ''))) continue; // `BELIZE CITY, Tuesday, May 19`
    if (CLOCK_PART.test(part)) continue; // `Wilmington (March 12, 2026, 4:52 PM EDT)`: the time after the date
    // a date in a language the calendar does not know (`gegužės 20 d.`, `20 Temmuz`): after the place, a day's
    // number and at most three short words, none a capitalised name
    if (kept.length > 0 && /^(?=.*\b\d{1,2}\b)[\p{L}\d.]+(?:\s+[\p{L}\d.]+){0,3}$/u.test(part) && !/\p{Lu}\p{Ll}{4,}/u.test(part)) continue;
    // "Brno 5. listopadu": a date after the place, without a comma
    const date = stamp ? part.search(/\s\d{1,2}\.?\s/) : -1;
    // `Göschenen UR`, `Plan-les-Ouates GE`: a Swiss place and its canton's code (Keystone-SDA), the canton a part of its own
    const canton = kept.length === 0 ? CANTON_AFTER.exec(part) : null;
    if (canton) kept.push(canton[1]!, canton[2]!);
    else kept.push(date > 0 ? part.slice(0, date).trim() : part);
  }
  return kept.join(', ');
}

const capsPlace = (place: string): boolean => place !== '' && !HAS_LOWER.test(place.split(',')[0]!.replace(/\b(?:de|da|do|di|la|le|el|al|del|am|an|der|sur|en|upon)\b/g, ''));

/** The dateline opening a paragraph, or null. */
export function splitDateline(paragraph: string, own: string | null = null): PrintedDateline | null {
  // `中新社哈尔滨11月27日电 (记者 王琳)`, `新华社北京11月27日电（记者 …）`: agency, city, date, 电, the reporter
  const chinese = CHINESE.exec(paragraph);
  if (chinese) {
    const byline = chinese[4] === undefined ? {} : { byline: chinese[4].trim() };
    return { text: chinese[0].trim(), place: chinese[2]!, tag: chinese[1]!, rest: paragraph.slice(chinese[0].length), ...byline };
  }
  const bracketed = CHINESE_BRACKETED.exec(paragraph);
  if (bracketed) return { text: bracketed[0].trim(), place: bracketed[2]!, tag: bracketed[1]!, rest: paragraph.slice(bracketed[0].length) };
  // `【ロンドン共同】`, `【ワシントン時事】`, `【ソウル聯合ニュース】`: the city and the agency in lenticular brackets
  const japanese = JAPANESE.exec(paragraph);
  if (japanese) return { text: japanese[0].trim(), place: japanese[1]!, tag: japanese[2]!, rest: paragraph.slice(japanese[0].length) };
  // `دمشق-سانا أعلنت …`: an Arabic place, a hyphen and the agency's short name, no spaces between
  const arabic = ARABIC_TAGGED.exec(paragraph) ?? ARABIC_DATED.exec(paragraph);
  if (arabic) return closedUp(arabic, paragraph, arabic[2]!);
  const thai = THAI.exec(paragraph);
  if (thai) return closedUp(thai, paragraph, null);
  const korean = KOREAN.exec(paragraph);
  if (korean) {
    const byline = korean[3] === undefined ? {} : { byline: korean[3] };
    return { text: korean[0].replace(/\s*=\s*$/, '').trim(), place: korean[1]!.trim(), tag: korean[2]!.trim(), rest: paragraph.slice(korean[0].length), ...byline };
  }
  // `(ANSA) - ROMA, 01 LUG - …`: the tag first, then the place; `(DIRE) Faenza, 4 mar. - …` without a dash between
  // them, where a place and date follow (else the tag alone is read below)
  // (`(Business in Cameroon) - Cameroon exported …`: the outlet's own name in the tag, however many words it has)
  const prefix = PREFIX_TAG.exec(paragraph);
  if (prefix && (agencyTag(prefix[1]!.trim()) || (own !== null && prefix[1]!.trim().toLowerCase() === own.toLowerCase()))) {
    const after = paragraph.slice(prefix[0].length);
    const inner = headDateline(after, true);
    const dashed = prefix[2] !== undefined;
    if (inner && inner.tag === null && (dashed || inner.place !== '')) return { ...inner, text: `(${prefix[1]})${dashed ? ' -' : ''} ${inner.text}`, tag: prefix[1]!.trim() };
    if (dashed) return { text: `(${prefix[1]})`, place: '', tag: prefix[1]!.trim(), rest: after };
  }
  // `GIS – 18 March 2026: A flash flood …`: the agency's short name and the date, no place
  const taggedDate = TAG_AND_DATE.exec(paragraph);
  const date = taggedDate ? findStamp(taggedDate[2]!) : null;
  if (taggedDate && date && date.covered >= taggedDate[2]!.replace(/[\s.,]/g, '').length - 1) return { text: taggedDate[0].replace(/:\s*$/, ''), place: '', tag: taggedDate[1]!, rest: paragraph.slice(taggedDate[0].length) };
  // `Baku/10.03.26/Turan: The Ministry …`: the place, the date in figures and the agency, set apart by slashes
  const slashed = SLASHED.exec(paragraph);
  if (slashed) return { text: slashed[0].replace(/:\s*$/, ''), place: slashed[1]!, tag: slashed[2]!, rest: paragraph.slice(slashed[0].length) };
  // `Law360, Wilmington (March 12, 2026, 4:52 PM EDT) -- A Delaware …`: the outlet's own name, then its dateline
  if (own !== null && own.length >= 2 && paragraph.startsWith(`${own}, `)) {
    const inner = headDateline(paragraph.slice(own.length + 2), true);
    if (inner && inner.place !== '') return { ...inner, text: `${own}, ${inner.text}`, tag: own };
  }
  // `Kaieteur News - The Environmental Protection Agency …`: the outlet's own name and a dash, no place, in capitals maybe
  // (`ECONOMYNEXT – Sri Lanka’s …`); or a colon and the day (`Sierra Leone Telegraph: 18 May 2026: Health …`)
  const ownOpening = own !== null && own.length >= 2 ? OWN_NAME_OPENING.exec(paragraph) : null;
  const unarticled = (name: string): string => name.toLowerCase().replace(/^the\s+/, '');
  if (ownOpening && unarticled(ownOpening[1]!) === unarticled(own!)) {
    const rest = paragraph.slice(ownOpening[0].length);
    const day = /^([^:]{4,30}):\s+(?=\p{Lu})/u.exec(rest);
    const dated = day !== null && (findStamp(day[1]!)?.covered ?? 0) >= day[1]!.trim().length - 2 ? day[0].length : 0;
    // (the name as printed, unless in capitals: `Sierra Leone Telegraph` under `THE SIERRA LEONE TELEGRAPH`, `EconomyNext` for `ECONOMYNEXT`)
    const tag = /\p{Ll}/u.test(ownOpening[1]!) ? ownOpening[1]! : own!;
    // (the text as printed without its separator, the day with it: `Sierra Leone Telegraph: 18 May 2026`)
    if (ownOpening[2] !== ':' || dated > 0) return { text: paragraph.slice(0, ownOpening[0].length + dated).replace(/\s*[-–—:]\s*$/u, ''), place: '', tag, rest: rest.slice(dated) };
  }
  // `Gulu, Uganda | URN | Dozens of …`: the place, then the agency's tag, each closed by a bar
  const barred = BARRED.exec(paragraph);
  if (barred && agencyTag(barred[2]!)) {
    const found = readHead(`${barred[1]!} (${barred[2]!})`, false);
    if (found) return { ...found, text: barred[0].replace(/\s*\|\s*$/, ''), rest: paragraph.slice(barred[0].length) };
  }
  // `(Belga) Près d'un ménage …`: a known agency's tag alone, no place and no dash
  const alone = TAG_ALONE.exec(paragraph);
  if (alone && providerByTag(alone[1]!) !== null) return { text: `(${alone[1]})`, place: '', tag: alone[1]!, rest: paragraph.slice(alone[0].length) };
  return headDateline(paragraph, false, own);
}

/** A name and a dash or a colon opening a paragraph, the story (or the day) after them: `Kaieteur News - The …`. */
const OWN_NAME_OPENING = /^([^\s-][^-–—:]{0,58}?)(?:\s+[-–—]|(:))\s+(?=\p{Lu}|\d)/u;

/** A dateline its pattern matched with the place first, without the hyphen that closes it up to the story. */
const closedUp = (m: RegExpExecArray, paragraph: string, tag: string | null): PrintedDateline =>
  ({ text: m[0].trim().replace(/\s*[-–]$/, ''), place: m[1]!, tag, rest: paragraph.slice(m[0].length) });

function headDateline(paragraph: string, afterTag: boolean, own: string | null = null): PrintedDateline | null {
  const window = paragraph.slice(0, MAX_HEAD + 10);
  SEPARATOR.lastIndex = 0;
  for (const m of window.matchAll(SEPARATOR)) {
    if (m.index > MAX_HEAD) break;
    const head = paragraph.slice(0, m.index).trim();
    // (a colon after a day closes a date only: `POKHARA, Aug 14:`, not `Phase 2:`)
    if (m[0].trim() === ':' && /\s\d{1,2}$/.test(head) && monthOf(head.split(/\s+/).at(-2)!.replace(/\.$/, '')) === undefined) continue;
    const rest = paragraph.slice(m.index + m[0].length);
    const found = readHead(head, afterTag, own);
    if (found === undefined) continue;
    if (found === null) break; // no later separator either; a tag closing the dateline may still (below)
    // `SAN FRANCISCO--(BUSINESS WIRE)--Solvane Energy …`: the tag between two dashes
    const between = found.tag === null ? TAG_BETWEEN_DASHES.exec(rest) : null;
    if (between && agencyTag(between[1]!.trim())) return { ...found, text: `${head}--(${between[1]!.trim()})`, tag: between[1]!.trim(), rest: rest.slice(between[0].length) };
    // `الكويت - 16 - 2 (كونا) -- أعلنت …`: after the place, the day and month in figures and the tag, then a dash
    const dated = found.tag === null ? DATE_AND_TAG.exec(rest) : null;
    if (dated && namedTag(dated[2]!.trim(), dated[1]!)) return { ...found, text: `${head} - ${dated[0].trim().replace(/\s*(?:--|—|–|-)$/, '')}`, tag: dated[2]!.trim(), rest: rest.slice(dated[0].length) };
    // `СОЧИ, 10 дек — РИА Новости. Горнолыжный …`: the agency's name after the dash, closed by a point
    const closing = found.tag === null ? TAG_AFTER_DASH.exec(rest) : null;
    if (closing && (agencyTag(closing[1]!) || NEWSROOM_WORD.test(closing[1]!))) return { ...found, text: `${head} — ${closing[1]}`, tag: closing[1]!, rest: rest.slice(closing[0].length) };
    return { ...found, rest };
  }
  // `BAKU, Azerbaijan, April 8. Azerbaijan exported …` (Trend): a place in capitals and a date, closed by a point;
  // `YEREVAN, OCTOBER 8, ARMENPRESS. The …`: and the agency's name after the date
  const dated = DATED_HEAD.exec(window);
  if (dated && findStamp(dated[2]!) !== null && monthOf(dated[2]!.split(/\s/)[0]!) !== undefined) {
    const tag = dated[3] ?? null;
    const found = readHead(tag === null ? dated[1]! : dated[1]!.slice(0, dated[1]!.lastIndexOf(',')), afterTag);
    if (found) return { ...found, ...(tag === null ? {} : { text: dated[1]!, tag }), rest: paragraph.slice(dated[0].length) };
  }
  // `Бишкек, ИА «24.kg». До конца …`: a news agency (`ИА`, `информационное агентство`) named in guillemets after the place
  const named = NEWS_AGENCY_NAMED.exec(window);
  if (named) return { text: named[1]!, place: named[2]!, tag: named[3]!, rest: paragraph.slice(named[0].length) };
  // `New Delhi, Mar 3 (PTI) The government …`: a tag, and the story right after it
  // `Kaunas, gegužės 20 d. (ELTA). Kaune …`: the tag closed by a point
  // `लखनऊ, 04 दिसंबर (हि.स.)। उत्तर …`: closed by a danda, the story in a script without capitals
  // `Toshkent, 3-dekabr (“Dunyo” AA). …`: the agency's name in quotes inside the tag
  const bare = /^(.{1,110}?\(([^()]{1,30})\))[.।]?\s+(?=[\p{Lu}\p{Lo}"“‘'„«])/u.exec(window);
  const unquoted = bare?.[2]!.replace(/[“”"«»]/gu, '').trim();
  if (bare && unquoted && (agencyTag(unquoted) || namedTag(unquoted, bare[1]!.slice(0, -bare[2]!.length - 2)))) {
    const found = readHead(bare[1]!.replace(/[“”"«»]/gu, ''), afterTag);
    if (found) return { ...found, rest: paragraph.slice(bare[0].length) };
  }
  return null;
}

/** A head before a separator: the dateline's parts; undefined when this separator is not the dateline's (try the next); null when none can be. */
function readHead(head: string, afterTag: boolean, own: string | null = null): Omit<PrintedDateline, 'rest'> | null | undefined {
  if (head === '') return undefined;
  // a month's abbreviation ends in a point that ends no sentence: `Barcelona, 18 Mar. AVN`
  // (and `04 de novembro de 2025`, `13 de noviembre de 2025`: the date's own small words make no sentence)
  // (and a weekday's: `BELIZE CITY, Tues. May 19, 2026--`)
  const unabbreviated = head.replace(/(\p{L}+)\.(?=\s)/gu, (all, word: string) => (monthOf(word) !== undefined || isWeekday(word) ? word : all))
    .replace(/(\d{1,2})\s+de\s+(\p{L}+)(?:\s+del?\s+(\d{4}))?/gu, (all, day: string, month: string, year?: string) => (monthOf(month) !== undefined ? `${day} ${month}${year ? ` ${year}` : ''}` : all));
  if (head.length > MAX_HEAD || SENTENCE.test(unabbreviated) || /["“”]/.test(head)) return null;
  if (!LETTER_START.test(head) && !/^\d/.test(head)) return null;
  if (/^[\d\s./-]+$/.test(head)) return undefined; // `16 - 2 (كونا) --`: a date's figures, the tag still to come
  let tag: string | null = null;
  let placeText = head;
  const parens = TAG_END.exec(head);
  const tass = TASS_TAG.exec(head);
  const parenthesised = (parens?.[1] ?? parens?.[2])?.trim();
  if (parens && parenthesised && (agencyTag(parenthesised) || namedTag(parenthesised, head.slice(0, parens.index)) || ownsTag(parenthesised, own))) {
    tag = parenthesised;
    placeText = head.slice(0, parens.index);
  } else if (tass && (agencyTag(tass[1]!) || /^\p{Lu}\p{Ll}{2,11}$/u.test(tass[1]!))) {
    // a name between slashes after the place is a tag whoever it is (`Cholpon-Ata, June 18 /Kabar/.`)
    tag = tass[1]!;
    placeText = head.slice(0, tass.index).replace(/\.$/, '');
  } else {
    const bare = BARE_TAG.exec(head);
    // `SYDNEY, AAP`, `Tehran, IRNA`: an agency we know, or an acronym's shape after a place
    // (a longer name in capitals after a point: `ASTANA. KAZINFORM`, `Москва. 9 июля. ИНТЕРФАКС`)
    // (set apart by a comma, a point or a date: in `SÃO PAULO -` the second word is the city's, in `Phnom Penh, November 11, 2025 AKP` not)
    const setApart = bare !== null && (bare[0].includes(',') || /[.\d]\s+\S+$/u.test(head));
    const acronym = bare !== null && setApart && (ACRONYM.test(bare[1]!) || (/\.\s+\S+$/u.test(head) && /^\p{Lu}{3,12}$/u.test(bare[1]!)));
    // (not a country in capitals after its city: `NASSAU, BAHAMAS —`)
    if (bare && (providerByTag(bare[1]!) !== null || (acronym && monthOf(bare[1]!) === undefined && !COUNTRY_NAMES.has(bare[1]!.toUpperCase()))) && head.slice(0, bare.index).trim() !== '') {
      tag = bare[1]!;
      placeText = head.slice(0, bare.index);
    }
  }
  const printedPlace = placeOf(placeText.trim());
  const place = /\p{L}/u.test(printedPlace) ? printedPlace : '';
  if (STATUS_HEAD.test(place)) return null; // `UPDATED - Water cuts …` is a marked headline, not a dateline
  if (tag === null) {
    // Without a tag only a place in capitals is a dateline: `WASHINGTON —`, `NAPLES, MARCH 12 -`; not `He said —`;
    // or a place's name and a date after it: `Napoli, 14 nov. -` (AGI)
    const dated = place !== '' && place !== placeText.trim() && PLACE_NAME.test(place) && findStamp(placeText.slice(place.length)) !== null;
    if ((!capsPlace(place) && !dated) || placeText.length > 70) return null;
  } else if (place !== '' && !/^\p{L}/u.test(place)) return null;
  if (afterTag && tag !== null) return null;
  return { text: head, place, tag };
}

/**
 * A dateline on a line of its own before the story, with its agency's tag: `Moscow, November 20, AZERTAC`. Null
 * when the paragraph is not one.
 */
export function datelineLine(paragraph: string): Omit<PrintedDateline, 'rest'> | null {
  if (paragraph.length > 80) return null;
  const found = readHead(paragraph.replace(/[.:]\s*$/, '').trim(), false);
  return found && found.tag !== null && found.place !== '' && !ZONE_TAG.test(found.tag) && findStamp(paragraph)?.hasTime !== true ? found : null;
}

/**
 * A place in ordinary case alone on its line between the headline and the story (`Rovaniemi`, STT): one word, no
 * point, not a month or weekday. (Two words there are more often the writer's name without `By`.)
 */
export function isPlaceWordLine(paragraph: string): boolean {
  return paragraph.length <= 26 && /^\p{Lu}\p{Ll}[\p{Ll}\p{M}-]+$/u.test(paragraph) && monthOf(paragraph) === undefined && !isWeekday(paragraph);
}

/** After an outlet's name, a dash and a place of one to three words: ` – Mosul`. */
const DASH_AND_PLACE = /^\s+[–—-]\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})$/u;

/** `Shafaq News – Mosul` on a line of its own over the story: the place the outlet files from, else null. */
export function outletPlaceLine(line: string, outlet: string): string | null {
  return line.startsWith(outlet) ? DASH_AND_PLACE.exec(line.slice(outlet.length))?.[1] ?? null : null;
}

/** A paragraph that is a place alone, in capitals, on its own line before the story (`ANKARA`). */
export function isPlaceLine(paragraph: string): boolean {
  return paragraph.length <= 40 && /^[\p{Lu}][\p{Lu}\p{M} .'’-]+(?:,\s*[\p{Lu}][\p{L}\p{M} .'’-]+)?$/u.test(paragraph) && !/\s(?:AND|OR|THE|OF)\s/.test(paragraph);
}
