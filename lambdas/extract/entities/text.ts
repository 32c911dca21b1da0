import { knownPlace } from './gazetteer.ts';
import { country } from '../places.ts';
import { NEWSROOM_WORD } from '../../wire/index.ts';
import { ABBREVIATED_RANKS, AND_WORDS, SPEECH_VERBS_OTHER_LANGUAGES, CALENDAR, COLON_CASE_ENDINGS, COMPANY_FORMS, FUNCTION_STARTERS, HONORIFICS, INNER_POSSESSIVES, LOWER_CASE_NAMES, NAME_HONORIFICS, NAME_PARTICLES, PATRONYMIC_SUFFIXES, OF_WORDS, OFFICE_WORDS, ORG_HEADS, ORG_HEADS_FIRST, OTHER_ABBREVIATIONS, PORTFOLIOS, PROVINCE_ABBREVIATIONS, SPEECH_VERBS, STATE_ABBREVIATIONS, TITLE_HEADS } from './lexicon.ts';
import { isWorldGivenName } from './people.ts';

/**
 * Sentences and word tokens of story paragraphs, with the offsets the quote finder needs. Hand-written
 * because wire prose is regular and the budget is about a millisecond a story (issue 4): a tokenizer
 * library's sentence splitter costs that alone.
 */

export interface Token {
  /** The word as printed, without a possessive `’s` (`Korea’s` → `Korea`); abbreviations keep their points. */
  readonly text: string;
  /** Offsets in the paragraph. */
  readonly start: number;
  readonly end: number;
  /** A word (letters), not punctuation or a number. */
  readonly word: boolean;
  /** Starts with a capital, or is a lower-case particle joined to one (`al-Assad`). */
  readonly cap: boolean;
  readonly possessive: boolean;
  /** The word as printed, possessive included. */
  readonly raw: string;
  /** The first word of its sentence, or of a quote or clause after a colon. */
  readonly initial: boolean;
}

