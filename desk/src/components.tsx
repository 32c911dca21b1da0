import type { ComponentChildren } from 'preact';
import { highlightSegments } from './highlight.ts';
import { filedTime, readerTime, readerZone } from './time.ts';
import type { Highlight } from './types.ts';

/** A time in the reader's zone; the time as filed, in the story's own zone, on hover. */
export function Time({ iso, label }: { iso: string | null; label?: string }) {
  if (!iso) return null;
  return (
    <time dateTime={iso} title={`${label ? `${label}: ` : ''}${filedTime(iso)} as filed; shown in ${readerZone()}`}>
      {readerTime(iso)}
    </time>
  );
}

/** A search highlight: its text as text nodes, the matched words in <mark>. */
export function HighlightText({ highlight }: { highlight: Highlight }) {
  return (
    <>
      {highlightSegments(highlight.text, highlight.matches).map((segment, i) => (segment.mark ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}

export type MarkKind = 'correction' | 'update' | 'kill' | 'embargo' | 'new';
const MARK_LABELS: Record<MarkKind, string> = { correction: 'Correction', update: 'Update', kill: 'Killed', embargo: 'Embargo lifted', new: 'New' };

export function Marks({ marks }: { marks: Iterable<MarkKind> }) {
  const list = [...marks];
  if (list.length === 0) return null;
  return (
    <span class="marks">
      {list.map((mark) => <span key={mark} class={`mark mark-${mark}`}>{MARK_LABELS[mark]}</span>)}
    </span>
  );
}

/** A button that looks like a link: for in-page actions that are not navigation. */
export function LinkButton({ onClick, children, label }: { onClick: () => void; children: ComponentChildren; label?: string }) {
  return <button type="button" class="link" onClick={onClick} aria-label={label}>{children}</button>;
}
