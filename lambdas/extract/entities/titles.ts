import { ABBREVIATED_RANKS, AMBIGUOUS_TITLE_HEADS, AND_WORDS, RECIPIENT_PREPOSITIONS, STYLE_NOUNS, TITLE_ADJECTIVES_AFTER_HEAD, POSSESSIVE_DETERMINERS_OTHER_LANGUAGES, ROLE_ARTICLES, ROMANCE_OF_WORDS, CIVIC_BODY_HEADS, CLAUSE_WORDS, ENGLISH_STORY_WORDS, isHyphenatedTitle, ENVOY_HEADS, OF_WORDS, GENERIC_PERSON_NOUNS, NAME_HONORIFICS, NAME_HONORIFICS_FIRST_ONLY, NAME_HONORIFICS_SECOND, NAME_HONORIFICS_SINGLE, NAME_HONORIFICS_BEFORE_TWO, COLON_CASE_ENDINGS, NAME_PARTICLES, NOT_AGENT_NOUNS, PATRONYMIC_PARTICLES, OCCUPATIONS, OCCUPATIONS_OTHER_LANGUAGES, ORG_HEADS, PATRONYMIC_SUFFIXES, PLACE_HEADS, PLACE_NOUNS, PORTFOLIOS, RANKS, SENTENCE_STARTERS, SPEECH_VERBS, TITLE_COMPLEMENTS, TITLE_HEAD_ENDINGS, TITLE_HEADS, TITLE_HEADS_OTHER_LANGUAGES, TITLE_MODIFIERS, TITLE_STOPS } from './lexicon.ts';
import { knownOrganisation, knownPlace } from './gazetteer.ts';
import { isWorldGivenName, vietnameseName } from './people.ts';
import { apostropheAt, MAX_RUN_WORDS, type Sentence, type Span, type Token } from './text.ts';

/**
 * A person's title as the story prints it (CONTRACT.md §1 `people[].title`): the words before the name
 * (`Defense Secretary Lloyd Austin`, `White House national security spokesman John Kirby`), or an
 * appositive before or after it (`The head of Ukraine’s military intelligence directorate, Kyrylo
 * Budanov,`; `Hiroshi Matsuda, a shipping analyst at a Tokyo brokerage`), without its article or an age.
 */

/** A title head or, in lower case, an occupation: `minister`, `welder`, `hydrologist`. */
/** @param compounds whether a capitalised compound counts (`Richterin`, `Dijkgraaf`): in the languages that print jobs so, not in English (`Sirirat`). */
export const isHead = (word: string, atStart: boolean, compounds = true): boolean => {
  // (`l’architecte italien Renzo Piano`: the elided article is no part of the head)
  if (elidedArticle(word)) return isHead(word.slice(2), atStart, compounds);
  // `Bishop-elect`, `President-elect`: a head chosen and not yet in office is a head
  if (/-elect$/i.test(word)) return isHead(word.slice(0, -6), atStart, compounds) || TITLE_HEADS.has(word.slice(0, -6).toLowerCase());
  const lower = word.toLowerCase();
  if (word === lower && (OCCUPATIONS.has(lower) || OCCUPATIONS_OTHER_LANGUAGES.has(lower) || agentNoun(lower) || TITLE_HEADS_OTHER_LANGUAGES.has(lower))) return true;
  // (or the head alone, capitalised as German nouns are and long enough not to be an ordinary word: `Richterin`, `Dijkgraaf`, not `Rat`)
  if (compounds && (COMPOUND_HEAD.test(lower) || NORTHERN_SCIENTIST.test(lower) || (word !== lower && lower.length >= 6 && TITLE_HEAD_ENDINGS.has(lower))) && !notAgentNoun(lower)) return true;
  return (TITLE_HEADS.has(lower) || isHyphenatedTitle(lower)) && !(atStart && AMBIGUOUS_TITLE_HEADS.has(lower) && !['king', 'queen', 'pope', 'prince', 'sheikh'].includes(lower));
};

/** `l’architecte`, `d'agriculteur`, `L’assessore` opening a sentence: a Romance article or `de` elided onto a lower-case word (checked by its apostrophe first: a hot path). */
const elidedArticle = (word: string): boolean => apostropheAt(word, 1) && /^[lLdD]['’]\p{Ll}{3,}$/u.test(word);

/** A compound whose last part is a title head: `Infrastrukturministerin`, `AK-Präsidentin`, `Melkveehouder`, `Fylkesleder`, `Kuvataiteilija`. */
const ENDINGS = [...TITLE_HEAD_ENDINGS].join('|');
const COMPOUND_HEAD = new RegExp(`^(?:\\p{L}{2,}-)?\\p{L}{3,}(?:${ENDINGS})$|^\\p{L}{2,}-(?:${ENDINGS})$`, 'u');

/**
 * `hydrologist`, `geologist`, `specialist`: a lower-case noun in -ist names what a person does (not `checklist`, `insist`); so
 * does a scientist's in the Romance languages, `meteoróloga`, `geólogo`, `biologa`, `volcanologue` (not `prólogo`, `monologue`),
 * and in the northern ones (`geolog`, `hydroloog`; not `monolog`, `prolog`).
 */
const agentNoun = (lower: string): boolean => lower.length >= 6 && (lower.endsWith('ist') || ROMANCE_SCIENTIST.test(lower) || NORTHERN_SCIENTIST.test(lower)) && !notAgentNoun(lower);
const ROMANCE_SCIENTIST = /(?:ólog[oa]s?|olog[oa]|ologhe|ologue|ologues)$/u;
/** A scientist in the Nordic languages, Dutch and German, short ones too: `geolog`, `Geolog`, `hydroloog`, `Geologe` (the science, `geologi`, is none). */
const NORTHERN_SCIENTIST = /^\p{L}{2,}(?:olog|oloog|ologe)$/u;
/** A noun that only looks like an agent's, in the singular or the plural: `checklist`, `prólogo`, `prólogos`, `monolog`. */
const notAgentNoun = (lower: string): boolean => NOT_AGENT_NOUNS.has(lower) || NOT_AGENT_NOUNS.has(lower.replace(/s$/, ''));

/** Where honorifics (or a lone `Dr`, `Prof`) open a name of two words at least inside a run, after its first word; -1 when nowhere. */
function honouredAt(words: readonly string[]): number {
  const at = words.findIndex((w, k) => k > 0 && (honorificLength(words.slice(k)) > 0 || (/^(?:Prof|Dr)\.?$/.test(w) && words.length - k >= 3)));
  return at > 0 && words.length - at - honorificLength(words.slice(at)) >= 2 ? at : -1;
}

/**
 * Three names or more in ordinary case (or two, the last double-barrelled: `Navindra Persaud-Ramkissoon`), none a body's or
 * a place's head word, nor a place the gazetteer knows.
 */
const namesOnly = (words: readonly string[]): boolean => (words.length >= 3 || (words.length === 2 && words[1]!.includes('-')))
  && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !PLACE_NOUNS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()))
  && knownPlace(words.join(' ')) === undefined && knownOrganisation(words.join(' ')) === undefined;