export interface Sentence {
  readonly paragraph: number;
  /** Offset of the sentence in its paragraph. */
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

// Words with inner apostrophes, hyphens and points (`O’Brien`, `Tae-yong`, `U.S.`, `N.C.`), a closing one before another name
// (`Roseline Achieng' Odhiambo`), a Nordic company form (`A/S`), initials joined by an ampersand (`PG&E`, `AT&T`), Austrian
// degrees in the feminine (`Mag.a`, `Dr.in`), an outlet named by its address (`Kun.uz`, `Rappler.com`), numbers, punctuation.
/** The endings of the addresses outlets are named by (`Kun.uz`, `Rappler.com`, `LRT.lt`): a word, its point and one of these. */
export const OUTLET_ADDRESS_ENDINGS = 'uz|com|net|org|kz|kg|ph|ru|ua|az|ge|lt|lv|ee|ba|rs|mk|tj|tm|mn|sg|lk|pk|bd|np|ng|ke|gh|za|au|nz';
const TOKEN = new RegExp(String.raw`\p{Lu}[\p{L}\p{N}-]+\.(?:${OUTLET_ADDRESS_ENDINGS})(?![\p{L}\p{N}])|(?<=\b[Vv]an )['’]t(?= \p{Lu})|(?<=\b(?:Mac|Nic|Mhic) )a['’](?= \p{Lu})|(?<![\p{L}.])(?:Mag|MMag|Dr|DDr|DI|Ing)\.(?:a|in)(?=\s)|\p{Lu}\/\p{Lu}(?![\p{L}\p{N}])|\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{N}])|(?:\p{L}\.){2,}(?:\p{L}\.?)?|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{M}\p{N}]))*(?:(?<=s)['’](?![\p{L}\p{N}])|(?<=[\p{Ll}][\p{Ll}])['’](?= \p{Lu}\p{Ll}))?\.?|\p{N}+(?:[.,:]\p{N}+)*%?|[^\s\p{L}\p{N}]`, 'gu');
const INITIAL_TOKEN = /^\p{Lu}\.$/u;
const POSSESSIVE = /(?:['’]s|s['’])$/;
/** A French, Italian or Catalan elision before a name (`d'Abidjan`, `l'Equateur`, `qu'Ottawa`; `dell'Emilia` inside a name). */
const ELIDED_NAME = /^(?:[dlDL]|[qQ]u|[dD]ell|[nN]ell|[dD]all|[sS]ull|[aA]ll)['’](?=\p{Lu})/u;
/** Whether a word's `k`th character is an apostrophe, straight or curly: where an elision ends (`l'`, `d'`, `qu'`). */
export const apostropheAt = (text: string, k: number): boolean => text.charCodeAt(k) === 0x27 || text.charCodeAt(k) === 0x2019;
/** The elisions read apart from the name after them (an article or `de`: `la ville d'Abidjan`); `dell'Osservatorio` and `d'EVP` stay whole. */
// (and the article before an acronym, `de l'UNESCO`, where no name follows it: `à l'AFP Marc Soler` stays a run apart)
const ELISION_APART = /^(?:[dlDL]|[qQ]u)['’](?=\p{Lu}\p{Ll})|^[lL]['’](?=\p{Lu}{2,}(?![\p{L}\p{N}])(?![^\s,;:.]*\s+\p{Lu}))/u;
const UPPER_START = /^\p{Lu}/u;
/** A word in capitals only: a body's letters (`STT`, `LKAB`). */
const UPPER_ONLY = /^\p{Lu}{2,}$/u;
const PARTICLE_CAP = /^(?:al|el|ad|ash|as|at|az|bin|ben|abu|ibn|de|di|da|van|von|le|la|du)-\p{Lu}/u;
/** Abbreviations whose point is part of the word (`Gov.`, `Sen.`, `Jr.`, `Calif.`) and does not end the sentence. */
// (and the honorifics printed with a point, which stand before a name: `Adv. Nthati Mphutlane-Sello`)
const ABBREVIATIONS: ReadonlySet<string> = new Set([...ABBREVIATED_RANKS, ...OTHER_ABBREVIATIONS, ...STATE_ABBREVIATIONS, ...PROVINCE_ABBREVIATIONS, ...[...NAME_HONORIFICS].filter((w) => w.endsWith('.'))]);
/** Abbreviated ranks and honorifics, which stand before a name: one with no name after it ends the sentence. */
const RANKS_BEFORE_NAMES = ABBREVIATED_RANKS;
const STOPS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

interface RawToken { text: string; start: number; end: number }

function rawTokens(paragraph: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of paragraph.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    // A word's final point is its own token unless the word is an abbreviation or initials (`U.S.`, `C.`).
    // (nor a Mongolian initial of two or three letters glued to the name it opens: `Kh.Batbold`, `Ts.Enkhbat`)
    if (text.length > 1 && text.endsWith('.') && !ABBREVIATIONS.has(text.toLowerCase()) && !/^(?:\p{L}\.)+\p{L}?\.?$/u.test(text) && !/^\p{Lu}\.$/u.test(text)
      && !(text.length <= 4 && /^\p{Lu}\p{Ll}{1,2}\.$/u.test(text) && UPPER_START.test(paragraph.charAt(start + text.length)))) {
      out.push({ text: text.slice(0, -1), start, end: start + text.length - 1 });
      out.push({ text: '.', start: start + text.length - 1, end: start + text.length });
      continue;
    }
    // `la ville d'Abidjan`: the name after an elision is a word of its own; inside a name it stays whole (`Côte d'Ivoire`)
    // (an elision's apostrophe is its token's second or third character: `l'`, `d'`, `qu'`)
    const elision = apostropheAt(text, 1) || apostropheAt(text, 2) ? ELISION_APART.exec(paragraph.slice(start, start + text.length + 40))?.[0] : undefined;
    if (elision !== undefined && !UPPER_START.test(out.at(-1)?.text ?? '')) {
      out.push({ text: elision, start, end: start + elision.length }, { text: text.slice(elision.length), start: start + elision.length, end: start + text.length });
      continue;
    }
    out.push({ text, start, end: start + text.length });
  }
  // `… in a post on X. The dam …`: a capital and a point before a word that starts a sentence end it, not a name;
  // so does the point of a rank that no name follows (`… at the South Col.`).
  for (let i = 0; i < out.length; i++) {
    const tok = out[i]!;
    if (!tok.text.endsWith('.')) continue;
    const next = out[i + 1];
    const ends = next === undefined || (FUNCTION_STARTERS.has(next.text.toLowerCase()) && UPPER_START.test(next.text));
    if (RANKS_BEFORE_NAMES.has(tok.text.toLowerCase()) && (ends || closedSentence(out, i + 1))) {
      out.splice(i, 1, { text: tok.text.slice(0, -1), start: tok.start, end: tok.end - 1 }, { text: '.', start: tok.end - 1, end: tok.end });
      i++;
      continue;
    }
    if (tok.text.length === 2 && INITIAL_TOKEN.test(tok.text) && ends) {
      out.splice(i, 1, { text: tok.text[0]!, start: tok.start, end: tok.start + 1 }, { text: '.', start: tok.start + 1, end: tok.end });
      i++;
    }
  }
  return out;
}

/** `… at the South Col.” The …`: closing quotes from token k, then the end or a capital. */
function closedSentence(out: readonly RawToken[], k: number): boolean {
  if (k >= out.length || !CLOSERS.has(out[k]!.text)) return false;
  while (k < out.length && CLOSERS.has(out[k]!.text)) k++;
  return k === out.length || UPPER_START.test(out[k]!.text);
}

// `'t` is a word only as the Dutch particle (`van 't Hek`), which TOKEN reads as one token (as it does the Gaelic `a'`, `Mac a' Phearsain`)
const isWord = (text: string): boolean => /^[\p{L}\p{M}]/u.test(text) || text === "'t" || text === '’t';

/** Whether the sentence ends after token i: a stop before a capital or an opening quote, not after `Gov.` or `C.`. */
const INITIAL = /^\p{Lu}\.$/u;
const INITIALS_RUN = /^(?:\p{L}\.){2,}$/u;

function boundaryAfter(raw: readonly RawToken[], i: number, closersEnd: number): boolean {
  const t = raw[i]!;
  if (!t.text.endsWith('.') && t.text !== '!' && t.text !== '?') return false;
  const next = raw[closersEnd];
  const opensNext = next === undefined || UPPER_START.test(next.text) || next.text === '“' || next.text === '"';
  if (STOPS.has(t.text)) {
    const prev = raw[i - 1];
    if (prev && t.text === '.' && (ABBREVIATIONS.has(prev.text.toLowerCase()) || INITIAL.test(prev.text))) return false;
    return opensNext;
  }
  // `N.C.` and `U.S.` carry their point; they end a sentence only before a word that starts one (`… N.C. The`).
  const lower = t.text.toLowerCase();
  if (!(STATE_ABBREVIATIONS.has(lower) || INITIALS_RUN.test(t.text))) return false;
  return next === undefined || next.text === '“' || (closersEnd === i + 1 && FUNCTION_STARTERS.has(next.text.toLowerCase()) && UPPER_START.test(next.text));
}

/** Paragraphs → sentences of tokens. */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    const raw = rawTokens(paragraph);
    let tokens: Token[] = [];
    let startOffset = 0;
    let initial = true;
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i]!;
      const word = isWord(t.text);
      const possessive = word && POSSESSIVE.test(t.text) && t.text.length > 2;
      const text = possessive ? (/['’]s$/.test(t.text) ? t.text.slice(0, -2) : t.text.slice(0, -1)) : t.text;
      // (`L'` read apart from `L'Union` is an article, no capitalised word; `Achieng'` before a name is a Luo name's own apostrophe)
      // (and a patronymic closing a name in lower case, right after it: `Almazbek Toktosunov uulu`)
      const cap = word && (!/['’]$/.test(text) || /\p{Ll}{2}['’]$/u.test(text)) && (UPPER_START.test(text) || PARTICLE_CAP.test(text) || LOWER_CASE_NAMES.has(text) || (PATRONYMIC_SUFFIXES.has(text) && tokens.at(-1)?.cap === true));
      tokens.push({ text, raw: t.text, start: t.start, end: t.end, word, cap, possessive, initial: word && initial });
      if (word || /^\p{N}/u.test(t.text)) initial = false;
      // (and after Spanish's opening marks, which open a question or an exclamation inside a sentence: `… uno. ¿Cómo …?`)
      else if (t.text === ':' || t.text === '“' || t.text === '—' || t.text === '¿' || t.text === '¡' || (t.text === '"' && i + 1 < raw.length && raw[i + 1]!.start === t.end)) initial = true;
      if (!t.text.endsWith('.') && t.text !== '!' && t.text !== '?') continue;
      let j = i + 1;
      while (j < raw.length && CLOSERS.has(raw[j]!.text) && raw[j]!.start === raw[j - 1]!.end) j++;
      if (!boundaryAfter(raw, i, j)) continue;
      for (let k = i + 1; k < j; k++) {
        const c = raw[k]!;
        tokens.push({ text: c.text, raw: c.text, start: c.start, end: c.end, word: false, cap: false, possessive: false, initial: false });
      }
      i = j - 1;
      sentences.push({ paragraph: p, start: startOffset, end: tokens[tokens.length - 1]!.end, tokens });
      tokens = [];
      startOffset = raw[j]?.start ?? paragraph.length;
      initial = true;
    }
    if (tokens.length > 0) sentences.push({ paragraph: p, start: startOffset, end: tokens[tokens.length - 1]!.end, tokens });
  });
  return sentences;
}



