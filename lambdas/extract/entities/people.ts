/**
 * People found in a story, and their short references (CONTRACT.md §1 `people`): `Lloyd Austin` is
 * `Austin` later; a Korean or Chinese name is written family name first, so `Cho Tae-yong` is `Cho`
 * and `Lee Seong Kweun` is `Lee`; `Kim Jong Un` is `Kim`.
 */

import {
  ABBREVIATED_RANKS, AMBIGUOUS_TITLE_HEADS, POSSESSIVE_DETERMINERS_OTHER_LANGUAGES, VIETNAMESE_MIDDLE_NAMES, FAMILY_FIRST, FAMILY_NAME_ENDINGS, GIVEN_NAMES, HONORIFICS, isHyphenatedTitle, NAME_HONORIFICS, NAME_HONORIFICS_FIRST_ONLY, NAME_HONORIFICS_SECOND, NAME_PARTICLES, OCCUPATIONS, PATRONYMIC_SUFFIXES, PORTFOLIOS, TITLE_HEADS, TITLE_HEADS_OTHER_LANGUAGES,
} from './lexicon.ts';

import WORLD_GIVEN_NAMES from '../data/given-names.json' with { type: 'json' };
import { knownAgency } from './gazetteer.ts';

/** A person's gender as their given name tells it, for `he` and `she`; null when it tells none. */
export type Gender = 'f' | 'm' | null;

/**
 * Given names of many countries (faker's locale data, built by `npm ci`) with the gender the locales agree on,
 * read into a map when first needed.
 */
let worldGivenNames: ReadonlyMap<string, Gender> | undefined;
function worldGivenName(word: string): Gender | undefined {
  if (!worldGivenNames) {
    const names = WORLD_GIVEN_NAMES.names.split('|');
    const map = new Map<string, Gender>();
    for (let i = 0; i < names.length; i++) {
      const g = WORLD_GIVEN_NAMES.genders[i];
      map.set(names[i]!, g === 'f' || g === 'm' ? g : null);
    }
    worldGivenNames = map;
  }
  const lower = word.toLowerCase();
  if (worldGivenNames.has(lower)) return worldGivenNames.get(lower);
  // `Gerrit-Jan`, `Per-Olof`, `Jean-Baptiste`: given names joined by a hyphen, the gender of the first
  const parts = lower.split('-');
  if (parts.length === 2 && parts.every((p) => p.length >= 2 && plainGivenName(p) !== undefined)) return plainGivenName(parts[0]!);
  return plainGivenName(lower);
}
/** One given name as listed, or without its accents (`Álvaro` where a locale lists `Alvaro`). */
const plainGivenName = (lower: string): Gender | undefined =>
  worldGivenNames!.has(lower) || !/[^\x00-\x7f]/.test(lower) ? worldGivenNames!.get(lower) : worldGivenNames!.get(lower.normalize('NFD').replace(/\p{M}/gu, ''));
export const isWorldGivenName = (word: string): boolean => worldGivenName(word) !== undefined;
/** A given name of the common list or of the world's: `Joe`, `Lucia`, `Hamish`. */
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word.toLowerCase()) || isWorldGivenName(word);