/** Inside a capitalised run: how many leading words are the title (`NATO Secretary General` of five), 0 when none. */
export function titleWordsInRun(words: readonly string[], compounds = true, afterArticle = false): number {
  // (a given name that is also a head, before another given name, is the name: `Reina Isabel Hernández`; not after an article
  // or before a regnal number, `El Rey Felipe VI`)
  const givenNameFirst = !afterArticle && isWorldGivenName(words[0]!) && words.length >= 2 && isWorldGivenName(words[1]!) && !/^[IVX]{1,4}$/.test(words[words.length - 1]!);
  // `Gradonačelnik Kragujevca Milan Ilić`, `Statsminister Jonas Gahr Støre`: a head of another language and its complement
  // before a name that opens with a given name (not `Secretaria de Estado de Obras Públicas`)
  const honoured = words.length >= 3 ? honouredAt(words) : -1;
  if (words.length >= 3 && words.length <= 7 && TITLE_HEADS_OTHER_LANGUAGES.has(words[0]!.toLowerCase()) && !givenNameFirst) {
    const given = words.findIndex((w, k) => k > 0 && isWorldGivenName(w));
    // (`Menteri Pengangkutan Datuk Seri Azman Rashid`: or with honorifics that open the name, before its given name)
    if (honoured > 0 && (given < 0 || honoured < given)) return honoured;
    if (given > 0 && words.length - given >= 2) return given;
  }
  // `Mathira East MCA Hon Peter Gachoka Mwai`, `Ketua Pengarah MIROS Prof Dr Khairil Anwar`: honorifics inside a run open the
  // name, and what comes before them is the title where it holds a title's head or a body's acronym (not `Abdul Rahman Haji Ahmad`)
  if (honoured > 0 && words.length >= 4 && words.slice(0, honoured).some((w, k) => isHead(w, k === 0) || TITLE_HEADS_OTHER_LANGUAGES.has(w.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(w))) return honoured;
  // `Waziri Kombo`, `Menteri Rashid`: a head of another language before a family name met in full earlier
  if (words.length === 2 && TITLE_HEADS_OTHER_LANGUAGES.has(words[0]!.toLowerCase()) && !TITLE_HEADS_OTHER_LANGUAGES.has(words[1]!.toLowerCase())) return 1;
  let best = 0;
  for (let k = 1; k < words.length; k++) {
    const word = words[k - 1]!;
    // (`Coast Guard Sector North Bend`, `National Guard`: a head that also ends bodies' names, after another word, is the body's)
    // (`Opposition MPs Juma Kato, …`: a title in the plural before a list)
    // (`Justice Roseline Odhiambo`, `Bishop Anna Kowalska`: a head that also names other things opens the run before a given name and more)
    // (… or before names that are no body's or place's: `Justice Azhar Ismail Mokhtar`, not `Bishop Auckland Town Council`)
    // (`Scaffolder Liam Hargreaves-Doyle`, `Soprano Elena Vidal`: an occupation capitalised as the run's first word, before a given name;
    // not one that is a given name too, above)
    const headBeforeName = k === 1 && words.length >= 3 && ((AMBIGUOUS_TITLE_HEADS.has(word.toLowerCase()) && (isWorldGivenName(words[1]!) || namesOnly(words.slice(1))))
      || (isHead(word.toLowerCase(), true) && !TITLE_HEADS.has(word.toLowerCase()) && isWorldGivenName(words[1]!) && !givenNameFirst));
    // (a father's name before a patronymic is no head, whatever it ends in: `Aigerim Bekmurat kyzy`)
    if (PATRONYMIC_SUFFIXES.has(words[k]!)) continue;
    // (nor one before the remit it names a body for: `Centre for Defence Strategies`)
    const bodyFor = ORG_HEADS.has(word.toLowerCase()) && (words[k] === 'for' || words[k] === 'of');
    if ((isHead(word, k === 1, compounds) || headBeforeName || (singularHead(word) !== null && k < words.length - 1)) && !(word === 'Sheikh' && k === words.length - 1) && !(k >= 2 && ORG_HEADS.has(word.toLowerCase())) && !bodyFor) best = k;
    else if (best > 0 && best === k - 1 && word === 'to' && ENVOY_HEADS.has(words[k - 2]!.toLowerCase())) {
      // `Ambassador to Azerbaijan Serik Zhumabekov`, `Permanent Representative to the United Nations Amina Diallo`: where an envoy is
      // sent (a place or body the gazetteers know, of up to three words, else one word)
      let m = words[k] === 'the' ? k + 1 : k;
      const named = [3, 2].find((n) => m + n <= words.length && (knownPlace(words.slice(m, m + n).join(' ')) ?? knownOrganisation(words.slice(m, m + n).join(' '))) !== undefined);
      m += named ?? 1;
      // (the run may end with where the envoy is sent, the name after it: no name in the run then)
      best = m;
      k = m;
    } else if (best > 0 && best === k - 1 && (word === 'of' || word === 'for')) {
      // `Secretary of State Antony Blinken`: the title runs on over words a ministry is named for;
      // `Secretary for Israel-Palestinian Affairs Hady Amr`: over the names before such a word.
      let m = k;
      if (words[m] === 'the') m++;
      // `Vice Chairman of the Provincial People's Committee Nguyen Van Tam`, `Executive Director of the Mongolian Tourism Association
      // D.Oyunchimeg`: the title runs over a body's name to its head word, where a name of two words at least is left
      const body = bodyHeadAt(words, m);
      if (body > 0) {
        best = body + 1;
        k = best;
        continue;
      }
      // `Lord Mayor of Port Louis Mahmad Joomun`: the place a title is of, where a name of two words at least is left
      const place = word === 'of' ? [3, 2, 1].find((n) => m + n <= words.length - 2 && knownPlace(words.slice(m, m + n).join(' ')) !== undefined) : undefined;
      if (place !== undefined) {
        best = m + place;
        k = best;
        continue;
      }
      for (let a = Math.min(words.length - 2, m + 3); a > m; a--) {
        if (TITLE_COMPLEMENTS.has(words[a]!.toLowerCase()) && !TITLE_COMPLEMENTS.has(words[m]!.toLowerCase())) {
          m = a;
          break;
        }
      }
      // `Minister of State for Information Technology Ayesha Durrani`: over every portfolio word.
      const remit = (w: string): boolean => TITLE_COMPLEMENTS.has(w.toLowerCase()) || PORTFOLIOS.has(w.toLowerCase());
      while (m < words.length - 1 && remit(words[m]!)) m++;
      // (`Minister of Public Works and Transport Bounchanh Keomanivong`: over portfolios joined by "and" too, where a name of two
      // words at least is left)
      let joined = m;
      while (joined < words.length - 1 && (remit(words[joined]!) || (['and', ',', '&'].includes(words[joined]!) && PORTFOLIOS.has(words[joined + 1]!.toLowerCase())))) joined++;
      if (joined > m && words.length - joined >= 2) m = joined;
      if (m > k && m < words.length) {
        best = m;
        k = m;
      }
    }
  }
  // `Sheikh Hasina`: a title word before one other word may be part of the name.
  if (best === 1 && words.length === 2 && words[0]!.toLowerCase() === 'sheikh') return 0;
  // The name must remain, and must not itself start with a title word (`General Mark Rutte`).
  while (best > 0 && best < words.length && isHead(words[best]!, false) && !(words[best] === 'Sheikh' && words.length - best === 2)) best++;
  // (nor be the last word of a remit: `State Minister of Foreign Affairs` names no one called Affairs)
  if (words.length - best === 1 && best > 0 && PORTFOLIOS.has(words[best]!.toLowerCase())) return 0;
  return best < words.length ? best : 0;
}

/** The words a body's name may run to after a title's `of` before its head word (`Onitsha Main Market Amalgamated Traders Association`). */
const BODY_REACH = 7;

/**
 * Where a body named after a title's `of` ends, by its capitalised head word (`Committee`, `Association`), the last within
 * reach that leaves a name of two to four capitalised words after it with no head word of its own; -1 when there is none.
 */
export function bodyHeadAt(words: readonly string[], from: number): number {
  for (let a = Math.min(words.length - 3, from + BODY_REACH); a >= from; a--) {
    if (!ORG_HEADS.has(words[a]!.toLowerCase()) || !/^\p{Lu}/u.test(words[a]!) || words.length - a - 1 > 4) continue;
    const name = words.slice(a + 1);
    if (vietnameseName(name) || name.every((w) => /^\p{Lu}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()) && !PORTFOLIOS.has(w.toLowerCase()))) return a;
  }
  return -1;
}