/** A run of capitalised words in one sentence, joined across name particles and "of" (`Gulf of Finland`). */
export interface Span {
  readonly sentence: Sentence;
  /** Token indexes, `to` exclusive. */
  readonly from: number;
  readonly to: number;
  readonly words: readonly string[];
}

/**
 * The capitalised runs of a sentence. `joinOf(words, preposition)` says whether the run so far may continue across
 * "of" / "of the" / "for" / "on" (`Ministry of Defence`, `Secretary of State`); a possessive ends a run.
 */
/** The last word, in lower case, of the capitalised words from token k (undefined when none). */
function headWordAhead(t: readonly Token[], k: number): string | undefined {
  let m = k;
  while (m < t.length && t[m]!.cap && !t[m]!.possessive) m++;
  return m > k ? t[m - 1]!.text.toLowerCase() : undefined;
}

/** Whether capitalised portfolios, then a title head, start at token k: `Mines Minister`, `Industry and Energy Minister`. */
function portfolioTitleAhead(t: readonly Token[], k: number): boolean {
  let portfolios = 0;
  for (let m = k; m < t.length && m - k < 8; m++) {
    const tok = t[m]!;
    const lower = tok.text.toLowerCase();
    if (tok.cap && PORTFOLIOS.has(lower) && !tok.possessive) portfolios++;
    else if (tok.cap && TITLE_HEADS.has(lower)) return portfolios > 0;
    else if (!(portfolios > 0 && (lower === 'and' || tok.text === ',' || tok.text === '&'))) return false;
  }
  return false;
}

