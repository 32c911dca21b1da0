import { UPLOAD_STATUSES, type UploadStatus } from '../../lambdas/story/index.ts';
import type { Target } from './target.ts';

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

/** What the pipeline is doing: outcomes so far, the queue, the dead letters, the newest story. */
export async function readStatus(target: Target): Promise<PipelineStatus> {
  const [counts, queue, newest] = await Promise.all([
    getJson<Record<UploadStatus, number> & { complete: boolean }>(target, '/uploads/counts'),
    target.queue.status(),
    getJson<{ items: PipelineStatus['newest'][] }>(target, '/stories?limit=1'),
  ]);
  return {
    uploads: Object.fromEntries(UPLOAD_STATUSES.map((status) => [status, { count: counts[status], capped: !counts.complete }])) as PipelineStatus['uploads'],
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
