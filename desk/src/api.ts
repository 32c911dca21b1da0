import { beginSignIn, currentToken, finishSignIn, type Auth } from './auth.ts';
import type { Change, DeskConfig, Page, Presigned, StoryRecord, StorySummary, UploadOutcome, VersionEntry } from './types.ts';

/** An answer of the API that is not a success: its status and the problem's words (RFC 9457 `detail`). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Api {
  readonly local: boolean;
  stories(query: URLSearchParams, cursor: string | null, signal?: AbortSignal): Promise<Page<StorySummary>>;
  story(id: string, version?: string): Promise<StoryRecord>;
  ninjs(id: string): Promise<Blob>;
  versions(id: string): Promise<VersionEntry[]>;
  feed(after: string | null, wait: number, signal?: AbortSignal): Promise<{ items: Change[]; nextCursor: string }>;
  uploads(query: URLSearchParams): Promise<Page<UploadOutcome>>;
  presign(filename: string): Promise<Presigned>;
  /** The local stack's queue (dead letters); null in the cloud, where SQS is not the page's to read. */
  queue(): Promise<{ queued: number; deadLetters: number } | null>;
}

/** The page's runtime configuration, `./config.json` next to it. */
export async function loadConfig(): Promise<DeskConfig> {
  // preloaded by index.html while the script loads; the server has it revalidated every time (no-cache)
  const response = await fetch('./config.json');
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as DeskConfig;
}

/**
 * Signs in when the config asks for it: finishes a sign-in the URL brings back, or starts one. Resolves
 * with the bearer token (null locally), or never (the page is leaving for the hosted UI).
 */
export async function signIn(auth: Auth | null): Promise<string | null> {
  if (!auth) return null;
  const finished = await finishSignIn(auth, sessionStorage, location.search, fetch.bind(window));
  if (finished !== null) history.replaceState(null, '', finished);
  const token = currentToken(sessionStorage);
  if (token) return token;
  location.assign(await beginSignIn(auth, sessionStorage, location.pathname + location.search));
  return new Promise(() => {});
}

export function createApi(config: DeskConfig, token: string | null): Api {
  const base = config.apiBase.replace(/\/+$/, '');
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({ ...extra, ...(token ? { authorization: `Bearer ${token}` } : {}) });
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(`${base}${path}`, { ...init, headers: headers(init.headers as Record<string, string> | undefined) });
    if (response.status === 401 && config.auth) {
      sessionStorage.removeItem('newswire.desk.token');
      location.reload();
    }
    if (!response.ok) {
      let detail = `HTTP ${response.status}`;
      try {
        const problem = (await response.json()) as { detail?: string };
        if (problem.detail) detail = problem.detail;
      } catch {
        // not a problem document: the status says it
      }
      throw new ApiError(response.status, detail);
    }
    return response;
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => (await request(path, init)).json() as Promise<T>;
  const id = (value: string) => encodeURIComponent(value);
  return {
    local: config.apiBase === '' && config.auth === null,
    stories: (query, cursor, signal) => {
      const params = new URLSearchParams(query);
      params.set('limit', '30');
      if (cursor) params.set('cursor', cursor);
      return json(`/stories?${params}`, signal ? { signal } : {});
    },
    story: (storyId, version) => json(`/stories/${id(storyId)}${version ? `?version=${encodeURIComponent(version)}` : ''}`),
    ninjs: async (storyId) => (await request(`/stories/${id(storyId)}?format=ninjs`)).blob(),
    versions: async (storyId) => (await json<{ items: VersionEntry[] }>(`/stories/${id(storyId)}/versions`)).items,
    feed: (after, wait, signal) => json(`/feed?limit=100&wait=${wait}${after ? `&after=${encodeURIComponent(after)}` : ''}`, signal ? { signal } : {}),
    uploads: (query) => json(`/uploads?${query}`),
    presign: (filename) => json('/uploads/presigned', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filename }) }),
    queue: async () => {
      if (!(config.apiBase === '' && config.auth === null)) return null;
      try {
        const response = await fetch('/_local/queue');
        return response.ok ? ((await response.json()) as { queued: number; deadLetters: number }) : null;
      } catch {
        return null;
      }
    },
  };
}

/** Uploads one file through a presigned POST; the key it will be known by. */
export async function uploadFile(api: Api, file: File): Promise<string> {
  const presigned = await api.presign(file.name || 'upload');
  if (file.size > presigned.maxBytes) throw new Error(`is larger than ${Math.round(presigned.maxBytes / 1024 / 1024)} MB, the most Newswire reads`);
  if (file.size === 0) throw new Error('is empty');
  const form = new FormData();
  for (const [name, value] of Object.entries(presigned.fields)) form.append(name, value);
  form.append('file', file);
  const response = await fetch(presigned.url, { method: 'POST', body: form });
  if (!response.ok) {
    const text = await response.text();
    throw new Error(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? `the bucket answered ${response.status}`);
  }
  return presigned.key;
}
