/**
 * People found in a story, and their short references (CONTRACT.md §1 `people`): `Lloyd Austin` is
 * `Austin` later; a Korean or Chinese name is written family name first, so `Cho Tae-yong` is `Cho`
 * and `Lee Seong Kweun` is `Lee`; `Kim Jong Un` is `Kim`.
 */

/** Family names written first in Korean and Chinese names as wires print them. */
const FAMILY_FIRST = new Set(`
  kim lee park choi cho jung jeong kang yoon yun lim han shin seo kwon hwang ahn song yoo hong jeon ko moon yang son bae baek
  heo nam noh ha kwak sung cha joo woo min ryu jin ji chae won chun bang ham byun yeo chu do seok ban wang li zhang liu chen
  zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang cao deng feng peng xi jiang wen qin mao bo ye yu lu
  hun xiao dong cai pan du fu su lai tsai lai hou shen
`.trim().split(/\s+/));

export interface PersonEntry {
  name: string;
  title: string | null;
  mentions: number;
  /** Paragraph-order position of the first mention, for a stable order. */
  readonly first: number;
  /** Short references: the family name, and for family-name-first names the first word. */
  readonly short: readonly string[];
}

/** A family name without its attached particle: `al-Assad` → `Assad`. */
export const withoutParticle = (word: string): string => word.replace(/^(?:al|el|ad|ash|as|at|az|bin|ben|abu|ibn)-(?=\p{Lu})/u, '');

/** Short references for a full name. Particles and suffixes are skipped (`Juan de la Cruz` → `Cruz`, `de la Cruz`). */
export function shortForms(name: string): string[] {
  const words = name.split(' ').filter((w) => !/^(?:Jr\.|Sr\.|II|III|IV)$/.test(w));
  if (words.length < 2) return [];
  const forms = new Set<string>();
  const last = words[words.length - 1]!;
  const first = words[0]!;
  forms.add(last);
  // `al-Assad` is `Assad` in later references, `al-Hadidi` `Hadidi`.
  const bare = withoutParticle(last);
  if (bare !== last) forms.add(bare);
  const particle = words.findIndex((w, i) => i > 0 && /^(?:de|del|della|da|van|von|bin|ibn|al|el|le|la|du|dos|di)$/.test(w));
  if (particle > 0) forms.add(words.slice(particle).join(' '));
  // `Cho Tae-yong`, `Kim Jong Un`, `Lee Seong Kweun`, `Xi Jinping`: family name first.
  // A hyphenated given name after one word is East Asian order whatever the family name (`Yeom Kyung-yup`).
  if ((FAMILY_FIRST.has(first.toLowerCase()) && words.length <= 3) || (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]!))) forms.add(first);
  return [...forms];
}

/** The given name, used alone for many Indonesian, Thai and Icelandic names (`Prabowo`, `Srettha`): a weaker reference. */
export function givenNameForm(name: string): string | null {
  const words = name.split(' ');
  return words.length >= 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]!) ? words[0]! : null;
}

/** `Müller` and `Mueller` are one name: wires in English spell umlauts both ways in one story. */
const fold = (name: string): string => name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');

export class PeopleRegistry {
  private readonly byName = new Map<string, PersonEntry>();
  private readonly byShort = new Map<string, PersonEntry[]>();
  private readonly byGiven = new Map<string, PersonEntry[]>();
  private lastMentioned: PersonEntry | null = null;
  private readonly lastParagraph = new Map<PersonEntry, number>();

  add(name: string, title: string | null, position: number): PersonEntry {
    let entry = this.byName.get(fold(name));
    if (!entry) {
      entry = { name, title, mentions: 0, first: position, short: shortForms(name) };
      this.byName.set(fold(name), entry);
      for (const form of entry.short) {
        const list = this.byShort.get(fold(form)) ?? [];
        list.push(entry);
        this.byShort.set(fold(form), list);
      }
      const given = givenNameForm(name);
      if (given !== null) this.byGiven.set(given, [...(this.byGiven.get(given) ?? []), entry]);
    } else if (entry.title === null && title !== null) entry.title = title;
    return entry;
  }

  get(name: string): PersonEntry | undefined {
    return this.byName.get(fold(name));
  }

  /**
   * A short reference → the person it most likely means: the one of those it fits mentioned last, if in this
   * paragraph or the one before; else the one mentioned most so far, the first named on a tie (`Mueller` in a story
   * about Gerd Mueller that quotes Thomas Mueller once).
   * @param paragraph the paragraph of the reference
   */
  resolveShort(form: string, paragraph = Number.POSITIVE_INFINITY): PersonEntry | undefined {
    const list = this.byShort.get(fold(form)) ?? (this.byGiven.get(form)?.length === 1 ? this.byGiven.get(form) : undefined);
    if (!list) return undefined;
    if (list.length === 1) return list[0];
    const last = this.lastMentioned;
    if (last && list.includes(last) && (paragraph === Number.POSITIVE_INFINITY || (this.lastParagraph.get(last) ?? -2) >= paragraph - 1)) return last;
    const mentioned = list.filter((e) => e.mentions > 0);
    if (mentioned.length === 0) return list[list.length - 1];
    return mentioned.reduce((best, e) => (e.mentions > best.mentions || (e.mentions === best.mentions && e.first < best.first) ? e : best));
  }

  hasShort(form: string): boolean {
    return this.byShort.has(fold(form)) || this.byGiven.get(form)?.length === 1;
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
