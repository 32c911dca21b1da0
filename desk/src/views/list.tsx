import { useState } from 'preact/hooks';
import { HighlightText, Marks, Time, type MarkKind } from '../components.tsx';
import { FILTERS, isWire, type FilterName, type Screen } from '../url-state.ts';
import type { StorySummary } from '../types.ts';

export interface ListState {
  readonly items: StorySummary[];
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly error: string | null;
}

const FILTER_LABELS: Record<FilterName, string> = {
  provider: 'Provider', person: 'Person', organisation: 'Organisation', place: 'Place', author: 'Author', contributor: 'Contributor', from: 'From', to: 'To',
};

/** Counts of a facet's values over the listed stories, most frequent first. */
function facetCounts(items: readonly StorySummary[], values: (story: StorySummary) => (string | null | undefined)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const story of items) {
    for (const value of new Set(values(story))) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8);
}

/** The filters in force and the facets of the listed stories, each a link to the list narrowed by it. */
export function Facets({ screen, items, hrefOf, go }: {
  screen: Screen; items: readonly StorySummary[];
  hrefOf: (name: FilterName, value: string | null) => string; go: (name: FilterName, value: string | null) => void;
}) {
  const [kind, setKind] = useState<FilterName>('person');
  const [name, setName] = useState('');
  const [from, setFrom] = useState(screen.filters.from ?? '');
  const [to, setTo] = useState(screen.filters.to ?? '');
  const groups: [FilterName, string, [string, number][]][] = [
    ['provider', 'Providers', facetCounts(items, (s) => [s.provider])],
    ['author', 'Authors', facetCounts(items, (s) => s.bylines.map((b) => b.name))],
    ['place', 'Places', facetCounts(items, (s) => [s.dateline?.city])],
  ];
  const link = (name: FilterName, value: string | null, text: string, count?: number) => (
    <a href={hrefOf(name, value)} onClick={(e) => { e.preventDefault(); go(name, value); }}>
      {text}{count !== undefined ? <span class="count"> {count}</span> : null}
    </a>
  );
  const active = FILTERS.filter((name) => screen.filters[name]);
  return (
    <aside class="facets" aria-label="Filters">
      {active.length > 0 ? (
        <section>
          <h2>Filters</h2>
          <ul class="chips">
            {active.map((name) => (
              <li key={name}>
                {FILTER_LABELS[name]}: <strong>{screen.filters[name]}</strong>{' '}
                <a href={hrefOf(name, null)} onClick={(e) => { e.preventDefault(); go(name, null); }} aria-label={`Remove filter ${FILTER_LABELS[name]} ${screen.filters[name]}`}>×</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.filter(([, , counts]) => counts.length > 0).map(([name, title, counts]) => (
        <section key={name}>
          <h2>{title}</h2>
          <ul class="facet">
            {counts.map(([value, count]) => <li key={value}>{link(name, value, value, count)}</li>)}
          </ul>
        </section>
      ))}
      <section>
        <h2>Narrow by a name</h2>
        <form class="narrow" onSubmit={(e) => { e.preventDefault(); if (name.trim()) go(kind, name.trim()); setName(''); }}>
          <label>Who or what <select value={kind} onChange={(e) => setKind(e.currentTarget.value as FilterName)}>
            {(['person', 'organisation', 'place', 'author', 'contributor', 'provider'] as const).map((k) => <option key={k} value={k}>{FILTER_LABELS[k]}</option>)}
          </select></label>
          <label>Full name <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. Lloyd Austin" /></label>
          <button type="submit">Narrow</button>
        </form>
      </section>
      <section>
        <h2>Dates</h2>
        <form class="dates" onSubmit={(e) => { e.preventDefault(); go('from', from || null); go('to', to || null); }}>
          <label>From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></label>
          <label>To <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} /></label>
          <button type="submit">Apply dates</button>
        </form>
      </section>
    </aside>
  );
}

/** The list of stories: the wire, a filtered listing or search results. */
export function StoryList({ screen, state, marks, selected, hrefOf, open, more }: {
  screen: Screen; state: ListState; marks: ReadonlyMap<string, ReadonlySet<MarkKind>>; selected: number;
  hrefOf: (id: string) => string; open: (id: string) => void; more: () => void;
}) {
  const title = screen.q ? `Search: ${screen.q}` : isWire(screen) ? 'The wire' : 'Stories';
  return (
    <section class="list" aria-labelledby="list-title">
      <h2 id="list-title">{title}</h2>
      {state.error ? <p class="error" role="alert">{state.error}</p> : null}
      {!state.loading && !state.error && state.items.length === 0 ? <p class="empty">No stories{screen.q ? ' match this search' : ''}.</p> : null}
      <ol class="stories">
        {state.items.map((story, i) => {
          const storyMarks = marks.get(story.id) ?? new Set<MarkKind>();
          const current = screen.story === story.id;
          return (
            <li key={story.id} class={`${i === selected ? 'selected' : ''} ${storyMarks.has('kill') ? 'killed' : ''}`.trim()} data-id={story.id}>
              <a href={hrefOf(story.id)} aria-current={current ? 'true' : undefined} onClick={(e) => { e.preventDefault(); open(story.id); }}>
                <span class="meta">
                  <span class="provider">{story.provider ?? 'Unknown provider'}</span>
                  <Time iso={story.versionCreated ?? story.firstCreated} label="Filed" />
                  {story.language ? <span class="lang" lang={story.language}>{story.language}</span> : null}
                  <Marks marks={storyMarks} />
                </span>
                <span class="headline" lang={story.language ?? undefined}>{story.headline ?? firstWords(story.excerpt)}</span>
                {story.bylines.length > 0 || story.dateline ? (
                  <span class="byline">{[story.bylines.map((b) => b.name).join(', '), story.dateline?.text].filter(Boolean).join(' · ')}</span>
                ) : null}
              </a>
              {story.highlights?.length ? (
                <ul class="highlights">
                  {story.highlights.map((h, j) => <li key={j}><HighlightText highlight={h} /></li>)}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {state.loading ? <p class="loading" role="status">Loading…</p> : null}
      {state.nextCursor && !state.loading ? <button type="button" class="more" onClick={more}>More stories</button> : null}
    </section>
  );
}

/** The first words of a story without a headline. */
export function firstWords(text: string | null): string {
  if (!text) return '(no headline)';
  const words = text.split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.length ? `${words}…` : words;
}