const FAMILY_ENDING = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${FAMILY_NAME_ENDINGS.join('|')})$`, 'u');
/** A word shaped like a family name by its ending (`Serikbayuly`, `Khaitov`, `Beridze`, `Hakobyan`, `Ionescu`), five letters or more. */
export const familyNameShaped = (word: string): boolean => FAMILY_ENDING.test(word);

/** The gender a full name's given name tells: its first word, or the second of a family-name-first name (`Park Sung-min` tells none). */
export function genderOfName(name: string): Gender {
  const words = name.split(' ').filter((w) => !/^\p{Lu}\.$/u.test(w));
  const given = words.length >= 2 && FAMILY_FIRST.has(words[0]!.toLowerCase()) ? undefined : words[0];
  return given === undefined ? null : worldGivenName(given) ?? null;
}

/** Words that open Arabic, Persian and Turkic names, never titles: `Abu Bakar Ahmad`, `Abdel Fattah el-Sisi`, `Abdulrahman …`. */
const NAME_OPENERS = /^(?:abu|abd\p{L}*|umm|ibn|bint|bin|sheikh|el|al|ben|ould|moh?amm?[ae]d|muhamm?[ae]d)$/iu;


/**
 * `Liu Yichen`, `Song Min-jae`, `Kim Jong Un`: a common Chinese or Korean family name, then given-name syllables. Words
 * that name places and bodies (`Park Avenue`, `Han River`) are for the caller to rule out.
 */
export function familyNameFirst(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && FAMILY_FIRST.has(words[0]!.toLowerCase()) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(w));
}

/** A Vietnamese name of three, family name first and a middle name between, whatever its given name (`Tran Van Bay`, whose `Bay` also ends places). */
export const vietnameseName = (words: readonly string[]): boolean => words.length === 3 && familyNameFirst(words) && VIETNAMESE_MIDDLE_NAMES.has(words[1]!);

/** A title without a possessive determiner of another language opening it (`Ihre Geschäftsleiterin`, `Su presidenta`), where more follows. */
const withoutPossessive = (title: string | null): string | null => {
  const m = title === null ? null : /^(\p{L}\p{Ll}+)\s+(?=\S)/u.exec(title);
  return m && POSSESSIVE_DETERMINERS_OTHER_LANGUAGES.has(m[1]!.toLowerCase()) ? title!.slice(m[0].length) : title;
};

export interface PersonEntry {
  name: string;
  title: string | null;
  mentions: number;
  /** Paragraph-order position of the first mention, for a stable order. */
  readonly first: number;
  /** Short references: the family name, and for family-name-first names the first word. */
  readonly short: readonly string[];
  readonly gender: Gender;
}

/** A family name without its attached particle: `al-Assad` → `Assad`. */
export const withoutParticle = (word: string): string => word.replace(/^(?:al|el|ad|ash|as|at|az|bin|ben|abu|ibn)-(?=\p{Lu})/u, '');

/** Short references for a full name. Particles and suffixes are skipped (`Juan de la Cruz` → `Cruz`, `de la Cruz`). */
/** A generation or a regnal number closing a name: `Jr.`, `III`, `Leo XIV`'s `XIV`. */
const GENERATION = /^(?:Jr\.?|Sr\.?|(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3}))$/;
export const isGeneration = (word: string): boolean => GENERATION.test(word);

/** A particle that opens a family name of two in Spanish, Portuguese and Italian copy: `del Orbe`, `de la Cruz`. */
const FAMILY_PARTICLE = /^(?:de|del|da|dos|di)$/;

export function shortForms(name: string): string[] {
  // (a generation and a patronymic that closes the name are no family name: `Almazbek Toktosunov uulu` is `Toktosunov`)
  const words = name.split(' ').filter((w) => !isGeneration(w) && !PATRONYMIC_SUFFIXES.has(w));
  if (words.length < 2) return [];
  const forms = new Set<string>();
  const last = words[words.length - 1]!;
  const first = words[0]!;
  forms.add(last);
  // `al-Assad` is `Assad` in later references, `al-Hadidi` `Hadidi`.
  const bare = withoutParticle(last);
  if (bare !== last) forms.add(bare);
  const particle = words.findIndex((w, i) => i > 0 && /^(?:de|del|della|da|van|von|bin|ibn|al|el|le|la|du|dos|di)$/.test(w));
  if (particle > 0) {
    const form = words.slice(particle).join(' ');
    forms.add(form);
    // `Van der Linden said` at the start of a sentence
    forms.add(form[0]!.toUpperCase() + form.slice(1));
    // `del Orbe` for Juan Bautista del Orbe Rodríguez: the first of two family names after its particle, as Spanish copy uses it
    // (`de la Roca` for Claudia Inés de la Roca Mejía: the particle's article with it)
    const article = /^(?:la|las|los)$/.test(words[particle + 1] ?? '') ? 1 : 0;
    if (words.length - particle === 3 + article && FAMILY_PARTICLE.test(words[particle]!)) {
      const first = words.slice(particle, particle + 2 + article).join(' ');
      forms.add(first);
      forms.add(first[0]!.toUpperCase() + first.slice(1));
      // (the name read from its capital, the particle in lower case before it: `… de la Roca said` gives the run `Roca`)
      if (article) forms.add(words[particle + 2]!);
    }
    // `Almánzar` for Luis Manuel Almánzar de la Cruz: a family name before another that opens on its particle, after two given
    // names (not `Bautista` in Juan Bautista del Orbe)
    const before = words[particle - 1]!;
    if (particle >= 3 && FAMILY_PARTICLE.test(words[particle]!) && /^\p{Lu}\p{Ll}{2,}$/u.test(before) && !isWorldGivenName(before)) forms.add(before);
  }
  // `Cho Tae-yong`, `Kim Jong Un`, `Lee Seong Kweun`, `Xi Jinping`: family name first.
  // A hyphenated given name after one word is East Asian order whatever the family name (`Yeom Kyung-yup`).
  const familyFirst = (FAMILY_FIRST.has(first.toLowerCase()) && words.length <= 3) || (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!));
  if (familyFirst) forms.add(first);
  // `Álvaro Benavides Torres` is `Benavides` later: of two family names (Spanish, Portuguese) the first is used alone
  // (`John Paul Jones` is not `Paul`: a given name in the middle is no family name)
  const middle = words[1]!;
  // (nor is `Ould` in Mohamed Ould Ghazouani, nor a first word that opens Arabic and Turkish names' given part)
  if (!familyFirst && words.length === 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(middle) && !isWorldGivenName(middle) && !NAME_OPENERS.test(middle) && !NAME_OPENERS.test(first) && !/^(?:al|el)-/i.test(last)) forms.add(middle);
  // `Abdul Haris` for Abdul Haris Lamakampali, `Ana Lucía` for Ana Lucía Caraballo: a name's two given names, its one family name
  // left off, as Indonesian and Spanish copy refer to a person met in full
  if (!familyFirst && words.length === 3 && /^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}\p{Ll}+$/u.test(middle) && isWorldGivenName(middle) && (isWorldGivenName(first) || NAME_OPENERS.test(first)) && /^\p{Lu}\p{Ll}{2,}$/u.test(last) && !isWorldGivenName(last)) forms.add(`${first} ${middle}`);
  // `Ana Celia Epiayú Uriana` is `Epiayú Uriana` or `Epiayú` later: two given names, then two family names
  const third = words[2];
  // (`Javiera Andrea Cifuentes Mardones`, `Juan Carlos Mejía Rosario`: the second given name is enough, and a last family name
  // that is also a given name elsewhere is still the family's)
  if (words.length === 4 && /^\p{Lu}\p{Ll}+$/u.test(first) && isWorldGivenName(middle) && !FAMILY_FIRST.has(first.toLowerCase()) && !FAMILY_FIRST.has(middle.toLowerCase()) && third !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(third) && !isWorldGivenName(third) && /^\p{Lu}\p{Ll}{2,}$/u.test(last)) {
    forms.add(`${third} ${last}`);
    forms.add(third);
  }
  // `Jonathan Lee Wei Jie` is `Mr Lee` later (Singapore, Malaysia): an English given name before a Chinese name, family name first
  // (`Jessica Ho Wai-man` is `Ho` later (Hong Kong): an English given name, the family name, a hyphenated Chinese given name)
  if (!familyFirst && words.length >= 3 && words.length <= 4 && isWorldGivenName(first) && (FAMILY_FIRST.has(middle.toLowerCase()) || (words.length === 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)))) forms.add(middle);
  return [...forms];
}

/** The given name, used alone for many Indonesian, Thai and Icelandic names (`Prabowo`, `Srettha`): a weaker reference. */
export function givenNameForm(name: string): string | null {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) ? words[0]! : null;
}

/**
 * A word that stands before a name without being part of it: a title (`Justice`, `Parishioner`, `MPs`), an
 * honorific or rank (`Prof.`, `Dr`, `Datuk`, `H.E.`), the portfolio word that ends a title (`… Trade and Industry
 * Hiroyuki Tanabe`), a job in -ist or -ologist (`Volcanologist`). Words that are also given names (`Dean`, `King`) are not.
 */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/, '');
  // `Sri Wahyuni`, `Tan Wei Ming`: honorifics that are also given or family names stay
  if (GIVEN_NAMES.has(bare) || AMBIGUOUS_TITLE_HEADS.has(bare) || NAME_PARTICLES.has(lower) || NAME_HONORIFICS_SECOND.has(bare) || NAME_HONORIFICS_FIRST_ONLY.has(bare)) return false;
  const singular = bare.replace(/s$/, '');
  return [lower, bare, `${bare}.`, singular, `${singular}.`].some((w) => TITLE_HEADS.has(w) || isHyphenatedTitle(w) || OCCUPATIONS.has(w) || HONORIFICS.has(w) || ABBREVIATED_RANKS.has(w) || PORTFOLIOS.has(w) || NAME_HONORIFICS.has(w))
    || /^(?:h\.e\.|h\.h\.|h\.r\.h\.)$/.test(lower)
    || /^\p{L}{3,}(?:olog|ician|ist)s?$/u.test(bare) && bare.length > 6;
}

/**
 * A name read with words before it that are not the name (`Prof. Hakan Özkaya`, `Parishioner Ron McAllister-Hune`,
 * `Counsel Datuk R. Thanabalan`): the name, and those words (a title when no other is known). At least two words
 * of the name stay. `titled`: the story prints the person's title elsewhere.
 */
export function splitLeadingTitle(name: string, titled = false): { name: string; title: string | null } {
  const words = name.split(' ');
  let k = 0;
  // (and a remit's adjective with its portfolio word, before two names at least: `… Ecology and Technical Supervision Temirlan Asanbek
  // uulu`; the two are the tail of a title read elsewhere, no title of their own)
  let remit = true;
  for (;;) {
    if (words.length - k > 2 && isTitleWord(words[k]!)) {
      remit &&= PORTFOLIOS.has(words[k]!.toLowerCase());
      k++;
    } else if (words.length - k >= 4 && !isWorldGivenName(words[k]!) && PORTFOLIOS.has(words[k + 1]!.toLowerCase())) k += 2;
    else break;
  }
  const remitOnly = k > 0 && remit;
  // a long word in no list before a given name, in a name of three words or more, is a title in the story's
  // language (`Statsminister Jonas Gahr Støre`, `Burgemeester Femke Halsema`, `Kreisbrandrat Josef Lindinger`); a
  // short one is more often a given name the list lacks (`Murad Ali Shah`, `Nguyen Van Thanh`); and so is a long one when the
  // story titles the person elsewhere (`le directeur général de la SOFITEX, Wendpouiré Aristide Compaoré`)
  if (k === 0 && !titled && words.length >= 3 && /^\p{Lu}[\p{L}-]{8,}$/u.test(words[0]!) && !NAME_OPENERS.test(words[0]!)
    && !isWorldGivenName(words[0]!) && !GIVEN_NAMES.has(words[0]!.toLowerCase()) && isWorldGivenName(words[1]!)) k = 1;
  // `contou à Lusa Fernanda Rosado`: the agency told, before a given name, is no part of the name
  if (k === 0 && words.length >= 3 && knownAgency(words[0]!) !== undefined && isWorldGivenName(words[1]!)) return { name: words.slice(1).join(' '), title: null };
  // `i DMI Lene Vestergaard`, `FNV Jeroen Bakker`: an employer's acronym before a given name is no part of the name, nor a title
  if (k === 0 && words.length >= 3 && /^\p{Lu}{2,5}$/u.test(words[0]!) && isWorldGivenName(words[1]!) && !isWorldGivenName(words[0]!)) return { name: words.slice(1).join(' '), title: null };
  // `Градоначелник Приједора Данијел Крунић`: a head of another language, the one word it governs, then the name
  if (k === 0 && words.length === 4 && TITLE_HEADS_OTHER_LANGUAGES.has(words[0]!.toLowerCase()) && !isWorldGivenName(words[1]!)) return { name: words.slice(2).join(' '), title: words.slice(0, 2).join(' ') };
  if (k === 0) return { name, title: null };
  // a portfolio word alone is the end of a title read elsewhere, not a title; nor are honorifics alone (`Adv`, `Haja`)
  const lead = words.slice(0, k);
  // (a professor's rank is a title: `Prof. Hakan Özkaya`)
  const honorificsOnly = lead.every((w) => (NAME_HONORIFICS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()) || /^Dr\.?$/.test(w)) && !/^Prof/i.test(w));
  return { name: words.slice(k).join(' '), title: remitOnly || honorificsOnly ? null : lead.join(' ') };
}