/**
 * How many leading words of a run are honorifics, not name: `Datuk Seri` in `Datuk Seri Roslan Hamid`, `Mr.` in
 * `Mr. Ng`, `Tan Sri Dr.` in `Tan Sri Dr. Noor Hisham`; 0 when none, or when no name would remain. `local`: the story's
 * language's own (StoryWords `honorifics`).
 */
export function honorificLength(words: readonly string[], local: ReadonlySet<string> = ENGLISH_STORY_WORDS.honorifics): number {
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i]!.toLowerCase().replace(/’/g, "'");
    // (the story's language's own, before a given name: French `M. Mohamed Mahmoud Ould Bah`)
    if (local.has(w) && i === 0 && isWorldGivenName(words[1]!)) {
      i++;
      continue;
    }
    if (w === "'" && i > 0 && words[i - 1]!.toLowerCase() === 'dato') i++;
    // (a style of address: `Her Honour Gifty Adzo Gbeku-Mensah`, `His Excellency …`)
    else if (i === 0 && (w === 'his' || w === 'her') && STYLE_NOUNS.has(words[1]!.toLowerCase()) && words.length >= 4) i += 2;
    else if (NAME_HONORIFICS_SECOND.has(w) && i > 0) i++;
    // (`Tan Sri`, `Tun Dr`, and Brunei's `Awang Haji`, `Dayang Hajah`: honorifics only before another)
    else if (NAME_HONORIFICS_FIRST_ONLY.has(w) && i === 0 && (NAME_HONORIFICS_SECOND.has(words[1]!.toLowerCase()) || /^Dr\.?$/.test(words[1]!) || /^haj(?:i|ah|jah)$/i.test(words[1]!))) i++;
    else if (NAME_HONORIFICS.has(w) && !NAME_HONORIFICS_SECOND.has(w) && !NAME_HONORIFICS_FIRST_ONLY.has(w)) i++;
    else if (NAME_HONORIFICS_SINGLE.has(w) && i === 0 && words.length === 2) i++;
    // (`U Kyaw Zeya Min`, `Ma Hnin Wai Phyo`: in title case, before two names at least)
    else if (NAME_HONORIFICS_BEFORE_TWO.has(w) && i === 0 && /^\p{Lu}\p{Ll}*$/u.test(words[i]!) && words.length >= 3 && words.slice(1).every((x) => /^\p{Lu}\p{Ll}/u.test(x))) i++;
    // (`Assoc Prof Dr Lam Hoai Thuong`: an associate professor's rank, abbreviated, before the degree)
    else if (/^assoc\.?$/.test(w) && i === 0 && /^Prof\.?$/.test(words[1]!)) i++;
    // (`Prof Dr Khairil Anwar`, `Dr Ir Bambang`: a degree before another is an honorific wherever it stands)
    else if (isDegree(w) && i === 0 && /^(?:Dr|Prof|Ir|Ing)\.?$/.test(words[1]!)) i++;
    // (`Dr Nattapong` first too: before one name, a later mention of someone named in full)
    // (or before a given name and more: `Dr Maryam bint Khalfan al Rawahi`)
    // (or, in title case, before two names or more in title case: `Dr Salamatu Iddrisu Seidu`, `Dr Nor Azlina binti Haji Abdul Karim`,
    // their particles in lower case: `Dr Khalfan bin Saif al Naabi`, `Dr Khalfan bin Saif al-Naabi`)
    else if (isDegree(w) && (i > 0 || words.length === 2 || isWorldGivenName(words[1]!) || (/^(?:Dr|Prof)\.?$/.test(words[i]!) && words.length - i >= 3 && words.slice(i + 1).every((x) => /^\p{Lu}\p{Ll}/u.test(x) || PATRONYMIC_PARTICLES.has(x) || NAME_PARTICLES.has(x) || /^\p{Ll}{1,3}-\p{Lu}\p{Ll}/u.test(x)) && !NAME_PARTICLES.has(words.at(-1)!)))) i++;
    // `DI Markus Pirker`, `Mag Anna Huber` (Austria): a degree in capitals is `DI` only before a given name (not `Di Maio`)
    else if (/^(?:DI|DDr|Mag|MMag)$/.test(words[i]!) && isWorldGivenName(words[i + 1]!)) i++;
    else break;
  }
  return i < words.length ? i : 0;
}


const ARTICLE = /^(?:the|a|an)$/i;
/** The definite articles of the other languages' copy, before a title: `La ministra de Agricultura, …`, `Il sindaco di Bari, …`. */
const ARTICLE_OTHER_LANGUAGES = /^(?:el|la|los|las|le|les|il|lo|gli|o|os|der|die|das|het)$/i;
/**
 * A preposition and an article in one word, before a title: Spanish `al`, `del`, French `au`, `aux`, `du`, `des`, Portuguese
 * `ao`, `aos`, `do`, `da`, Italian `al`, `allo`, `alla`, `ai`, `agli`, `alle`, `del`, `dello`, `della` (`en présence du ministre de l’Eau, X,`).
 */
const CONTRACTED_ARTICLE = /^(?:al|au|aux|ao|aos|allo|alla|ai|agli|alle|del|du|des|do|da|dello|della)$/i;
/** Those of them that join `of` to the article: `del`, `du`, `des`, `do`, `da`, `dello`, `della`. */
const OF_ARTICLE = /^(?:del|du|des|do|da|dello|della)$/i;
/** Their indefinite articles: `, una pescadora de 58 años,` describes, it gives no title. */
const INDEFINITE_OTHER_LANGUAGES = /^(?:un|una|uno|une|ein|eine|einen|een|um|uma)$/i;
/** A degree before a name, `Dr`, `Prof.`: an honorific, never a title (eval/GOLD.md). */
const DEGREE = /^(?:dr|prof)\.?$/i;
export const isDegree = (word: string): boolean => DEGREE.test(word);
const AGE = /^\d+-year-old$/;
/** Words after a person's noun that say where they work or live: `operator at …`, `vendor in …`. */
const WHERE_WORDS: ReadonlySet<string> = new Set(['at', 'in', 'from', 'with', 'on']);
/** The forms of `be` and `have` that make a clause of a description (`, the man who was there,`). */
const BE_OR_HAVE = /^(?:is|are|was|were|has|have|had|be|been|being)$/i;

const textOf = (paragraph: string, s: Sentence, from: number, to: number): string =>
  paragraph.slice(s.tokens[from]!.start, s.tokens[to - 1]!.end);


/**
 * Where a title printed before token `at` starts, read backwards over modifiers: `Lebanon’s caretaker`, `White House national
 * security`. `strict`: lower-case words only from the modifier and title lists (for a title already found in the run).
 */
