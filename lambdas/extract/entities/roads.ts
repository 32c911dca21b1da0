import { ROAD_KINDS, ROAD_WORDS } from './lexicon.ts';

/**
 * Numbered roads, which no capitalised run holds whole (a number is no name word): `Highway 97`, `Interstate 25`,
 * `National Route 51`, `Ruta 160`, `Ruta Nacional 9`, and outside English copy in lower case too, `ruta nacional 4`, `route nationale 5a`.
 * Chosen by counting the gold: of its numbered roads so printed, 16 are listed as places and 4 are not. A lower-case
 * `state` before the road stays out of the name, as the gold spells it (`Highway 1|state Highway 1`).
 */
const patterns = new Map<boolean, RegExp>();
function roadPattern(anyCase: boolean): RegExp {
  let pattern = patterns.get(anyCase);
  if (!pattern) {
    const words = [...ROAD_WORDS].flatMap((w) => (anyCase ? [w, w.toLowerCase()] : [w]));
    const alternatives = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|');
    const kinds = [...ROAD_KINDS].flatMap((k) => [k, k[0]!.toUpperCase() + k.slice(1)]);
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${alternatives(words)})(?:\s+(?:${alternatives(kinds)}))?(?:\s+(?:No\.?|no\.?|n[º°o]\.?))?\s+(?:[A-Z]{1,2}-?)?\d{1,4}[a-z]?)(?![\p{L}\p{N}])`, 'gu');
    patterns.set(anyCase, pattern);
  }
  return pattern;
}

/** The numbered roads a paragraph names, with where each starts; in lower case only outside English (`the route 12 buses`). */
export function numberedRoads(paragraph: string, language: string | null): { name: string; at: number }[] {
  return [...paragraph.matchAll(roadPattern(language !== null && !/^en\b/i.test(language)))].map((m) => ({ name: m[1]!.replace(/\s+/g, ' '), at: m.index }));
}