/** `Müller` and `Mueller` are one name: wires in English spell umlauts both ways in one story. */
const fold = (name: string): string => name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');

/** The last words of a name as a key: `Van der Linden` opening a sentence is `van der Linden`. */
const tailKey = (words: string): string => fold(words[0]!.toLowerCase() + words.slice(1));

export class PeopleRegistry {
  private readonly byName = new Map<string, PersonEntry>();
  private readonly byShort = new Map<string, PersonEntry[]>();
  private readonly byGiven = new Map<string, PersonEntry[]>();
  /** `Shiyaz` for Mohamed Shiyaz Ali: a name of three words or more by a word inside it, as Maldivian and Thai copy refers to people. */
  private readonly byMiddle = new Map<string, PersonEntry[]>();
  /** The last two or more words of each full name, not all of it: `Al Hammadi` of `Aisha Saeed Al Hammadi`. */
  private readonly byTails = new Map<string, PersonEntry[]>();
  /** `R. Məmmədli` for Rauf Məmmədli, `B. Rahimov` for Bahodir Rahimov: the given name's initial and the family name. */
  private readonly byInitials = new Map<string, PersonEntry[]>();
  private lastMentioned: PersonEntry | null = null;
  private readonly lastParagraph = new Map<PersonEntry, number>();