export function titleStart(span: Span, at: number, strict = false): number {
  const t = span.sentence.tokens;
  let j = at;
  // (whether the title read so far holds an `and`, kept as it grows leftwards: one pass over its tokens)
  let andAfter = false;
  while (j > 0) {
    if (j < at && t[j]!.text === 'and') andAfter = true;
    const prev = t[j - 1]!;
    const lower = prev.text.toLowerCase();
    // `Malawi Congress Party (MCP) candidate`, `Sri Lanka Cricket (SLC) Chairman of Selectors`: a body's name and the
    // acronym it goes by, before the title it opens, are the title's
    const body = prev.text === ')' ? bodyWithAcronymBefore(t, j - 1) : undefined;
    if (body !== undefined) {
      j = body;
      continue;
    }
    // `Ministry of Health spokesperson Rana Qassim`, `Chamber of Mines of Zambia chief executive`: a body's name over its
    // `of`, before the title it opens; `Forest & Bird regional manager`: over its ampersand
    if (((lower === 'of' && !strict && bodyHeadFrom(t, j - 2)) || prev.text === '&') && j < at && t[j]?.cap && t[j - 2]?.cap) {
      j--;
      continue;
    }
    // `IAU:n puheenjohtaja`, `LKAB:s kommunikationschef`: a body's short name takes its case ending after a colon, no space
    // between them (Finnish, Swedish)
    if (prev.text === ':' && COLON_CASE_ENDINGS.has(t[j]?.text ?? '') && t[j - 2]?.cap && t[j - 2]!.word && t[j - 2]!.end === prev.start && prev.end === t[j]!.start) {
      j -= 2;
      continue;
    }
    // `Perak Tourism, Industry, Investment and Corridor Development Committee chairman`: a list of remits, set apart by commas
    // before its `and`, is the body's name the title opens with
    if (prev.text === ',' && andAfter && t[j]?.cap && t[j - 2]?.cap && t[j - 2]!.word && (PORTFOLIOS.has(t[j - 2]!.text.toLowerCase()) || ORG_HEADS.has(t[j - 2]!.text.toLowerCase()))) {
      j--;
      continue;
    }
    if (!prev.word && prev.text !== '-') break;
    // `AP President and CEO Gary Pruitt`: two capitalised titles joined by "and".
    // (`Manitoba Hydro president and chief executive Jay Grewal`: in lower case too, two heads in the same case)
    if (lower === 'and' && (strict ? t[j - 2]?.cap : t[j - 2]?.cap === false && t[j]?.cap === false && j < at) && isHead(t[j - 2]!.text, false)) {
      j--;
      continue;
    }
    // `Transport and Logistics Minister`, `public utilities and environment committee chairman`: remits joined by "and",
    // in the same case on both sides of it (in a run, the remit after it opens the run: `Fisheries and [Livestock Secretary …]`)
    if (lower === 'and' && (j < at || strict) && t[j - 2]?.word === true && PORTFOLIOS.has(t[j - 2]!.text.toLowerCase()) && t[j - 2]!.cap === t[j]!.cap && t[j]!.word) {
      j--;
      continue;
    }
    if (TITLE_STOPS.has(lower) || ARTICLE_OTHER_LANGUAGES.test(lower) || SPEECH_VERBS.has(lower) || (prev.initial && SENTENCE_STARTERS.has(lower) && !prev.possessive && !TITLE_MODIFIERS.has(lower))) break;
    if (!prev.cap && !TITLE_MODIFIERS.has(lower) && !PORTFOLIOS.has(lower) && (lower.endsWith('ly') || lower.endsWith('ed') || lower.endsWith('ing'))) break;
    if (strict && !prev.cap && !TITLE_MODIFIERS.has(lower) && !isHead(lower, false)) break;
    // (nor a job in lower case before a capitalised title: `his fellow Labour MP John Smith`)
    if (strict && !prev.cap && OCCUPATIONS.has(lower) && !TITLE_HEADS.has(lower) && t[j]?.cap === true) break;
    j--;
  }
  return j;
}

/**
 * Whether the capitalised words ending at token `k` (over the small words between them) name a body: one of them is an
 * organisation's head word (`Chamber` in `Chamber of Mines`). Bounded by a run's length.
 */
function bodyHeadFrom(t: readonly Token[], k: number): boolean {
  for (let m = k; m >= 0 && k - m < MAX_RUN_WORDS; m--) {
    const tok = t[m]!;
    if (tok.cap && (ORG_HEADS.has(tok.text.toLowerCase()) || CIVIC_BODY_HEADS.has(tok.text.toLowerCase()))) return true;
    if (!tok.cap && !BODY_NAME_JOINS.has(tok.text.toLowerCase())) return false;
  }
  return false;
}

/** Small words inside a body's name: `Federation of Pakistan Chambers of Commerce and Industry`, `Malaysian Association for the Prevention of …`. */
const BODY_NAME_JOINS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'de', 'del', 'la', 'des', 'du']);
/** An acronym in brackets: two to nine letters, the first a capital (digits and `&` after it: `MCP`, `PiS`, `Suhakam`). */
const BRACKETED_ACRONYM = /^\p{Lu}[\p{L}\d&]{1,8}$/u;

/**
 * Where the body's name starts whose acronym in brackets closes at token `close` (`)`): its capitalised words and the
 * small words between them, back to the first capitalised one; undefined when no such name is there.
 */
function bodyWithAcronymBefore(t: readonly Token[], close: number): number | undefined {
  if (!BRACKETED_ACRONYM.test(t[close - 1]?.text ?? '') || t[close - 2]?.text !== '(' || t[close - 3]?.cap !== true) return undefined;
  const joins = (token: Token | undefined): boolean => token !== undefined && (BODY_NAME_JOINS.has(token.text.toLowerCase()) || token.text === "'" || token.text === '’');
  let k = close - 3;
  // (over the small words between its capitalised ones, and a possessive's apostrophe: `Pakistan Banks' Association`; no
  // further than a body's longest name, so that a sentence of such bodies is read in linear time)
  for (;;) {
    let m = k;
    while (m > 0 && joins(t[m - 1])) m--;
    // (not the word a sentence opens with: `But Copperbelt Local Suppliers Association (CLSA) president`)
    const opener = t[m - 1];
    if (m > 0 && opener!.cap && !(opener!.initial && SENTENCE_STARTERS.has(opener!.text.toLowerCase())) && close - 3 - (m - 1) < MAX_RUN_WORDS) k = m - 1;
    else break;
  }
  return k;
}

/** A lower-case title right before a name: `spokesman John Kirby`, `lawmaker Park Sun-won`, `North Korean leader Kim Jong Un`. */
export function titleBefore(paragraph: string, span: Span): string | null {
  const t = span.sentence.tokens;
  // (`l’architecte italien Renzo Piano`, `el presidente estadounidense …`: a nationality after the head, as Romance languages print it)
  // (or another adjective of the head's, up to two: `l’assessore regionale Elisa Bortoluzzi`, `el director general adjunto …`)
  const afterHead = (k: number): boolean => t[k] !== undefined && (NATIONALITY_AFTER_HEAD.test(t[k]!.text) || TITLE_ADJECTIVES_AFTER_HEAD.has(t[k]!.text)) && !isHead(t[k]!.text, false);
  const national = afterHead(span.from - 1) ? (afterHead(span.from - 2) ? 2 : 1) : 0;
  const head = t[span.from - 1 - national];
  // (a degree in lower case before the name is no title's head, as Hungarian and Romanian copy print it: `dr. Varga Tamás`, eval/GOLD.md)
  // (a head opening the sentence is capitalised for that alone, when an adjective of its stands between: `Wojewoda dolnośląski Piotr Kurzawa zwołał …`)
  const opening = head !== undefined && national > 0 && span.from - 1 - national === 0;
  if (!head || !head.word || (head.cap && !elidedArticle(head.text) && !opening) || !isHead(opening ? head.text.toLowerCase() : head.text, false) || isDegree(head.text)) return null;
  const otherLanguage = TITLE_HEADS_OTHER_LANGUAGES.has(head.text);
  // `předseda Svazu chovatelů ovcí a koz Petr Kučera`: one word and its lower-case sequel are the head's complement, not a name
  // and so is one word before a comma and a name (`a declarat ministrul Agriculturii, Florin Bărbulescu`)
  const next = t[span.to];
  if (otherLanguage && span.to - span.from === 1 && next !== undefined && ((next.word && !next.cap) || (next.text === ',' && t[span.to + 1]?.cap === true && t[span.to + 2]?.cap === true))) return null;
  // (a head in another language takes only its modifiers: `сообщил журналистам вице-мэр` is who said what to whom)
  // (`27-year-old deckhand Tyler Brandt`: the age is no part of the title)
  // (a head behind its elided article opens the title: `par l’architecte …`)
  const at = span.from - 1 - national;
  const elided = elidedArticle(head.text);
  const title = textOf(paragraph, span.sentence, elided ? at : titleStart(span, at, otherLanguage), span.from).replace(/^(?:\d+)?-?year-old\s+/, '');
  return elided ? title.slice(2) : title;
}
/**
 * A capitalised title and the letters it goes by in brackets, right before a name: `Solan Deputy Commissioner (DC) Meenakshi
 * Rana`, `Superintendent of Police (SP) Rakesh Thakur`; the title with its letters (the scorer compares it without them).
 */