/**
 * Whether a run reads on over a comma into a list of remits: a body's, `Ministry of Agriculture, Fisheries and …`, `Committee on
 * Labour, Social and …`, `Department for Environment, Food and …`, or a title's, `Minister of Economy, Trade and Industry Hiroyuki
 * Tanabe` (read as a title before a name by titleWordsInRun): the head before its last "of", "on" or "for", a portfolio or an
 * earlier comma last.
 */
/**
 * Whether remits of up to three capitalised words each are listed from the comma at token j, up to the `and` before the last
 * (`, Solid Waste Management and Climate Change`), not a name set off by commas (`, Yashwant Doobur-Ramlagun,`).
 */
function remitsAhead(t: readonly Token[], j: number): boolean {
  let k = j;
  for (let items = 0; items < 6 && t[k]?.text === ','; items++) {
    const n = [1, 2, 3].find((c) => t.slice(k + 1, k + 1 + c).every((r) => r.cap && r.word && !r.possessive) && [',', 'and'].includes(t[k + 1 + c]?.text ?? ''));
    if (n === undefined) return false;
    k += 1 + n;
    if (t[k]!.text === 'and') return t[k + 1]?.cap === true;
  }
  return false;
}

function remitsListed(words: readonly string[]): boolean {
  // (`Committee on Labour, Social and Demographic Policy`: a committee's remits after `on`)
  const of = Math.max(words.lastIndexOf('of'), words.lastIndexOf('on'), words.lastIndexOf('for'));
  const head = words[of - 1]?.toLowerCase() ?? '';
  return of > 0 && (ORG_HEADS.has(head) || TITLE_HEADS.has(head)) && (PORTFOLIOS.has(words[words.length - 1]!.toLowerCase()) || words[words.length - 2] === ',');
}

/** Whether one to three capitalised words from token `from` end in a country's name (`Climate Change Canada`, `Oceans Canada`). */
function countryAhead(t: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && t[k]?.cap && t[k]!.word && !t[k]!.possessive) k++;
  return k > from + 1 && country(t[k - 1]!.text) !== undefined && t[k]?.cap !== true;
}

/**
 * Whether a run reads on over `and` (or `y`, `e`, `et`, `und`): `Ministry of Energy and Mines` (a portfolio that also
 * heads companies' names), `Servicio Nacional de Meteorología e Hidrología`, `Reform and Development Commission`; not
 * `… Ministry and Hamas`. In other languages only a body named head first, so that `… de la Cruz y Pedro Sánchez` stays
 * two people.
 */
function joinsAcrossAnd(words: readonly string[], and: string, t: readonly Token[], j: number): boolean {
  // `Minister for National Food Security and Research Asif Kakar`: a title's `for` lists remits as a body's `of` does
  // (and a body's: `European Bank for Reconstruction and Development`)
  // (`Public Prosecutor's Office for Organised Crime and Corruption`: a body's `for` before a last remit, one word that ends the name)
  const lastWord = (): boolean => t[j + 1]!.cap && !t[j + 1]!.possessive && !t[j + 2]?.cap && !isWorldGivenName(t[j + 1]!.text);
  const lastRemit = (): boolean => lastWord() && knownPlace(t[j + 1]!.text) === undefined;
  const of = words.findIndex((w, i) => OF_WORDS.has(w) || (w === 'on' && i > 0 && ORG_HEADS.has(words[i - 1]!.toLowerCase()) && (words.includes(',') || PORTFOLIOS.has(t[j + 1]!.text.toLowerCase()) || lastWord())) || (w === 'for' && i > 0 && (TITLE_HEADS.has(words[i - 1]!.toLowerCase()) || ORG_HEADS.has(words[i - 1]!.toLowerCase()))
    && (PORTFOLIOS.has(t[j + 1]!.text.toLowerCase()) || (ORG_HEADS.has(words[i - 1]!.toLowerCase()) && lastRemit()))));
  const wordAhead = headWordAhead(t, j + 1);
  const headAhead = ORG_HEADS.has(wordAhead ?? '');
  // `Environment and Climate Change Canada`, `Fisheries and Oceans Canada`: remits and the country a department serves
  if (and === 'and' && words.every((w) => PORTFOLIOS.has(w.toLowerCase())) && countryAhead(t, j + 1)) return true;
  // `Hearth & Home Group`: an ampersand inside a name that ends in a body's head word
  // (or in a company's name before its legal form: `Triangle Peak Roofing & Exteriors LLC`)
  const ampersand = and === '&' && ((words.length <= 2 && headAhead) || (words.length <= 4 && COMPANY_FORMS.has(wordAhead ?? '')));
  // `Johnson & Johnson`, `Marks & Spencer`: two names joined by an ampersand, nothing capitalised after, are a firm's (not
  // `Trinidad & Tobago`, a place)
  if (and === '&' && words.length === 1 && t[j + 1]!.word && !t[j + 2]?.cap && knownPlace(words[0]!) === undefined) return true;
  // (an ampersand joins remits as "and" does: `Montana Department of Labor & Industry`)
  if (and !== 'and' && and !== '&' && !ampersand && !words.slice(0, Math.max(0, of)).some((w) => ORG_HEADS_FIRST.has(w.toLowerCase()))) return false;
  if (of < 0 && !((and === 'and' || ampersand) && headAhead)) return false;
  const last = words[words.length - 1]!.toLowerCase();
  // (`University of Jordan and Yarmouk University`: a body whose head word opens it, then another that ends in the same head, are two)
  if (and === 'and' && of > 0 && ORG_HEADS.has(words[0]!.toLowerCase()) && headAhead && wordAhead === words[0]!.toLowerCase()) return false;
  // (a title's run joins its remits, not the name after them: `Minister of Economy, Trade and Industry Hiroyuki Tanabe and …`)
  // (a list of remits has one `and`, its last)
  if (of > 0 && TITLE_HEADS.has(words[of - 1]!.toLowerCase()) && words.includes(',') && words.lastIndexOf('and') > words.indexOf(',')) return false;
  // (`House Energy and Environment Committee`: two remits before the body's head word)
  const remits = PORTFOLIOS.has(last) && PORTFOLIOS.has(t[j + 1]!.text.toLowerCase()) && headAhead;
  // (a title's remit whose first part ends in a body's head word, then a portfolio: `Minister of Territorial Administration and
  // Infrastructure Armen Hovakimyan`)
  const titleRemits = of > 0 && TITLE_HEADS.has(words[of - 1]!.toLowerCase()) && PORTFOLIOS.has(t[j + 1]!.text.toLowerCase());
  return !ORG_HEADS.has(last) || remits || titleRemits || ampersand || ((words.includes('of') || words.includes('for') || words.includes('on')) && PORTFOLIOS.has(last));
}

