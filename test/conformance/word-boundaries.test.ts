import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAMBDAS = new URL('../../lambdas/', import.meta.url).pathname;
const sources = readdirSync(LAMBDAS, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => join(entry.parentPath, entry.name));

/** A letter outside ASCII: JavaScript's `\b` counts none of them as a word's, so `publié\b` never matches `publié ` (issue 11). */
const FOREIGN_LETTER = /[^\x00-\x7f]/u;
const isForeignLetter = (ch: string | undefined): boolean => ch !== undefined && FOREIGN_LETTER.test(ch) && /\p{L}/u.test(ch);

/** The alternatives of the group that closes just before `end` (the index of its `)` + 1), at its top level. */
function alternativesBefore(source: string, end: number): string[] {
  let depth = 0;
  let open = end - 1;
  for (; open >= 0; open--) {
    if (source[open - 1] === '\\') continue;
    if (source[open] === ')') depth++;
    else if (source[open] === '(' && --depth === 0) break;
  }
  const inner = source.slice(open + 1, end - 1).replace(/^\?:/, '');
  const out: string[] = [];
  let level = 0;
  let current = '';
  for (let k = 0; k < inner.length; k++) {
    const ch = inner[k]!;
    if (ch === '\\') {
      current += inner.slice(k, k + 2);
      k++;
      continue;
    }
    if (ch === '(' || ch === '[') level++;
    if (ch === ')' || ch === ']') level--;
    if (ch === '|' && level === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  return [...out, current];
}

describe('Source: word boundaries in patterns', () => {
  it('puts no \\b beside a letter outside ASCII, where it never matches', () => {
    // Act
    const found: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      // (a pattern built from a string constant of the same file: `${UPDATE_LABEL}\\b` is read with the constant's text in place)
      const constants = new Map([...text.matchAll(/^(?:export )?const (\w+) = (?:String\.raw)?(['`])(.*)\2;$/gm)].map((m) => [m[1]!, m[3]!]));
      text.split('\n').forEach((source, n) => {
        const line = source.replace(/\$\{(\w+)\}/g, (whole, name: string) => constants.get(name) ?? whole);
        // (`\\b` in a string is the pattern's `\b`: the character before it is the one before the first backslash)
        for (const match of line.matchAll(/\\b/g)) {
          const escaped = line[match.index - 1] === '\\';
          const before = line[match.index - (escaped ? 2 : 1)];
          const after = line[match.index + 2];
          const endsForeign = before === ')' ? alternativesBefore(line, match.index - (escaped ? 1 : 0)).some((alt) => isForeignLetter(alt.replace(/[.?*+]+$/, '').at(-1))) : isForeignLetter(before);
          if (endsForeign || isForeignLetter(after)) found.push(`${file.slice(LAMBDAS.length)}:${n + 1}`);
        }
      });
    }

    // Assess
    expect(found).toEqual([]);
  });
});