  add(printed: string, printedTitle: string | null, position: number): PersonEntry {
    const split = splitLeadingTitle(printed, printedTitle !== null);
    const name = split.name;
    // (a possessive determiner opening the title says whose, not what: `Ihre Geschäftsleiterin` → `Geschäftsleiterin`, as English
    // copy's `Its president` is read, eval/GOLD.md)
    const title = withoutPossessive(printedTitle ?? split.title);
    // `Al Hammadi`, `Van den Bossche`, `Lo Russo` after the full name: the same person, by the last words of their name
    let entry = this.byName.get(fold(name)) ?? this.byOtherForm(name) ?? this.byShortOfSeveral(name);
    if (!entry) {
      entry = { name, title, mentions: 0, first: position, short: shortForms(name), gender: genderOfName(name) };
      this.byName.set(fold(name), entry);
      for (const form of entry.short) {
        const list = this.byShort.get(fold(form)) ?? [];
        list.push(entry);
        this.byShort.set(fold(form), list);
      }
      const words = name.split(' ');
      for (let k = 1; k + 2 <= words.length; k++) {
        const key = tailKey(words.slice(k).join(' '));
        this.byTails.set(key, [...(this.byTails.get(key) ?? []), entry]);
      }
      const given = givenNameForm(name);
      if (given !== null) this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), entry]);
      // (not a family name's word after its particle: `Santos` in Marcelo dos Santos Freitas is no name he goes by alone)
      for (const [k, middle] of words.entries()) {
        if (k === 0 || k === words.length - 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(middle) || NAME_PARTICLES.has(words[k - 1]!)) continue;
        this.byMiddle.set(middle, [...(this.byMiddle.get(middle) ?? []), entry]);
      }
      if (given !== null) {
        const key = fold(`${given[0]}. ${words[words.length - 1]}`);
        this.byInitials.set(key, [...(this.byInitials.get(key) ?? []), entry]);
      }
    } else if (entry.title === null && title !== null) entry.title = title;
    return entry;
  }

  get(name: string): PersonEntry | undefined {
    return this.byName.get(fold(name)) ?? this.byName.get(fold(splitLeadingTitle(name).name)) ?? this.byOtherForm(name);
  }

  /**
   * `Del Orbe` after Juan Bautista del Orbe Rodríguez, `De los Santos` after Susana de los Santos Méndez: a family name behind
   * its particles, the short form of one person named in full.
   */
  private byParticleForm(name: string): PersonEntry | undefined {
    const words = name.split(' ');
    const found = words.length >= 2 && words.length <= 4 && words.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase())) ? this.byShort.get(fold(name)) : undefined;
    return found?.length === 1 ? found[0] : undefined;
  }

  /**
   * `Dr Mollel` after Dr Neema Mollel: a title or honorific and the family name of one person named in full (or the last
   * words of it: `Justice Ngo Bikoé` after Justice Marie-Thérèse Ngo Bikoé).
   */
  private byTitled(name: string): PersonEntry | undefined {
    const words = name.split(' ');
    // (a head that also names other things, `Justice Odhiambo`, `Bishop Leavasa`: the one person of that name, titled so)
    const head = words[0]?.toLowerCase() ?? '';
    const titled = isTitleWord(words[0]!) || (AMBIGUOUS_TITLE_HEADS.has(head) && !GIVEN_NAMES.has(head));
    if (!titled || words.length < 2 || words.length > 4) return undefined;
    const found = words.length === 2 ? this.byShort.get(fold(words[1]!)) : undefined;
    return found?.length === 1 ? found[0] : words.length > 2 ? this.byTail(words.slice(1).join(' ')) : undefined;
  }

  /** `R. Məmmədli` after Rauf Məmmədli: the one person of that initial and family name. */
  private byInitial(name: string): PersonEntry | undefined {
    const found = /^\p{Lu}\.\s*\p{Lu}\S*$/u.test(name) ? this.byInitials.get(fold(name.replace(/^(\p{Lu})\.\s*/u, '$1. '))) : undefined;
    return found?.length === 1 ? found[0] : undefined;
  }

  /** A name of several words that is the short form of one person met in full (`Abdul Haris` after Abdul Haris Lamakampali). */
  private byShortOfSeveral(name: string): PersonEntry | undefined {
    const entries = name.includes(' ') ? this.byShort.get(fold(name)) : undefined;
    return entries?.length === 1 ? entries[0] : undefined;
  }

  /** The one person met before whom another form of a name points to: its last words, its initials, a title, a particle. */
  private byOtherForm(name: string): PersonEntry | undefined {
    return this.byTail(name) ?? this.byInitial(name) ?? this.byTitled(name) ?? this.byParticleForm(name);
  }

  /** The one person whose full name ends with these words (two or more), and has more of its own. */
  private byTail(name: string): PersonEntry | undefined {
    const found = name.includes(' ') ? this.byTails.get(tailKey(name)) : undefined;
    return found?.length === 1 ? found[0] : undefined;
  }

  /**
   * A short reference → the person it most likely means: the one of those it fits mentioned last, if in this
   * paragraph or the one before; else the one mentioned most so far, the first named on a tie (`Mueller` in a story
   * about Gerd Mueller that quotes Thomas Mueller once).
   * @param paragraph the paragraph of the reference
   */
  resolveShort(form: string, paragraph = Number.POSITIVE_INFINITY): PersonEntry | undefined {
    const list = this.byShort.get(fold(form)) ?? this.oneOf(this.byGiven, form) ?? this.oneOf(this.byMiddle, form);
    if (!list) return undefined;
    if (list.length === 1) return list[0];
    const last = this.lastMentioned;
    if (last && list.includes(last) && (paragraph === Number.POSITIVE_INFINITY || (this.lastParagraph.get(last) ?? -2) >= paragraph - 1)) return last;
    const mentioned = list.filter((e) => e.mentions > 0);
    if (mentioned.length === 0) return list[list.length - 1];
    return mentioned.reduce((best, e) => (e.mentions > best.mentions || (e.mentions === best.mentions && e.first < best.first) ? e : best));
  }

  hasShort(form: string): boolean {
    return this.byShort.has(fold(form)) || this.oneOf(this.byGiven, form) !== undefined || this.oneOf(this.byMiddle, form) !== undefined;
  }

  /** The people a word of their name points to, where it points to one person only. */
  private oneOf(index: ReadonlyMap<string, PersonEntry[]>, form: string): PersonEntry[] | undefined {
    const list = index.get(form);
    return list?.length === 1 ? list : undefined;
  }

  mention(entry: PersonEntry, paragraph = 0): void {
    entry.mentions++;
    this.lastMentioned = entry;
    this.lastParagraph.set(entry, paragraph);
  }

  all(): PersonEntry[] {
    return [...this.byName.values()].sort((a, b) => a.first - b.first);
  }
}
