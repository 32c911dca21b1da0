/**
 * What is on screen, as the URL says it (CONTRACT.md §3 `GET /desk/`): the API's own `/stories`
 * parameters, plus `story=ID` and `view=uploads`. Parsing and writing are inverse, so that the URL always
 * reflects the screen and a shared link opens the same screen.
 */

export const FILTERS = ['provider', 'person', 'organisation', 'place', 'author', 'contributor', 'from', 'to'] as const;
export type FilterName = (typeof FILTERS)[number];

export interface Screen {
  /** The list: the wire (no q, no filter), a filtered listing, or a search. */
  readonly q: string;
  readonly filters: Readonly<Partial<Record<FilterName, string>>>;
  /** The open story, if any. */
  readonly story: string | null;
  readonly view: 'wire' | 'uploads';
}

export const EMPTY_SCREEN: Screen = { q: '', filters: {}, story: null, view: 'wire' };

const STORY_ID = /^[0-9a-f]{24}$/;

/** The screen a query string stands for; unknown or malformed parameters are left out. */
export function parseScreen(search: string): Screen {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterName, string>> = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const story = params.get('story');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    story: story && STORY_ID.test(story) ? story : null,
    view: params.get('view') === 'uploads' ? 'uploads' : 'wire',
  };
}

/** The query string of a screen (with its `?`, or empty), parameters in a fixed order. */
export function screenSearch(screen: Screen): string {
  const params = new URLSearchParams();
  if (screen.view === 'uploads') params.set('view', 'uploads');
  if (screen.q) params.set('q', screen.q);
  for (const name of FILTERS) {
    const value = screen.filters[name];
    if (value) params.set(name, value);
  }
  if (screen.story) params.set('story', screen.story);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The `/stories` query of a screen's list (without `cursor` and `limit`). */
export function listQuery(screen: Screen): URLSearchParams {
  const params = new URLSearchParams();
  if (screen.q) params.set('q', screen.q);
  for (const name of FILTERS) {
    const value = screen.filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Whether the list is the live wire: newest first, nothing narrowing it. */
export const isWire = (screen: Screen): boolean => !screen.q && FILTERS.every((name) => !screen.filters[name]);

/** The same screen with one filter set (or cleared with null). */
export function withFilter(screen: Screen, name: FilterName, value: string | null): Screen {
  const filters = { ...screen.filters };
  if (value) filters[name] = value;
  else delete filters[name];
  return { ...screen, filters, view: 'wire' };
}
