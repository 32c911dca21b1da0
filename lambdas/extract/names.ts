/**
 * Natural case for names printed in capitals (`By JASON DEAREN`, `MOUNT OLIVE, N.C.`), as well as it
 * can be done without a dictionary (CONTRACT.md §1): each part capitalised, particles in lower case
 * inside a name, `Mc` and `O'` prefixes, initials and Roman numerals kept.
 */
import { NAME_PARTICLES } from './entities/lexicon.ts';

const LOWER = /\p{Ll}/u;
const UPPER_RUN = /\p{Lu}{2}/u;

/** Text printed in capitals: letters, none of them lower case, and at least one run of two capitals. */
export const isShouted = (text: string): boolean => !LOWER.test(text) && UPPER_RUN.test(text);

const PERSON_PARTICLES = NAME_PARTICLES;
const PLACE_PARTICLES = new Set([...PERSON_PARTICLES, 'au', 'aux', 'sur', 'en', 'am', 'an', 'im', 'upon', 'on', 'of', 'the', 'and', 'les']);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const APOSTROPHE = /^(\p{Lu})(['’])(\p{Lu})/u;
const TURKIC_LETTER = /[ŞĞİƏ]/u;
/** An elided particle and the word it is joined to: `D’AMPEZZO`, `NELL’EMILIA`, `L'ISLE`. */
const ELIDED_PARTICLE = /^(D|L|DELL|DALL|NELL|SULL|ALL)(['’])(\p{Lu}.+)$/u;

function capitalise(part: string): string {
  if (part === '') return part;
  // A word with a letter of the Turkish or Azerbaijani alphabet only (Ş, Ğ, İ, Ə) is cased by their rules, where I is
  // dotless: ŞANLIURFA → Şanlıurfa, GİRESUN → Giresun; elsewhere İ lower-cases to i (not i + a combining dot).
  const turkic = TURKIC_LETTER.test(part);
  const lower = turkic ? part.toLocaleLowerCase('tr') : part.replace(/İ/g, 'I').toLowerCase();
  if (turkic) return lower.charAt(0).toLocaleUpperCase('tr') + lower.slice(1);
  // O'BRIEN → O'Brien, D'ANGELO → D'Angelo
  const apostrophe = APOSTROPHE.exec(part);
  if (apostrophe && part.length > 3) return `${apostrophe[1]}${apostrophe[2]}${part.charAt(2)}${lower.slice(3)}`;
  // MCDONALD → McDonald (not Mac-: MACK, MACON)
  if (lower.startsWith('mc') && part.length > 3) return `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * One word of a shouted name. `notFirst`: not the name's first word; `inner`: neither first nor last.
 * Particles are lower case inside a name (`Juan de la Cruz`, `Rio de Janeiro`) and inside a hyphenated
 * word (`Port-au-Prince`); a hyphenated word's first part only after the first word (`Hadeel al-Shalchi`).
 */
function caseWord(word: string, notFirst: boolean, inner: boolean, particles: ReadonlySet<string>, person: boolean): string {
  if (INITIALS.test(word)) return word;
  if (person && notFirst && ROMAN.test(word)) return word;
  if (inner && particles.has(word.toLowerCase())) return word.toLowerCase();
  // an elided article or preposition inside a place's name: CORTINA D’AMPEZZO → Cortina d’Ampezzo, REGGIO NELL’EMILIA
  const elided = !person && notFirst ? ELIDED_PARTICLE.exec(word) : null;
  if (elided) return `${elided[1]!.toLowerCase()}${elided[2]}${capitalise(elided[3]!)}`;
  if (!word.includes('-')) return capitalise(word);
  const parts = word.split('-');
  const last = parts.length - 1;
  return parts.map((part, j) => {
    const lower = part.toLowerCase();
    const lowered = j === 0 ? notFirst : j < last;
    return lowered && particles.has(lower) ? lower : capitalise(part);
  }).join('-');
}

function naturalCase(text: string, particles: ReadonlySet<string>, person: boolean): string {
  if (!isShouted(text)) return text;
  const words = text.split(' ');
  return words.map((word, i) => caseWord(word, i > 0, i > 0 && i < words.length - 1, particles, person)).join(' ');
}

/** `JASON DEAREN` → `Jason Dearen`; text with any lower-case letter is returned as printed. */
export const personCase = (name: string): string => naturalCase(name, PERSON_PARTICLES, true);

/** `MOUNT OLIVE` → `Mount Olive`, `RIO DE JANEIRO` → `Rio de Janeiro`; mixed case is returned as printed. */
export const placeCase = (name: string): string => naturalCase(name, PLACE_PARTICLES, false);