export function titleWithAcronymBefore(paragraph: string, span: Span): string | null {
  const t = span.sentence.tokens;
  const close = span.from - 1;
  if (t[close]?.text !== ')' || t[close - 2]?.text !== '(' || !/^\p{Lu}{2,6}$/u.test(t[close - 1]?.text ?? '') || t[close - 3]?.cap !== true) return null;
  let start = close - 3;
  while (start > 0 && start > close - 3 - MAX_TITLE_AFTER_ARTICLE && ((t[start - 1]!.cap && t[start - 1]!.word) || (OF_WORDS.has(t[start - 1]!.text) && t[start - 2]?.cap === true))) start--;
  // (not the article a sentence opens with: `The Superintendent …`)
  while (start < close - 3 && ARTICLE.test(t[start]!.text)) start++;
  // (a head among its words, not a rank alone: `Col (PA) Norhisham Yaacob` is a rank and its corps, honorifics)
  if (!t.slice(start, close - 2).some((tok) => tok.word && TITLE_HEADS.has(tok.text.toLowerCase()) && !RANKS.has(tok.text.toLowerCase()))) return null;
  return textOf(paragraph, span.sentence, start, close + 1);
}

/** A nationality in lower case after its noun, in the Romance languages' forms: `italien`, `française`, `estadounidense`, `italiano`, `brasileira`. */
// (and the Slavic adjectives of place: `wojewoda dolnośląski`, `hejtman jihočeský`)
const NATIONALITY_AFTER_HEAD = /^\p{Ll}{3,}(?:ien|ienne|ais|aise|ois|oise|ain|aine|ano|ana|ino|ina|ese|és|esa|ês|eño|eña|ense|eiro|eira|ski|cki|ska|cka|ský|cký|ská|cká)$/u;

/** The singular of a plural title head (`officials`, `MPs`, `secretaries`, `policemen`), or null when the word is no plural of a head. */
export function singularHead(word: string): string | null {
  const acronym = /^(\p{Lu}{2,})s$/u.exec(word);
  if (acronym) return isHead(acronym[1]!, false) ? acronym[1]! : null;
  // (an abbreviated title in the plural: `Couns.` → `Coun.`, `Reps.` → `Rep.`)
  const abbreviated = /^(\p{Lu}\p{Ll}+)s\.$/u.exec(word);
  if (abbreviated) return [TITLE_HEADS, ABBREVIATED_RANKS].some((list) => list.has(`${abbreviated[1]!.toLowerCase()}.`)) ? `${abbreviated[1]!}.` : null;
  // (`Supervisors Marguerite Delacroix-Huang and …`: capitalised in a run, the singular keeps its capital)
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) {
    // (an English head only: `Sindicato de Trabajadores`, `Associação dos Pescadores` name bodies)
    const singular = singularHead(word.toLowerCase());
    // (or an abbreviated one written without a point: `Crs` → `Cr`, `Cllrs` → `Cllr`)
    const bare = /^(\p{Lu}\p{Ll}+)s$/u.exec(word)?.[1]?.toLowerCase();
    if (bare !== undefined && ABBREVIATED_RANKS.has(bare)) return word.slice(0, -1);
    return singular === null || !(TITLE_HEADS.has(singular) || OCCUPATIONS.has(singular)) ? null : word[0]! + singular.slice(1);
  }
  if (word !== word.toLowerCase()) return null;
  const forms = word.endsWith('men') ? [word.replace(/men$/, 'man')] : word.endsWith('ies') ? [word.replace(/ies$/, 'y')] : word.endsWith('s') ? [word.slice(0, -1), word.replace(/es$/, '')] : [];
  return forms.find((f) => f.length > 2 && f !== word && isHead(f, false)) ?? null;
}

/** Names a list may hold before this one: how far back its first name starts, past `A, B and`, or `from` when the name opens no list. */
function listStart(t: readonly Token[], from: number): number {
  let k = from;
  for (let names = 0; names < 8; names++) {
    const sep = t[k - 1];
    if (sep === undefined || (sep.text !== ',' && sep.text !== 'and') || !t[k - 2]?.cap || !t[k - 2]!.word) break;
    let j = k - 2;
    while (j > 0 && t[j - 1]!.cap && t[j - 1]!.word && k - j < 5 && singularHead(t[j - 1]!.text) === null) j--;
    // (a list's name is two words at least: `Senad Alić`, not the `Kato,` of `Uganda, Kato`)
    if (k - 1 - j < 2) break;
    k = j;
  }
  return k;
}

/**
 * `Opposition MPs Juma Kato, Aisha Nabirye and Peter Okello`, `municipal officials A, B and C`: a plural title before a list of names
 * is each name's title, in the singular (eval/GOLD.md); null when the name stands in no such list.
 */
export function titleOfList(paragraph: string, span: Span): string | null {
  const t = span.sentence.tokens;
  const first = listStart(t, span.from);
  // (a list: this name after another, or before one; `les premiers Jeux` is no list)
  if (first === span.from && !([',', 'and'].includes(t[span.to]?.text ?? '') && t[span.to + 1]?.cap === true)) return null;
  const head = t[first - 1];
  if (head === undefined || !head.word) return null;
  const singular = singularHead(head.text);
  if (singular === null) return null;
  const plural = textOf(paragraph, span.sentence, titleStart({ ...span, from: first }, first - 1), first);
  return plural.slice(0, plural.length - head.text.length) + singular;
}

/** Whom a verb of saying at `k` says it to, before the speaker's article, as tokens to step over: `detto al Corriere il sindaco`, `dijo a EFE el director`. */
const toldWhom = (t: readonly Token[], k: number): number =>
  RECIPIENT_PREPOSITIONS.has(t[k + 1]?.text.toLowerCase() ?? '') && t[k + 2]?.cap === true && (ARTICLE.test(t[k + 3]?.text ?? '') || ARTICLE_OTHER_LANGUAGES.test(t[k + 3]?.text ?? '')) ? 2 : 0;

