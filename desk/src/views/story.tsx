import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, type Api } from '../api.ts';
import { Marks, Time, type MarkKind } from '../components.tsx';
import { entityPatterns, markEntities } from '../entities.ts';
import type { FilterName } from '../url-state.ts';
import type { StoryRecord, VersionEntry } from '../types.ts';
import { diffStats, versionText, wordDiff, type DiffPart } from '../word-diff.ts';
import { firstWords } from './list.tsx';

type Loaded =
  | { status: 'loading' }
  | { status: 'found'; record: StoryRecord; versions: VersionEntry[] }
  | { status: 'killed' }
  | { status: 'missing' }
  | { status: 'error'; message: string };

const ROLE_LABELS = { reporter: 'Reporting', contributor: 'Contributed', editor: 'Editing' } as const;

/** One story: what Newswire knows of it. `revision` changes when the feed says the story changed. */
export function StoryView({ api, id, revision, marks, filterHref, filter, close }: {
  api: Api; id: string; revision: number; marks: ReadonlySet<MarkKind>;
  filterHref: (name: FilterName, value: string) => string; filter: (name: FilterName, value: string) => void; close: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let stale = false;
    Promise.all([api.story(id), api.versions(id)]).then(
      ([record, versions]) => !stale && setLoaded({ status: 'found', record, versions }),
      (error: unknown) => {
        if (stale) return;
        if (error instanceof ApiError && error.status === 410) setLoaded({ status: 'killed' });
        else if (error instanceof ApiError && error.status === 404) setLoaded({ status: 'missing' });
        else setLoaded({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => { stale = true; };
  }, [api, id, revision]);

  return (
    <article class="story" aria-labelledby="story-title" tabIndex={-1} id="story">
      <p class="close"><button type="button" class="link" onClick={close}>Close story <kbd>Esc</kbd></button></p>
      {loaded.status === 'loading' ? <p role="status">Loading the story…</p> : null}
      {loaded.status === 'killed' ? (
        <div class="notice killed" role="alert">
          <h2 id="story-title">This story was killed</h2>
          <p>Its provider withdrew it. Do not publish it; remove it wherever it was used. Its text and versions are no longer served.</p>
        </div>
      ) : null}
      {loaded.status === 'missing' ? (
        <div class="notice" role="alert"><h2 id="story-title">No such story</h2><p>It does not exist, or is withheld or under embargo.</p></div>
      ) : null}
      {loaded.status === 'error' ? <div class="notice" role="alert"><h2 id="story-title">The story could not be read</h2><p>{loaded.message}</p></div> : null}
      {loaded.status === 'found' ? <Story api={api} record={loaded.record} versions={loaded.versions} marks={marks} filterHref={filterHref} filter={filter} /> : null}
    </article>
  );
}

function Story({ api, record, versions, marks, filterHref, filter }: {
  api: Api; record: StoryRecord; versions: VersionEntry[]; marks: ReadonlySet<MarkKind>;
  filterHref: (name: FilterName, value: string) => string; filter: (name: FilterName, value: string) => void;
}) {
  const patterns = useMemo(() => entityPatterns(record), [record]);
  const link = (name: FilterName, value: string, text = value, kind?: string) => (
    <a href={filterHref(name, value)} class={kind ? `entity entity-${kind}` : undefined} onClick={(e) => { e.preventDefault(); filter(name, value); }}>{text}</a>
  );
  const signals = new Set<MarkKind>(marks);
  if (record.signals.includes('correction')) signals.add('correction');
  if (record.signals.includes('update')) signals.add('update');
  const download = async () => {
    const blob = await api.ninjs(record.id);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${record.id}.ninjs.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <>
      <header>
        <p class="meta">
          {record.provider ? link('provider', record.provider) : 'Unknown provider'}
          {record.slugline ? <span class="slug">{record.slugline}</span> : null}
          {record.language ? <span class="lang">{record.language}</span> : null}
          <Marks marks={signals} />
        </p>
        <h2 id="story-title" lang={record.language ?? undefined}>{record.headline ?? firstWords(record.body.paragraphs[0] ?? null)}</h2>
        {record.edNote ? <p class="ednote">Note: {record.edNote}</p> : null}
        {record.bylines.length > 0 ? (
          <p class="byline">By {record.bylines.map((b, i) => (
            <span key={i}>{i > 0 ? ', ' : ''}{link('author', b.name)}{b.title ? `, ${b.title}` : ''}{b.location ? ` (${b.location})` : ''}</span>
          ))}</p>
        ) : record.byline ? <p class="byline">{record.byline}</p> : null}
        <dl class="times">
          {record.dateline ? <><dt>Dateline</dt><dd>{record.dateline.text}</dd></> : null}
          {record.firstCreated ? <><dt>First filed</dt><dd><Time iso={record.firstCreated} label="First filed" /></dd></> : null}
          {record.versionCreated ? <><dt>This version</dt><dd><Time iso={record.versionCreated} label="This version" /></dd></> : null}
          {record.embargoedUntil ? <><dt>Embargoed until</dt><dd><Time iso={record.embargoedUntil} label="Embargo" /></dd></> : null}
        </dl>
        <p><button type="button" onClick={() => void download()}>Download ninjs</button></p>
      </header>
      <div class="body" lang={record.language ?? undefined}>
        {record.body.paragraphs.map((paragraph, i) => (
          <p key={i}>{markEntities(paragraph, patterns).map((run, j) => (run.kind && run.name
            ? <a key={j} href={filterHref(run.kind, run.name)} class={`entity entity-${run.kind}`} title={`${run.kind}: ${run.name}`} onClick={(e) => { e.preventDefault(); filter(run.kind!, run.name!); }}>{run.text}</a>
            : run.text))}</p>
        ))}
      </div>
      {record.contributors.length > 0 ? (
        <section aria-labelledby="contributors"><h3 id="contributors">Contributors</h3>
          <ul>{record.contributors.map((c, i) => <li key={i}>{ROLE_LABELS[c.role]}: {link('contributor', c.name)}{c.location ? ` in ${c.location}` : ''}</li>)}</ul>
        </section>
      ) : null}
      <Entities title="People" items={record.people.map((p) => ({ name: p.name, note: p.title, mentions: p.mentions }))} render={(name) => link('person', name, name, 'person')} />
      <Entities title="Organisations" items={record.organisations} render={(name) => link('organisation', name, name, 'organisation')} />
      <Entities title="Places" items={record.places} render={(name) => link('place', name, name, 'place')} />
      {record.quotes.length > 0 ? (
        <section aria-labelledby="quotes"><h3 id="quotes">Quotes</h3>
          {record.quotes.map((q, i) => (
            <figure key={i} class="quote"><blockquote lang={record.language ?? undefined}>“{q.text}”</blockquote><figcaption>— {q.speaker ? link('person', q.speaker) : 'speaker unknown'}</figcaption></figure>
          ))}
        </section>
      ) : null}
      <Versions key={versions.map((v) => v.version).join(' ')} api={api} id={record.id} versions={versions} />
    </>
  );
}

function Entities({ title, items, render }: { title: string; items: readonly { name: string; mentions: number; note?: string | null }[]; render: (name: string) => preact.ComponentChild }) {
  if (items.length === 0) return null;
  const id = `entities-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id}><h3 id={id}>{title}</h3>
      <ul class="entities">{items.map((e) => <li key={e.name}>{render(e.name)}{e.note ? `, ${e.note}` : ''} <span class="count">×{e.mentions}</span></li>)}</ul>
    </section>
  );
}

/** The versions as a timeline, and what changed between two of them. */
function Versions({ api, id, versions }: { api: Api; id: string; versions: VersionEntry[] }) {
  const [older, setOlder] = useState(versions.length > 1 ? versions[versions.length - 2]!.version : '');
  const [newer, setNewer] = useState(versions.at(-1)?.version ?? '');
  const [diff, setDiff] = useState<{ parts: DiffPart[] } | { error: string } | null>(null);
  useEffect(() => {
    setDiff(null);
    if (!older || !newer || older === newer) return;
    let stale = false;
    Promise.all([api.story(id, older), api.story(id, newer)]).then(
      ([a, b]) => !stale && setDiff({ parts: wordDiff(versionText(a), versionText(b)) }),
      (error: unknown) => !stale && setDiff({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => { stale = true; };
  }, [api, id, older, newer]);
  const stats = diff && 'parts' in diff ? diffStats(diff.parts) : null;
  return (
    <section aria-labelledby="versions" class="versions"><h3 id="versions">Versions</h3>
      <ol class="timeline">
        {versions.map((v) => (
          <li key={v.version}>
            <Time iso={v.versionCreated} label={`Version ${v.version}`} /> <span class="version">v{v.version}</span>{' '}
            {v.signals.map((s) => <span key={s} class={`mark mark-${s === 'kill' ? 'kill' : s}`}>{s}</span>)}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <>
          <form class="compare" onSubmit={(e) => e.preventDefault()}>
            <label>Compare <select value={older} onChange={(e) => setOlder(e.currentTarget.value)}>{versions.map((v) => <option key={v.version} value={v.version}>v{v.version}</option>)}</select></label>
            <label>with <select value={newer} onChange={(e) => setNewer(e.currentTarget.value)}>{versions.map((v) => <option key={v.version} value={v.version}>v{v.version}</option>)}</select></label>
          </form>
          {diff && 'error' in diff ? <p class="error">{diff.error}</p> : null}
          {stats ? <p class="diffstats" role="status">{stats.added} words added, {stats.removed} removed</p> : null}
          {diff && 'parts' in diff ? (
            <div class="diff" aria-label={`Changes from version ${older} to version ${newer}`}>
              {diff.parts.map((part, i) => (part.change === 'added' ? <ins key={i}>{part.text}</ins> : part.change === 'removed' ? <del key={i}>{part.text}</del> : part.text))}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
