import { AFTER_ROLE, AUXILIARIES, PLACE_PREPOSITIONS_AFTER_SAYING, NATIONALITY_NOUNS, RECIPIENT_PREPOSITIONS, ROLE_ARTICLES, ROMANCE_DETERMINERS, SPEECH_VERBS } from './lexicon.ts';
import { isDemonym } from './classify.ts';
import type { Gender, PersonEntry } from './people.ts';
import { knownPlace } from './gazetteer.ts';
import { isHead } from './titles.ts';
import type { Sentence } from './text.ts';

/**
 * Direct quotes and who said them (CONTRACT.md §1 `quotes`): attribution after the quote (`…,” Kirby
 * said.`, `…,” said Tobias Greer, 41,`), before it (`He added: “…”`, `Kirby warned that “…”`, `called it
 * the “next step”`), pronouns resolved to the last person named as saying something, continuation
 * paragraphs without attribution of their own, and null — not a guess — for institutions and the unknown.
 * A one- or two-word quote counts only when it is attributed (scare quotes are not quotes).
 */

export interface PersonMention {
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  readonly person: PersonEntry;
}

export interface FoundQuote {
  readonly text: string;
  readonly speaker: string | null;
}

interface Segment { paragraph: number; start: number; end: number; text: string; opensParagraph: boolean; closed: boolean; trailing: boolean }

// A curly quote may be closed by a straight one after its last stop: `“tastes like eating a Band-Aid."In 2021`.
const CURLY = /“([^“”]*?)(”|(?<=[.,!?])"|$)/g;
const STRAIGHT = /(^|[\s(—–-])"([^"]*)("|$)/g;
/** A dash after a closing quotation mark, then a lower-case word: Polish and other Slavic copy's attribution (`„…” – powiedziała X`). */
const DASH_ATTRIBUTION = /^\s?[–—-]\s\p{Ll}/u;
/**
 * He and she in the agencies' languages (`a-t-il déclaré`, `dijo él`, `sagte er`, `teigė jis`), with their gender; Finnish
 * `hän` tells none. German `sie` and Dutch `ze` are also "they": they count after a verb in the singular only (`sagt sie`,
 * not `sagten sie`). (Not Polish `on`, Romanian `el` or Turkish `o`: an English preposition, a Spanish article, a
 * Portuguese one.)
 */
const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'm'], ['il', 'm'], ['él', 'm'], ['ele', 'm'], ['lui', 'm'], ['er', 'm'], ['hij', 'm'], ['han', 'm'], ['jis', 'm'], ['αυτός', 'm'],
  ['she', 'f'], ['elle', 'f'], ['ella', 'f'], ['ela', 'f'], ['lei', 'f'], ['hon', 'f'], ['hun', 'f'], ['sie', 'f'], ['ze', 'f'], ['ji', 'f'], ['ona', 'f'], ['ea', 'f'], ['αυτή', 'f'],
  ['hän', null],
]);
/** Pronouns that are also "they": not after a verb in the plural (`sagten sie`, `zeggen ze`). */
const ALSO_PLURAL = new Set(['sie', 'ze']);
/** A pronoun at token k that stands for one person, by the verb before it. */
const singular = (tokens: readonly { text: string }[], k: number): boolean =>
  !ALSO_PLURAL.has(tokens[k]!.text.toLowerCase()) || !/en$/i.test(tokens[k - 1]?.text ?? '');

/**
 * The paragraph with other languages' quotation marks written as English curly quotes, one character for one so
 * that offsets hold: German and Czech `„…“`, French `« … »`, German `»…«`, Japanese `「…」`, single `‘…’`.
 */
