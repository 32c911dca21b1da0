import { UPLOAD_STATUSES, type UploadStatus } from '../../lambdas/story/index.ts';
import type { Target } from './target.ts';

/** Counting stops here: past it the figure reads "10000+", and the command stays quick. */
const COUNT_CAP = 10_000;

export interface PipelineStatus {
  readonly uploads: Record<UploadStatus, { count: number; capped: boolean }>;
  readonly queue: { queued: number; deadLetters: number };
  readonly newest: { id: string; headline: string | null; provider: string | null; versionCreated: string | null; firstCreated: string | null } | null;
}

async function getJson<T>(target: Target, path: string): Promise<T> {
  const response = await target.fetch(`${target.apiUrl}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

async function countUploads(target: Target, status: UploadStatus): Promise<{ count: number; capped: boolean }> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const page: { items: unknown[]; nextCursor: string | null } = await getJson(target, `/uploads?status=${status}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && count < COUNT_CAP);
  return { count, capped: cursor !== null };
}

/** What the pipeline is doing: outcomes so far, the queue, the dead letters, the newest story. */
export async function readStatus(target: Target): Promise<PipelineStatus> {
  const counts = await Promise.all(UPLOAD_STATUSES.map((status) => countUploads(target, status)));
  const [queue, newest] = await Promise.all([
    target.queue.status(),
    getJson<{ items: PipelineStatus['newest'][] }>(target, '/stories?limit=1'),
  ]);
  return {
    uploads: Object.fromEntries(UPLOAD_STATUSES.map((status, i) => [status, counts[i]!])) as PipelineStatus['uploads'],
    queue,
    newest: newest.items[0] ?? null,
  };
}

/** `newswire status [--stack NAME]`: counts by outcome, queue depth, dead letters, newest story. */
export async function runStatus(target: Target, opts: { json: boolean }): Promise<number> {
  let status: PipelineStatus;
  try {
    status = await readStatus(target);
  } catch (error) {
    console.error(`error: cannot read the status of ${target.description}: ${error instanceof Error ? error.message : String(error)}`);
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