/**
 * `Dar es Salaam`, `Bosnia and Herzegovina`, `Santiago de los Caballeros`: a place whose name holds one or two words in lower
 * case, read on when the whole is a place the gazetteers know; the number of tokens to take after the run, or 0.
 */
function placeAcross(words: readonly string[], t: readonly Token[], j: number): number {
  const across = words.length <= 3 ? placeAcrossFrom(words, t, j) : 0;
  if (across > 0) return across;
  // (or its last words after an `of`, the place a body is of: `University of Dar es Salaam`)
  const of = words.lastIndexOf('of');
  return of >= 1 && words.length - of - 1 >= 1 && words.length - of - 1 <= 3 ? placeAcrossFrom(words.slice(of + 1), t, j) : 0;
}

function placeAcrossFrom(words: readonly string[], t: readonly Token[], j: number): number {
  for (let n = 1; n <= 2; n++) {
    const inner = t.slice(j, j + n);
    if (inner.length < n || !inner.every((tok) => tok.word && !tok.cap && !tok.possessive && tok.text === tok.text.toLowerCase())) return 0;
    for (let c = 2; c >= 1; c--) {
      const tail = t.slice(j + n, j + n + c);
      if (tail.length < c || !tail.every((tok) => tok.cap && tok.word) || tail.slice(0, -1).some((tok) => tok.possessive)) continue;
      if (knownPlace([...words, ...inner.map((tok) => tok.text), ...tail.map((tok) => tok.text)].join(' ')) !== undefined) return n + c;
    }
  }
  return 0;
}

/**
 * Whether a person's name of two or three words starts at token `j`, after a body's name that ends in its remit (`Ministry of
 * Agriculture`, `Department for Transport`), and before a verb of saying or a comma: the name is no part of the body's. (A title's
 * run, `Minister of Energy Kjersti Bø Haugland`, is read whole: `titleWordsInRun` finds its name.)
 */
