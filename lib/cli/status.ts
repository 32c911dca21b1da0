import { UPLOAD_STATUSES, type UploadStatus } from '../../lambdas/story/index.ts';
import { CONTROL_PREFIX } from '../local/api-server.ts';
import type { LocalQueueStatus } from '../local/control.ts';

export interface StatusOptions { apiUrl: string; json: boolean }

/** Counting stops here: past it the figure reads "10000+", and the command stays quick. */
const COUNT_CAP = 10_000;

export interface PipelineStatus {
  readonly uploads: Record<UploadStatus, { count: number; capped: boolean }>;
  readonly queue: LocalQueueStatus;
  readonly newest: { id: string; headline: string | null; provider: string | null; versionCreated: string | null; firstCreated: string | null } | null;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function countUploads(apiUrl: string, status: UploadStatus): Promise<{ count: number; capped: boolean }> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page: { items: unknown[]; nextCursor: string | null } = await getJson(`${apiUrl}/uploads?status=${status}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && count < COUNT_CAP);
  return { count, capped: cursor !== null };
}

/** What the pipeline is doing: outcomes so far, the queue, the dead letters, the newest story. */
export async function readStatus(apiUrl: string): Promise<PipelineStatus> {
  const counts = await Promise.all(UPLOAD_STATUSES.map((status) => countUploads(apiUrl, status)));
  const [queue, newest] = await Promise.all([
    getJson<LocalQueueStatus>(`${apiUrl}${CONTROL_PREFIX}queue`),
    getJson<{ items: PipelineStatus['newest'][] }>(`${apiUrl}/stories?limit=1`),
  ]);
  return {
    uploads: Object.fromEntries(UPLOAD_STATUSES.map((status, i) => [status, counts[i]!])) as PipelineStatus['uploads'],
    queue,
    newest: newest.items[0] ?? null,
  };
}

/** `newswire status`: counts by outcome, queue depth, dead letters, newest story. */
export async function runStatus(opts: StatusOptions): Promise<number> {
  let status: PipelineStatus;
  try {
    status = await readStatus(opts.apiUrl);
  } catch (error) {
    console.error(`error: cannot read the status from ${opts.apiUrl} (${error instanceof Error ? error.message : String(error)}): is \`newswire dev\` running?`);
    return 1;
  }
  if (opts.json) {
    console.log(JSON.stringify(status));
    return 0;
  }
  const n = (c: { count: number; capped: boolean }) => `${c.count}${c.capped ? '+' : ''}`;
  const newest = status.newest;
  console.log([
    `uploads       ${n(status.uploads.stored)} stored, ${n(status.uploads.duplicate)} duplicate, ${n(status.uploads.rejected)} rejected`,
    `queue         ${status.queue.queued} waiting or in flight`,
    `dead letters  ${status.queue.deadLetters}${status.queue.deadLetters > 0 ? '   (fix the cause, then: newswire redrive)' : ''}`,
    `newest story  ${newest ? `${newest.versionCreated ?? newest.firstCreated ?? 'no time'}  ${newest.provider ?? 'unknown provider'}  ${newest.headline ?? '(no headline)'}  [${newest.id}]` : 'none yet'}`,
  ].join('\n'));
  return 0;
}
