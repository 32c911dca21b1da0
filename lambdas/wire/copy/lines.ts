import { AGENCY_NAMES } from '../agencies/index.ts';
import { codedStamp, findStamp, isWeekday, monthOf } from './calendar.ts';
import { NEWSROOM_WORD } from './dateline.ts';

/**
 * What a line of wire copy is, by its shape alone (issue 11): the lines an agency prints above and below
 * a story, whoever the agency. Each rule is named, proven by its example (test/wire/copy/lines.test.ts),
 * and tried in order; the first that matches decides. A line no rule claims is text: a headline, a
 * byline without "By", or the story.
 */

export type LineKind =
  /** A date and time the desk stamped (`03 Mar 2025 14:05 GMT`, `Updated: Mar 10, 2026 18:45 IST`). */
  | 'stamp'
  /** An embargo (`EMBARGOED UNTIL 0001 GMT Friday March 7`, `SPERRFRIST …`). */
  | 'embargo'
  /** A status or version mark: kill, withdrawal, correction, update, urgency (`ELIMINATION`, `UPDATE 2`, `URGENT`). */
  | 'status'
  /** A note to editors (`Eds: …`, `EDITOR'S NOTE`, `(Achtung: …)`, `ATTN:`, `(Adds …)`). */
  | 'note'
  /** A keyword, slug or code line (`BC-Storm-Ohio,364`, `Germany-economy/trade/`, `RLY-COACHES`, `DEL52`, `ZCZC`). */
  | 'slug'
  /** A byline (`By NAME`, `by Firstname LASTNAME`, `Von …`, `Par …`, `Por …`, `Door …`, `Av …`). */
  | 'byline'
  /** A line that is an agency's name alone, or a service's (`Associated Press`, `Of DOW JONES NEWSWIRES`). */
  | 'agency'
  /** A picture or media line (`AP Photo`, `(Photo: …)`). */
  | 'photo'
  | 'separator'
  /** A mark that closes the copy (`(END)`, `Ends`, `Enditem`, `==Kyodo`, `-- BERNAMA`, `(Schluss)`, `NNNN`). */
  | 'end'
  /** The desk's initials (`bur-fm/kma`, `dpa lh sk`, `ja/cc`, `hmr.gta`). */
  | 'signoff'
  | 'copyright'
  /** Contact and reference lines (`To contact the reporter …`, `Write to … at …`, an address, `Related news:`). */
  | 'contact'
  /** A credit line (`Reporting by …`, `--With assistance from …`, `… contributed to this report`, `Reporter: …`). */
  | 'credit'
  /** A writer's name and agency closing the copy (`Marc-André Lefebvre, The Canadian Press`): a byline at the foot. */
  | 'signature';

