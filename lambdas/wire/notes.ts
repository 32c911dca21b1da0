/** A version note in parentheses, opening or closing the copy: `(Adds quotes)`, `(Corrects … in the 3rd paragraph)`. */
export const VERSION_NOTE = /^\((?:Adds|Updates|Corrects|Recasts|Changes|Refiles|Fixes|Removes|Rewrites|Repeats|Moves|Clarifies|Inserts|Deletes)\b[^()]*\)$/i;

/**
 * Notes to editors joined one to a line. A note given twice (in the metadata, and in parentheses atop the
 * body: Reuters' `(Refiles to fix typo in headline)`) is kept once, as first given without its parentheses.
 */
export function joinNotes(...notes: readonly (string | null | undefined)[]): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const note of notes) {
    for (const line of note?.split('\n') ?? []) {
      const bare = line.trim().replace(/^\((.*)\)$/s, '$1').trim();
      if (bare === '' || seen.has(bare.toLowerCase())) continue;
      seen.add(bare.toLowerCase());
      kept.push(bare);
    }
  }
  return kept.length > 0 ? kept.join('\n') : null;
}
