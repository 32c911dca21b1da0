import { InvalidCursorError } from './errors.ts';

/**
 * Listing cursors: opaque to clients, they hold the sort key of the last entry served and the query
 * they belong to, so a cursor replayed against other filters is refused rather than misread.
 */
interface CursorState { readonly after: string; readonly query: string }

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, a: state.after, q: state.query })).toString('base64url');
}

export function decodeCursor(cursor: string, query: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidCursorError(undefined, { cause });
  }
  const state = parsed as { v?: unknown; a?: unknown; q?: unknown } | null;
  if (!state || state.v !== 1 || typeof state.a !== 'string' || typeof state.q !== 'string') throw new InvalidCursorError();
  if (state.q !== query) throw new InvalidCursorError('the cursor belongs to a query with other parameters');
  return state.a;
}