export interface LineRule {
  readonly name: string;
  readonly kind: LineKind;
  /** A line the rule exists for; its test. */
  readonly example: string;
  readonly test: (line: string) => boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any agency name or tag, whole. */
const AGENCY = `(?:${AGENCY_NAMES.map(escape).join('|')})`;
// `AAP General News Wire`, `Emirates News Agency (WAM) - English Desk`, `IANS News Desk | Indo-Asian News Service`
const DESK_WORDS = '(?:Wire|News(?:wires?)?|Service|Agency|Feed|Desk|Newsroom)';
/**
 * An agency's masthead, named or not in our profiles: `BTA - Bulgarian News Agency`, `Prensa Latina - Agencia Informativa
 * Latinoamericana`, `MENA - Middle East News Agency - English Service`, `Focus Taiwan - CNA English News`: a few capitalised
 * words, parts joined by dashes or bars, one of them a word agencies call themselves by.
 */
const MASTHEAD_WORD = /(?:^|\s)(?:News\s+Agency|Press\s+Agency|Telegraph\s+Agency|Agency|Agencia|Agência|Agence|Agenzia|Agentur|Ajansı|Agentstvo|Agenția|Agentia|Agencija|Agencja|Agentligi|agentligi|Agentúra|Agentura|Nyhetsbyrån|Nyhetsbyrå|Nyhedsbureau|Nachrichtenagentur|Presseagentur|Persbureau|Uutistoimisto|Hírügynökség|Агенција|Агентство|Агенцыя|Агенція|Sangstha|Prensa|Presse|Press|Newswires?|News\s+Service|Service|Servicio|Servizio|Dienst|Wire|Informativa|Noticias|Notícias|English\s+News|(?:English|Spanish|French|Arabic|German)\s+(?:Desk|Service|Edition))(?=$|\s|\()/iu;
const MASTHEAD_PART = /^(?:[\p{Lu}\d][\p{L}\p{M}\d.&'’-]*(?:\s+|$)|(?:of|de|la|del|des|du|di|der|für|for|and|y|et|und|e|en|in)\s+|\(\p{Lu}{2,8}\)(?:\s+|$))+$/iu;
/** Whether a name has a news agency's word in it (`Agence d'Information du Burkina`, `City News Service`): an agency's, not a newspaper's. */
export const hasAgencyWord = (name: string): boolean => MASTHEAD_WORD.test(name);
const MASTHEAD_START = new RegExp(`^(?:${MASTHEAD_WORD.source.replace('(?:^|\\s)', '')})`, 'iu');
const MASTHEAD_END = new RegExp(`${MASTHEAD_WORD.source.replace('(?=$|\\s|\\()', '')}(?:\\s+\\(\\p{Lu}{2,8}\\))?$`, 'iu');
/** A web address a masthead may close with (`… | www.sanews.gov.za`). */
/** A web address alone: a masthead's part (`www.example.com`), or a link under its label at the foot. */
export const ADDRESS_ALONE = /^(?:https?:\/\/|www\.)\S+$/;
/** A name and the acronym its initials make: `UNITED NEWS OF BANGLADESH (UNB)`, `Kenya News Agency (KNA)`. */
const NAMED_ACRONYM = /^([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,6})\s+\((\p{Lu}{2,8})\)$/u;
const ACRONYM_NAMED = /^(\p{Lu}{2,8})\s+[-–—|]\s+([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){1,6})$/u;
const CONNECTOR = /^(?:of|de|la|del|des|du|di|der|für|for|and|y|et|und|e|en|in|the)$/i;
/** An article elided onto the next word, a connector too: `Agence d'Information du Burkina` → AIB. */
const ELIDED_ARTICLE = /(?<!\p{L})[dlDL]['’](?=\p{L})/gu;
export const initialsOf = (name: string): string => name.replace(ELIDED_ARTICLE, '').split(/[\s-]+/).filter((w) => !CONNECTOR.test(w) && /^\p{L}/u.test(w)).map((w) => w[0]!.toUpperCase()).join('');

/** A news outlet's name and the section the story is filed in, as a web page heads it: `PSM NEWS | BUSINESS`, `NBC News · National`, `ESTADÃO CONTEÚDO | Agronegócio`, `NÉPSZAVA – Belföld`. */
const NEWS_WORD = '(?:NEWS|News|Nieuws|Nachrichten|Noticias|Notícias|Notizie|Nyheter|Nyheder|Uutiset|uutiset|uutispalvelu|uudised|Fréttir|Wiadomości|Zprávy|Správy|Vijesti|Vesti|Новости|Вести|Новини)';
const SECTION_MASTHEAD = new RegExp(`^(\\p{Lu}{2,6}(?::\\p{Ll}{1,3})?\\s+${NEWS_WORD}|\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,3}\\s+${NEWS_WORD})\\s+[|·•]\\s+\\p{Lu}[\\p{L}&' ]{1,30}$|^(\\p{Lu}[\\p{L}-]{1,15})(?:\\s+::\\s+[^:|]{1,40}){1,3}$|^(\\p{Lu}{2,6})\\s+[—–|·•]\\s+${NEWS_WORD}(?:\\s+\\p{Lu}[\\p{L}]+){0,2}$|^(\\p{Lu}[\\p{Lu}\\p{M}]{1,5})\\s+${NEWS_WORD}$|^(\\p{Lu}[\\p{Lu}\\p{M}'’.&-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}\\p{M}'’.&-]+){0,2})\\s+[|·•–—]\\s+\\p{Lu}\\p{Ll}[\\p{L}&' ]{1,30}$`, 'u');

/** The outlet a section masthead names, in the case its name is written (`PSM NEWS` → `PSM News`); null for another line. */
export function sectionMastheadName(line: string): string | null {
  // `Interfax :: Лента новостей :: Экономика`: the outlet, then its sections
  const found = SECTION_MASTHEAD.exec(line);
  const name = (found?.[1] ?? found?.[2] ?? found?.[3] ?? found?.[4] ?? found?.[5])?.replace(/:\p{Ll}+(?=\s)/u, '');
  // `JIS News | Jamaica Information Service`: the part after the bar spells the acronym out, so it is no section
  const acronym = name?.split(/\s+/)[0];
  if (acronym !== undefined && initialsOf(line.slice(line.search(/[|·•]/) + 1).trim()) === acronym) return acronym;
  // `RTHK English News | Local`: a service's name, which goes by its acronym
  return name === undefined ? null : serviceAcronym(name) ?? outletCase(name);
}

/** A service's name: an acronym and its language or desk (`RÚV English`, `IRNA News`, `RTHK English News`). */
const SERVICE_NAME = /^(\p{Lu}[\p{Lu}\p{M}]{1,7})\s+(?:(?:English|Español|Français|Deutsch|Italiano|Português|Arabic)(?:\s+News)?|News|Newsdesk|Wire|Noticias|Notícias|Nachrichten|Nieuws|Nyheter|Uutiset|Fréttir|Habari|Haber|Berita|Balita|Novosti|Новости|Вести)(?:\s+\p{Lu}[\p{L}\p{M}-]+){0,2}$/u;
/** The acronym a service's name opens with (`RTHK English News` → `RTHK`), else null. */
export const serviceAcronym = (name: string): string | null => SERVICE_NAME.exec(name.trim())?.[1] ?? null;

/** An outlet's name in the case it is written in: short capitals are initials (`PSM`, `NBC`), a longer word in capitals is a word (`NEWS` → `News`). */
export const outletCase = (name: string): string =>
  // (a name of one short word in capitals is its initials: `KPBS`, `WRAL`)
  /^\p{Lu}{2,6}$/u.test(name) ? name : name.split(/\s+/).map((w, k) => {
    // (small words in capitals are words, not initials: `THE CITIZEN` → `The Citizen`, `TIMES OF MALTA` → `Times of Malta`)
    if (SMALL_WORDS.has(w)) return k === 0 ? `${w[0]}${w.slice(1).toLowerCase()}` : w.toLowerCase();
    return w.length <= 3 || w !== w.toUpperCase() ? w : `${w[0]}${w.slice(1).toLowerCase()}`;
  }).join(' ');
const SMALL_WORDS = new Set(['THE', 'OF', 'AND', 'DE', 'DEL', 'LA', 'LE', 'LES', 'EL', 'DU', 'DA', 'DO', 'DI']);

/**
 * A masthead's parts: `BSS - Bangladesh Sangbad Sangstha`, `Kuensel | Bhutan's National Newspaper`, and an acronym closed by a
 * full stop before the agency's name (`ICAL. Agencia de Noticias de Castilla y León`).
 */
export function mastheadParts(line: string): string[] {
  const named = /^(\p{Lu}{2,8})\.\s+(.+)$/u.exec(line);
  if (named && NAME_WORDS.test(named[2]!)) return [named[1]!, named[2]!];
  return line.split(/\s+[-–—|·•]\s+/).map((part) => part.trim());
}
/** Words of a name: each capitalised, or a small word between them (`Agencia de Noticias de Castilla y León`). */
const NAME_WORDS = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|de|del|la|las|los|y|e|do|da|dos|das|di|du|des|et|für|und|van|voor))*$/u;

export function isMasthead(line: string): boolean {
  if (SECTION_MASTHEAD.test(line)) return true;
  // `Економија | 10.07.2025 11:26`: a section and the time, a stamp line
  if (/[|·•]/.test(line) && findStamp(line)?.hasTime) return false;
  const named = NAMED_ACRONYM.exec(line);
  if (named && initialsOf(named[1]!) === named[2]) return true;
  // (or the letters first, the name after a dash: `SBC - Seychelles Broadcasting Corporation`)
  const spelled = ACRONYM_NAMED.exec(line);
  if (spelled && initialsOf(spelled[2]!) === spelled[1]) return true;
  if (line.length > 90 || !MASTHEAD_WORD.test(line)) return false;
  const parts = mastheadParts(line).filter((part) => !ADDRESS_ALONE.test(part));
  // the agency word opens or closes a part (`Agencia Informativa …`, `… News Agency`), never stands inside a headline (`… Passes Press Law`)
  // in a masthead of several parts the agency word may have its country after it (`RSS - … | National News Agency Nepal`)
  const ends = (part: string) => MASTHEAD_END.test(part) || (parts.length > 1 && MASTHEAD_END.test(part.replace(/\s+\p{Lu}\p{Ll}+$/u, '')));
  return parts.every((part) => MASTHEAD_PART.test(part)) && parts.some((part) => MASTHEAD_START.test(part) || ends(part));
}

/** Clock times alone, local and GMT (SPA's foot): `15:05 LOCAL TIME 12:05 GMT`. */
const CLOCK_LINE = /^\d{1,2}:\d{2}\s+(?:LOCAL TIME|Local Time|local time)(?:\s+\d{1,2}:\d{2}\s+(?:GMT|UTC))?$/;
/** A web page's breadcrumb of sections: `Economy > Business`, `Noticias › Nacionales`, `Bangladesh  /  Environment`, `Binnenland · Regionaal nieuws`. */
// (in a script without capitals too, by arrows, not slashes, which set apart desk names: `اجتماعی > شهری`, `استان‌ها › اصفهان`)
const BREADCRUMB = /^\p{Lu}[\p{L} &'-]{1,25}(?:\s+[>»›/·]\s+\p{Lu}[\p{L} &'-]{1,25}){1,3}$|^\p{Lo}[\p{L}\p{M}\u200c &'-]{1,25}(?:\s+[>»›]\s+\p{Lo}[\p{L}\p{M}\u200c &'-]{1,25}){1,3}$/u;
/** Social networks, as share and follow lines name them. */
const SOCIAL = /(?<!\p{L})(?:Facebook|Twitter|Instagram|WhatsApp|Telegram|TikTok|YouTube|LinkedIn|Viber|Threads|Bluesky|LINE|KakaoTalk|WeChat|Weibo|VK|فيسبوك|واتساب|تويتر|تيليجرام|تلغرام|إنستغرام|يوتيوب|페이스북|카카오톡|트위터|微信|微博|เฟซบุ๊ก|Фејсбук|Фейсбук|Телеграм\p{L}*|Вибер\p{L}*|Инстаграм\p{L}*)(?!\p{L})/gu;
/**
 * Share and follow lines in any language: two social networks or more named in a short line (`Aqsam:  Facebook  |  X  |
 * WhatsApp`, `Segwi lil TVMnews fuq Facebook, Instagram u TikTok.`), or one with a channel or its link (`“Report”un Telegram
 * kanalına abunə olun`, `Пратите СРНА на Телеграму: t.me/srna_agencija`).
 */
function isSocialLine(line: string): boolean {
  if (line.length > 160) return false;
  const names = new Set(line.match(SOCIAL) ?? []);
  // (or one network and a channel's word: `Únete a nuestro canal de WhatsApp …`, `Join our Telegram channel`)
  return names.size >= 2 || (line.length <= 160 && names.size === 1 && /(?<![\p{L}.])(?:t\.me|wa\.me)\/|kanal|channel|канал|canal|canale|chaîne|grupo|gruppo|groupe/iu.test(line));
}
/** Korean, Chinese and Japanese headings over related stories, which print the first link's headline after them on the same line. */
const RELATED_WITHOUT_COLON = '관련기사|관련 기사|相关新闻|相關新聞|関連記事|Mirá también|Mira también|Ver también|Lea también|Lee también|Leia também|Veja também';
/** Headings over links to other stories, in the agencies' languages: alternatives of a pattern, shared with the trailer's block. */
export const RELATED_WORDS = String.raw`Lea también|Leia também|Lee también|Mira|Mirá|Lea más aquí|Lee más aquí|Leia mais aqui|Read more here|Read more|Related(?: stories| news| content| coverage| articles| headlines| posts| topics?| tags)?|See also|You may also like|You might also like|Recommended(?: for you)?|Most read|Most popular|Popular(?: now)?|Latest(?: news| stories)?|More (?:stories|headlines)|(?:Other|Top) (?:stories|headlines)|In other news|Trending(?: now)?|Also read|Read also|More on this story|Lire aussi|[ÀA] lire aussi|Mehr zum Thema|Lesen Sie auch|Leggi anche|Lees ook|Läs också|Les også|Læs også|Lue myös|Notícias relacionadas|Noticias relacionadas|Notizie correlate|Articles connexes|Aqra wkoll|Pročitajte (?:još|i)|Прочитајте (?:још|и)|Читајте (?:још|и)|Читайте также|Читайте (?:також|ещё)|Soma (?:pia|zaidi)|Baca juga|Susiję straipsniai|Taip pat skaitykite|Saistītie raksti|Loe ka|Czytaj (?:także|też)|Zobacz (?:też|także)|Související(?: články)?|Čtěte (?:také|též)|Súvisiace(?: články)?|Čítajte (?:tiež|aj)|Kapcsolódó cikkek|Preberite (?:še|tudi)|Citește și|İlgili haberler|Llegeix també|Notícies relacionades|Relaterede artikler|Relaterte saker|Relaterade artiklar|Aiheeseen liittyvät|Σχετικά άρθρα|Σχετικές ειδήσεις|Διαβάστε επίσης|Das könnte Sie auch interessieren|Sur le même sujet|Te puede interesar|(?:También )?[Ll]e puede interesar|También te puede interesar|Mirá también|Veja também|Potrebbe interessarti|Gerelateerde artikelen|Mest læste|Mest lästa|Mest leste|Luetuimmat|Meistgelesen|Les plus lus|Lo más leído|Mais lidas|I più letti|Meest gelezen|Najczęściej czytane|Nejčtenější|Legolvasottabb|Skaitomiausi|${RELATED_WITHOUT_COLON}|ข่าวที่เกี่ยวข้อง|أخبار ذات صلة|اقرأ أيضا`;
/**
 * A link to another story, its heading and headline on one line, in the agencies' languages: `Lea también: Turismo cierra
 * octubre con cifras récord`, `Read more at www.samoaobserver.example/category/samoa`, `Lire aussi : …`.
 */
const RELATED_LINE = new RegExp(String.raw`^(?:${RELATED_WORDS})\s*[:|›»]\s*\S.{0,150}$|^(?:Read more|Read the full story|Les saken|Læs mere|Läs mer|Lees meer|Lire la suite|Leia mais|Lea más)\s+(?:at|on|på|op|sur|em|en)?:?\s*(?:www\.|https?:\/\/|[\p{L}\d-]+\.[a-z]{2,6}\b)\S*.{0,160}$|^(?:${RELATED_WITHOUT_COLON})\s+\S.{0,150}$`, 'iu');

/** A page's tags, in the agencies' languages: `Tags: drought, rice`, `แท็ก : ฤดูแล้ง, นาปรัง`, `Etiquetas: …`. */
// (and `Temas en este artículo:`, `Topics in this story:`)
const TAGS_LINE = /^(?:(?:Topics|Temas|Sujets|Themen)\s+(?:in|en|dans)\s+(?:this|este|esta|cet|cette|diesem)\s+(?:story|article|artículo|nota|artigo|matéria|Artikel)|(?:Temas|Tópicos|Assuntos|Sujets|Thèmes|Argomenti|Temi) (?:relacionad[oa]s|associés|liés|correlati)|Tags?|Topics|Filed under|Filed in|Posted in|Archivado en|Arquivado em|Archiviato in|Classé dans|Emner|Ämnen|Aiheet|Temaer|Onderwerpen|Themen|Temas|Sujets|Argomenti|Témy|Témata|Tematy|Témák|Temos|Tēmas|Teemad|Etiquetas|Etiquettes|Mots-clés|Schlagwörter|Stichwörter|Parole chiave|Ετικέτες|Trefwoorden|Nyckelord|Emneord|Tagit|Oznake|Ključne riječi|Теги|Тэги|Ключевые слова|Etiketler|Anahtar kelimeler|Kata kunci|태그|标签|標籤|タグ|แท็ก|الوسوم|كلمات مفتاحية)\s*[:：](?:\s*\S.{0,200})?$/iu;
/** A short line that ends with an e-mail address: the writer's or the desk's, signing off (`◎공감언론 뉴시스 jmpark@newsis.com`). */
const EMAIL_AT_END = /^\S.{0,50}\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** The writer's initials, the agency's tag and the editor's: `mz (KAI) / pp`. */
const INITIALS_AGENCY_INITIALS = /^\p{Ll}{1,4}\s*\(\p{Lu}[\p{L}-]{1,12}\)\s*\/\s*\p{Ll}{1,4}$/u;

/**
 * Writers' and editors' initials or short names in a script without capitals, set apart by a slash: `ع.م/ ه.ع`, KUNA's
 * `ع ن ف / ه ع ش`, AFP's `ر ع/ح ح/ب ق`, UNI's `सैनी / त्यागी`, `हिन्दुस्थान समाचार / मोहित / दिलीप`.
 */
const CASELESS_DESK_LINE = /^(?:\p{Script=Arabic}[.\s]?){1,4}(?:\s*\/\s*(?:\p{Script=Arabic}[.\s]?){1,4}){1,3}$|^\p{Lo}[\p{Lo}\p{M}]{1,12}(?: \p{Lo}[\p{Lo}\p{M}]{1,12})?(?:\s*\/\s*\p{Lo}[\p{Lo}\p{M}]{1,12}(?: \p{Lo}[\p{Lo}\p{M}]{1,12})?){1,3}$/u;
/** An agency's name and acronym opening a line, perhaps with who runs it: `Botswana Press Agency (BOPA) – Ministry of …`. */
const AGENCY_NAMED = /^\p{Lu}[\p{L}'’ -]{2,40}\s(?:News|Press)\s+Agency\s*\(\s*\p{Lu}{2,8}\s*\)(?:\s*[-–—|,:].{0,90})?$/u;
/** A desk's initials and the agency in parentheses closing the copy: `(Fdc/Adnkronos)`, `(red/ANSA)`, `(Sar/ Dire)`. */
const INITIALS_AND_AGENCY = /^\((?:\p{L}{1,4}\/\s?){1,3}\p{Lu}[\p{L}-]{1,20}\)$/u;
/** The desk editor in the brackets of Chinese copy, a sign-off more than a credit: `【编辑:陈海峰】`, `(责任编辑：…)`. */
const CJK_EDITOR = /^[【(（](?:责任)?编辑\s*[:：][^】)）]{1,20}[】)）]$/u;

/** A site's account and search links, whatever sets them apart: `Search   Subscribe`, `Abo  |  Login  |  E-Paper`, `Sign In   Subscribe`. */
/** The links of a site's account bar: `Subscribe`, `Log in`, `Suscríbete`, `Iniciar sesión`. */
const UTILITY_WORDS = String.raw`Search|Subscribe|Sign [Ii]n|Sign [Uu]p|Log [Ii]n|Login|Log [Oo]ut|Register|Menu|Abo|Abonnieren|Anmelden|Suche|E-?[Pp]aper|Newsletter|Recherche|S'abonner|Se connecter|Buscar|Suscríbete|Suscribirse|Iniciar sesión|Assine|Assinar|Entrar|Pesquisar|Cerca|Accedi|Abbonati|Zoeken|Inloggen|Abonneren`;
const UTILITY_BAR = new RegExp(`^(?:(?:${UTILITY_WORDS})(?:\\s*[|·•]\\s*|\\s+|$)){2,}$`, 'u');
/** Whether the line holds an account bar's link set off by a bar: `Noticias de El Salvador | Suscríbete | Iniciar sesión`. */
export const holdsAccountLinks = (line: string): boolean => line.split(/\s*[|·•]\s*/).some((part) => ACCOUNT_LINK.test(part));
const ACCOUNT_LINK = new RegExp(`^(?:${UTILITY_WORDS})$`, 'u');

/** A site's menu: three or more short names set apart by bars or dots, no figure (`Início | Nacional | Saúde | Economia`). */
const NAV_PART = String.raw`[\p{L}][\p{L}\p{M}.&'’ -]{0,24}`;
// (or by runs of spaces, as a page copied from a browser keeps them: `Live TV   Markets   Economics   Industries`)
const NAV_BAR = new RegExp(String.raw`^${NAV_PART}(?:(?:\s*[|·•]\s*|\s{3,})${NAV_PART}){2,}$`, 'u');
/** Two one-word links set apart by a bar (or a run of spaces, which copy reads as a bar), in any language: `Labarai | Lafiya`, `Carian   Langgan`. */
const TWO_LINKS = /^\p{L}[\p{L}\p{M}'’-]{1,20}\s*[|·•]\s*\p{L}[\p{L}\p{M}'’-]{1,20}$/u;
/** Whether a line is a site's menu (`Binnenland | Economie | Buitenland | Sport`, `Labarai | Lafiya`). */
export const isNavigationBar = (line: string): boolean => line.length <= 160 && (NAV_BAR.test(line) || TWO_LINKS.test(line)) && !/[.!?:;]$/.test(line);
/**
 * A footer of parts set apart by bars or dots, with an address or the agency in it: `Tel. (502) 2327-6000 | redaccion@agn.gt | www.agn.gt`,
 * `Vanuatu Broadcasting and Television Corporation (VBTC) | Radio Vanuatu | Television Blong Vanuatu`.
 */
const PARTS_FOOTER = /^[^!?|·•]{2,80}(?:\s+[|·•]\s+[^!?|·•]{2,80}){2,}$/u;
/** A part that is a body named with its acronym: `… Corporation (VBTC) |`. */
const NAMED_WITH_ACRONYM = /\p{Lu}\p{Ll}+\s+\(\p{Lu}{2,8}\)\s+[|·•]/u;
const FOOTER_SIGN = /@|\bwww\.|https?:\/\/|\bTel\b|\bPhone\b|\+\d{2,3}\s|\b(?:Agency|House|Street|Road|Avenue|P\.?O\.? Box)\b/u;

/** Where to ask, and an address or number: `Enquiries: newsdesk@gcis.gov.za | Tel: 012 473 0000`. */
const ENQUIRIES = /^(?:(?:Media|Press)\s+)?(?:Enquiries|Inquiries|Contact|Contacts|Contacto|Contato|Kontakt|Contatto|Контакт|Editor|Newsdesk|News desk)\s*:\s*\S/iu;
/** A numbered bulletin and its date: `PACNEWS 2: Fri 14 Nov 2025`. */
const BULLETIN = /^\p{Lu}[\p{Lu}\d.-]{1,14}\s+\d{1,2}\s*:\s+(.{6,40})$/u;
/** An agency's name behind an ellipsis, closing the copy: `….PACNEWS`. */
const ELLIPSIS_MARK = /^(?:…|\.{2,})+\.?\s*\p{Lu}{2,12}$/u;
/** A newsletter's name and the day's date: `LETA Business Daily | 11 June 2025`. */
const DATED_MASTHEAD = /^\p{Lu}[\p{L}\p{M}&'.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'.-]*){0,4}\s+[|·•]\s+(.{6,40})$/u;
function isDatedMasthead(line: string): boolean {
  const date = DATED_MASTHEAD.exec(line)?.[1]?.trim();
  const stamp = date === undefined ? null : findStamp(date);
  // (a date alone: `Економија | 10.07.2025 11:26` is a section and a stamp)
  return stamp !== null && !stamp.hasTime && stamp.covered >= date!.replace(/^\p{L}+,?\s+/u, '').length - 1;
}

/** An agency's acronym and the language of its service: `IRNA English`, `EFE Español`. */
const LANGUAGE_MASTHEAD = /^\p{Lu}{2,8}\s+(?:English|Español|Espanol|Français|Francais|Deutsch|Arabic|Italiano|Português|Russian|Chinese)$/u;

/** An agency named anywhere in a line. */
const AGENCY_WORD = new RegExp(`(?:^|[\\s(])${AGENCY}(?=$|[\\s),.:;'’])`, 'u');
/**
 * A line that is an agency's name, tested in lower case: a pattern of a hundred names that ignores case compiles
 * about ten times slower under the `u` flag (each letter's case closure), a cost every cold start paid.
 */
const AGENCY_LOWER = `(?:${[...new Set(AGENCY_NAMES.map((n) => n.toLowerCase()))].map(escape).join('|')})`;
const AGENCY_LINE_LOWER = new RegExp(`^(?:(?:of|for|from|via)\\s+)?(?:the\\s+)?${AGENCY_LOWER}(?:\\s*\\(${AGENCY_LOWER}\\))?(?:(?:\\s+[\\p{L}]+){0,2}\\s+${DESK_WORDS.toLowerCase()})?(?:\\s*[-|–—:]\\s*(?:[\\p{L}-]+\\s+){0,3}${DESK_WORDS.toLowerCase()})?$`, 'u');
const isAgencyLine = (line: string): boolean => AGENCY_LINE_LOWER.test(line.toLowerCase());
/** A writer's name, a slash and the paper's job: `Tamoy Ricketts-Campbell/Gleaner Writer`, `Jo Reid / Staff Reporter` (the Jamaican papers). */
const NAME_SLASH_JOB = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}\s*\/\s*(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:Writer|Reporter|Correspondent|Contributor)$/u;
/** A paper's name, as it follows its writers: `The Philippine Star`. */
const PAPER = String.raw`The\s+\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3}`;
export const PAPER_NAME = new RegExp(`^${PAPER}$`, 'u');
/** Writers, a dash and the paper they write for: `Gilbert Bayoran-Salcedo, Jennifer Rendon-Uy - The Philippine Star`. */
const NAMES_DASH_OUTLET = new RegExp(String.raw`^[\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3}(?:(?:,\s+|\s+and\s+)[\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3}){0,3}\s+[-–]\s+(?:${PAPER})$`, 'u');
/** A writer's name and a newsroom's after a slash, as a site prints its byline: `Mirela Kovačević-Dunn / Yukon News`. */
const NAME_SLASH_OUTLET = /^[\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){1,3}\s+\/\s+((?:The\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3})$/u;
// `Marc-André Lefebvre, The Canadian Press`, `Ingrid Halvorsen / NTB`, `Donata Kairytė (ELTA)`: a name, then any agency's tag in parentheses
const SIGNATURE = new RegExp(`^(?!(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Av|Af)\\s)[\\p{Lu}][\\p{L}\\p{M}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’.-]+){1,3}(?:(?:,\\s+|\\s*\\/\\s*)(?:The\\s+)?${AGENCY}|\\s+\\((?:${AGENCY}|\\p{Lu}{2,8})\\))$`, 'u');
/** The agency, a dash and the writer: `STT–Mikko Heikkilä`. */
const AGENCY_DASH_NAME = new RegExp(`^(?:${AGENCY})\\s*[–—-]\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3})$`, 'u');
/** A writer and an agency we have no profile of, by its tag's shape (two capitals at least, mixed case allowed): `Dilnoza Karimova, UzA`. */
const NAME_AND_TAG = /^(?!(?:By|BY|Von|Par|Por|Door|Av|Af)\s)\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3},\s+(?=[\p{L}]*\p{Lu}[\p{L}]*\p{Lu})\p{Lu}[\p{L}]{1,7}$/u;
/** A writer and their job, without `By`: `Tama Whitiora, Environment reporter` (RNZ), `Jane Doe, Senior Correspondent`. */
const NAME_AND_JOB = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3},\s+(?:[\p{L}-]+\s+){0,3}(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Jj]ournalist|[Cc]olumnist)$/u;
const AGENCY_MARK = new RegExp(`^[\\s=/(\\[—–-]*(?:${AGENCY})[\\s/).\\]—–-]*$`, 'i');