function asCurlyQuotes(paragraph: string): string {
  let text = paragraph;
  if (text.includes('„')) text = text.replace(/„([^„“”]*)[“”]/g, '“$1”');
  // Japanese corner brackets: `「…」`
  if (text.includes('「')) text = text.replace(/「([^「」]*)」/g, '“$1”');
  // Swedish and Finnish open with the closing mark too: `”Vi ser …”, säger X`
  if (!text.includes('“') && text.startsWith('”')) {
    let open = false;
    text = text.replace(/”/g, () => ((open = !open) ? '“' : '”'));
  }
  // South Asian and British copy's single quotes, where a paragraph has no double ones: `‘We are not running away,’ he
  // said.` (the quote ends in its stop; an apostrophe inside a word, `don’t`, is no closing mark; `workers’ pay` closes none)
  if (text.includes('‘') && !/[“”"]/.test(text)) text = text.replace(/‘((?:[^‘’]|’(?=\p{L}))*?[.,!?])’/gu, '“$1”');
  if (/[«»]/.test(text)) {
    const german = text.indexOf('»') >= 0 && (text.indexOf('«') < 0 || text.indexOf('»') < text.indexOf('«'));
    text = german ? text.replace(/»/g, '“').replace(/«/g, '”') : text.replace(/«/g, '“').replace(/»/g, '”');
  }
  return text;
}

/**
 * A paragraph opened by a dash, as Nordic, Finnish, Spanish and Slavic copy prints speech: `– Det är allvarligt, säger X.`
 * Danish copy often types a hyphen (`- Vi er klar over …, siger X`); a hyphen counts only before a verb of saying, as a
 * list's items open with one too.
 */
const DASH_QUOTE = /^[–—-]\s+\S/;
/** Where a dash quote hands over to its attribution: a comma before a verb of saying (`, säger`, `, sanoo`, `, said`). */
function dashQuoteEnd(paragraph: string): number {
  let end = -1;
  for (const m of paragraph.matchAll(/,\s+(\p{Ll}+)\b/gu)) if (SPEECH_VERBS.has(m[1]!)) end = m.index;
  return end;
}

function segmentsOf(printed: string, p: number): Segment[] {
  const out: Segment[] = [];
  const paragraph = asCurlyQuotes(printed);
  if (DASH_QUOTE.test(paragraph) && !/[“"]/.test(paragraph)) {
    const end = dashQuoteEnd(paragraph);
    if (end < 0 && paragraph[0] === '-') return out;
    const text = paragraph.slice(1, end < 0 ? undefined : end).trim();
    if (text !== '') out.push({ paragraph: p, start: 0, end: end < 0 ? paragraph.length : end, text, opensParagraph: true, closed: true, trailing: end >= 0 });
    return out;
  }
  const curly = paragraph.includes('“');
  const pattern = curly ? CURLY : STRAIGHT;
  pattern.lastIndex = 0;
  for (const m of paragraph.matchAll(pattern)) {
    const lead = curly ? 0 : m[1]!.length;
    const body = curly ? m[1]! : m[2]!;
    const close = curly ? m[2]! : m[3]!;
    const start = m.index + lead;
    const text = body.trim().replace(/[,]$/, '').trim();
    if (text === '') continue;
    const end = start + 1 + body.length + close.length;
    // `…,” Kirby said` / `…?” she asked` / `…”, he said` / `…” – powiedziała`: the quote hands over to an attribution.
    const trailing = /[,?!—-]\s*$/.test(body) || paragraph[end] === ',' || DASH_ATTRIBUTION.test(paragraph.slice(end, end + 4));
    out.push({ paragraph: p, start, end, text, opensParagraph: start === 0, closed: close !== '', trailing });
  }
  return out;
}

/** Words of a quote; in scripts written without spaces (Chinese, Japanese, Thai) two characters count as one. */
const wordCount = (text: string): number =>
  text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length + Math.floor((text.match(UNSPACED) ?? []).length / 2);
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

interface Context {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly PersonMention[];
}

/**
 * The context, indexed once per story so that each quote costs a logarithm, not a pass over the story:
 * sentences by paragraph (in order), mentions by sentence. A paragraph of thousands of quotes stays
 * linear (issue 10).
 */
interface Index {
  readonly sentences: readonly Sentence[];
  readonly byParagraph: ReadonlyMap<number, readonly number[]>;
  readonly mentionsOf: ReadonlyMap<number, readonly PersonMention[]>;
}

function indexOf(ctx: Context): Index {
  const byParagraph = new Map<number, number[]>();
  ctx.sentences.forEach((s, si) => {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(si);
    else byParagraph.set(s.paragraph, [si]);
  });
  const mentionsOf = new Map<number, PersonMention[]>();
  for (const m of ctx.mentions) {
    const list = mentionsOf.get(m.sentence);
    if (list) list.push(m);
    else mentionsOf.set(m.sentence, [m]);
  }
  return { sentences: ctx.sentences, byParagraph, mentionsOf };
}

/** The first index in [0, n) for which `above` holds, `above` being false then true along the range. */
function firstWhere(n: number, above: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (above(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Sentence index and token range of a character range in a paragraph. */
function tokensBetween(ix: Index, p: number, from: number, to: number): { sentence: number; first: number; last: number }[] {
  const out: { sentence: number; first: number; last: number }[] = [];
  const list = ix.byParagraph.get(p) ?? [];
  for (let k = firstWhere(list.length, (k) => ix.sentences[list[k]!]!.end > from); k < list.length; k++) {
    const si = list[k]!;
    const tokens = ix.sentences[si]!.tokens;
    if (tokens.length === 0) continue;
    if (tokens[0]!.start >= to) break;
    const first = firstWhere(tokens.length, (ti) => tokens[ti]!.start >= from);
    const last = firstWhere(tokens.length, (ti) => tokens[ti]!.end > to) - 1;
    if (first <= last) out.push({ sentence: si, first, last });
  }
  return out;
}

/** The age a description at token `i` gives (`the 71-year-old`: `the`, `71`, `-`, `year-old`), else undefined. */
export function describedAge(t: readonly { text: string }[], i: number): number | undefined {
  return t[i]?.text.toLowerCase() === 'the' && /^\d{1,3}$/.test(t[i + 1]?.text ?? '') && t[i + 2]?.text === '-' && /^year-old$/i.test(t[i + 3]?.text ?? '') ? Number(t[i + 1]!.text) : undefined;
}

/** What a pronoun or a description tells of the person it stands for: a gender (`she`), an age (`the 71-year-old`), or nothing. */
export interface Referent {
  readonly gender: Gender;
  readonly age?: number;
  /**
   * The role noun that stands for them (`explicó la directora`, `сказал министр`): the person named before with that
   * word in their title. With `only`, no one else (a role with no article may be anyone's: `said officials`).
   */
  /** The role's head, and the words before it (`union` of `the Union Minister`), which the person's title should hold as well where one does. */
  readonly role?: { readonly word: string; readonly only: boolean; readonly modifiers?: readonly string[] };
}
type Who = { kind: 'person'; person: PersonEntry } | { kind: 'pronoun'; referent: Referent } | { kind: 'other' } | null;
const UNSAID: Who = { kind: 'pronoun', referent: { gender: null } };
/** A verb of saying that says nothing with the particle after it: `he ruled out price controls` (a judge's `ruled` is saying). */
const NOT_SAYING_WITH: ReadonlyMap<string, string> = new Map([['ruled', 'out']]);
/** An indefinite article, or an article elided before its noun (`l'organisme`): a role follows, not an unsaid subject. */
const OPENS_ROLE = /^(?:un|una|uno|une|um|uma|ein|eine|en|ett|[ld]['’]\p{L}*)$/iu;

function whoIn(ctx: Index, sentence: number, first: number, last: number, nearest: 'first' | 'last'): Who {
  const found = (ctx.mentionsOf.get(sentence) ?? []).filter((m) => m.from >= first && m.to - 1 <= last);
  const tokens = ctx.sentences[sentence]!.tokens.slice(first, last + 1);
  // `sagte er vor Richterin Birgit Haslinger`: a pronoun right after the verb is its subject, whoever is named after it
  // (not Italian `il`, the article: `ha dichiarato il granconsigliere Boris Pedroni`)
  const pronoun = nearest === 'first' && found.length > 0 ? tokens.findIndex((t, k) => PRONOUNS.has(t.text.toLowerCase()) && t.text !== 'il' && singular(tokens, k)) : -1;
  if (pronoun >= 0 && first + pronoun < found[0]!.from && tokens.slice(0, pronoun).every((t) => !t.word || AUXILIARIES.has(t.text.toLowerCase()))) {
    return { kind: 'pronoun', referent: { gender: PRONOUNS.get(tokens[pronoun]!.text.toLowerCase())! } };
  }
  // (`Comeau’s lawyer, Jean-Marc Cormier, said`: a name in the possessive owns the subject; the one named after it is the speaker)
  const all = ctx.sentences[sentence]!.tokens;
  const subjects = found.filter((m) => all[m.to - 1]?.possessive !== true);
  const named = subjects.length > 0 ? subjects : found;
  if (named.length > 0) return { kind: 'person', person: (nearest === 'first' ? named[0] : named[named.length - 1])!.person };
  // French puts the pronoun after the verb's auxiliary: `a-t-il déclaré`, `a-t-elle ajouté`
  for (const [k, t] of tokens.entries()) {
    const lower = t.text.toLowerCase();
    if (PRONOUNS.has(lower) && singular(tokens, k)) return { kind: 'pronoun', referent: { gender: PRONOUNS.get(lower)! } };
    const inverted = /-(?:t-)?(il|elle)$/.exec(lower);
    if (inverted) return { kind: 'pronoun', referent: { gender: inverted[1] === 'il' ? 'm' : 'f' } };
  }
  // `said the 71-year-old retired engineer`: a person described by age, named earlier, stands for a pronoun.
  const age = describedAge(tokens, 0);
  if (age !== undefined) return { kind: 'pronoun', referent: { gender: null, age } };
  // `…,” the Frenchman told reporters`, `the Brazilian said`: someone named earlier, by nation, as a pronoun would be
  const nation = tokens.length === 2 && tokens[0]!.text.toLowerCase() === 'the' ? nationalityNoun(tokens[1]!.text) : undefined;
  if (nation !== undefined) return { kind: 'pronoun', referent: { gender: nation } };
  // `the retired builder said`, `said the minister`, `explicó la directora`: a person described, named earlier (not
  // `the ministry said`), the one whose title names that role if the story gave one
  // (where and to whom the role spoke is no part of it: `a déclaré le ministre devant les autorités de la région …`)
  const cut = tokens.findIndex((t, k) => k >= 2 && AFTER_ROLE.has(t.text));
  const role = cut > 0 ? tokens.slice(0, cut) : tokens;
  const words = role.filter((t) => t.word);
  // (the head last, or before the adjectives Romance languages put after it: `dijo el responsable municipal`, or before its
  // complement: `afirmó la secretaria de Estado`)
  const final = words.at(-1);
  const head = final !== undefined && !isHead(final.text, false) ? words.slice(1, -1).findLast((t) => !t.cap && isHead(t.text, false)) ?? final : final;
  // (`the Union Minister said`, `the Foreign Minister said`: capitalised modifiers before a title's head too, but not a place's
  // name, `the China Coast Guard said`, a body)
  // (`the Zimbabwe skipper said`: a place's name before a head in lower case is the role's)
  const described = (from: number) => words.length - from >= 1 && words.length - from <= 4 && isHead(head!.text, false)
    && words.slice(from).every((t) => !t.cap || isHead(t.text, false) || knownPlace(t.text) === undefined || !head!.cap);
  if (words.length >= 2 && words.length === role.length && ROLE_ARTICLES.has(words[0]!.text.toLowerCase()) && described(1)) {
    // `An official of the company … “…,” the official said.`: someone the story never names.
    const role = head!.text.toLowerCase();
    // (`a Japanese government official said`: the indefinite article brings in someone not named before)
    if (['a', 'an'].includes(words[0]!.text.toLowerCase())) return { kind: 'other' };
    const modifiers = words.slice(1, -1).map((t) => t.text.toLowerCase());
    return introducedUnnamed(ctx, sentence, role) ? { kind: 'other' } : { kind: 'pronoun', referent: { gender: null, role: { word: role, only: false, modifiers } } };
  }
  // `сказал министр`, `podkreśliła wicewojewoda`: a role without an article, in a language that has none
  if (words.length >= 1 && words.length <= 2 && words.length === role.length && !words[0]!.cap && described(0)) {
    return { kind: 'pronoun', referent: { gender: null, role: { word: head!.text.toLowerCase(), only: true } } };
  }
  return words.length > 0 ? { kind: 'other' } : null;
}

const UNNAMED_LOOKBACK_TOKENS = 400;
/** Whether the sentence's paragraph, or the one before, brings in someone by this noun without a name: `An official of ASCO`, `a spokesperson for`. */
function introducedUnnamed(ctx: Index, sentence: number, head: string): boolean {
  const p = ctx.sentences[sentence]!.paragraph;
  // bounded: a paragraph of a thousand such quotes reads no more than this many words for each
  let budget = UNNAMED_LOOKBACK_TOKENS;
  for (const si of [...(ctx.byParagraph.get(p - 1) ?? []), ...(ctx.byParagraph.get(p) ?? [])]) {
    if (si > sentence) break;
    const t = ctx.sentences[si]!.tokens;
    for (let i = 0; i < t.length && budget-- > 0; i++) {
      if (!['a', 'an'].includes(t[i]!.text.toLowerCase())) continue;
      // (not French `a`, the verb's auxiliary: `a déclaré le ministre` brings in no one; a verb or an article ends the look)
      for (let k = i + 1; k < t.length && k <= i + 3 && t[k]!.word && !t[k]!.cap && !SPEECH_VERBS.has(t[k]!.text.toLowerCase()) && !ROLE_ARTICLES.has(t[k]!.text.toLowerCase()); k++) if (t[k]!.text.toLowerCase() === head) return true;
    }
  }
  return false;
}

/** How far after a quote its verb of saying is looked for, in tokens of the clause. */
const ATTRIBUTION_TOKENS = 32;
/** The past forms of Romance verbs of saying (`señaló`, `déclaré`, `afirmou`, `concluiu`): no Nordic verb ends so. */
const ROMANCE_PAST = /(?:ó|é|ou|iu)$/u;

/** A French subject pronoun joined to its verb after a quote: `confie-t-elle`, `dit-il`. */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle)$/;

/** Attribution after a quote: `,” Kirby said`, `,” said Kirby, a …`, `,” Choi, the head of the bureau, told a briefing`. */
function attributionAfter(ctx: Index, seg: Segment, nextQuote: number): Who {
  const ranges = tokensBetween(ctx, seg.paragraph, seg.end, nextQuote);
  const r = ranges[0];
  if (!r) return null;
  const tokens = ctx.sentences[r.sentence]!.tokens;
  // The attribution is the clause right after the quote, up to its end.
  let end = r.first;
  while (end <= r.last && !['.', '!', '?', '“', '"', ';'].includes(tokens[end]!.text)) end++;
  if (end === r.first) return null;
  // (`…,” and called on the ministry to act`: a clause joined by "and" goes on with the subject before the quote)
  if (/^(?:and|but)$/.test(tokens[r.first]!.text)) return null;
  // the verb may follow a long appositive: `,” Ananya Hegde, a software engineer who travels from Jayanagar to …, told IANS`
  for (let i = r.first; i < Math.min(end, r.first + ATTRIBUTION_TOKENS); i++) {
    const tok = tokens[i]!;
    const verb = tok.text.toLowerCase().replace(INVERTED_PRONOUN, '');
    if (!tok.word || tok.cap || !SPEECH_VERBS.has(verb) || NOT_SAYING_WITH.get(verb) === tokens[i + 1]?.text) continue;
    // (`… described the roll-out as “…”, noting that …`: a participle after the quote is the sentence's subject's, read before it)
    if (PARTICIPLES.has(verb)) return null;
    // `« … », confie-t-elle`, `dit-il`: the pronoun is on the verb
    if (verb !== tok.text.toLowerCase() && i === r.first) return whoIn(ctx, r.sentence, i, i, 'first');
    // `"…", said Mohammad al-Hadidi`: only punctuation between the quote and the verb, or an auxiliary (`a expliqué`, `ha detto`).
    // `," je na novinarski konferenci v Kopru povedal direktor … Matjaž Kranjc Pečnik`, `", sagte am Montag Ministerin X`: an
    // adverbial between the quote and the verb, no one named in it: the speaker still follows the verb.
    const inverted = i === r.first || tokens.slice(r.first, i).every((x) => !x.word || AUXILIARIES.has(x.text.toLowerCase()));
    // `said Tobias Greer, 41,`: the speaker follows, up to a comma.
    let stop = i + 1;
    while (stop < end && tokens[stop]!.text !== ',') stop++;
    const before = inverted ? null : whoIn(ctx, r.sentence, r.first, i - 1, 'first');
    if (before?.kind === 'other') {
      const after = whoIn(ctx, r.sentence, i + 1, stop - 1, 'first');
      return after?.kind === 'person' ? after : before;
    }
    if (before === null) {
      // `"…", dijo.`, `"…", ha assicurato.`: the verb alone, its subject left unsaid as Spanish and Italian do, is "he said"
      if (stop === i + 1 && (stop === end || tokens[stop]?.text === ',' && !tokens.slice(stop + 1, end).some((x) => x.cap))) return UNSAID;
      // `dijo a El Observador el presidente de …`, `disse à Lusa o autarca`: who was told is no speaker; the speaker comes after
      // (`disse à AIM Amina Issufo, …`: names up to the comma hold the speaker, told and teller side by side)
      let from = i + 1;
      // (`dijo a la diaria.`, `declaró a este diario.`: told an outlet, nothing more, the subject unsaid)
      if (RECIPIENT_PREPOSITIONS.has(tokens[from]?.text ?? '') && ROMANCE_DETERMINERS.has(tokens[from + 1]?.text.toLowerCase() ?? '') && stop - from <= 4 && stop === end && !tokens.slice(from, stop).some((x) => x.cap)) return UNSAID;
      if (RECIPIENT_PREPOSITIONS.has(tokens[from]?.text.toLowerCase() ?? '') && tokens[from + 1]?.cap) {
        // (`contou ao Açoriano Oriental Maria da Graça Medeiros`: a person named after the one told, before the comma, is the teller)
        const teller = whoIn(ctx, r.sentence, from + 1, stop - 1, 'last');
        if (teller?.kind === 'person' && !teller.person.name.startsWith(tokens[from + 1]!.text)) return teller;
        let told = from + 2;
        while (told < stop && tokens[told]!.cap) told++;
        // (`declaró a La Industria.`: told a name that is no person's, nothing after it in the clause: the subject unsaid; in
        // Portuguese `a` is the article too, `contou a Maria Fernandes.` names the teller)
        if (told === stop && stop === end && teller?.kind !== 'person') return UNSAID;
        if (told < stop) from = told;
      }
      // (`powiedział PAP Jędrzejczak`, `řekl ČTK ministr`: the agency told, in the dative without a preposition, an acronym
      // before the speaker)
      if (from + 1 < stop && /^\p{Lu}{2,6}$/u.test(tokens[from]?.text ?? '') && tokens[from + 1]!.word) from++;
      // (`dijo el jefe edil a Prensa Libre`: who was told, after the speaker, is no part of the speaker's description)
      const told = tokens.findIndex((x, k) => k > from + 1 && k < stop && RECIPIENT_PREPOSITIONS.has(x.text) && !tokens[k - 1]!.cap && (tokens[k + 1]?.cap === true || ROMANCE_DETERMINERS.has(tokens[k + 1]?.text.toLowerCase() ?? '')));
      const who = whoIn(ctx, r.sentence, from, (told > 0 ? told : stop) - 1, 'first');
      // `a expliqué la porte-parole de la STIB, Sophie Lambert`: a description, then the name after the comma
      if (who?.kind !== 'person' && stop < end) {
        const named = whoIn(ctx, r.sentence, stop + 1, end - 1, 'first');
        if (named?.kind === 'person') return named;
      }
      // (`"…", cuestionó después ante los vecinos.`: the verb, then an adverb and no one named in the rest of the clause: its
      // subject unsaid; not `dijo el alcalde`, `a rappelé l'organisme`, `dijo un portavoz`, a role after its article)
      // (`"…", señaló en conferencia de prensa en Lima.`: a name after a preposition of place names where, not who)
      const named = tokens.slice(i + 1, end).some((x, k) => x.cap && !(k > 0 && (tokens[i + k]!.cap || PLACE_PREPOSITIONS_AFTER_SAYING.has(tokens[i + k]!.text.toLowerCase()))));
      // (`en` opens a role after a Nordic verb, `sade en talesperson`, and a place or an occasion after a Romance one, `señaló en conferencia`)
      const role = OPENS_ROLE.test(tokens[i + 1]?.text ?? '') && !(tokens[i + 1]!.text.toLowerCase() === 'en' && ROMANCE_PAST.test(verb));
      if ((who === null || who.kind === 'other') && !role && !ROLE_ARTICLES.has(tokens[i + 1]?.text.toLowerCase() ?? '') && !named) return UNSAID;
      return who;
    }
    return before;
  }
  // `…,” according to O'Donnell-Price.`, `… a decade", according to Belgian Athletics president Marc Vandeputte.`
  const according = tokens[r.first]?.text === ',' ? r.first + 1 : r.first;
  if (tokens[according]?.text.toLowerCase() === 'according' && tokens[according + 1]?.text === 'to') {
    let stop = according + 2;
    while (stop < end && tokens[stop]!.text !== ',') stop++;
    const who = whoIn(ctx, r.sentence, according + 2, stop - 1, 'last');
    if (who?.kind === 'person') return who;
  }
  return null;
}

/** Attribution before a quote in its sentence: `He added: “…”`, `Kirby warned that “…”`, `Rutte said … would mark a “…”`. */
/** A noun for a person of a nation (`Frenchman`, `Brazilian`, `Spaniard`) and the gender it gives; undefined for any other word. */
function nationalityNoun(word: string): Gender | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  const sexed = /^(\p{Lu}\p{Ll}+?)(wo)?man$/u.exec(word);
  if (sexed && isDemonym(sexed[1]!)) return sexed[2] ? 'f' : 'm';
  return isDemonym(word) || NATIONALITY_NOUNS.has(word.toLowerCase()) ? null : undefined;
}

/** Participles of saying whose speaker is the clause's subject, and how far into the sentence that subject is looked for. */
const PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting']);
const SUBJECT_REACH = 8;

function attributionBefore(ctx: Index, seg: Segment, prevEnd: number): Who {
  const ranges = tokensBetween(ctx, seg.paragraph, prevEnd, seg.start);
  const r = ranges[ranges.length - 1];
  if (!r) return null;
  const tokens = ctx.sentences[r.sentence]!.tokens;
  for (let i = r.last; i >= r.first; i--) {
    const tok = tokens[i]!;
    if (!tok.word || tok.cap) continue;
    const verb = tok.text.toLowerCase();
    if (!SPEECH_VERBS.has(verb) || verb === 'quoting') continue;
    // `Kallingal demanded a ward, saying the district “…”`, `…, adding that …`: a participle's speaker is the clause's subject, a
    // person named at the sentence's start
    if (PARTICIPLES.has(verb)) {
      const subject = whoIn(ctx, r.sentence, r.first, Math.min(i - 1, r.first + SUBJECT_REACH), 'first');
      return subject?.kind === 'person' ? subject : null;
    }
    if (i === r.first) return null;
    // `Fries said the agency “…” and called on all parties “…”`: the subject is before the first quote; and in `« … », a
    // souligné X, directeur …. « … »` the verb is the first quote's, whose speaker the next one shares
    if (prevEnd > 0 && tokens.slice(r.first, i).every((x) => !x.word || ['and', 'but', 'also', 'then'].includes(x.text) || AUXILIARIES.has(x.text.toLowerCase()))) return null;
    // The subject: back to the clause start, over an appositive (`Lee, quoting Cho, said`), and a relative clause after it
    // (`Dr Aung Khaing Moe, a professor of …, who sat on the panel, said`).
    let j = i - 1;
    let commas = 0;
    while (j > r.first && !(tokens[j]!.text === ',' && ++commas > 4)) j--;
    // (`In her judgment, the magistrate said: “…”`: an adverbial before the subject; the subject a person or a role after its comma)
    const comma = tokens.slice(r.first, i).findLastIndex((x) => x.text === ',');
    const after = comma >= 0 && r.first + comma + 1 < i ? whoIn(ctx, r.sentence, r.first + comma + 1, i - 1, 'first') : null;
    if (after?.kind === 'person' || (after?.kind === 'pronoun' && after.referent.role !== undefined)) return after;
    return whoIn(ctx, r.sentence, j, i - 1, 'first');
  }
  // `According to New Belgium’s CEO Steve Fechheimer, it “tastes like …”`.
  for (let i = r.first; i < r.last; i++) {
    if (tokens[i]!.text.toLowerCase() !== 'according' || tokens[i + 1]?.text !== 'to') continue;
    let stop = i + 2;
    while (stop <= r.last && tokens[stop]!.text !== ',') stop++;
    const who = whoIn(ctx, r.sentence, i + 2, stop - 1, 'last');
    if (who?.kind === 'person') return who;
  }
  return null;
}

/** A source the copy says it does not name: `who asked not to be named`, `on condition of anonymity`, `que pidió el anonimato`. */
const UNNAMED_SOURCE = /(?:not to be (?:named|identified)|condition of anonymity|requested anonymity|sous couvert d['’]anonymat|requis l['’]anonymat|pidió (?:el )?anonimato|pidió no ser identificad|pediu anonimato|a pedido de anonimato|chiesto l['’]anonimato|nicht genannt werden|anonym bleiben)/giu;
/**
 * Whether the text before a quote keeps its source unnamed, no one named after it (two capitalised words: `But Transport
 * Minister Jonas Berg disagreed.` names the one who speaks next).
 */
function keptUnnamed(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(UNNAMED_SOURCE)) last = m.index + m[0].length;
  return last >= 0 && !/\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}+/u.test(before.slice(last));
}

/**
 * @param lastSpeakerBefore the person a pronoun or description at a paragraph offset stands for: by age where it gives one,
 *   else the last named as saying something, of the pronoun's gender where it has one
 * @param speakerOfParagraph the person last named as saying something in a paragraph, for a quote-only paragraph after it
 */
export function findQuotes(paragraphs: readonly string[], ctx: Context, lastSpeakerBefore: (p: number, offset: number, referent: Referent) => PersonEntry | null, speakerOfParagraph: (p: number) => PersonEntry | null = () => null): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const ix = indexOf(ctx);
  let previous: { speaker: PersonEntry | null; unclosed: boolean; paragraph: number; known: boolean } | null = null;
  // The quote an unclosed paragraph opened: a next paragraph opening with a quotation mark goes on with it, one entry.
  let runsOn: number | null = null;
  // Per quote: whether its speaker was only inferred (the last paragraph's, or the one a quote-only paragraph follows), which a
  // speaker named where the quote ends outweighs.
  const inferred: boolean[] = [];
  paragraphs.forEach((paragraph, p) => {
    const segments = segmentsOf(paragraph, p);
    const resolved: (Who | undefined)[] = [];
    segments.forEach((seg, i) => {
      const next = segments[i + 1]?.start ?? paragraph.length;
      const prevEnd = segments[i - 1]?.end ?? 0;
      resolved.push((seg.trailing ? attributionAfter(ix, seg, next) : null) ?? attributionBefore(ix, seg, prevEnd) ?? undefined);
    });
    // The first two attributed quotes of the paragraph, found once: any quote's "other attributed quote" is one of them.
    const attributedQuotes = resolved.flatMap((w, j) => (w !== undefined && w !== null ? [j] : [])).slice(0, 2);
    segments.forEach((seg, i) => {
      let who = resolved[i];
      // Another quote of the same paragraph is attributed: `“A,” Kirby said. “B.”`
      if (who === undefined) {
        const j = attributedQuotes.find((k) => k !== i);
        who = j === undefined ? undefined : resolved[j]!;
      }
      if (i === 0 && seg.opensParagraph && runsOn !== null && previous?.unclosed && previous.paragraph === p - 1) {
        // `“… four years.` / `“We are also …,” said X.`: the speaker named at the end is the whole quote's.
        const named = who?.kind === 'person' ? who.person : who?.kind === 'pronoun' ? lastSpeakerBefore(p, seg.start, who.referent) : null;
        const opened = quotes[runsOn]!;
        const namedWins = named !== null && (opened.speaker === null || inferred[runsOn] === true);
        const speaker = namedWins ? named : previous.speaker;
        quotes[runsOn] = { text: `${opened.text} ${seg.text}`, speaker: namedWins ? named.name : opened.speaker };
        if (namedWins) inferred[runsOn] = false;
        previous = { speaker, unclosed: !seg.closed, paragraph: p, known: previous.known || named !== null };
        if (seg.closed) runsOn = null;
        return;
      }
      let speaker: PersonEntry | null = null;
      let attributed = who !== undefined;
      let guessed = false;
      // (`A Caribstone manager, who asked not to be named, said …. "…," he said.`: a speaker the paragraph keeps unnamed
      // before the quote is no one the story names, 6 such in the gold against none named)
      if (who?.kind !== 'person' && keptUnnamed(paragraph.slice(0, seg.start))) attributed = true;
      else if (who?.kind === 'person') speaker = who.person;
      else if (who?.kind === 'pronoun') speaker = lastSpeakerBefore(p, seg.start, who.referent);
      else if (who === undefined && seg.opensParagraph && previous !== null && previous.paragraph === p - 1 && previous.known) {
        // A paragraph that opens with a quote and names no one goes on with the last paragraph's speaker.
        speaker = previous.speaker;
        attributed = true;
        guessed = true;
      } else if (who === undefined && previous?.unclosed && previous.paragraph === p - 1) {
        speaker = previous.speaker;
        attributed = true;
      } else if (who === undefined && seg.opensParagraph && segments.length === 1 && seg.end >= paragraph.trimEnd().length - 1 && (previous === null || previous.paragraph !== p - 1)) {
        speaker = speakerOfParagraph(p - 1);
        attributed = speaker !== null;
        guessed = true;
      }
      // A short quote that no one is said to have said is a scare quote or a name: "quiet zones", "Ring of Fire".
      if (!attributed && (wordCount(seg.text) <= 2 || (wordCount(seg.text) <= 4 && !seg.opensParagraph))) return;
      quotes.push({ text: seg.text, speaker: speaker?.name ?? null });
      inferred.push(guessed);
      previous = { speaker, unclosed: !seg.closed, paragraph: p, known: attributed };
      runsOn = seg.closed ? null : quotes.length - 1;
    });
  });
  return quotes;
}
