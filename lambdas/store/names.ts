/**
 * How names are compared in filters and index keys: case, diacritics and spacing folded, so that
 * `author=lolita c. baldor` finds "Lolita C. Baldor" and `Zelenskyy` matches whatever was printed
 * only when spelled the same (CONTRACT.md §3: "name filters match case-insensitively on the full name").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400); // DynamoDB key attributes are capped at 2 KB (index keys at 1 KB); no real name comes near
}