const re = (pattern: RegExp) => (line: string) => pattern.test(line);

/** The word that opens a byline, in the agencies' languages (`By`, `Von`, `Par`, `autor:`, `Autorė:`), as printed in title case. */
/**
 * The words before a writer's name that may close with the time it was posted (`Posted by X on 18 May 2026 at 09:14`,
 * `Rédigé par X le Mercredi 4 Mars 2026 à 17:48`): bylines' words too.
 */
export const POSTED_BY_WORDS: readonly string[] = ['Posted by', 'Published by', 'Written by', 'Submitted by', 'Rédigé par', 'Publié par', 'Écrit par', 'Posté par', 'Escrito por', 'Escrita por', 'Publicado por', 'Redactado por', 'Scritto da', 'Pubblicato da'];
export const BYLINE_WORDS: readonly string[] = ['By', 'Von', 'Par', 'Por', 'Di', 'Door', 'Av', 'Af', 'Przez', 'Autor', 'Autorka', 'Autora', 'Autorius', 'Autorė', 'Autors', 'Kirjoittanut', 'Author', 'Journalist', 'Jornalista', 'Auteur', 'Autore', 'Reported by', ...POSTED_BY_WORDS, 'Story by', 'Words by', 'Report by', 'Reporter', 'Redacción', 'Redação', 'Автор', 'Автори', 'Piše', 'Pišu', 'Пише', 'Writer', 'Szerző', 'Írta', 'Tekstur', 'Tekst', 'Përgatiti', 'Shkruan', 'Reportagem', "Rapport ta'", 'Na', 'Ni', 'Daga', 'Oleh', 'Avtor', 'Avtorica', 'Autorica', 'Texto'];
/** Also in capitals and lower case where agencies print them so (`BY`, `von`, `autor:`). */
const BY_UPPER = new Set(['By', 'Von', 'Par', 'Por', 'Door', 'Av', 'Af', 'Author', 'Writer']);
const BY_LOWER = new Set(['By', 'Von', 'Par', 'Por', 'Di', 'Door', 'Autor', 'Autorka', 'Autora', 'Autorius', 'Autorė', 'Autors', 'Avtor', 'Avtorica', 'Autorica']);
const BY = `(?:${BYLINE_WORDS.flatMap((w) => [w, ...(BY_UPPER.has(w) ? [w.toUpperCase()] : []), ...(BY_LOWER.has(w) ? [w.toLowerCase()] : [])]).join('|')})`;
const BYLINE = new RegExp(`^${BY}\\s?:?\\s+(?:The\\s+)?[\\p{Lu}\\p{Lt}][^!?;]{0,120}$`, 'u');
// "By Tuesday, officials had left." is a sentence: a byline ends in a name, an initial or Jr., and has no verb
const BYLINE_SENTENCE = /\s(?:is|are|was|were|has|have|had|will|would|said|says|told|could|can|may)\s|[^\p{Lu}]\.$/u;
const NAME_SUFFIX = /\b(?:Jr|Sr)\.$/;
/** A byline line without what sets it off: `(By Chen Yu-ting and Frances Huang)`, `// Autor: Elena Grosu` (MOLDPRES). */
export const bylineText = (line: string): string => withoutClosingStop(line.replace(/^\((.*)\)$/, '$1').replace(/^\/\/\s*/, ''));
/** `By Nadia Elfeitouri.`: a full stop closing a byline of names alone is no sentence's, and no part of the last name. */
export const withoutClosingStop = (line: string): string => (line.length > 80 || !line.endsWith('.') ? line : line.replace(/^(\S+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\.$/u, '$1'));
const BYLINE_WORD_START = new RegExp(`^${BY}\\s?:?\\s+`, 'u'); // (`Author : Boitumelo Seretse`, a French-style space before the colon)
/** A byline's names without the word that opens it (`By Karin Koppel`, `Autor: Karin Koppel` → `Karin Koppel`). */
export const withoutBylineWord = (line: string): string => bylineText(line).replace(BYLINE_WORD_START, '').trim();
// (Swahili's `Na` is also `and`, Tagalog's `Ni` "of", Hausa's `Daga` "from", Malay's `Oleh` opens "Oleh itu": only
// before a name alone, `Na Neema Mwakalinga`, `Ni Carlo Mendoza`; so is `Texto` (Expresso's `Texto Inês Pereira Lobo`), a word of a
// sentence too)
const BY_ALSO_A_WORD = /^(?:Na|Ni|Daga|Oleh|Texto)\s/u;
const isByline = (line: string): boolean => line.length <= 160 && BYLINE.test(line) && (!BYLINE_SENTENCE.test(line.replace(/^\S+\s+/, ' ')) || NAME_SUFFIX.test(line))
  && (!BY_ALSO_A_WORD.test(line) || /^\S+\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(line));

/** Status and version marks, in the agencies' languages; a line of one of these (and a little more) is a mark, not text. */
const STATUS = new RegExp([
  '^\\(?\\s*(?:KILL|KILLED|ELIMINATION|ELIMINATE|WITHDRAWN|WITHDRAWAL|WITHDRAW|MANDATORY KILL|TREKKES|ZURÜCKGEZOGEN|ANNULÉ|ANULADA?|RETIRADA?|ANNULLAT[OA]|GESCHRAPT|STRUKEN|PERUTTU)(?![\\p{L}\\p{N}])',
  '^\\(?\\s*(?:CORRECTS?|CORRECTED|CORRECTION|CORRECTIVE|CLARIFICATION|CLARIFIES|CORRIGE|RECTIFICATIF|RECTIFICACIÓN|CORRECCIÓN|CORREZIONE|KORREKTUR|BERICHTIGUNG|KORRIGERAD|KORRIGERT|RETTELSE|RETTING|KORJATTU|KORJAUS|OPRAVA|SPROSTOWANIE|CORRECÇÃO|CORREÇÃO)(?![\\p{L}\\p{N}])',
  '^\\(?\\s*(?:UPDATE\\s*\\d*|UPDATES|UPDATED|REFILE|REPEAT|RECASTS?|NEW LEAD|LEAD|\\d+(?:ST|ND|RD|TH)\\s+LEAD|\\d+(?:st|nd|rd|th)\\s+Ld(?:[- ]Writethru)?|WRITETHRU|Ld[- ]Writethru|2ND WRITETHRU|SUB|ADDS?|ADVANCE|ADVISORY|URGENT|EXTRA|FLASH|BULLETIN|ALERT|BREAKING|NEWSALERT|EILT|EILMELDUNG|ACTUALISE|ACTUALIZA|ACTUALIZACIÓN|AGGIORNAMENTO|AKTUALISIERT|OPPDATERT|UPPDATERAD|OPDATERET|PÄIVITETTY|FEATURE|ANALYSIS|FACTBOX|EXPLAINER|PREVIEW|REVIEW|INTERVIEW|SIDEBAR|OBITUARY)\\b[^a-z]{0,80}$',
  '^\\((?:LEAD|2ND LEAD|3RD LEAD|URGENT|EXTRA|FLASH|UPDATE|CORRECTED|AMENDED|Zusammenfassung|Zusammenfassung[^)]*|Neu[^)]*|Achtung[^)]*|Korrektur[^)]*)\\)',
  '^(?:Zusammenfassung|Aktualisiert|Achtung|Neu)\\b.{0,80}$',
].join('|'), 'u');
/** A kill or withdrawal advisory at the head of the copy, however long its explanation: `WITHDRAWN - Anadolu Agency has withdrawn …`. */
export const isKillAdvisory = (line: string): boolean => line.length <= 400 && KILL_ADVISORY.test(line) && !markedHeadline(line);
/** `(KILL) S. Korea to extend fuel tax cut`: the kill mark on the killed story's headline, which says nothing of a kill after it. */
const markedHeadline = (line: string): boolean => /^\((?:KILL|KILLED|WITHDRAWN|ELIMINATION)\)\s/u.test(line) && line.length <= 120 && !KILL_WORDS.test(line.replace(/^\([^)]*\)/, ''));
const KILL_WORDS = /\b(?:kill|killed|withdraw|withdrawn|withdrawal|eliminate|elimination|story|item|advisory|please|error)\b/i;
const KILL_ADVISORY = /^\(?\s*(?:KILL|KILLED|ELIMINATION|WITHDRAWN|WITHDRAWAL|MANDATORY KILL|TREKKES|ZURÜCKGEZOGEN|ANNULÉ|ANULADA?|RETIRADA?|ANNULLAT[OA]|GESCHRAPT|STRUKEN|PERUTTU|DIBATALKAN|İPTAL)\s*(?:[-:–—]|\))\s+\S|^【(?:配信)?取り?消し】|^【撤稿】|^撤稿[:：]/u;
const STATUS_WORDS_ONLY = /^[\p{Lu}\d\s,;:/()&.'’-]+$/u;

/** Notes to editors. */
const NOTE = /^\(?\s*(?:Eds?|EDS|Editors?|Ed\.? note|ATTN|Attention|Achtung|Note to editors|NOTE TO EDITORS|Hinweis|Nota|Note|(?:Editors?|Subscribers?|Clients?) please note|Please note|Kindly note)\s*[:.-](?!\s*\S+@)\s*\S|^EDITOR['’]?S NOTE\b|^Editor['’]?s note\b|^\((?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Fixes|Removes|Rewrites|Repeats|Moves|Clarifies|Inserts|Deletes|Amplía|Actualiza|Agrega|Añade|Corrige|Acrescenta|Atualiza|Aggiunge|Aggiorna|Corregge|Ajoute|Ergänzt|Aangevuld|Täydennetty|Utökad|Udvidet|Добавлены|Добавлено|Дополнено|Обновлено|Уточнено|Исправлено|Додано|Оновлено|Виправлено|Dodano|Dopełniono|Actualizat|Adăugat|Papildyta|Doplnené|Doplněno|neu|Neufassung|Aktualisiert|Berichtigt|Korrigiert|Präzisiert)(?![\p{L}])[^()]*\)$/iu;
/** A note that opens with the desk's verb in capitals, then says what changed: `CORRECTS spelling of minister's surname in 5th par`. */
// (and in the services' other languages: `ACTUALIZA con balance de Conaf …` over an Orbe headline, `CORRIGE cifra …`)
const NOTE_VERB = /^(?:CORRECTS|CORRECTED|CLARIFIES|UPDATES|UPDATED|ADDS|RECASTS|REFILES|REPEATS|FIXES|REMOVES|INSERTS|CHANGES|RESTORES|SUBS|RETRANSMITS|WITHDRAWS|ACTUALIZA|AMPLÍA|AGREGA|AÑADE|CORRIGE|ATUALIZA|ACRESCENTA|AGGIORNA|AGGIUNGE|CORREGGE|AJOUTE|CORRIGE|ERGÄNZT|KORRIGIERT)\s+(?:to\s+)?[\p{Ll}\d]/u;

/** A correction notice opening the copy, however long: `RETTELSE: I en tidligere version stod der …`, `CORRECTION: …`. */
// (or ANSA's `ATTENZIONE: LA SEGUENTE NOTIZIA CORREGGE E SOSTITUISCE LA XCI58211 - …`: a notice that this replaces a version)
const CORRECTION_NOTICE = /^(?:ATTENZIONE|ATTENTION|ACHTUNG|ATENCIÓN|ATENÇÃO)\s*:.{0,60}\b(?:CORREGGE|SOSTITUISCE|CORRIGE|REMPLACE|BERICHTIGT|ERSETZT|SUSTITUYE|SUBSTITUI)\b|^\(?\s*(?:CORRECTION|CORRECTIVE|CLARIFICATION|CORRIGENDUM|RETTELSE|RETTING|KORRIGERAD|KORRIGERT|KORJAUS|KORJATTU|BERICHTIGUNG|KORREKTUR|CORRECCIÓN|CORREZIONE|RETTIFICA|RECTIFICATIF|SPROSTOWANIE|OPRAVA|CORREÇÃO|CORRECÇÃO|RECTIFICARE|CORRECTIE|VERBETERING|PATAISYTA|PATAISYMAS|LABOJUMS|PARANDUS|ISPRAVAK|ISPRAVKA|POPRAVEK|HELYESBÍTÉS|ИСПРАВЛЕНИЕ|ВИПРАВЛЕННЯ|ИСПРАВКА|ПОПРАВКА|RALAT|MASAHIHISHO|DÜZELTME|CORRECCIÓ)\s*[:–—-]\s+\S|^【(?:訂正|更正|订正|정정)】/u;
/**
 * An update notice opening the copy, what changed or when after the colon: `OPDATERET: Tilføjer kommentarer …`, `UPDATED: 17 JUN
 * 2025, 13:05 (adds …)`; not a headline behind its mark (`UPDATE: CARVER FOODS TO BUY …`).
 */
const UPDATE_NOTICE = /^\(?\s*(?:UPDATED?|OPDATERET|OPPDATERT|UPPDATERAD|PÄIVITETTY|AKTUALISIERT|MISE À JOUR|AGGIORNAMENTO|AGGIORNATO|ACTUALIZADO|ACTUALIZACIÓN|ATUALIZADO|ATUALIZAÇÃO|ACTUALIZARE|ACTUALIZAT|ATNAUJINTA|PAPILDYTA|ATJAUNOTS|UUENDATUD|AŽURIRANO|POSODOBLJENO|AKTUALIZACE|AKTUALIZOVÁNO|AKTUALIZOVANÉ|AKTUALIZACJA|FRISSÍTVE|ОБНОВЛЕНО|ОНОВЛЕНО|ДОПОЛНЕНО|PEMBARUAN|DIPERBARUI|GÜNCELLENDİ|GÜNCELLEME|ACTUALITZAT|ACTUALITZACIÓ)\s*[:–—-]\s+(?:\d|\p{Ll}|(?:[Aa]dds?|[Aa]dding|[Uu]pdates?|[Rr]ecasts?|[Cc]hanges?|[Tt]ilføjer|[Tt]ilføjet|[Ll]egger til|[Ll]egg til|[Mm]enambahkan|[Mm]enambah|[Ee]klendi|[Aa]fegeix|[Ll]ägger till|[Ll]isää|[Ll]isätty|[Ee]rgänzt|[Ff]ügt|[Aa]joute|[Aa]ggiunge|[Aa]ñade|[Aa]grega|[Aa]crescenta|[Aa]daugă|[Pp]apildyta|[Dd]odaje|[Dd]odano|[Pp]řidává|[Dd]opĺňa|[Дд]обавлены|[Дд]обавлено|[Дд]одано)(?![\p{L}\p{N}]))/u;

/** A version mark and what it changed, in parentheses: `(UPDATED: adds remarks by RAI managing director in paragraphs 6 and 7)`. */
const MARKED_NOTE = /^\((?:UPDATED?|CORRECTED|CORRECTION|REFILED?|REPEATED|CLARIFIED|Updated|Corrected|Refiled)\s*[:–—-]\s*[^()]{3,300}\)$/u;

/** The writers and the day in parentheses closing the story (Der Standard): `(Lea Zischg, Jakob Hofbauer, 28.1.2026)`. */
const WRITERS_AND_DAY = /^\((?:\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+)+,\s*){1,4}\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)$/u;

/** A writer's job alone on its line, under the name (or names): `Reporter`, `Senior Political Correspondent`, `Journalister`. */
const ROLE_LINE = /^(?:(?:Senior|Chief|Staff|Political|Business|Sports|Court|Health|Special|Foreign|News|Digital|Online|Investigative)\s+){0,2}(?:Reporters?|Correspondents?|Writers?|Journalists?|Editors?|Producers?|Journalist(?:er|en|es|e|as|i)|Jornalistas?|Periodistas?|Giornalist[ai]|Redakt(?:ør|ør(?:er|en)|ör|örer|eur|eurin|eure)|Rédact(?:eur|rice)s?|Toimittaja(?:t)?|Reporter(?:in|e|es)|Korrespondent(?:in|en|er)?)$/iu;
/** Whether the line is a writer's job alone (`Reporter`, `Journalist`). */
export const isRoleLine = (line: string): boolean => line.length <= 60 && ROLE_LINE.test(line);

/** A writer's name, particles allowed, as a foot's line on the writer opens with it. */
const WRITER_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:van|von|der|den|de|da|dos|del|la|le|di|ter|i|y)\s+)*\p{Lu}[\p{L}\p{M}'’.-]+){1,3}`;
/** A link to the writer's other stories under the story: `See stories by …`, `More articles by …`, `View all posts by …`. */
const WRITER_STORIES = /^(?:See|View|Read|More)(?: all| more)? (?:stories|articles|posts)(?: written)? (?:by|from) \p{Lu}[\p{L}'’. -]{2,50}$/u;
/**
 * A line on who wrote the story, under it: `Sibylle von Arx ist Redaktorin im Ressort Zürich.`, `Anika van der Merwe is a
 * legal reporter.`: a name, the verb, and a journalist's job.
 */
const WRITER_BIO = new RegExp(String.raw`^${WRITER_NAME}\s+(?:is|ist|est|es|é|è|är|er|on|jest|je)\s+.{0,100}?(?:reporter|correspondent|editor|journalist|writer|columnist|redaktor|redakteur|korrespondent|rédact|journaliste|correspondant|periodista|redactor|corresponsal|jornalista|repórter|giornalista|redattore|corrispondente|redaktør|toimittaja|dziennikar|novinár)\p{L}*(?![\p{L}]).{0,160}$`, 'iu');
/** A line on a writer's beat at the foot: `X covers courts for the Herald`, `X cubre arte y cultura para el Nuevo Herald`. */
const WRITER_BEAT = new RegExp(String.raw`^${WRITER_NAME}\s+(?:covers|cubre|cobre|couvre|copre|writes about|escribe sobre|escreve sobre)\s+.{3,120}?\s(?:for|para|pour|per)\s+(?:the\s+|el\s+|la\s+|le\s+|o\s+|a\s+|il\s+)?\p{Lu}.{0,200}$`, 'u');
/**
 * The writer's given name alone and a beat, then a way to reach them: `Isla covers emergency services and the North-East for The
 * Examiner. Got a story? Email isla@…` (a one-word subject without it is any body's: `Sedapal cubre el 80 % de la demanda …`).
 */
const WRITER_BEAT_BY_GIVEN_NAME = /^\p{Lu}\p{Ll}+\s+(?:covers|cubre|cobre|couvre|copre|writes about)\s.{3,160}?(?:[.!?]\s+(?:Got a (?:story|tip)|Contact|Email|E-mail|Write to)\b.{0,120}|\s\S+@\S+)$/u;
/** A reader's line to report a mistake: `Fehler gefunden? Jetzt melden.`, `Spotted an error? Let us know.` */
const ERROR_REPORT = /^(?:Fehler gefunden|Spotted an error|Found an error|Found a mistake|See an error|Vous avez (?:repéré|trouvé) une (?:erreur|faute)|¿Has visto un error|Hai trovato un errore|Zag je een fout|Har du hittat ett fel|Fant du en feil|Har du fundet en fejl)\?.{0,60}$/iu;

/**
 * A notice to subscribers and how to become one (Anadolu's tagline: `… abonelere sunulan haberler … Abonelik için lütfen
 * iletişime geçiniz.`): subscribing, then a word that says to get in touch.
 */
const SUBSCRIPTION_NOTICE = /(?<!\p{L})(?:subscri|abone|abonn|suscri|assina|abbona)\p{L}*.{0,160}(?<!\p{L})(?:contact|iletişim|kontakt|contatt)\p{L}*/iu;

/** Small words a postal address may hold in lower case. */
const ADDRESS_SMALL_WORDS = /^(?:de|da|do|del|des|di|du|la|le|van|von|der|den|am|an|of|the|and|y|e|i|et|und|og|och|sur|rue|via|calle|strasse|straße|gade|gata|vej|veien|tie|ul\.?|str\.?)$/iu;
/**
 * A postal address, the publisher's at the foot of a page: `Bangkok Post Building, 136 Sunthorn Kosa Road, Khlong Toei,
 * Bangkok 10110`, `JP/Politikens Hus A/S · Rådhuspladsen 37 · 1785 København V`: three parts or more set apart by commas,
 * dots or bars, a number among them, every word capitalised or a number or a small word, and no sentence.
 */
function isPostalAddress(line: string): boolean {
  if (line.length > 160 || /[.!?]$/.test(line) || !/\d/.test(line) || !/[,·|]/.test(line)) return false;
  const parts = line.split(/\s*[,·|]\s*/).filter((p) => p !== '');
  if (parts.length < 3 || !parts.some((p) => /(?:^|\s)\d{1,5}[A-Za-z]?(?:\s|$)/.test(p))) return false;
  return parts.every((part) => part.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || ADDRESS_SMALL_WORDS.test(w) || /^[\d-]+$/.test(w))) && findStamp(line) === null;
}

/** Whether a line links to another story: `Lea también: Turismo cierra octubre …`, `Mirá también Ola de calor en el AMBA …`. */
export const isRelatedLine = (line: string): boolean => RELATED_LINE.test(line);

/** A story's number in the outlet's system, behind a label of a few words: `کد خبر: ۶۴۱۸۲۷۳` (News code; English labels such as `News ID:` are slugs, above). */
const STORY_NUMBER = /^[\p{L}\u200c ]{2,20}:\s*\p{Nd}{4,12}$/u;
/** The outlet's name and its breadcrumb, set apart by a bar: `خبرگزاری مهر | استان‌ها › اصفهان`. */
const NAMED_BREADCRUMB = new RegExp(`^[^|]{2,30}\\s\\|\\s+(?:${BREADCRUMB.source.replace(/\^|\$/g, '').replace('[>»›/·]', '[>»›·]')})$`, 'u');

/** Whether a line is a page's trail of sections (`Economy > Business`, `News  >  General`), maybe after the outlet's name. */
export const isBreadcrumb = (line: string): boolean => line.length <= 80 && (BREADCRUMB.test(line) || NAMED_BREADCRUMB.test(line));

/** Whether a line is a page's tags (`Tags: drought, rice`, `Emner:   Stormflod   Lemvig`). */
export const isTagsLine = (line: string): boolean => TAGS_LINE.test(line);

/** A field of the desk's or the distributor's system: `Sección: Economía`, `News ID: 85821473`, `Tags: Gold, Mining`, `CO: Halvorsen Biotherapeutics, Inc.`. */
const FIELD_LINE = /^(?:Section|Secci[oó]n|Rubrique|Ressort|Rubrik|Rubrica|Category|Categor[ií]a|Cat[ée]gorie|Kategorie|Kategori|Service|Servicio|Servizio|Serviço|News ID|ID|Story ID|Item ID|Release ID|Keywords?|Palabras clave|Mots-cl[ée]s|Schlagw[oö]rter|Priority|Priorit[äa]t|Prioridad|Topics?|Tema|Thema|Desk|Language|Idioma|Langue|Sprache|Word count|Words|Length|Sources?|Fuentes?|Quellen?|Fontes?|Źródło|Источник|Kaynak|Sumber|ข่าวจาก|ที่มา|出典|来源|출처|المصدر|Tags?|Subject|Region|Country|Genre|Type|Location|Lieu|Ort|Lugar|Local|Luogo|Event|Evento|Événement|CO|ST|IN|SU)\s*:\s*[^\s|][^|]{0,120}$/i;
/** A press release's closing lines: `SOURCE Halvorsen Biotherapeutics, Inc.`, `/CONTACT: …`, `/Web site: http://…/`, `View source version on businesswire.com: …`. */
const RELEASE_CLOSING = /^(?:SOURCE\s+\S.{0,120}|(?:Media|Press|Investor|Investors|Analyst|General)\s+Contacts?\s*:\s+.{1,200}|\/(?:CONTACT|Web\s*site|PHOTO|LOGO)\s*:.*|View source version on\s.*|View original content.*|(?:Media|Press|Investor|Investors|Analyst|Journalist|General)?\s*(?:Contacts?|Inquiries|Enquiries|Relations)\s*:?|For (?:further|more) information,?\s.{0,60}(?:contact|visit).{0,80}|Contact(?:s)?\s+(?:for|at)\s.{0,60}:?)$/i;
/** Every embargo note names it: a cheap test before the note's own, which backtracks over the line. */
const EMBARGO_WORD = /embargo|sperrfrist|sperrefrist|spärrtid/i;
/** A note explaining an embargo: `This release is provided in advance under embargo. It may not be published …`. */
const EMBARGO_NOTE = /\bembargo(?:ed)?\b[^]*\b(?:may|must|can)\s+not\s+be\s+(?:published|broadcast|posted|used)|\b(?:not|never)\s+(?:to\s+)?be\s+(?:published|broadcast)[^]*\bembargo|\b(?:Sperrfrist|Embargo|embargo|sperrefrist|spärrtid)\b[^]*\b(?:veröffentlicht|publiziert|publicad[oa]s?|publié|publiée|pubblicat[oa]|publisert|publicerad|publiceret)|\b(?:veröffentlicht|publicad[oa]|publié|pubblicat[oa])(?![\p{L}\p{N}])[^]*\b(?:Sperrfrist|embargo)\b/iu;
/** The heading of a contact block: `Media Contact:`, `Contacts`, `For further information, please contact:`, `Port of Oakland:`. */
const CONTACT_HEADING = /^(?:(?:Media|Press|Investor|Investors|Analyst|Journalist|General)?\s*(?:Contacts?|Inquiries|Enquiries)\s*:?|For (?:further|more) information,?\s.{0,60}contact:?|Contact(?:s)?\s+(?:for|at)\s.{0,60}:?|To contact the (?:reporters?|editors?|writers?)\b.*:?)$/i;
export const isContactHeading = (line: string): boolean => line.length <= 120 && CONTACT_HEADING.test(line);
/** A telephone number alone: `+1 617-555-0148`. */
const PHONE = /^\+?\(?\d[\d\s().\/-]{6,}\d$/;

/** Embargo lines, in the agencies' languages. */
const EMBARGO = /^(?:[*\s(]*)(?:EMBARGO(?:ED)?|Embargo(?:ed)?|embargo|SPERRFRIST|Sperrfrist|HOLD FOR RELEASE|NOT FOR (?:PUBLICATION|RELEASE) (?:BEFORE|UNTIL)|Not for publication before|EMBARGO JUSQU|SPERRET|SPÄRR|JULKAISUVAPAA)\b/u;

/** A slug given under its label: `Stikkord: vikafjellet-stengt` (NTB), `Slug: Tanzania-Rail`, `Stichwort: Bahn`. */
const LABELLED_SLUG = /^(?:Slug(?:line)?|Stikkord|Stichwort|Catchline|Keyword)\s*[:：]\s*([^\s,;]{2,60})$/iu;
/** The slug a labelled slug line gives; null for another line. */
export const labelledSlug = (line: string): string | null => LABELLED_SLUG.exec(line)?.[1] ?? null;
/** Keyword and slug lines, codes: no sentence, tokens joined by hyphens or slashes, or a code. */
const SLUG_LINE = /^(?:Slug:\s*)?(?:BC|AM|PM|AP|APW|UPI|BN|RTR|DJ)-[^,\s]+(?:[ -][^,]*)?(?:,.*)?$/u;
/** A keyword line and the status mark the desk put after it: `KENYA-TEA/ (CORRECTED)`, `BRITAIN-POLITICS/ (UPDATE 2)`. */
const KEYWORDS_MARKED = /^\S+\s+\((?:CORRECTED|CORRECTION|UPDATE\s*\d*|REFILE|REPEAT|RECASTS?|WRAPUP\s*\d*|URGENT|EXCLUSIVE|LEAD|INSIGHT|ANALYSIS|FACTBOX|EXPLAINER)[^()]{0,40}\)$/;
const KEYWORDS = /^[\p{L}\d]+(?:[-/][\p{L}\d&.]+){1,}\/?$|^[\p{L}\d]+(?:[-/][\p{L}\d&.]*)+\/$/u;
/** A PA catchline: a subject in capitals and a keyword (`HEALTH Ambulance`). */
const CATCHLINE = /^[\p{Lu}]{3,}\s+[\p{Lu}][\p{Ll}]+$/u;
/** Keywords joined by hyphens, a topic in lower case among them (TASR, CTK): `Slovensko-cestovný ruch-Tatry`. */
const SPACED_KEYWORDS = /^\p{Lu}\p{L}+(?:-\p{L}+(?: \p{L}+){0,2}){2,4}$/u;
/** An IPTC 7901 heading line outside its frame: number, priority, category, word count, maybe the date (`APA0312 5 WI 0412 II   Di, 17.Jun 25`). */
// (in lower case too, as APA's and PAP's services print it: `apa0298 3 ii 0461 II`, `pap0317 4 kr 0452 PAP`)
const HEADING_7901 = /^(?:[A-Z]{2,5}\d{2,5}\s+\d\s+[A-Z]{2,4}|[a-z]{2,5}\d{2,5}\s+\d\s+[a-z]{2,4})\s+\d{2,4}(?:\s+[A-Z]{1,3})?(?:\s+\S.{0,30})?$/;
/** Whether a line is an IPTC 7901 service heading (`hps0318 3 hn 0452 HEBRIDEAN PRESS SERVICE`). */
export const isHeading7901 = (line: string): boolean => line.length <= 100 && HEADING_7901.test(line);
/** A transmission code: capitals, digits and underscores, one token at least with a digit or underscore (`XCR25182013204_SXA_QBXB R CRO`). */
const TRANSMISSION = /^(?=.*[\d_])[A-Z\d_]+(?:\s+[A-Z\d_]+)*$/;
const CODE = /^(?:ZCZC|NNNN|\*{1,3}\d{2,6}|[A-Z]{2,12}|[A-Z]{2,5}\d{2,5}(?:\s+\S+){0,3}|\d{3,6}|[A-Z]{3}\d{1,4}[a-z]?(?:\s+\d+)*|LD\s+\S+|[A-Z]{2,4}\s+[A-Z]{2,4}-[A-Z]{2,}\S*)$/;

/** `[Source: Fiji Sugar Corporation/Facebook]`, `[Photo: …]`: the picture's credit in brackets. */
/** `(Photo available)`, `(With video)`, `(Foto disponible)`: the story has pictures, said in parentheses. */
const MEDIA_ADVISORY = /^\((?:with\s+|con\s+|avec\s+)?(?:photos?|pictures?|video|audio|graphics?|infographic|fotos?|vídeos?|vidéo)(?:\s+(?:available|disponibles?|attached))?\)\.?$/iu;
const BRACKETED_CREDIT = /^\[(?:Source|Photo|Photos|Image|Picture|Foto|Video|File photo)\s*:[^\]]{1,150}\]$/i;
const PHOTO = /^\(?(?:[A-Z]{2,8}\s+(?=Photos?\/))?(?:With\s+)?(?:(?:Main|Top|Featured|Header|Lead|Cover)\s+(?=image|photo|picture))?(?:AP\s+(?:Photos?|Video|Audio|Graphics?)|(?:File\s+)?Photos?(?:\s+[Cc]redit)?|Photograph|Image(?:\s+[Cc]redit)?|Foto|Fotos|Фото|Bild|Kuva|Zdjęcie|Φωτογραφία(?:\s+αρχείου)?|Picture|Video|Audio|Cover|Pictured|Caption)\s*[:(/]|^Фото\s+[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?$|^(?:With\s+)?AP\s+Photos?\b|^\(?(?:Photo|Picture)s?\s+(?:by|credit)\b/i;
/**
 * A caption closed by its picture's credit: `Sandbags along the harbour front on Friday. Photo: Morten Dahl` (one sentence or two, then
 * the credit), the credit in parentheses (`… mercredi matin. (Photo : Vaitea Tahu)`) or after a dash as outlet and photographer
 * (`… on Tuesday (28/4/2026). – Jubi/Yance Wenda`).
 */
const CREDITED_CAPTION = /^[^.!?]{10,200}[.!?]["”’]?(?:\s+[^.!?]{3,120}[.!?]["”’]?)?\s+(?:(?:Photo|Photos|Photograph|Picture|Image|Foto|Fotos|Bild|Kuva|Фото|Credit|Crédit)(?:\s+credit)?\s*:|Fot\.)\s*[^.!?:]{2,80}$|^[^.!?]{10,200}[.!?]["”’]?(?:\s+[^.!?]{3,120}[.!?]["”’]?)?\s+\((?:Photo|Photos|Crédit photo|Photograph|Picture|Image|Foto|Fotos|Bild|Kuva|Фото)\s*:\s*[^().!?:]{2,80}\)$/iu;
/** A caption closed by the outlet's and the photographer's names after a dash: `… on Tuesday (28/4/2026). – Jubi/Yance Wenda`. */
// (a hyphen for the dash, the photographer by initials: `… ce mercredi matin. - Sudinfo/M.L.`)
const SLASHED_CREDIT_CAPTION = /^[^.!?]{10,200}[.!?]\s+[-–—]\s+\p{Lu}[\p{L}.-]{1,30}\/\s?(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)+|(?:\p{Lu}\.){1,3})$/u;
/** The label a page prints in front of a picture's caption where its camera icon stood, run into the caption: `Camera IconWater Corporation crews at …`. */
const CAMERA_ICON = /^Camera Icon(?=\p{Lu})/u;
/** A line of three marks or more and no letter or digit, in any script: `٭٭٭٭٭`, `――――――`, `• • •`. */
const SYMBOLS_ONLY = /^(?:[^\p{L}\p{N}\s]\s*){3,}$/u;
const SEPARATOR = /^(?:_{3,}|-{3,}|—{1,}|–|--|\*{3,}|(?:\*\s*){3,}|={3,}|#{3,}|~{3,}|(?:-\s*){3,}|-0-(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})?)$/;

/** Words that close a story, in the agencies' languages; and the agencies' own closing lines. */
const END = /^[\s(（=/—–-]*(?:END|ENDS|ENDIT|ENDITEM|Enditem|End|Ends|end|ends|FIN|Fin|fin|SLUT|Slut|SLUTT|LOPPU|KONIEC|KONEC|Schluss|SCHLUSS|Fim|FIM|-30-|XXX|MORE|NNNN|끝|完|Weitere Meldung folgt|Fortsetzung folgt|انتهای پیام|انتهى|النهاية)[\s)）./=—–-]*$/;
const END_WITH_AGENCY = new RegExp(`^[\\s(=/—–-]*(?:(?:END|Fim|Fin|Schluss)\\s*[)/]?\\s*${AGENCY}|${AGENCY}\\s*/\\s*(?:Fim|FIM|Fin|FIN|END|Ende))[\\s)./—–-]*$`, 'i');

/**
 * The desk's initials: groups of two to five lower-case letters joined by `/`, `-`, `.` or spaces, maybe
 * after an agency's name or `(Schluss)` (`bur-fm/kma/ach`, `dpa lh sk`, `EFE dcp/mgr`, `hmr.gta`, `RCE // JMR`).
 */
const SIGNOFF = new RegExp(`^(?:(?:\\(Schluss\\)|${AGENCY})\\s*[/\\s]\\s*)?(?:[a-z]{1,5}\\d?|[A-Z]{2,4})(?:\\s*(?:[-/.]{1,2}|\\s)\\s*(?:[a-z]{1,5}\\d?|[A-Z]{2,4})){1,7}\\s*/?$`);
/** The agency and the desk's names: `WAM/Nour Haddad/Khalid Abdulrahman`. */
const SIGNOFF_NAMES = new RegExp(`^${AGENCY}\\s*/\\s*[^/]{2,40}(?:/[^/]{2,40}){0,3}$`);
const SIGNOFF_LOWER = /[a-z]/;
/** Any desk's sign-off: acronyms, initials and a time joined by slashes (`BSS/AAS/MRM/1145 hrs`, `/DK/`, `MENA/SAB`). */
const SIGNOFF_TOKEN = String.raw`(?:\p{Lu}{2,10}|\p{Ll}{1,5}\d?|\d{3,4}\s*(?:hrs|hours|GMT|UTC)?)`;
const DESK_SIGNOFF = new RegExp(String.raw`^\/?${SIGNOFF_TOKEN}(?:\s*\/\s*${SIGNOFF_TOKEN})*\s*\/$|^${SIGNOFF_TOKEN}(?:\s*\/\s*${SIGNOFF_TOKEN})+$`, 'u');
/**
 * The desk's initials joined by slashes, with the agency after a dash or in parentheses, or after an end mark and before
 * the day: `AF/JV – STP-Press`, `AS/MD (AMAP)`, `-0- PANA MS/BEH/ASG 13March2026`.
 */
const INITIALS_WITH_AGENCY = /^(?:-0-\s+\p{Lu}[\p{Lu}\p{N}-]{1,10}\s+)?\p{Lu}{1,4}(?:\/\p{Lu}{1,4}){1,4}(?:\s*[–—-]\s*\p{Lu}[\p{L}-]{1,15}|\s*\(\p{Lu}[\p{L}-]{1,15}\))?(?:\s+\d{1,2}\s?\p{L}{3,9}\s?\d{4})?$/u;
/** An agency's acronym, a slash and a note naming the desk: `AGERPRES/(AS - autor: Ioana Marin, editor: Mariana Ionescu)`. */
const AGENCY_SLASH_NOTE = /^\p{Lu}{2,10}\s*\/\s*\([^()]{2,100}\)$/u;
/** Closing tags and addresses only: `(NAN)(www.nannews.ng)`. */
const TAG_AND_ADDRESS = /^(?:\(\s*(?:\p{Lu}{2,8}|\p{Lu}[\p{Ll}-]{2,14}|(?:https?:\/\/|www\.)\S+?)\s*\)\s*)+$/u;
/** The desk's initials between slashes: `/a.d/ /j.p/` (ATA). */
const SLASHED_INITIALS = /^(?:\/[\p{L}.]{1,8}\/\s*){1,4}$/u;
/** A web address alone, after a dash maybe, with a date or note in parentheses maybe: `– SAnews.gov.za`, `www.kcna.kp (Juche114.11.18.)`. */
const WEB_ADDRESS = /^[-–—\s]*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,6})(?:\/\S*)?(?:\s+\([^()]{1,40}\))?$/i;
/** A name behind a dash, closing the copy: `- Lanka Puvath`. */
const DASHED_NAME = /^[-–—]{1,2}\s*\p{Lu}[\p{L}\p{M}'’]+\.?(?:\s+\p{Lu}[\p{L}\p{M}'’]*\.?){0,3}$/u;
/** Whose bureau filed the story, closing it: `IPS UN Bureau Report`, `Reuters Tokyo Newsroom Report`. */
const BUREAU_REPORT = /^(?:\p{Lu}[\p{L}]{1,12}\s+){1,3}(?:Bureau|Desk|Newsroom)\s+Report$/u;
/** A rule and the desk's initials closing the copy: `================R.H.` (NNA). */
const RULED_INITIALS = /^(?:={3,}|-{3,}|_{3,}|\*{3,})\s*(?:\p{Lu}\.){1,4}$/u;
/** Desk initials and the agency's bureau in parentheses: `(CML/PIA-7 Cebu)`. */
// (the slash maybe set off by spaces: `(KJSY / CTL)`)
const PARENTHESISED_SIGNOFF = /^\(\s*\p{Lu}{2,6}(?:\s*\/\s*[\p{Lu}\p{N}-]+)+(?:\s+\p{Lu}\p{L}+){0,2}\s*\)$/u;
/** An agency behind dashes or equals signs (`--SPA`, `==QNA`), perhaps in parentheses and with its desk's initials (`--(Petra) Z.H/A.A`). */
const DASHED_MARK = /^(?:--|==|—|–)\s*(?:\p{Lu}{2,10}|\(\p{Lu}[\p{L}-]{1,12}\)(?:\s+[\p{Lu}.]{1,6}(?:\/[\p{Lu}.]{1,6})*)?)$/u;
/** `(FIN) LZD/MAO`, `(END) JK/RT`: an end mark and the desk's initials. */
const END_INITIALS = /^\((?:END|FIN|FIM|ENDE|SLUT|LOPPU)\)\s+\p{Lu}{1,4}(?:\/\p{Lu}{1,4}){0,4}$|^\((?:end|fin|fim|ende|slut|loppu)\)\s+\p{Ll}{1,4}(?:[./]\p{Ll}{1,4}){0,4}$/u;
/** The label a site's publishing system prints over the writer and the date (Joomla's `Details`). */
const ARTICLE_INFO_LABEL = /^(?:Details|Article info|Article information|Détails|Detalles|Dettagli)$/;
/** A page's comments section: its heading, or the notice it shows where comments do not load. */
const COMMENTS_FURNITURE = /^(?:Comments?|Reader comments|Join the conversation|Leave a comment|Show comments)$|^Comments? (?:not loading|are (?:closed|disabled))\b|\bjavascript (?:turned on|enabled)\b/i;
/** A page's line about its publisher: `Standard Group PLC is a multi-media organization with investments in …`. */
const PUBLISHER_BLURB = /^(?:The\s+)?\p{Lu}[\p{L}&.' -]{1,60}\s(?:PLC|Ltd\.?|Limited|Inc\.?|Group|Corporation|Media|S\.A\.)\s+is\s+(?:a|an|the)\s+(?:leading\s+|independent\s+)?(?:multi-?media|media|news|publishing|digital)\b/iu;
/** A call to join or subscribe to the outlet by its name, case kept (`Become a member of Shetland News`, `Assine o Expresso`), not a sentence's (`Become a member of the union today.`). */
const JOIN_APPEAL = /^(?:Become|Be) an? (?:member|supporter|subscriber|patron|friend) (?:of|to) \p{Lu}[\p{L}\d'’&. -]{1,40}(?: today)?[.!]?$|^(?:Subscribe to|Assine(?: já)?(?: o| a)?|Subscreva(?: o| a)?|Suscr[ií]bete a|Abonnez-vous à|Abbonati a) \p{Lu}[\p{L}\d'’&. -]{1,40}[.!]?$/u;
/** A page's appeal for readers' money: `Support Us`, `Independent journalism costs money. Support … for the price of a coffee.` */
const READER_APPEAL = /^(?:Support Us|Donate|Donate now|Make a donation|Subscribe now|Become a member)$|^Get (?:the latest|our|all the|the best|the day['’]s)\b.{0,80}\b(?:in|to|delivered to) your inbox\.?$|(?:^|[.!?]\s)Support (?:local|public|nonprofit) (?:journalism|news|reporting)\.?$|^Independent journalism costs money\b|^Support independent journalism$|\bplease consider (?:a contribution|a donation|donating|supporting us)\b|^Support (?:independent journalism|\p{Lu}[\p{L}'’ ]{2,40}) for (?:the price of|as little as|just)\b|\b(?:Subscribe|Sign up|Suscr[ií]bete|Suscribite|Inscr[ií]bete|Abonnez-vous|Inscrivez-vous|Assine|Inscreva-se|Iscriviti)\b.{0,80}\b(?:newsletter|boletín|boletim|bulletin|infolettre)\b/iu;
/** An agency's name alone in parentheses, closing the story: `(ISBnews)`. */
const TAG_ALONE_LINE = /^\(\p{Lu}[\p{L}\p{N}.&-]{1,20}\)\.?$/u;
/** An agency's name and its desk's initials, without parentheses: `FoNet mj/dk`, `Tanjug sm/mg`, `Cyprus Mail ec/ap`. */
const NAME_INITIALS = /^\p{Lu}[\p{L}-]{1,12}(?:\s\p{Lu}[\p{L}-]{1,12}){0,2}\s+\p{Ll}{1,5}(?:\s*\/\s*\p{Ll}{1,5}){1,4}$/u;
/** An agency's tag in parentheses and the desk's initials: `(Hina) ap/ml`, `(STA) mk/jš`, `(FENA) S. K.`. */
const TAG_INITIALS = /^\(\p{Lu}[\p{L}-]{1,12}\)\s+(?:\p{Ll}{1,5}(?:\s*[/.-]\s*\p{Ll}{1,5}){0,4}|\p{Lu}\.(?:\s*\p{Lu}\.){0,3})$/u;
/** Lower-case initials joined by hyphens or slashes: a sign-off, never keywords (`bur-fm/kma/ach`). */
const INITIALS_ONLY = /^[a-z]{1,5}\d?(?:[-/.]{1,2}[a-z]{1,5}\d?)+\/?$/;

const COPYRIGHT = /(?:^|\s)(?:©|\(c\)|\(C\)|Copyright|COPYRIGHT|All rights reserved|ALL RIGHTS RESERVED|Alle Rechte vorbehalten|Todos los derechos reservados|Tous droits réservés|Riproduzione riservata)\b|^©|\s©\s?\d{4}\b/u;
/** A copyright notice's opening, in the agencies' languages: `©`, `(c)`, `Copyright`, `Hak cipta`, `Bản quyền`, `Todos los derechos`, `D.R. ©`. */
// (in parentheses too, closing a story: `(Copyright 2026 Vanuatu Daily Post)`; or behind the marks of a format that leaked into text, `>^©2026 …`)
export const COPYRIGHT_START = /^(?:[([]\s*(?=[©C])|[>^]+(?=[©C]))?(?:©|\(c\)|Copyright|COPYRIGHT|Hak cipta\b|Bản quyền\b|Todos los derechos\b|Derechos reservados\b|D\.\s?R\.\s*©|Tous droits\b|Alle Rechte\b)/u;
/** All rights reserved in the scripts the Latin patterns miss: Arabic, Chinese, Japanese, Korean (`本稿件为中国新闻社版权所有，未经书面授权…`). */
const RIGHTS_RESERVED = /جميع الحقوق محفوظة|版权所有|版權所有|無断転載|저작권자|무단 ?전재|재배포 금지|재판매 및 DB 금지/u;
/** A periodical's serial number, printed in a web page's or a feed's footer: `ISSN 2465 - 1222`. */
const ISSN = /^ISSN\s*:?\s*\d{4}\s*[-–]\s*\d{3}[\dX]$/;
/**
 * An outlet's appeal for support or its own blurb at the foot of a web page: `Please consider supporting our independent journalism.`,
 * `Capitol News Illinois is a nonprofit, nonpartisan news service …`, `Alaska Beacon is part of States Newsroom, a nonprofit news
 * network …`, `Civil Beat’s coverage of Maui County is supported in part by reader donations …` (tested only on lines that hold one
 * of its words).
 */
const OUTLET_APPEAL = /\b(?:please )?consider (?:supporting|donating|making a (?:modest |small )?(?:donation|contribution|support))\b|\bsupport (?:our |quality |independent )+journalism\b|^Support [A-Z][\w&.'’ -]{1,40}(?:'s?|’s?) journalism\b|^(?:good |quality |independent )?journalism costs (?:a lot of |real )?money\b|^(?!.*\b(?:said|says|told|according)\b)\S.{0,60}\bis (?:an? |part of [^,]{1,60}, an? )(?:(?:independent|nonprofit|non-profit|nonpartisan|not-for-profit),? )+(?:\S+ ){0,3}(?:news (?:service|organi[sz]ation|outlet|agency|site|website|network)|newsroom)\b|^(?!.*\b(?:said|says|told|according)\b)\S.{0,60}\bcoverage of .{1,60}\bis (?:supported|funded|made possible)\b.{0,40}\b(?:donations|donors|grants)\b/i;
const APPEAL_WORD = /journalism|donat|nonprofit|non-profit|nonpartisan|not-for-profit|independent news/i;

/**
 * An outlet named as its parent's unit, at the foot: `Nebraska Public Media News is a service of Nebraska Public Media, a
 * department of the University of Nebraska.` (the subject a newsroom's name, no one's words reported, and nothing after the
 * parent's name but what it is: not `Fox News is a unit of Fox Corp, which also owns the network.`).
 */
const OUTLET_PARENT = /^(?!.*\b(?:said|says|told|according)\b)\p{Lu}[^.!?]{0,60}?\s(?:News|Media|Radio|Television|TV|Press|Times|Post|Journal|Herald|Tribune|Gazette|Observer|Chronicle)(?:\s[^.!?]{0,20})? is (?:a|an|the) (?:news )?(?:service|production|publication|project|program|programme|member station|department|division|affiliate|unit) of\s\p{Lu}[^,.;!?]{1,60}(?:,\s+(?:a|an|the)\s[^,.;!?]{1,80})?\.?$/u;
/**
 * A page's mark where an advertisement stood in the story, on its own line: `Advertisement`, `Anzeige`, `Publicidad`,
 * `Story continues below advertisement`: no paragraph, wherever it stands.
 */
const AD_MARKER = /^(?:Advertisement|Advertising|Sponsored|Anzeige|Werbung|Publicidad|Publicidade|Publicité|Pubblicità|Advertentie|Annons|Annonse|Reklame|Mainos|Reklama|Hirdetés|Reclamă|Διαφήμιση|Реклама|إعلان|광고|广告|広告|(?:Story|Article) continues below(?: (?:this )?advertisement)?|(?:Continue|Keep) reading below|La nota continúa (?:abajo|debajo)|Continúa (?:leyendo )?(?:abajo|debajo)|Weiterlesen nach der Anzeige|Lesen Sie nach der Anzeige weiter|L['’]article continue (?:ci-dessous|après la publicité)|Suite après (?:la )?publicité|(?:L['’])?articolo continua (?:sotto|dopo la pubblicità))$/iu;
/** Whether the line is a page's mark where an advertisement stood (`Advertisement`, `Anzeige`). */
export const isAdMarker = (line: string): boolean => line.length <= 60 && AD_MARKER.test(line);

/** The agency's terms at the foot: `This copy is for the use of IANS subscribers only`, `Anadolu Agency website contains only a portion of …`. */
const TERMS = /\b(?:subscribers?|subscription|reproduction|redistribution|republication|licensed|licence|license)\b/i;
/** A news agency without a profile by what its name says it is (`Turan Information Agency`, `Kenya News Agency`), or its publisher named. */
const NEWS_AGENCY_NAME = /\b(?:News|Press|Information)\s+(?:Agency|Service)\b|\bis published by\b/;
const TERMS_TONE = /\b(?:only|please|contact us|may not|must not|not for|prohibited|for the use of|without (?:the )?(?:prior )?(?:written )?permission)\b/i;

/** The outlet's terms for using its copy, under their label: `Republishing: … may be republished free of charge, provided …`. */
// (or a service's terms in a sentence: `PACNEWS is a service of … Material may be used by PINA members with credit to PACNEWS`)
// (two patterns, Latin and Cyrillic: one pattern of both under the Unicode flag is read several times slower)
// (or `Materials on this site may be reproduced only with a hyperlink to NEWS.am`)
const REUSE_TERMS = /^(?:Republishing|Republication|Reproduction|Reuse|Re-use|Terms of use|Usage terms|Conditions of use)\s*:\s*\S|\b(?:Material|Content|Stories|Articles)\s+may\s+be\s+(?:used|reproduced|republished)\s+by\b.{0,80}\bcredit\b|^(?:Materials?|Content|Stories|Articles)\s+(?:on|of|from)\s+this\s+(?:site|website|portal)\s+may\s+(?:only\s+)?be\s+(?:used|reproduced|republished|copied)\b.{0,80}\b(?:hyperlink|link|credit|reference|permission)\b/i;
const REUSE_TERMS_CYRILLIC = /(?<!\p{L})при\s+(?:копировании|перепечатке|цитировании|использовании)(?!\p{L}).{0,60}обязательн|(?<!\p{L})обязательн\p{L}*\s+ссылк/iu;
/** The call to share a story, in the agencies' languages, on its own or before the networks: `Share`, `Partager`, `Compartilhe`, `Udostępnij`. */
export const SHARE_WORDS = String.raw`Share|I-share|Ibahagi|Bagikan|Kongsi|Partager|Partagez|Compartir|Comparte|Comparta|Compartilhe|Compartilhar|Partilhar|Partilhe|Condividi|Teilen|Teilen Sie|Deel|Delen|Dela|Del|Jaa|Udostępnij|Podijeli|Sdílet|Zdieľať`;
const CONTACT = new RegExp(String.raw`^(?:This (?:report|story|article) (?:by .{1,60} )?was (?:first )?published\b(?!.*\d[:.]\d\d).*|A version of this (?:article|story|report) (?:appears|appeared) in (?:the )?print\b.*|Published in .{1,60} print edition\b.*|Read more\b.{0,60}\bin (?:this week's|this week’s|today's|today’s|the print edition|print)\b.*|To contact the (?:reporters?|editors?|writers?)\b.*:?|Local Democracy Reporting\b.*|This (?:story|article|report|content|coverage) (?:is|was)\b.{0,80}\b(?:funded|supported|produced|made possible)\b.*|Write to\s.+\s(?:at|@)\s?\S+|(?:Follow|Contact|Email|E-mail|Reach|Join)\s.{0,60}(?:@\S*|https?:\/\/\S*|\bt\.me\/\S*|\bon (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Telegram|WhatsApp|YouTube|TikTok|LinkedIn)\b.*)|Share(?: this)?(?: story| article)?\s*:.*|Share this (?:page|story|article|post)!?|(?:${SHARE_WORDS})|(?:Stay up-to-date|Follow|Join|Síguenos|Siga-nos|Segue-nos|Suivez-nous|Seguici|Folge uns|Volg ons|Подписывайтесь|Підписуйтесь|Pretplatite se|Obserwuj|Seuraa)\s.{0,80}(?:Telegram|WhatsApp|Viber|Instagram|YouTube|Google News|channel|канал).{0,40}|(?:${SHARE_WORDS})(?![A-Za-z\u00C0-\u024F]).{0,30}\b(?:Facebook|Twitter|WhatsApp|Telegram|LinkedIn|e-?mail)\b.*|More\s[A-Za-z ]{0,30}\b(?:stories|news|articles)\b.{0,60}\|.*|Related (?:news|stories|coverage):.*|More (?:on|at):.*|Read more:.*|For more (?:news|stories).*|Subscribe\b.*|Manage (?:your )?(?:subscription|preferences)\b.*|Update (?:your )?preferences\b.*|View (?:this|it) (?:e-?mail )?in (?:your|a) browser\b.*|You are receiving (?:this|these)\b.*|(?:Umepokea barua pepe hii|Sie erhalten diese|Vous recevez ce|Vous recevez cet|Vous recevez cette|Recibes este|Recibió este|Has recibido este|Has rebut aquest|Você está recebendo|Você recebeu este|Recebeu este|Ricevi questa|Hai ricevuto questa|U ontvangt deze|Je ontvangt deze|Du får detta|Du modtager|Du mottar|Du får denne|Þú færð þennan|Ви отримали цей|Ви отримуєте цей|Вы получили это|Вы получаете это|Получавате този|Получихте този|Otrzymujesz tę|Otrzymałeś tę|Otrzymałaś tę|Saat tämän (?:viestin|sähköpostin|uutiskirjeen)|Sait tämän (?:viestin|sähköpostin|uutiskirjeen)|Saite selle (?:kirja|e-kirja)|Saad selle (?:kirja|e-kirja)|Gavote šį|Jūs saņēmāt šo|Tento e-mail dostáváte|Tento e-mail dostávate|Tuto zprávu dostáváte|Ezt az e-mailt azért kap(?:ja|od)|Ezt a levelet azért kap(?:ja|od)|Primiți acest|Ați primit acest|Bu e-postayı (?:\S+ ){0,4}(?:aldınız|alıyorsunuz)|Λαμβάνετε αυτό|Λάβατε αυτό|Primili ste ovu|Ovu poruku primate|Anda menerima email ini|Anda menerima surel ini)(?=[\s,.:;!?]|$).*|To (?:stop receiving|unsubscribe)\b.*|(?:Unsubscribe|Donar-se de baixa|Darse de baja|Cancelar (?:a )?subscrição|Se désabonner|Désinscription|Abmelden|Abbestellen|Afmelden|Disiscriviti|Avsluta prenumeration)\b.*|Sign up (?:for|to|here)\b.{0,240}|Notes? to (?:partners|editors|subscribers|clients)\s*:.*|Disclaimer\s*:.*|Read the (?:full )?(?:ruling|judgment|decision|opinion|order|complaint|filing|lawsuit|report|study|paper|statement)\.?|Support (?:us|our (?:work|journalism))[.!]?|Support \S+(?: \S+){0,3}(?:\.\.\.|…|!)|Download the\b.*|\S+@\S+\.\S+(?:\s*[/,;]\s*\S+@\S+\.\S+)*(?:\s*[(（](?:END|end|끝|完)[)）])?|\(\(\s*\S+@\S+\.\S+[^()]{0,80}\)\)|https?:\/\/\S+|(?:\S+\s+){1,8}https?:\/\/\S+|(?:Tel|Phone|Fax|Office|Mobile|Cell|Direct)\.?:?\s*\+?\d[\d\s().-]{6,}|Follow\s+\S+(?:'s|’s)?\s+coverage\b.*)$`, 'i');
const CONTACT_EDITORS = /^To contact the editors?\b/i;

/** `Editor:` in the languages agencies sign their copy in (`Toimetaja: Mari Tamm`, ERR; `Urednik:`, `Redaktør:`): an editing credit. */
export const EDITOR_LABELS: readonly string[] = ['Toimetaja', 'Redaktor', 'Redaktorka', 'Redaktør', 'Redaktör', 'Redaktorius', 'Redaktorė', 'Urednik', 'Urednica', 'Uredila', 'Uredio', 'Ritstjóri', 'Redactor', 'Redactora', 'Редактор'];
/** `Toimetaja: Mari Tamm`: an editor credited under the word in the agency's language. */
const EDITOR_CREDIT = new RegExp(`^(?:${EDITOR_LABELS.join('|')})\\s*:\\s+\\p{Lu}`, 'u');
/** `Reporter:` in the languages agencies sign their copy in (`Pewarta: Dewi Lestari`, Antara; `Wartawan:`): the reporter credited. */
export const REPORTER_LABELS: readonly string[] = ['Pewarta', 'Wartawan'];
const REPORTER_CREDIT = new RegExp(`^(?:${REPORTER_LABELS.join('|')})\\s*:\\s+\\p{Lu}`, 'u');
/** Credit lines: who reported, wrote, edited, assisted; the names are read by `extract`. */
const CREDIT_LINE = /^[-–—(*\s]*(?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Reported|Written|Edited)\s+by\b|Reporte(?:\s+adicional)?\s+de\b|Reportagem(?:\s+adicional)?\s+de\b|Editado\s+por\b|Escrito\s+por\b|With\s+(?:additional\s+)?(?:assistance|files|reporting)\s+from\b|With\s+additional\s+reporting\s+by\b|With\s+(?:a\s+)?reports?\s+from\b|Compiled\s+by\b|Reporters?\s?:\s|Editors?\s?:\s(?!\s*(?:Please|Kindly|Note|This|The|A|An|We)\b|\s*\S+@)|Editing:\s|Reporting:\s|Writing:\s|Edição:\s|Edición:\s|Edizione:\s|Translated\s+by\b|(?:English\s+)?translation\s+by\b|Mitarbeit:|Redaktion:|Mitarbeit\b|\*?Colaboro(?:u|ram)\b|\*?Colaboró(?![\p{L}\p{N}])|Con información de\b|Com informações de\b|Avec\s+des\s+informations\s+d(?:e\b|['’](?=\p{Lu}))|Information\s+for\s+this\s+(?:story|report|article)\s+was\s+(?:also\s+)?provided\s+by\b|Spolupracoval[ai]?\s+\p{Lu}|Współpraca:|Spolupráce:)|(?:contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)|(?:contribuyó|contribuyeron|colaboró|colaboraron)\s+(?:a|en|con)\s+(?:este|esta)\s+(?:despacho|informe|nota|información|reportaje)|(?:contribuiu|contribuíram|colaborou|colaboraram)\s+(?:para|com)\s+(?:esta|este)\s+(?:reportagem|matéria|texto|notícia)|(?:a|ont)\s+contribué\s+à\s+(?:cet|cette)\s+(?:article|dépêche))(?:\s+(?:from|desde|de|depuis)\s+[\p{Lu}][\p{L}\p{M} .'’-]{1,40})?\.?\)?$/iu;

/**
 * An agency's or a partner's share in the story, a line of its own at the foot: `Com Lusa`, `Avec AFP`, `Mit dpa`, `Dit artikel
 * is tot stand gekomen in samenwerking met RTV Oost.`, `This story was produced in collaboration with …`, `(Source: Fena)`.
 */
const SHARED_CREDIT = /^(?:\((?:Source|Sources|Izvor|Fonte|Fuente|Quelle)\s*:\s*\p{Lu}[\p{L}-]{1,20}(?:(?:,\s*|\s+(?:and|i|e|y)\s+)\p{Lu}[\p{L}-]{1,20}){0,2}\)|(?:With|Com|Con|Avec|Mit|Met|Med|Cu)\s+(?:agencies|agências|agencias|agences|Agenturen|\p{Lu}[\p{L}-]{1,12}(?:(?:,\s*|\s+(?:and|e|y|et|und|en|og|och|i)\s+)\p{Lu}[\p{L}-]{1,12}){0,3})|(?:Dit (?:artikel|bericht)|This (?:article|story|report)|Cet article|Dieser (?:Artikel|Beitrag)|Este (?:artigo|artículo)|Questo articolo|Artikeln|Artiklen|Artikkelen)\b.{0,60}\b(?:in samenwerking met|in collaboration with|in partnership with|en collaboration avec|in Zusammenarbeit mit|em colaboração com|en colaboración con|in collaborazione con|i samarbete med|i samarbejde med|i samarbeid med)\s+\S.{0,40})\.?$/u;

/** What EFE and others add after the desk's initials: `(foto)`, `(vídeo)`, `(infografía)`. */
const MEDIA_MARKS = /(?:\s+\((?:foto|fotos|vídeo|video|audio|infografía|infographie|photo|photos|grafik|gráfico)\))+$/iu;
/** A desk's handles and the site's address, ORF's foot: `red, kaernten.ORF.at`, `ks, wien.ORF.at/Agenturen`. */
const HANDLES_AND_SITE = /^(?:\p{Ll}{2,6}(?:\/\p{Ll}{2,6})*,\s*)+(?:[\p{L}\d-]+\.)+\p{L}{2,6}(?:\/[\p{L}\d/-]+)?$/u;

/** A site's address inside a line, bare: `lavanguardia.com/encatala`, `nepszava.hu`, `www.example.org` (a line that is only an address: `header.ts`). */
const ADDRESS_IN_LINE = /(?<![@\p{L}\d.-])(?:www\.)?[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|news|cat|eus|gal|[a-z]{2})(?:\/[\w\/.-]*)?(?![\p{L}\d@])/iu;
/** Words that send the reader to read the story elsewhere, in the agencies' languages. */
const READ_WORD = /(?<!\p{L})(?:read|llegeix|lee|lea|leia|lire|lisez|lesen|leggi|lees|læs|läs|les|olvasható|olvassa|czytaj|čtěte|čítajte|skaitykite|loe|lue|oku)(?!\p{L})/iu;
/**
 * A short line that points to the story on a site (`Llegeix aquesta notícia a lavanguardia.com/encatala`, `A cikk a
 * nepszava.hu oldalon is olvasható.`): an address, and no sentence of the story's or a word that says to read it there.
 */
const isSitePointer = (line: string): boolean =>
  line.length <= 110 && line.split(/\s+/).length <= 12 && ADDRESS_IN_LINE.test(line) && (!/[.!?»”"]$/u.test(line) || READ_WORD.test(line))
  // (words of a sentence beside the address: not `Jurga Petrauskaitė, lrytas.lt`, a byline; nor a sentence that ends before a
  // run-in sign-off, `The report cited delays. -- Rappler.com`)
  && /(?<![\p{L}.])\p{Ll}{2,}(?![\p{L}.])/u.test(line.replace(ADDRESS_IN_LINE, '')) && !/[.!?]["”»]?\s/u.test(line);

/** Whether a line only credits an agency or a partner with a share in the story (no person to name). */
export const isSharedCredit = (line: string): boolean => line.length <= 160 && SHARED_CREDIT.test(line);

/** The ordered rules. Order matters where shapes overlap: a credit before a byline, an end mark before a sign-off. */
export const LINE_RULES: readonly LineRule[] = [
  { name: 'separator', kind: 'separator', example: '___', test: re(SEPARATOR) },
  { name: 'symbols only', kind: 'separator', example: '٭٭٭٭٭', test: re(SYMBOLS_ONLY) },
  { name: 'credit line', kind: 'credit', example: '(Reporting by Anna Ruiz in Lima; Editing by Tom Hale)', test: re(CREDIT_LINE) },
  { name: 'agency or partner credit', kind: 'credit', example: 'Com Lusa', test: isSharedCredit },
  { name: 'editor credit in the agency\'s language', kind: 'credit', example: 'Toimetaja: Mari Tamm', test: (line) => line.length <= 80 && EDITOR_CREDIT.test(line) },
  { name: 'reporter credit in the agency\'s language', kind: 'credit', example: 'Pewarta: Dewi Lestari', test: (line) => line.length <= 80 && REPORTER_CREDIT.test(line) },
  { name: 'press release closing', kind: 'contact', example: 'SOURCE Halvorsen Biotherapeutics, Inc.', test: (line) => line.length <= 200 && RELEASE_CLOSING.test(line) },
  { name: 'telephone number', kind: 'contact', example: '+1 617-555-0148', test: (line) => line.length <= 30 && PHONE.test(line) },
  { name: 'contact line', kind: 'contact', example: 'To contact the reporter on this story: Jo Lee in London at jlee1@bloomberg.net', test: re(CONTACT) },
  { name: 'copyright line', kind: 'copyright', example: '©2025 Bloomberg L.P.', test: (line) => (line.length <= 160 && (COPYRIGHT.test(line) || RIGHTS_RESERVED.test(line) || ISSN.test(line))) || (line.length <= 400 && (COPYRIGHT_START.test(line) || (TERMS.test(line) && TERMS_TONE.test(line) && (AGENCY_WORD.test(line) || NEWS_AGENCY_NAME.test(line))))) },
  { name: 'terms of reuse', kind: 'copyright', example: 'Republishing: SAnews.gov.za content may be republished free of charge, provided SAnews.gov.za is credited.', test: (line) => line.length <= 300 && (REUSE_TERMS.test(line) || REUSE_TERMS_CYRILLIC.test(line)) && !/[«"“].{20,}[»"”]/u.test(line) },
  { name: 'agency closing mark', kind: 'end', example: '==Kyodo', test: (line) => line.length <= 40 && (AGENCY_MARK.test(line) && /[=/(\[—–-]/.test(line) || END_WITH_AGENCY.test(line)) },
  { name: 'end mark', kind: 'end', example: '(END)', test: re(END) },
  { name: 'embargo line', kind: 'embargo', example: 'EMBARGOED UNTIL 0001 GMT Friday March 7', test: (line) => line.length <= 160 && EMBARGO.test(line) },
  { name: 'embargo note', kind: 'note', example: 'This release is provided in advance under embargo. It may not be published before the time above.', test: (line) => line.length <= 300 && EMBARGO_WORD.test(line) && EMBARGO_NOTE.test(line) },
  { name: 'note to editors', kind: 'note', example: 'Eds: UPDATES with quotes from the governor', test: (line) => line.length <= 400 && (NOTE.test(line) || NOTE_VERB.test(line) || CORRECTION_NOTICE.test(line) || UPDATE_NOTICE.test(line) || MARKED_NOTE.test(line)) },
  { name: 'kill advisory', kind: 'status', example: 'WITHDRAWN - Anadolu Agency has withdrawn the following story', test: isKillAdvisory },
  // (not a page's stamp under its label, `Aktualisiert: 28.01.2026, 11:12`: a time, no version mark)
  { name: 'status mark', kind: 'status', example: 'ELIMINATION', test: (line) => line.length <= 120 && STATUS.test(line) && (STATUS_WORDS_ONLY.test(line) || /^\(|^(?:Zusammenfassung|Aktualisiert|Achtung|Neu)\b/.test(line) || /[:-]/.test(line.slice(0, 40))) && !(/^\p{Lu}\p{Ll}+\s*:\s*\d/u.test(line) && isStampLine(line)) },
  { name: 'language service masthead', kind: 'agency', example: 'IRNA English', test: (line) => LANGUAGE_MASTHEAD.test(line) },
  { name: 'transmission stamp', kind: 'stamp', example: 'AP-WF-05-21-25 0347GMT', test: (line) => line.length <= 40 && codedStamp(line) !== null },
  { name: 'labelled slug', kind: 'slug', example: 'Stikkord: vikafjellet-stengt', test: (line) => LABELLED_SLUG.test(line) },
  { name: 'field line', kind: 'slug', example: 'News ID: 85821473', test: (line) => FIELD_LINE.test(line) },
  { name: 'slug line', kind: 'slug', example: 'BC-10 Things to Know-Today,364', test: (line) => line.length <= 120 && SLUG_LINE.test(line) },
  { name: 'keyword line', kind: 'slug', example: 'Germany-economy/trade/exports/', test: (line) => line.length <= 80 && !line.includes(' ') && KEYWORDS.test(line) && !INITIALS_ONLY.test(line) },
  { name: 'keyword line with its status', kind: 'slug', example: 'KENYA-TEA/ (CORRECTED)', test: (line) => line.length <= 100 && KEYWORDS_MARKED.test(line) && KEYWORDS.test(/^\S+/.exec(line)![0]) },
  { name: 'keywords with a topic in lower case', kind: 'slug', example: 'Slovensko-cestovný ruch-Tatry', test: (line) => line.length <= 60 && SPACED_KEYWORDS.test(line) && line.split('-').some((part) => /^\p{Ll}/u.test(part)) && /^\p{Lu}/u.test(line.split('-').at(-1)!) },
  { name: '7901 heading line', kind: 'slug', example: 'APA0312 5 WI 0412 II   Di, 17.Jun 25', test: (line) => isHeading7901(line) },
  { name: 'code line', kind: 'slug', example: 'DEL52', test: (line) => line.length <= 40 && CODE.test(line) },
  { name: 'transmission code', kind: 'slug', example: 'XCR25182013204_SXA_QBXB R CRO S0A QBXB', test: (line) => line.length <= 80 && TRANSMISSION.test(line) },
  { name: 'catchline', kind: 'slug', example: 'HEALTH Ambulance', test: (line) => line.length <= 32 && CATCHLINE.test(line) && !SECTION_MASTHEAD.test(line) },
  { name: 'photo line', kind: 'photo', example: 'AP Photo', test: (line) => line.length <= 200 && PHOTO.test(line) },
  { name: 'media advisory in parentheses', kind: 'photo', example: '(Photo available)', test: (line) => MEDIA_ADVISORY.test(line) },
  { name: 'caption with its credit', kind: 'photo', example: 'Shop Street in Galway, where a 30km/h limit already applies. Photograph: Aoife Ward', test: (line) => line.length <= MAX_PHOTO_LINE && (CREDITED_CAPTION.test(line) || SLASHED_CREDIT_CAPTION.test(line) || CAMERA_ICON.test(line)) },
  { name: 'picture credit in brackets', kind: 'photo', example: '[Source: Fiji Sugar Corporation/Facebook]', test: (line) => BRACKETED_CREDIT.test(line) },
  { name: 'byline', kind: 'byline', example: 'By Lena Hartmann, dpa', test: (line) => isByline(bylineText(line)) }, // or `(By Chen Yu-ting and Frances Huang)`, `// Autor: Elena Grosu`
  { name: 'signature', kind: 'signature', example: 'Marc-André Lefebvre, The Canadian Press', test: (line) => line.length <= 80 && SIGNATURE.test(line) && !isMasthead(line) },
  { name: 'agency, dash and writer', kind: 'signature', example: 'STT–Mikko Heikkilä', test: (line) => line.length <= 80 && AGENCY_DASH_NAME.test(line) && !isAgencyLine(line) && !isMasthead(line) },
  { name: 'writer and an agency\'s tag', kind: 'signature', example: 'Dilnoza Karimova, UzA', test: (line) => line.length <= 60 && NAME_AND_TAG.test(line) },
  { name: 'writer and job', kind: 'signature', example: 'Tama Whitiora, Environment reporter', test: (line) => line.length <= 80 && NAME_AND_JOB.test(line) },
  { name: 'writers and their paper after a dash', kind: 'signature', example: 'Gilbert Bayoran-Salcedo, Jennifer Rendon-Uy - The Philippine Star', test: (line) => line.length <= 120 && NAMES_DASH_OUTLET.test(line) },
  { name: 'writer and newsroom after a slash', kind: 'signature', example: 'Mirela Kovač / Yukon News', test: (line) => { const named = line.length <= 80 ? NAME_SLASH_OUTLET.exec(line) : null; return named !== null && NEWSROOM_WORD.test(named[1]!); } },
  { name: 'writer and the paper\'s job after a slash', kind: 'byline', example: 'Tamoy Ricketts-Campbell/Gleaner Writer', test: (line) => line.length <= 80 && NAME_SLASH_JOB.test(line) },
  { name: 'agency name', kind: 'agency', example: 'Associated Press', test: (line) => line.length <= 60 && isAgencyLine(line.replace(/[=.:]\s*$/, '').trim()) },
  { name: 'masthead', kind: 'agency', example: 'BTA - Bulgarian News Agency', test: isMasthead },
  { name: 'agency named with its acronym', kind: 'agency', example: 'Botswana Press Agency (BOPA) – Ministry of Communications', test: (line) => line.length <= 140 && AGENCY_NAMED.test(line) },
  { name: 'numbered bulletin', kind: 'agency', example: 'PACNEWS 2: Fri 14 Nov 2025', test: (line) => { const date = BULLETIN.exec(line)?.[1]; return date !== undefined && findStamp(date) !== null; } },
  { name: 'agency behind an ellipsis', kind: 'end', example: '….PACNEWS', test: (line) => line.length <= 20 && ELLIPSIS_MARK.test(line) },
  { name: 'newsletter masthead', kind: 'agency', example: 'LETA Business Daily | 11 June 2025', test: (line) => line.length <= 90 && isDatedMasthead(line) },
  { name: 'time stamp', kind: 'stamp', example: '03 Mar 2025 14:05 GMT', test: isStampLine },
  { name: 'desk sign-off', kind: 'signoff', example: 'bur-fm/kma/ach', test: (line) => line.length <= 40 && SIGNOFF.test(line) && (SIGNOFF_LOWER.test(line) || /\s/.test(line)) },
  { name: 'desk sign-off with its media marks', kind: 'signoff', example: 'amo/joc/lmr (foto) (vídeo)', test: (line) => line.length <= 80 && MEDIA_MARKS.test(line) && lineKind(line.replace(MEDIA_MARKS, '')) === 'signoff' },
  { name: 'desk handles and the site', kind: 'signoff', example: 'red, kaernten.ORF.at', test: (line) => line.length <= 60 && HANDLES_AND_SITE.test(line) },
  { name: 'desk initials with the agency', kind: 'signoff', example: 'AF/JV – STP-Press', test: (line) => line.length <= 60 && INITIALS_WITH_AGENCY.test(line) },
  { name: 'desk sign-off of any agency', kind: 'signoff', example: 'BSS/AAS/MRM/1145 hrs', test: (line) => line.length <= 60 && DESK_SIGNOFF.test(line) },
  { name: 'agency and writer at the foot', kind: 'signoff', example: 'AGERPRES/(AS - autor: Ioana Marin, editor: Mariana Ionescu)', test: (line) => line.length <= 120 && AGENCY_SLASH_NOTE.test(line) },
  { name: 'dashed agency mark', kind: 'end', example: '--(Petra) Z.H/A.A', test: (line) => DASHED_MARK.test(line) },
  { name: 'end mark with initials', kind: 'end', example: '(FIN) LZD/MAO', test: (line) => END_INITIALS.test(line) },
  { name: 'agency tag with initials', kind: 'end', example: '(Hina) ap/ml', test: (line) => line.length <= 40 && TAG_INITIALS.test(line) },
  { name: 'agency name in parentheses alone', kind: 'end', example: '(ISBnews)', test: (line) => TAG_ALONE_LINE.test(line) },
  { name: 'writer and the agency\'s tag at the foot', kind: 'end', example: 'Z Płowdiwu Michał Pietrzyk (PAP)', test: (line) => line.length <= 60 && WRITER_AND_TAG.test(line) },
  { name: 'agency name with initials', kind: 'end', example: 'FoNet mj/dk', test: (line) => line.length <= 40 && NAME_INITIALS.test(line) },
  { name: 'bureau report', kind: 'end', example: 'IPS UN Bureau Report', test: (line) => line.length <= 60 && BUREAU_REPORT.test(line) },
  { name: 'dashed name', kind: 'end', example: '- Lanka Puvath', test: (line) => line.length <= 40 && DASHED_NAME.test(line) },
  { name: 'rule and initials', kind: 'signoff', example: '================R.H.', test: (line) => line.length <= 60 && RULED_INITIALS.test(line) },
  { name: 'desk sign-off in parentheses', kind: 'signoff', example: '(CML/PIA-7 Cebu)', test: (line) => line.length <= 60 && PARENTHESISED_SIGNOFF.test(line) },
  { name: 'initials between slashes', kind: 'signoff', example: '/a.d/ /j.p/', test: (line) => line.length <= 40 && SLASHED_INITIALS.test(line) },
  { name: 'initials, the agency in parentheses and initials', kind: 'signoff', example: 'mz (KAI) / pp', test: (line) => line.length <= 40 && INITIALS_AGENCY_INITIALS.test(line) },
  { name: 'agency tag and address', kind: 'end', example: '(NAN)(www.nannews.ng)', test: (line) => line.length <= 100 && TAG_AND_ADDRESS.test(line) },
  { name: 'breadcrumb', kind: 'contact', example: 'Economy > Business', test: isBreadcrumb },
  { name: 'story number', kind: 'contact', example: 'کد خبر: ۶۴۱۸۲۷۳', test: (line) => STORY_NUMBER.test(line) },
  { name: 'enquiries and an address', kind: 'contact', example: 'Enquiries: newsdesk@gcis.gov.za | Tel: 012 473 0000', test: (line) => line.length <= 200 && ENQUIRIES.test(line) && FOOTER_SIGN.test(line) },
  { name: 'article info label', kind: 'contact', example: 'Details', test: (line) => ARTICLE_INFO_LABEL.test(line) },
  { name: 'comments furniture', kind: 'contact', example: 'Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.', test: (line) => line.length <= 200 && COMMENTS_FURNITURE.test(line) },
  { name: 'publisher blurb', kind: 'contact', example: 'Standard Group PLC is a multi-media organization with investments in media platforms spanning newspaper print operations, television, radio broadcasting, digital and online services.', test: (line) => line.length <= 300 && PUBLISHER_BLURB.test(line) },
  { name: 'reader appeal', kind: 'contact', example: 'Independent journalism costs money. Support Times of Malta for the price of a coffee.', test: (line) => line.length <= 160 && (READER_APPEAL.test(line) || JOIN_APPEAL.test(line)) },
  { name: 'share or follow line', kind: 'contact', example: 'Aqsam:  Facebook  |  X  |  WhatsApp', test: isSocialLine },
  { name: 'account and search links', kind: 'contact', example: 'Search   Subscribe', test: (line) => line.length <= 80 && UTILITY_BAR.test(line) },
  { name: 'writers and the day in parentheses', kind: 'signoff', example: '(Lea Zischg, Jakob Hofbauer, 28.1.2026)', test: (line) => WRITERS_AND_DAY.test(line) },
  { name: 'line on who wrote the story', kind: 'contact', example: 'Anika van der Merwe is a legal reporter.', test: (line) => line.length <= 260 && WRITER_BIO.test(line) },
  { name: 'link to the writer\'s other stories', kind: 'contact', example: 'See stories by Caitlin Tierney-Oakes', test: (line) => line.length <= 80 && WRITER_STORIES.test(line) },
  { name: 'line on what the writer covers', kind: 'contact', example: 'Lourdes Aguirre cubre arte y cultura para el Nuevo Herald.', test: (line) => line.length <= 300 && (WRITER_BEAT.test(line) || WRITER_BEAT_BY_GIVEN_NAME.test(line)) },
  { name: 'line to report a mistake', kind: 'contact', example: 'Fehler gefunden? Jetzt melden.', test: (line) => ERROR_REPORT.test(line) },
  { name: 'outlet\'s parent named', kind: 'contact', example: 'Nebraska Public Media News is a service of Nebraska Public Media, a department of the University of Nebraska.', test: (line) => line.length <= 300 && OUTLET_PARENT.test(line) },
  { name: 'advertisement marker', kind: 'contact', example: 'Advertisement', test: isAdMarker },
  { name: 'outlet\'s appeal or blurb', kind: 'contact', example: 'Please consider supporting our independent journalism.', test: (line) => line.length <= 600 && APPEAL_WORD.test(line) && OUTLET_APPEAL.test(line) },
  { name: 'notice to subscribers', kind: 'contact', example: 'Abonelik için lütfen iletişime geçiniz.', test: (line) => line.length <= 300 && SUBSCRIPTION_NOTICE.test(line) && !/[“”„«»"]/.test(line) },
  { name: 'postal address', kind: 'contact', example: 'Bangkok Post Building, 136 Sunthorn Kosa Road, Khlong Toei, Bangkok 10110', test: isPostalAddress },
  { name: 'pointer to the story on a site', kind: 'contact', example: 'Llegeix aquesta notícia a lavanguardia.com/encatala', test: isSitePointer },
  { name: 'link to another story', kind: 'contact', example: 'Lea también: Turismo cierra octubre con cifras récord', test: isRelatedLine },
  { name: 'writer\'s address at the foot', kind: 'contact', example: '◎공감언론 뉴시스 jmpark@newsis.com', test: (line) => line.length <= 80 && EMAIL_AT_END.test(line) },
  { name: 'desk initials or names in a script without capitals', kind: 'end', example: 'ع.م/ ه.ع', test: (line) => CASELESS_DESK_LINE.test(line) },
  { name: 'tags line', kind: 'slug', example: 'Tags: drought, rice, irrigation', test: isTagsLine },
  { name: 'initials and agency in parentheses', kind: 'end', example: '(Fdc/Adnkronos)', test: (line) => INITIALS_AND_AGENCY.test(line) },
  { name: 'desk editor in Chinese brackets', kind: 'end', example: '【编辑:陈海峰】', test: (line) => CJK_EDITOR.test(line) },
  { name: 'site menu', kind: 'contact', example: 'Início  |  Nacional  |  Saúde  |  Economia  |  Desporto', test: isNavigationBar },
  { name: 'footer of parts', kind: 'contact', example: 'Tel. (502) 2327-6000 | redaccion@agn.gt | www.agn.gt', test: (line) => line.length <= 240 && PARTS_FOOTER.test(line) && (FOOTER_SIGN.test(line) || NAMED_WITH_ACRONYM.test(line)) },
  { name: 'clock line', kind: 'stamp', example: '15:05 LOCAL TIME 12:05 GMT', test: (line) => CLOCK_LINE.test(line) },
  { name: 'web address', kind: 'contact', example: '– SAnews.gov.za', test: (line) => line.length <= 100 && WEB_ADDRESS.test(line) },
  { name: 'desk sign-off with names', kind: 'signoff', example: 'WAM/Nour Haddad/Khalid Abdulrahman', test: (line) => line.length <= 90 && SIGNOFF_NAMES.test(line) },
];

/** Capitalised words, the writer's name and where they filed from, then the agency's acronym in parentheses: PAP's sign-off. */
const WRITER_AND_TAG = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}\s+\(\p{Lu}{2,8}\)$/u;

/** Words that may stand beside a stamp's date and time and still leave the line a stamp. */
const STAMP_LABELS = /^(?:วันที่|เวลา|น|Updated|Update|Posted|Published|Actualitzat|Actualitzada|a les|les|às|alle|Geplaatst|Aangepast|om|Dagført|Publiceret|Frissítve|Közzétéve|Atnaujinta|Paskelbta|Aktualizované|Publikované|Zaktualizowano|Opublikowano|Atualizado|First published|Originally published|Last updated|Modified|Sent|Released|Issued|Filed|Created|Date|Time|Source|Editor|Aktualisiert|Veröffentlicht|Publicado|Actualizado|Publié|Mis à jour|Pubblicato|Aggiornato|Gepubliceerd|Publicerad|Uppdaterad|Publisert|Oppdatert|Offentliggjort|Opdateret|Julkaistu|Päivitetty|klo|kl|um|at|on|am|le|el|il|the|de|del|den|der|GMT|UTC|ET|EST|EDT|BST|CET|CEST|IST|KST|JST|WIB|AEDT|AEST|NZDT|NZST|Uhr|h|hours|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in|morning|afternoon|evening|night|r|godz|Uhr|송고시간|KYODO|NEWS|Xinhua|Kyodo|Jiji|Press|AAP|KUNA|ANSA|WAM|SPA|Editor:\s*\S+)$/i;

/**
 * Whether a line is a time stamp: it names a date and a time (or a date with a stamp's label) and little
 * else: `Updated 12:48, Feb 17 2026`, `KUNA 08/03/2026 14:22`, `Source: Xinhua| 2025-03-03 14:05:06|Editor: huaxia`.
 */
/** Labels of more than one word, in the agencies' languages: `Mis à jour le`, `Actualizado em`, `Erstellt am`; and a section's name between them (`Escrito en Ambiente el`). */
const STAMP_LABEL_PHRASES = /(?:^|\s)(?:(?:Escrito|Publicado|Written|Published|Posted|Filed)\s+(?:en|in)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:el|on)|Mis\s+à\s+jour(?:\s+le)?|Publié\s+le|Actualizado\s+(?:el|em|a\s+las)|Actualizada\s+el|Publicado\s+(?:el|em|a\s+las)|Aggiornato\s+(?:il|alle)|Erstellt\s+am|Aktualisiert\s+am|Last\s+updated(?:\s+on)?|First\s+published(?:\s+on)?|This\s+(?:story|article|report)\s+was\s+(?:originally|first)\s+published(?:\s+on)?|(?:Posted|Updated|Published)\s+on|à|às|a\s+las|alle|um)(?=\s|$)/giu;

export function isStampLine(line: string): boolean {
  if (line.length > 120) return false;
  const stamp = findStamp(line);
  if (!stamp) return false;
  const rest = line.replace(STAMP_LABEL_PHRASES, ' ').replace(/\d{1,4}(?:[:.hH/-]\d{1,4})*(?:st|nd|rd|th)?/g, ' ').split(/[\s,|/()·•:;.–—\[\]-]+/).filter((w) => w !== '');
  // desk codes beside the stamp (`BRT-CG 08-MAG-25 16:42 NNNN`, the foot of an IPTC 7901 message) are no words
  const words = rest.filter((w) => !STAMP_LABELS.test(w) && !/^(?:a\.?m|p\.?m|AM|PM)\.?$/.test(w) && !isDateWord(w) && !AGENCY_WORDS.has(w.toLowerCase()) && !(/\bNNNN$/.test(line) && /^[A-Z]{2,5}$/.test(w)));
  // a date alone, or dates and their labels (`07.10.2025 - Update : 07.10.2025`), is a stamp line that gives no time
  return stamp.hasTime ? words.length <= 2 : words.length === 0 || (words.length <= 1 && /^(?:Updated|Posted|Published|First published|Date)\b/i.test(line));
}

const AGENCY_WORDS = new Set(AGENCY_NAMES.flatMap((n) => n.toLowerCase().split(/\s+/)));
const isDateWord = (word: string): boolean => monthOf(word) !== undefined || isWeekday(word);

/** The longest line a picture's rules take (a caption with its credit, 400 characters). */
const MAX_PHOTO_LINE = 400;
/** Whether a line is a picture's caption, credit or media note: a story's long paragraphs are not read by every rule for it. */
export const isPhotoLine = (line: string): boolean => line.length <= MAX_PHOTO_LINE && lineKind(line) === 'photo';

/** The kind of a line of copy, by the first rule that claims it; undefined for text. */
export function lineKind(line: string): LineKind | undefined {
  // the header, the trailer and the formats ask of the same lines many times: each line is read by the rules once
  if (KINDS_READ.has(line)) return KINDS_READ.get(line);
  let kind: LineKind | undefined;
  for (const rule of LINE_RULES) {
    if (rule.test(line)) {
      kind = rule.kind;
      break;
    }
  }
  if (KINDS_READ.size >= MAX_KINDS_READ) KINDS_READ.clear();
  KINDS_READ.set(line, kind);
  return kind;
}
/** Lines of the file being read, and what they are; emptied for each file, and whole when full, so bounded whatever the input. */
const KINDS_READ = new Map<string, LineKind | undefined>();
const MAX_KINDS_READ = 4096;
/** Forgets the lines read: called as each file is read, so that no file's reading leans on another's. */
export const forgetLineKinds = (): void => KINDS_READ.clear();

/** Whether a contact line heads Bloomberg's editors' block, whose names are credits. */
export const headsEditorsBlock = (line: string): boolean => CONTACT_EDITORS.test(line);