function nameAfterRemit(words: readonly string[], t: readonly Token[], j: number): boolean {
  if (!(words.includes('of') || words.includes('for')) || !PORTFOLIOS.has(words[words.length - 1]!.toLowerCase()) || !words.some((w) => ORG_HEADS.has(w.toLowerCase())) || words.some((w) => TITLE_HEADS.has(w.toLowerCase()))) return false;
  for (let n = 2; n <= 3; n++) {
    const name = t.slice(j, j + n);
    if (name.length < n || !name.every((tok, k) => tok.cap && tok.word && (k === n - 1 || !tok.possessive))) return false;
    if (name.some((tok) => { const w = tok.text.toLowerCase(); return PORTFOLIOS.has(w) || ORG_HEADS.has(w) || TITLE_HEADS.has(w) || w === 'and'; })) return false;
    const next = t[j + n];
    if (next !== undefined && !next.cap && (next.text === ',' || SPEECH_VERBS.has(next.text.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Where a body's name ends that lists its fields over commas before its last `and` and its head word, from the comma at token j
 * (0 when none does):
 * `Minerals, Flora and Fauna Unit`, `Shop, Distributive and Allied Employees' Association`. Each word listed is one
 * capitalised word that names no place (`Kisumu, Siaya and Migori County …` are places), and so is the
 * run before the comma, of at most two words.
 */
function fieldsListed(words: readonly string[], t: readonly Token[], j: number): number {
  const field = (text: string): boolean => knownPlace(text) === undefined && !TITLE_HEADS.has(text.toLowerCase());
  // (not `the Interior Ministry, Police and Fire Service`: a body named whole before the comma)
  const own = words[0] === 'The' ? words.slice(1) : words;
  if (own.length === 0 || own.length > 2 || !own.every((w) => UPPER_START.test(w)) || (own.length === 2 && ORG_HEADS.has(own[1]!.toLowerCase()))) return 0;
  // the list's shape first, the gazetteer after (a long list of names joined by commas costs no lookups)
  const items: string[] = [];
  let k = j;
  for (let n = 0; n < 4; n++) {
    const item = t[k + 1];
    if (t[k]?.text !== ',' || !item?.cap || !item.word || item.possessive) return 0;
    items.push(item.text);
    k += 2;
    if (t[k]?.text === 'and' || t[k]?.text === '&') {
      // the last field and the head word, over a plural possessive inside the name (`Allied Employees' Association`)
      let m = k + 1;
      while (m < t.length && m - k <= 4 && t[m]!.cap && (!t[m]!.possessive || (/s['’]$/.test(t[m]!.raw) && t[m + 1]?.cap === true))) m++;
      const named = m > k + 1 && ORG_HEADS.has(t[m - 1]!.text.toLowerCase()) && !t[m]?.cap;
      return named && [...own, ...items, t[k + 1]!.text].every(field) ? m : 0;
    }
  }
  return 0;
}

/**
 * Longest run read as one name. The longest names wire copy prints run to about ten words (`International
 * Federation of Red Cross and Red Crescent Societies` is nine), and a title, honorifics and a name together to fifteen
 * (`Deputy Minister of Primary Resources and Tourism Dato Seri Setia Dr Ahmad Zaki bin Haji Mahmud`); a longer run is
 * cut here, so that no rule ever works on more than this many words at once, whatever the text (issue 10: linear time).
 */
export const MAX_RUN_WORDS = 16;
/** Words that join a title's remits: a run after one of them is a remit (`… and Natural Resources`), not a body's name. */
const REMIT_JOINS: ReadonlySet<string> = new Set(['and', ',', 'for', 'of', '&']);

export function spansOf(sentence: Sentence, joinOf: (words: readonly string[], preposition: string) => boolean): Span[] {
  const spans: Span[] = [];
  const t = sentence.tokens;
  let i = 0;
  while (i < t.length) {
    if (!t[i]!.cap) {
      i++;
      continue;
    }
    const from = i;
    const words: string[] = [t[i]!.text];
    let j = i + 1;
    // A possessive ends a run, except inside a name: `National People’s Congress`, `Kurdistan Workers’ Party`,
    // `Professional Footballers’ Association`, `Maine Lobstermen's Association` (a plural possessive inside a run).
    // `Ombudsman’s Office`, `Prime Minister’s Office`: an office named for the post it serves.
    while (j < t.length && words.length < MAX_RUN_WORDS && (!t[j - 1]!.possessive || ((INNER_POSSESSIVES.has(t[j - 1]!.text) || (/(?:s['’]|(?:men|women)['’]s)$/.test(t[j - 1]!.raw) && j - 1 > from) || (TITLE_HEADS.has(t[j - 1]!.text.toLowerCase()) && OFFICE_WORDS.has(t[j]!.text.toLowerCase()))) && t[j]!.cap))) {
      if (t[j - 1]!.possessive) words[words.length - 1] = t[j - 1]!.raw;
      const tok = t[j]!;
      // `Dato’ Sri Tajuddin`: the Malay honorific keeps its apostrophe.
      if ((tok.text === "'" || tok.text === '’') && t[j - 1]!.text.toLowerCase() === 'dato' && t[j + 1]?.cap) {
        words.push(tok.text);
        j++;
        continue;
      }
      // `In Germany I can …`: the pronoun before a verb is no part of a name (`Elizabeth I` stays whole only before a stop).
      if (tok.text === 'I' && t[j + 1]?.word === true && !t[j + 1]!.cap) break;
      // `direktør i Femern A/S Karsten Munch Vestergaard`, `borgmester i Lolland Kommune Camilla Frost Rasmussen`: a body's
      // name ends at its head word or company form, and a person's name glued after it is a run of its own.
      const last = words[words.length - 1]!.toLowerCase();
      // (Not a title's run, nor one that lists remits: `Undersecretary of Mining Ignacio Ferrer`, `Member for Water, Environment
      // and Natural Resources Esther …` are read as a title before a name.)
      if (tok.cap && words.length >= 2 && t[j + 1]?.cap && t[j + 1]!.word && (COMPANY_FORMS.has(last) || (ORG_HEADS.has(last) && isWorldGivenName(tok.text)))
        && words.every((w) => UPPER_START.test(w) && !TITLE_HEADS.has(w.toLowerCase())) && !REMIT_JOINS.has(t[from - 1]?.text ?? '')) break;
      // `Ministry of Agriculture Elibariki Mwamba Temu said`: a person's name after a body's remit is a run of its own
      if (tok.cap && nameAfterRemit(words, t, j)) break;
      // `United Steelworkers Local 6500`, `UAW Local 598`: a union's local by its number is part of its name
      if (words.length >= 2 && words[words.length - 1] === 'Local' && /^\d{1,5}$/.test(tok.text)) {
        words.push(tok.text);
        j++;
        break;
      }
      // `… Antti Kukkonen STT:lle`: a body's letters that take a case ending after a colon (Finnish, Swedish) after a name of two
      // words are whom the person spoke to, no part of the name
      if (words.length >= 2 && UPPER_ONLY.test(tok.text) && t[j + 1]?.text === ':' && t[j + 1]!.start === tok.end && COLON_CASE_ENDINGS.has(t[j + 2]?.text ?? '')) break;
      // `– powiedział PAP Jędrzejczak.`, `řekl ČTK Petr Novák`: after a verb of saying in a language with a dative, a body's letters
      // are whom the speaker told, the speaker's name a run of its own, a given name or a name closing the sentence (not `told
      // RNZ Pacific`, `сказал РИА Новости генеральный …`, an outlet's name, nor `a indiqué SNCF Réseau dans …`, `señaló ONU Mujeres en …`)
      if (j === from + 1 && UPPER_ONLY.test(words[0]!) && !t[from - 1]?.cap && SPEECH_VERBS_OTHER_LANGUAGES.has(t[from - 1]?.text.toLowerCase() ?? '') && tok.cap && tok.word && !UPPER_ONLY.test(tok.text) && !NEWSROOM_WORD.test(tok.text)
        && (isWorldGivenName(tok.text) || t[j + 1] === undefined || ['.', '!', '?', ','].includes(t[j + 1]!.text))) break;
      if (tok.cap || ELIDED_NAME.test(tok.text)) {
        words.push(tok.text);
        j++;
        continue;
      }
      const lower = tok.text.toLowerCase();
      // Name particles inside a name: `Juan de la Cruz`, `Ahmed bin Salman`.
      if (tok.word && NAME_PARTICLES.has(lower) && !HONORIFICS.has(lower)) {
        let k = j;
        while (k < t.length && t[k]!.word && NAME_PARTICLES.has(t[k]!.text.toLowerCase())) k++;
        // (`Ortega y Gasset` is one name; `Rosa Peña Almonte y Juan Mejía Rosario` two: `y` before a given name is
        // "and", and so is `y` between two places, `en Monterrey y Hermosillo`, or before a place after a run that opens
        // with no given name, `Huixquilucan y Toluca`, unless the run is a remit, `Ministerio de Energía y Minas`)
        // (`Rahmat Lasahido di Palu`: Indonesian and Malay `di` before a place is "in"; `Comune di Venezia` stays one name)
        const conjunction = (k === j + 1 && lower === 'y'
          && (isWorldGivenName(t[k]?.text ?? '') || (knownPlace(t[k]?.text ?? '') !== undefined && (knownPlace(words.join(' ')) !== undefined || (!isWorldGivenName(words[0]!) && !OF_WORDS.has(t[from - 1]?.text.toLowerCase() ?? ''))))))
          // (nor `y` in a run a preposition of place opens: `En Chuicavioc y Xecaracoj el agua llega …`, two villages)
          // (or ends a list, `Riohacha, Maicao y Manaure`)
          // (`Santo Domingo, Monte Plata, El Seibo y La Romana`: the items two or three words long, no given name first but an article)
          || (k === j + 1 && lower === 'y' && (/^(?:en|entre|desde|hasta)$/i.test(t[from - 1]?.text ?? '') || (t[from - 1]?.text === ',' && (words.length === 1 || (words.length <= 3 && (!isWorldGivenName(words[0]!) || /^(?:El|La|Los|Las|Le|Les|Il|Lo|Os|As)$/.test(words[0]!)))) && t[from - 2]?.cap === true)))
          // (nor `y` before an article: `a la Gobernación de Cochabamba y al Gobierno nacional` names two bodies)
          // (or a place's that opens on its article: `El Seibo y La Romana`)
          || (lower === 'y' && k > j + 1 && /^(?:al|el|la|los|las|a|del|en)$/i.test(t[j + 1]!.text))
          || (k === j + 1 && lower === 'di' && knownPlace(t[k]?.text ?? '') !== undefined && !words.some((w) => ORG_HEADS_FIRST.has(w.toLowerCase()) || ORG_HEADS.has(w.toLowerCase())))
          // (`Matthias Lang der Deutschen Presse-Agentur`: a German article alone, the genitive of what follows; `Van der Merwe` a name)
          || (k === j + 1 && /^(?:der|den|des)$/.test(lower) && !/^(?:van|von)$/i.test(words[words.length - 1] ?? ''))
          // (`Jan-Ole Brinkmann von der Technischen Universität`: `von der` before a body's name of two capitalised words is
          // "from the"; `Ursula von der Leyen` is one name)
          || (lower === 'von' && k === j + 2 && /^(?:der|dem|den)$/.test(t[j + 1]!.text) && t[k + 1]?.cap === true && t[k + 1]!.word)
          // (`Andreas Gollner von GeoSphere Austria`, `Jeroen de Wit van Rijkswaterstaat`: `von`, `van` after a given name and a
          // family name, or a family name with its particle, is "of", "from"; after a given name it opens the family name, `Jan
          // Peter van Dijk`, `Ludwig van Beethoven`)
          // (the words after it a body's: two capitalised, one with a capital inside or in capitals, or one long compound)
          || (k === j + 1 && (lower === 'van' || lower === 'von') && words.length >= 2 && (words.slice(0, -1).some((w) => isWorldGivenName(w)) || NAME_PARTICLES.has(words[words.length - 2]!)) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!) && !isWorldGivenName(words[words.length - 1]!)
            && (t[k + 1]?.cap === true || /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(t[k]?.text ?? '') || (t[k]?.text.length ?? 0) >= 12))
          // (`à l'agence TAP le PDG de la CPG`: a French article after an acronym opens the next noun phrase)
          || (k === j + 1 && /^(?:le|la|les)$/.test(lower) && /^\p{Lu}{2,}$/u.test(words[words.length - 1] ?? ''));
        if (k < t.length && t[k]!.cap && k - j <= 2 && tok.text === lower && !conjunction) {
          for (let m = j; m <= k; m++) words.push(t[m]!.text);
          j = k + 1;
          continue;
        }
      }
      if ((lower === 'of' || lower === 'for' || lower === 'on' || lower === 'to') && joinOf(words, lower)) {
        let k = j + 1;
        if (t[k]?.text === 'the') k++;
        if (t[k]?.cap && !(lower === 'on' && CALENDAR.has(t[k]!.text.toLowerCase()))) {
          for (let m = j; m <= k; m++) words.push(t[m]!.text);
          j = k + 1;
          continue;
        }
      }
      // `Energy and Mines Minister`, `Trade, Industry and Energy Minister`: portfolios joined before the title they make.
      if ((lower === 'and' || tok.text === ',' || tok.text === '&') && PORTFOLIOS.has(words[words.length - 1]!.toLowerCase()) && portfolioTitleAhead(t, j + 1)) {
        words.push(tok.text);
        j++;
        continue;
      }
      // `German Chamber of Commerce in China`: a chamber abroad is named for the country it works in.
      if (lower === 'in' && t[j + 1]?.cap && (words.includes('Chamber') || words.includes('Chambers')) && words.includes('of')) {
        // (`… in China’s south` is where, not part of the name.)
        const two = t[j + 2]?.cap && !t[j + 1]!.possessive ? knownPlace(`${t[j + 1]!.text} ${t[j + 2]!.text}`) : undefined;
        const n = two !== undefined ? 2 : knownPlace(t[j + 1]!.text) !== undefined ? 1 : 0;
        if (n > 0 && !t[j + n]!.possessive) {
          for (let m = j; m <= j + n; m++) words.push(t[m]!.text);
          j += n + 1;
          continue;
        }
      }
      // `Ministry of Housing, Communities and Local Government`: a body's remits listed after "of", up to their "and"
      // (the first remit whole no place: `Maritime Fisheries`, though Maritime names a region of Togo)
      if (tok.text === ',' && remitsAhead(t, j) && remitsListed(words) && knownPlace(t[j + 2]?.cap && t[j + 2]!.word ? `${t[j + 1]!.text} ${t[j + 2]!.text}` : t[j + 1]!.text) === undefined) {
        words.push(tok.text, t[j + 1]!.text);
        j += 2;
        continue;
      }
      // `Minerals, Flora and Fauna Unit`: a body's fields listed before its head word
      const listed = tok.text === ',' ? fieldsListed(words, t, j) : 0;
      if (listed > 0) {
        for (let m = j; m < listed; m++) words.push(t[m]!.possessive ? t[m]!.raw : t[m]!.text);
        j = listed;
        continue;
      }
      if ((AND_WORDS.has(lower) || lower === '&') && t[j + 1]?.cap && joinsAcrossAnd(words, lower, t, j)) {
        words.push(tok.text, t[j + 1]!.text);
        j += 2;
        continue;
      }
      // (not `between Trinidad and Tobago`, two islands)
      const across = lower === 'and' && t[from - 1]?.text === 'between' ? 0 : placeAcross(words, t, j);
      if (across > 0) {
        for (let m = j; m < j + across; m++) words.push(t[m]!.text);
        j += across;
        continue;
      }
      break;
    }
    spans.push({ sentence, from, to: j, words });
    i = j;
  }
  return spans;
}
