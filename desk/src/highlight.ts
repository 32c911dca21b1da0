/** A piece of text, marked when the query matched it. */
export interface Segment {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * A highlight's text cut at its `[start, end)` matches, for rendering as text nodes (never as HTML). Offsets
 * out of range are clamped, overlapping or touching matches are joined, and the order given does not matter.
 */
export function highlightSegments(text: string, matches: readonly (readonly [number, number])[]): Segment[] {
  const ranges = matches
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of joined) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
