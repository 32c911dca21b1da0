import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api.ts';
import { Time } from '../components.tsx';
import type { UploadOutcome } from '../types.ts';

/** An upload made from this page, followed until it has an outcome. */
export interface SentUpload {
  readonly name: string;
  readonly key: string | null;
  readonly state: 'uploading' | 'waiting' | 'stored' | 'duplicate' | 'rejected' | 'failed';
  readonly detail: string | null;
  readonly storyId: string | null;
}

const STATUSES = ['', 'stored', 'duplicate', 'rejected'] as const;

/** What became of each upload, dead letters, and the drop zone. */
export function UploadsView({ api, sent, upload, storyHref, openStory }: {
  api: Api; sent: readonly SentUpload[]; upload: (files: File[]) => void; storyHref: (id: string) => string; openStory: (id: string) => void;
}) {
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('');
  const [page, setPage] = useState<{ items: UploadOutcome[]; nextCursor: string | null; error: string | null }>({ items: [], nextCursor: null, error: null });
  const [queue, setQueue] = useState<{ queued: number; deadLetters: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const settled = sent.filter((s) => s.state !== 'uploading' && s.state !== 'waiting').length;

  const load = (cursor: string | null) => {
    const query = new URLSearchParams({ limit: '50' });
    if (status) query.set('status', status);
    if (cursor) query.set('cursor', cursor);
    api.uploads(query).then(
      (next) => setPage((prev) => ({ items: cursor ? [...prev.items, ...next.items] : next.items, nextCursor: next.nextCursor, error: null })),
      (error: unknown) => setPage((prev) => ({ ...prev, error: error instanceof Error ? error.message : String(error) })),
    );
  };
  useEffect(() => load(null), [api, status, settled]);
  useEffect(() => {
    void api.queue().then(setQueue);
  }, [api, settled]);

  const storyLink = (id: string | null) => (id ? <a href={storyHref(id)} onClick={(e) => { e.preventDefault(); openStory(id); }}>open story</a> : null);
  return (
    <section class="uploads" aria-labelledby="uploads-title">
      <h2 id="uploads-title">Uploads</h2>
      <div
        class={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); e.stopPropagation(); setDragging(false); upload([...(e.dataTransfer?.files ?? [])]); }}
      >
        <p>Drop wire files here, anywhere on the page, or</p>
        <label class="button">Choose files<input type="file" multiple class="visually-hidden" onChange={(e) => { upload([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }} /></label>
        <p class="hint">Each file goes to the upload bucket under incoming/ (5 MB at most) and is ingested like any other upload.</p>
      </div>
      {sent.length > 0 ? (
        <section aria-labelledby="sent-title"><h3 id="sent-title">Sent from this page</h3>
          <ul class="sent" aria-live="polite">
            {sent.map((s, i) => (
              <li key={i} class={`upload upload-${s.state}`} data-key={s.key ?? ''}>
                <strong>{s.name}</strong> <span class={`status status-${s.state}`}>{s.state}</span>
                {s.detail ? <span class="reason"> {s.detail}</span> : null} {storyLink(s.storyId)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="queue-title"><h3 id="queue-title">Queue</h3>
        {queue ? (
          <p class={queue.deadLetters > 0 ? 'error' : undefined}>
            {queue.queued} waiting to be ingested; {queue.deadLetters} dead letter{queue.deadLetters === 1 ? '' : 's'}
            {queue.deadLetters > 0 ? ' (failed five times: see `newswire status`, then `newswire redrive` once the cause is fixed)' : ''}.
          </p>
        ) : <p>Dead letters are counted by <code>newswire status</code> and the stack's dead-letter alarm.</p>}
      </section>
      <section aria-labelledby="outcomes-title"><h3 id="outcomes-title">Outcomes</h3>
        <label>Show <select value={status} onChange={(e) => setStatus(e.currentTarget.value as (typeof STATUSES)[number])}>
          {STATUSES.map((s) => <option key={s} value={s}>{s || 'all'}</option>)}
        </select></label>
        {page.error ? <p class="error" role="alert">{page.error}</p> : null}
        <table class="outcomes">
          <thead><tr><th scope="col">Key</th><th scope="col">Outcome</th><th scope="col">Code</th><th scope="col">Reason</th><th scope="col">Received</th><th scope="col">Story</th></tr></thead>
          <tbody>
            {page.items.map((u) => (
              <tr key={`${u.key} ${u.receivedAt}`} class={`upload-${u.status}`}>
                <td class="key">{u.key}</td><td>{u.status}</td><td>{u.code ?? ''}</td><td>{u.reason ?? ''}</td>
                <td><Time iso={u.receivedAt} label="Received" /></td><td>{storyLink(u.storyId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page.nextCursor ? <button type="button" class="more" onClick={() => load(page.nextCursor)}>More uploads</button> : null}
      </section>
    </section>
  );
}
