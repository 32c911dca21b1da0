import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createApi, loadConfig, signIn, uploadFile, type Api } from './api.ts';
import type { MarkKind } from './components.tsx';
import { followFeed } from './feed.ts';
import type { Change, StorySummary } from './types.ts';
import { EMPTY_SCREEN, isWire, listQuery, parseScreen, screenSearch, withFilter, type FilterName, type Screen } from './url-state.ts';
import { Facets, StoryList, type ListState } from './views/list.tsx';
import { StoryView } from './views/story.tsx';
import { UploadsView, type SentUpload } from './views/uploads.tsx';

const MARK_OF_KIND: Partial<Record<Change['kind'], MarkKind>> = { correction: 'correction', version: 'update', kill: 'kill', 'embargo-ended': 'embargo' };
const EMPTY_LIST: ListState = { items: [], nextCursor: null, loading: true, error: null };

const hrefOf = (screen: Screen) => `./${screenSearch(screen)}`;
const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function App({ api }: { api: Api }) {
  const [screen, setScreenState] = useState<Screen>(() => parseScreen(location.search));
  const [list, setList] = useState<ListState>(EMPTY_LIST);
  const [marks, setMarks] = useState<ReadonlyMap<string, ReadonlySet<MarkKind>>>(new Map());
  const [revisions, setRevisions] = useState<ReadonlyMap<string, number>>(new Map());
  const [selected, setSelected] = useState(-1);
  const [live, setLive] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [sent, setSent] = useState<SentUpload[]>([]);
  const [query, setQuery] = useState(screen.q);
  /** The feed is read once the first list is on screen: the two would only slow each other down. */
  const [feedOn, setFeedOn] = useState(screen.view === 'uploads');
  const searchBox = useRef<HTMLInputElement>(null);
  /** The server time the list was read at (its Date header): changes after it are new to the reader. */
  const listedAt = useRef(0);
  const screenRef = useRef(screen);
  screenRef.current = screen;

  const go = useCallback((next: Screen, replace = false) => {
    const url = hrefOf(next);
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setScreenState(next);
  }, []);
  useEffect(() => {
    const onPop = () => setScreenState(parseScreen(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => setQuery(screen.q), [screen.q]);
  useEffect(() => {
    document.title = screen.view === 'uploads' ? 'Uploads · Newswire desk' : screen.q ? `${screen.q} · Newswire desk` : 'Newswire desk';
  }, [screen]);

  // The list: read again whenever what narrows it changes.
  const listKey = `${listQuery(screen)}`;
  const load = useCallback((cursor: string | null, signal?: AbortSignal) => {
    setList((prev) => ({ ...(cursor ? prev : EMPTY_LIST), loading: true, error: null }));
    const started = Date.now();
    api.stories(listQuery(screenRef.current), cursor, signal).then(
      (page) => {
        if (!cursor) listedAt.current = started - 2000;
        setFeedOn(true);
        setList((prev) => {
          const items = cursor ? [...prev.items, ...page.items.filter((s) => !prev.items.some((p) => p.id === s.id))] : page.items;
          return { items, nextCursor: page.nextCursor, loading: false, error: null };
        });
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        setFeedOn(true);
        setList((prev) => ({ ...prev, loading: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
  }, [api]);
  // a layout effect: the list is asked for as the page renders, not after the first paint
  useLayoutEffect(() => {
    if (screen.view !== 'wire') return;
    const abort = new AbortController();
    setSelected(-1);
    load(null, abort.signal);
    return () => abort.abort();
  }, [listKey, screen.view, load]);

  // The feed: marks for what changed, new stories on the wire, the open story read again when it changes.
  useLayoutEffect(() => {
    if (!feedOn) return;
    const abort = new AbortController();
    void followFeed(api, (changes, catchingUp) => {
      const newMarks: [string, MarkKind][] = [];
      const arrived: { story: StorySummary; fresh: boolean }[] = [];
      const changed = new Set<string>();
      for (const change of changes) {
        if (change.kind === 'rejected') continue;
        const mark = MARK_OF_KIND[change.kind];
        if (mark) newMarks.push([change.storyId, mark]);
        changed.add(change.storyId);
        const fresh = listedAt.current > 0 && (!catchingUp || Date.parse(change.at) >= listedAt.current);
        if (change.kind === 'stored' || change.kind === 'embargo-ended') arrived.push({ story: change.story, fresh });
      }
      if (newMarks.length > 0) {
        setMarks((prev) => {
          const next = new Map(prev);
          for (const [id, mark] of newMarks) next.set(id, new Set([...(next.get(id) ?? []), mark]));
          return next;
        });
      }
      // summaries of listed stories follow their newest version; a kill keeps the entry, marked. What the list was
      // read after is in it already: a change caught up from before would put an older summary back, without the
      // search's score and highlights.
      const latest = new Map<string, StorySummary>();
      for (const change of changes) {
        const after = !catchingUp || (listedAt.current > 0 && Date.parse(change.at) >= listedAt.current);
        if (change.kind !== 'rejected' && change.kind !== 'kill' && after) latest.set(change.storyId, change.story);
      }
      if (latest.size > 0) {
        setList((prev) => ({
          ...prev,
          items: prev.items.map((s) => {
            const newer = latest.get(s.id);
            return newer ? { ...newer, ...(s.score !== undefined ? { score: s.score } : {}), ...(s.highlights ? { highlights: s.highlights } : {}) } : s;
          }),
        }));
      }
      // New stories on the wire: the first page read again, so that they stand where the API lists them (a
      // story without a time of its own is listed by its arrival, which a summary does not carry).
      const fresh = arrived.filter((a) => a.fresh).map((a) => a.story.id);
      if (fresh.length > 0 && isWire(screenRef.current) && screenRef.current.view === 'wire') {
        setMarks((m) => {
          const next = new Map(m);
          for (const id of fresh) next.set(id, new Set([...(next.get(id) ?? []), 'new' as MarkKind]));
          return next;
        });
        setAnnouncement(`${fresh.length} new ${fresh.length === 1 ? 'story' : 'stories'} on the wire`);
        void api.stories(listQuery(screenRef.current), null).then((page) => setList((prev) => {
          const top = new Set(page.items.map((s) => s.id));
          return { ...prev, items: [...page.items, ...prev.items.filter((s) => !top.has(s.id))] };
        }), () => {});
      }
      if (!catchingUp) {
        setRevisions((prev) => {
          const next = new Map(prev);
          for (const id of changed) next.set(id, (next.get(id) ?? 0) + 1);
          return next;
        });
      }
    }, abort.signal, setLive);
    return () => abort.abort();
  }, [api, feedOn]);
  useEffect(() => { if (screen.view === 'uploads') setFeedOn(true); }, [screen.view]);

  const open = useCallback((id: string) => go({ ...screenRef.current, story: id, view: 'wire' }), [go]);
  const filter = useCallback((name: FilterName, value: string | null) => go({ ...withFilter(screenRef.current, name, value), story: null }), [go]);

  // Keyboard: j/k move, Enter opens, / searches, Esc closes the story.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
        return;
      }
      if (e.key === '/') {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      } else if ((e.key === 'j' || e.key === 'k') && screenRef.current.view === 'wire') {
        e.preventDefault();
        setSelected((i) => {
          const count = document.querySelectorAll('.stories > li').length;
          const next = Math.max(0, Math.min(count - 1, i + (e.key === 'j' ? 1 : -1)));
          const link = document.querySelectorAll<HTMLAnchorElement>('.stories > li > a')[next];
          link?.focus();
          link?.scrollIntoView({ block: 'nearest' });
          return next;
        });
      } else if (e.key === 'Enter' && screenRef.current.view === 'wire') {
        const item = document.querySelectorAll<HTMLLIElement>('.stories > li')[selectedRef.current];
        if (item?.dataset.id && document.activeElement === document.body) open(item.dataset.id);
      } else if (e.key === 'Escape' && screenRef.current.story) {
        go({ ...screenRef.current, story: null });
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [go, open]);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  // Uploads: a file dropped anywhere goes up through a presigned POST, then is followed until its outcome.
  const upload = useCallback((files: File[]) => {
    if (files.length === 0) return;
    if (screenRef.current.view !== 'uploads') go({ ...screenRef.current, view: 'uploads', story: null });
    const start = sent.length;
    setSent((prev) => [...prev, ...files.map((f): SentUpload => ({ name: f.name, key: null, state: 'uploading', detail: null, storyId: null }))]);
    const update = (i: number, change: Partial<SentUpload>) => setSent((prev) => prev.map((s, j) => (j === start + i ? { ...s, ...change } : s)));
    files.forEach((file, i) => {
      void (async () => {
        try {
          const key = await uploadFile(api, file);
          update(i, { key, state: 'waiting', detail: 'uploaded; being ingested…' });
          for (let pause = 300; ; pause = Math.min(pause * 1.5, 5000)) {
            await new Promise((r) => setTimeout(r, pause));
            const { items } = await api.uploads(new URLSearchParams({ key, limit: '1' }));
            const outcome = items.find((o) => o.key === key);
            if (outcome) {
              update(i, { state: outcome.status, detail: outcome.status === 'rejected' ? `${outcome.code}: ${outcome.reason}` : null, storyId: outcome.storyId });
              setAnnouncement(`${file.name}: ${outcome.status}`);
              return;
            }
          }
        } catch (error) {
          update(i, { state: 'failed', detail: error instanceof Error ? error.message : String(error) });
        }
      })();
    });
  }, [api, go, sent.length]);
  useEffect(() => {
    const over = (e: DragEvent) => { if (e.dataTransfer?.types.includes('Files')) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      upload([...e.dataTransfer.files]);
    };
    addEventListener('dragover', over);
    addEventListener('drop', drop);
    return () => { removeEventListener('dragover', over); removeEventListener('drop', drop); };
  }, [upload]);

  const storyMarks = screen.story ? (marks.get(screen.story) ?? new Set<MarkKind>()) : new Set<MarkKind>();
  return (
    <>
      <a class="skip" href="#main">Skip to the stories</a>
      <header class="top">
        <h1><a href="./" onClick={(e) => { e.preventDefault(); go(EMPTY_SCREEN); }}>Newswire desk</a></h1>
        <form role="search" class="search" onSubmit={(e) => { e.preventDefault(); go({ ...screen, q: query.trim(), story: null, view: 'wire' }); }}>
          <label for="q" class="visually-hidden">Search stories</label>
          <input id="q" ref={searchBox} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)}
            placeholder={'Search: words, "a phrase", -leave-out   ( / )'} aria-describedby="q-help" autocomplete="off" />
          <button type="submit">Search</button>
          <span id="q-help" class="visually-hidden">All words must appear; quote an exact phrase; put a minus before a word to leave it out.</span>
        </form>
        <nav aria-label="Views">
          <a href={hrefOf({ ...EMPTY_SCREEN })} aria-current={screen.view === 'wire' && isWire(screen) ? 'page' : undefined} onClick={(e) => { e.preventDefault(); go(EMPTY_SCREEN); }}>Wire</a>
          <a href={hrefOf({ ...EMPTY_SCREEN, view: 'uploads' })} aria-current={screen.view === 'uploads' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); go({ ...EMPTY_SCREEN, view: 'uploads' }); }}>Uploads</a>
        </nav>
        <p class={`live${live ? ' on' : ''}`} role="status">{live ? 'Live' : 'Connecting…'}</p>
      </header>
      <p class="visually-hidden" aria-live="polite">{announcement}</p>
      <main id="main" class={`desk view-${screen.view}${screen.story ? ' has-story' : ''}`}>
        {screen.view === 'uploads' ? (
          <UploadsView api={api} sent={sent} upload={upload} storyHref={(id) => hrefOf({ ...EMPTY_SCREEN, story: id })} openStory={(id) => go({ ...EMPTY_SCREEN, story: id })} />
        ) : (
          <>
            <Facets key={listKey} screen={screen} items={list.items} hrefOf={(name, value) => hrefOf({ ...withFilter(screen, name, value), story: null })} go={filter} />
            <StoryList screen={screen} state={list} marks={marks} selected={selected} hrefOf={(id) => hrefOf({ ...screen, story: id })} open={open} more={() => load(list.nextCursor)} />
            {screen.story ? (
              <StoryView api={api} id={screen.story} revision={revisions.get(screen.story) ?? 0} marks={storyMarks}
                filterHref={(name, value) => hrefOf({ ...withFilter(screen, name, value), story: null })} filter={filter} close={() => go({ ...screen, story: null })} />
            ) : <p class="story placeholder">Open a story from the list (<kbd>j</kbd>/<kbd>k</kbd> and <kbd>Enter</kbd>).</p>}
          </>
        )}
      </main>
    </>
  );
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  try {
    const config = await loadConfig();
    const token = await signIn(config.auth);
    render(<App api={createApi(config, token)} />, root);
  } catch (error) {
    root.textContent = `The desk could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