/** `The head of …, Kyrylo Budanov,` / `A spokesman for …, Jonas Adebayo-Richter, said`. */
export function titleInAppositiveBefore(paragraph: string, span: Span): string | null {
  const t = span.sentence.tokens;
  // (`Der Bürgermeister von Deutschlandsberg, Ing. Anton Stelzl,`: past the honorifics that open the name)
  if (span.from > 1 && t[span.from - 2]!.text === ',' && NAME_HONORIFICS.has(t[span.from - 1]!.text.toLowerCase())) {
    return titleInAppositiveBefore(paragraph, { ...span, from: span.from - 1 });
  }
  if (t[span.from - 1]?.text !== ',') return null;
  // The phrase starts at the sentence start or after a comma, with an article and a title head soon after.
  const phraseStart = (from: number): number => {
    let k = from;
    while (k >= 0 && t[k]!.text !== ',' && !(t[k]!.text === '“' || t[k]!.text === '"')) k--;
    return k + 1;
  };
  let start = phraseStart(span.from - 2);
  // (a phrase listed after another: `…, and Somalia’s Minister of Ports and Marine Transport, Abdirahman Yusuf Hirsi,`)
  if (t[start]?.text === 'and' && start < span.from - 3) start++;
  // (`The Minister of Environment, Solid Waste Management and Climate Change, Yashwant …,`: past the commas of a title's
  // remits listed up to their `and`)
  // (and in the Romance languages, each remit after its `de`: `La ministre de l'Éducation, de la Culture et de la Formation, X,`)
  const remitAt = (k: number): boolean => t[k]?.cap === true || (ROMANCE_OF_WORDS.has(t[k]?.text.toLowerCase() ?? '') && (t[k + 1]?.cap === true || ((ROLE_ARTICLES.has(t[k + 1]?.text.toLowerCase() ?? '') || /^l['’]$/i.test(t[k + 1]?.text ?? '')) && t[k + 2]?.cap === true)));
  const listClosed = t.slice(start, span.from - 1).some((tok, k, all) => (tok.text === 'and' && all[k + 1]?.cap === true) || (AND_WORDS.has(tok.text) && remitAt(start + k + 1)));
  for (let items = 0; listClosed && items < 6 && start >= 2 && t[start - 1]!.text === ',' && t[start - 2]!.cap && remitAt(start); items++) start = phraseStart(start - 2);
  // (a phrase set off after someone's age is theirs: `Jaypeetee Kunuk, 71, a hunter from Pond Inlet, Leah Inuarak,`)
  if (t[start - 1]?.text === ',' && /^\d{1,3}$/.test(t[start - 2]?.text ?? '') && t[start - 3]?.text === ',' && ARTICLE.test(t[start]?.text ?? '')) return null;
  // (the name may carry its party's letters: `l'échevine des Finances, Nathalie Hubaux (PS),`)
  const closing = t[span.to]?.text === '(' && t[span.to + 2]?.text === ')' ? t[span.to + 3] : t[span.to];
  if (closing?.text !== ',') {
    // (or the name ends the sentence after a verb of saying and a phrase with its article: `», a reconnu le directeur
    // général de la SOFITEX, Wendpouiré Compaoré.`), the phrase from that article
    if (!(closing === undefined || closing.text === '.')) return null;
    let said = start;
    // (or a possessive: `», indique sa porte-parole, Franziska Ammann.`)
    while (said < span.from - 3 && !(t[said]!.word && !t[said]!.cap && SPEECH_VERBS.has(t[said]!.text.toLowerCase()) && (ARTICLE.test(t[said + 1]!.text) || ARTICLE_OTHER_LANGUAGES.test(t[said + 1]!.text) || POSSESSIVE_DETERMINERS_OTHER_LANGUAGES.has(t[said + 1]!.text.toLowerCase()) || toldWhom(t, said) > 0))) said++;
    if (said >= span.from - 3) return null;
    start = said + 1 + toldWhom(t, said);
  }
  // (`…”, said the ministry's spokeswoman, Ana Lobo, …`: the phrase from the article after a verb of saying, a few words, not
  // the verb)
  // (`a annoncé jeudi la rectrice, Isabelle …`: past a word or two between the verb and the article; or past whom it was
  // told, `ha detto al Corriere il sindaco di Cortina, Matteo …`, `dijo a EFE el director de …, X`)
  for (let k = span.from - 3; k > start && span.from - 2 - k <= 10; k--) {
    if (!t[k]!.word || t[k]!.cap || !SPEECH_VERBS.has(t[k]!.text.toLowerCase())) continue;
    const told = toldWhom(t, k);
    if (span.from - 2 - k > 8 + told) continue;
    // (`a` of `dijo a EFE` is Spanish `to`, not the English article: the search starts past whom it was told)
    let article = k + 1 + told;
    while (article < k + 3 + told && article < span.from - 2 && t[article]!.word && !t[article]!.cap && !ARTICLE.test(t[article]!.text) && !ARTICLE_OTHER_LANGUAGES.test(t[article]!.text)) article++;
    if (ARTICLE.test(t[article]!.text) || ARTICLE_OTHER_LANGUAGES.test(t[article]!.text)) start = article;
    break;
  }
  // `The head of …,` / `Its president,` / `Punjab’s agriculture secretary,`
  // `Al Jazeera’s Jerusalem bureau chief, Walid al-Omari,`: a name in the possessive may take several words.
  let owner = start;
  while (owner < span.from - 2 && t[owner]!.cap && !t[owner]!.possessive) owner++;
  const opener = t[start];
  if (!opener || span.from - 1 - start < 1) return null;
  // (`l'échevine des Finances, Nathalie Hubaux,`, `L'ancien trésorier …`: an elided article joined to the title's first word)
  const elided = /^[lL]['’](\p{Ll}[\p{L}-]*)$/u.exec(opener.text);
  if (elided && span.from - 1 - start <= 8 && (isHead(elided[1]!, false) || (t[start + 1] !== undefined && start + 1 < span.from - 1 && isHead(t[start + 1]!.text, false)))) {
    return textOf(paragraph, span.sentence, start, span.from - 1).replace(/^[lL]['’]/, '');
  }
  const determiner = ARTICLE.test(opener.text) || ARTICLE_OTHER_LANGUAGES.test(opener.text) || /^(?:its|his|her|their|our|another|one)$/i.test(opener.text) || POSSESSIVE_DETERMINERS_OTHER_LANGUAGES.has(opener.text.toLowerCase());
  // `Waziri wa Kilimo, Juma Hassan,`, `Ministro da Saúde, …`: a sentence that opens with a title head and its complement
  // (of up to eight words: `Member of Parliament for St James Central, Dr Horace Bramwell-Pinnock,`).
  // (or with the acronym of the body the title serves: `UNICEF Representative in Lesotho, Dr. Aïssatou Ndiaye-Kane,`)
  const opensWithHead = isHead(opener.text, false) || TITLE_HEADS_OTHER_LANGUAGES.has(opener.text.toLowerCase()) || (/^\p{Lu}{2,6}$/u.test(opener.text) && TITLE_HEADS.has(t[start + 1]?.text.toLowerCase() ?? ''));
  // (its body's acronym in brackets may close it: `President of the Rubber Planters Association of Liberia (RPAL), Jallah K. Kollie,`)
  const bracketed = t[span.from - 2]?.text === ')' && t[span.from - 4]?.text === '(' && /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u.test(t[span.from - 3]?.text ?? '') ? 3 : 0;
  if (!determiner && start === 0 && span.to - span.from >= 2 && span.from - 1 - bracketed - start <= 8 && opensWithHead && t.slice(start + 1, span.from - 1 - bracketed).every((tok) => tok.word || tok.text === '-')) {
    return textOf(paragraph, span.sentence, start, span.from - 1);
  }
  if (!determiner && !(t[owner]!.possessive && t[owner]!.cap)) {
    // `… to regain their best defender, Eric Berry,`: a short noun phrase ending in a title head before the comma.
    const headTok = t[span.from - 2];
    if (!headTok || !headTok.word || headTok.cap || !isHead(headTok.text, false)) return titleAfterArticle(paragraph, span, start);
    for (let d = span.from - 3; d >= Math.max(start, span.from - 6); d--) {
      if (/^(?:the|a|an|its|his|her|their|our)$/.test(t[d]!.text)) return textOf(paragraph, span.sentence, d + 1, span.from - 1);
      if (!t[d]!.word || t[d]!.cap) break;
    }
    return null;
  }
  if (!determiner) {
    for (let k = start + 1; k < span.from - 1; k++) if (isHead(t[k]!.text, false)) return textOf(paragraph, span.sentence, afterArticle(t, start, k) ?? start, span.from - 1);
    return null;
  }
  // `The Kurdistan Regional Government’s natural resources minister, Hemin Barzinji,`: past a name in the possessive.
  let after = start + 1;
  if (t[after]?.cap) {
    let p = after;
    while (p < span.from - 2 && t[p]!.cap && !t[p]!.possessive) p++;
    if (t[p]?.cap && t[p]!.possessive) after = p + 1;
  }
  for (let k = start + 1; k < Math.min(after + 3, span.from - 1); k++) {
    if (isHead(t[k]!.text, false)) return textOf(paragraph, span.sentence, afterArticle(t, start, k) ?? start + 1, span.from - 1);
  }
  // `The Anambra State Police Command spokesperson, SP …,`: a body's name of several words, then the head in lower case
  const head = t[span.from - 2];
  if (head !== undefined && head.word && !head.cap && isHead(head.text, false) && span.from - 2 - (start + 1) <= MAX_TITLE_AFTER_ARTICLE && t.slice(start + 1, span.from - 2).every((tok) => tok.word && tok.cap)) {
    return textOf(paragraph, span.sentence, start + 1, span.from - 1);
  }
  return titleAfterArticle(paragraph, span, start);
}

/** Words an appositive title may run over after its article: `the Minister for Tourism`, `the tourism minister`. */
const MAX_TITLE_AFTER_ARTICLE = 7;

/**
 * A title set off before a name, after the nearest article before the comma whose words hold a head, in English or
 * the agencies' languages: `The decision was announced by the Minister for Tourism, Jean-François Payet-Morel,` →
 * `Minister for Tourism`; `le PDG de la CPG, Mourad Ben Hassine` → `PDG de la CPG`. Its head within its first three
 * words, nothing but words (and hyphens) up to the comma.
 */
function titleAfterArticle(paragraph: string, span: Span, start: number): string | null {
  const t = span.sentence.tokens;
  const end = span.from - 1;
  // (a name of two words or more, no conjunction in it: not the next remit of a list, `el ministro de Vivienda,
  // Construcción y Saneamiento,`, `el consejero de Agricultura, Pesca, …`)
  if (span.to - span.from < 2 || t.slice(span.from, span.to).some((tok) => tok.word && !tok.cap)) return null;
  // (the nearest article whose words hold a head: `le PDG de la CPG`, not `la CPG`; or an article joined to its preposition,
  // `y al alcalde de Galdakao,`)
  // (a list of remits, set apart by commas, capitalised, the title's too, each comma giving five more words of reach: `la
  // diputada foral de Transportes, Movilidad y Cohesión del Territorio,`)
  // (so does each remit joined by `and`, four words more: `du ministre de l’Eau et de l’Energie,`)
  // (its body's letters in brackets may close it: `la directrice générale de la Cameroon Water Utilities Corporation (Camwater),`)
  const beforeLetters = t[end - 1]?.text === ')' && t[end - 3]?.text === '(' && /^\p{Lu}[\p{L}&-]{1,9}$/u.test(t[end - 2]?.text ?? '') ? end - 3 : end;
  // (and a body's name of capitalised words counts for one, up to six more: `de la Cameroon Water Utilities Corporation`)
  let commas = 0;
  let ands = 0;
  let named = 0;
  for (let article = end - 2; article >= Math.max(start, end - MAX_TITLE_AFTER_ARTICLE - 5 * commas - 4 * ands - named - (end - beforeLetters)); article--) {
    if (t[article]!.text === ',' && t[article + 1]?.cap === true) commas++;
    if (t[article]!.cap && t[article]!.word && t[article + 1]?.cap === true && named < 6) named++;
    if (AND_WORDS.has(t[article]!.text) && t.slice(article + 1, article + 4).some((tok) => tok.cap)) ands++;
    if (!ARTICLE.test(t[article]!.text) && !ARTICLE_OTHER_LANGUAGES.test(t[article]!.text) && !CONTRACTED_ARTICLE.test(t[article]!.text)) continue;
    if (!t.slice(article + 1, beforeLetters).every((tok, n, all) => tok.word || tok.text === '-' || (tok.text === ',' && all[n + 1]?.cap === true))) return null;
    // (after an article joined to `of`, the head in lower case or a body's letters, `du PDG`: not a place's name, `du Centre`;
    // nor the noun that completes a head before it, `el asesor del ministro, X,` is the adviser, read from the outer article)
    const genitive = OF_ARTICLE.test(t[article]!.text);
    if (genitive && t[article - 1] !== undefined && t[article - 1]!.word && !t[article - 1]!.cap && isHead(t[article - 1]!.text, false)) continue;
    for (let k = article + 1; k < Math.min(article + 4, end); k++) if (isHead(t[k]!.text, false) && (!genitive || !t[k]!.cap || /^\p{Lu}{2,}$/u.test(t[k]!.text))) return textOf(paragraph, span.sentence, article + 1, end);
  }
  return null;
}

/**
 * Where a title starts after the last article between a phrase's first word and its head: `…, a précisé la préfète du
 * Gard, Hélène Marchand,` (the French `a` is no article), `…, déclaré le directeur général, …`; undefined when none.
 */
function afterArticle(t: readonly Token[], start: number, head: number): number | undefined {
  for (let k = head - 1; k > start; k--) if (ARTICLE.test(t[k]!.text) || ARTICLE_OTHER_LANGUAGES.test(t[k]!.text) || POSSESSIVE_DETERMINERS_OTHER_LANGUAGES.has(t[k]!.text.toLowerCase())) return k + 1;
  return undefined;
}

/** What follows a name after a comma: `, a shipping analyst at a Tokyo brokerage,` → the title; `, 41,` → an age. */
export function appositiveAfter(paragraph: string, span: Span): { title: string | null; age: boolean } | null {
  const t = span.sentence.tokens;
  if (t[span.to]?.text !== ',') return null;
  let i = span.to + 1;
  if (/^\d{1,3}$/.test(t[i]?.text ?? '') && (t[i + 1]?.text === ',' || t[i + 1]?.text === '.' || t[i + 1] === undefined)) {
    // `Ryu Ji-hoon, 29, a subcontracted welder who …`: the title follows the age.
    const after = t[i + 1]?.text === ',' && ARTICLE.test(t[i + 2]?.text ?? '') ? appositiveAfter(paragraph, { ...span, to: i + 1 }) : null;
    return { title: after?.title ?? null, age: true };
  }
  const hasArticle = ARTICLE.test(t[i]?.text ?? '') || (t[i]?.possessive === true && t[i]?.cap === false);
  if (ARTICLE.test(t[i]?.text ?? '')) i++;
  // `a 29-year-old bartender`: the age is not the title.
  const aged = /^\d+$/.test(t[i]?.text ?? '') && t[i + 1]?.text === '-' && AGE.test(`0-${t[i + 2]?.text ?? ''}`);
  if (aged) i += 3;
  const start = i;
  let end = i;
  let head = false;
  let bracketed = 0;
  while (end < t.length) {
    const tok = t[end]!;
    // (a body's acronym in brackets stays with its name: `researcher at the National Autonomous University of Mexico (UNAM)
    // Institute of Engineering`, `a Law and Justice (PiS) MP`)
    // (where the title goes on after it with more of the body's name or its setting, not with where it stands: `… University of
    // Lesotho (NUL) in Roma` ends at the body's name; an envoy's post is where they serve: `representative of the … (FAO) in Iraq`)
    const onward = t[end + 3];
    if (tok.text === '(' && end > start && t[end - 1]!.cap && BRACKETED_ACRONYM.test(t[end + 1]?.text ?? '') && t[end + 2]?.text === ')'
      && onward !== undefined && onward.word && !CLAUSE_WORDS.has(onward.text)
      && (onward.text !== 'in' || t.slice(start, end).some((w) => ENVOY_HEADS.has(w.text.toLowerCase())))) {
      end += 3;
      bracketed += 3;
      continue;
    }
    // (a head's remits listed up to their "and": `, Minister of Agriculture, Forestry and Fisheries, said`)
    const listed = tok.text === ',' && head ? remitListEnd(t, start, end) : undefined;
    if (listed !== undefined) {
      end = listed;
      break;
    }
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || tok.text === '”' || tok.text === '"' || tok.text === '—' || tok.text === '(') break;
    if (tok.word && !tok.cap && CLAUSE_WORDS.has(tok.text) && end > start && !(tok.text === 'and' && t[end + 1]?.cap)) break;
    // `analyst at Counterpoint Research in Taipei`, `father of four from the town of Khiam`, `nurse from Thrissur`: where, not what.
    if (tok.text === 'from' && end > start) break;
    // `a Christian rights activist based in Texas`: where, not what.
    if (tok.text === 'based' && end > start + 1) break;
    // (an envoy's post is where they serve: `, WHO Representative in Iraq,`)
    if (tok.text === 'in' && t[end - 1]?.cap && t[end + 1]?.cap && !ENVOY_HEADS.has(t[end - 1]!.text.toLowerCase())) break;
    if (tok.word && isHead(tok.text, false) && end - start - bracketed < 6) head = true;
    end++;
  }
  // `, a waiter who has worked …`, `, a 52-year-old seamstress`: a short noun phrase with an article, then "who", or
  // after an age, describes a person whatever the noun; `, the woman who …` too, though it gives no title.
  // So does one set off by commas before a verb of saying, up to its first preposition: `, the harbour master of Tromsø, said`.
  const beforeSaying = t[end]?.text === ',' && t[end + 1]?.word === true && !t[end + 1]!.cap && SPEECH_VERBS.has(t[end + 1]!.text.toLowerCase());
  // (a noun phrase opening with a lower-case word and holding no verb: not `, the man who was there,`, `, the one they had hired,`)
  const opening = end > start ? t[start]! : undefined;
  const nounPhrase = opening !== undefined && opening.word && !opening.cap && !CLAUSE_WORDS.has(opening.text) && !TITLE_STOPS.has(opening.text.toLowerCase())
    && t.slice(start, end).every((tok) => !SPEECH_VERBS.has(tok.text.toLowerCase()) && !BE_OR_HAVE.test(tok.text));
  // (after a name of two words at least that opens with a given name: not a place, `in Inwa, the old capital, said …`,
  // nor a company, `Seoul Metro, the operator of …, said`)
  if (!head && hasArticle && beforeSaying && nounPhrase && end - start <= 8 && span.to - span.from >= 2 && isWorldGivenName(t[span.from]!.text)) {
    if (end - start === 1 && GENERIC_PERSON_NOUNS.has(t[start]!.text.toLowerCase())) return { title: null, age: aged };
    head = true;
  }
  // (after an age, the noun up to where the person works: `, a 32-year-old sewing operator at Turag Knit Composite,`)
  if (!head && aged) {
    const at = t.slice(start, end).findIndex((tok) => WHERE_WORDS.has(tok.text));
    if (at >= 1) end = start + at;
  }
  if (!head && hasArticle && (t[end]?.text === 'who' || aged) && end - start >= 1 && end - start <= 4 && t.slice(start, end).every((tok) => tok.word && (!tok.cap || end - start > 1) && !TITLE_STOPS.has(tok.text.toLowerCase()))) {
    if (GENERIC_PERSON_NOUNS.has(t[end - 1]!.text.toLowerCase())) return { title: null, age: aged };
    head = true;
  }
  if (!head || end === start) return null;
  // `… près d'Alès, a précisé la préfète du Gard, Hélène Marchand,`: a title between two commas before a name is that name's
  if (t[end]?.text === ',' && t[end + 1]?.cap === true && t[end + 1]!.word && t.slice(end + 1).findIndex((tok) => !tok.cap) > 1) return null;
  // An appositive without an article is a title only if no one speaks in it (`, Prime Minister Abiy Ahmed said`).
  if (!hasArticle && t.slice(start, end).some((tok) => tok.word && !tok.cap && SPEECH_VERBS.has(tok.text.toLowerCase()))) return null;
  // Without an article only a title right away counts: `, chief executive of Harrowgate,` — not `, Ukraine,`.
  // (or, set off before a verb of saying, after a lower-case word of its own: `, paramount chief of Kholifa Rowala, told`)
  const opensTitle = t[start]!.cap || isHead(t[start]!.text, false) || TITLE_MODIFIERS.has(t[start]!.text.toLowerCase()) || (beforeSaying && nounPhrase && !INDEFINITE_OTHER_LANGUAGES.test(t[start]!.text));
  let h = [0, 1, 2, 3].map((k) => start + k).find((k) => k < end && isHead(t[k]!.text, false));
  if (!hasArticle && (h === undefined || !opensTitle)) return null;
  // (nor a head with a name right after it, running on to the sentence's end: `In Picton, Nelson retiree Graham Tuhiwai had spent the
  // night …` is a clause about someone else)
  while (h !== undefined && h + 1 < end && isHead(t[h + 1]!.text, false)) h++;
  const clause = h !== undefined && t[h + 1]?.cap === true && t[h + 2]?.cap === true && t[h + 3]?.word === true && !t[h + 3]!.cap && !OF_WORDS.has(t[h + 3]!.text);
  if (!hasArticle && t[end]?.text !== ',' && clause) return null;
  // (nor a head and a name of two words or more closing it: `in Zambézia, engineer Célia Nhantumbo, said` names another
  // person, whom the title is of)
  if (!hasArticle && h !== undefined && end - (h + 1) >= 2 && t.slice(h + 1, end).every((tok) => tok.word && tok.cap)) return null;
  // (`agriculteur de 58 ans`, `vecina de Desamparados de 67 años`: the age is no part of the title)
  const printed = textOf(paragraph, span.sentence, start, end);
  const title = printed.replace(AGE_TAIL, '');
  return { title, age: title !== printed };
}

/**
 * Where a list of a title's remits ends that goes on past the comma at token `comma`: `Minister of Commerce, Industry and
 * Investment Promotion` — the title so far names a remit after `of` or `for`, and after the comma come capitalised remits,
 * separated by commas, the last after "and", then the appositive's end. Undefined when no such list is there.
 */
function remitListEnd(t: readonly Token[], start: number, comma: number): number | undefined {
  const opened = t.slice(start, comma).some((tok) => tok.text === 'of' || tok.text === 'for');
  if (!opened || !PORTFOLIOS.has(t[comma - 1]!.text.toLowerCase())) return undefined;
  let k = comma + 1;
  // (each remit a few words at most: a list stays linear in the sentence, however long its runs)
  const remitEnd = (from: number): number => {
    let m = from;
    while (m - from < MAX_RUN_WORDS && t[m]?.cap && t[m]!.word) m++;
    return m;
  };
  for (let items = 0; items < 6; items++) {
    // (a remit, not a name: `, Minister of Commerce, Ahmed Al Said, said` names the minister)
    if (!t[k]?.cap || !t[k]!.word || isWorldGivenName(t[k]!.text)) return undefined;
    k = remitEnd(k);
    if (t[k]?.text === ',' && t[k + 1]?.cap) k++;
    else if (t[k]?.text === 'and' && t[k + 1]?.cap && t[k + 1]!.word) {
      k = remitEnd(k + 1);
      const next = t[k];
      return next === undefined || next.text === ',' || next.text === '.' || next.text === ';' ? k : undefined;
    } else return undefined;
  }
  return undefined;
}

/** An age closing an apposition in the Romance languages: `de 58 ans`, `de 67 años`, `di 40 anni`, `de 52 anos`. */
const AGE_TAIL = /,?\s+(?:de|di|d')\s*\d{1,3}\s+(?:ans|años|anos|anni)$/u;
