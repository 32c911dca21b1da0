import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Store } from '../../lambdas/store/index.ts';
import type { Change } from '../../lambdas/story/index.ts';
import { startSchedule } from './schedules.ts';

/**
 * What follows the feed on one machine (issue 14): the embargo clock, which the cloud runs as a schedule, and
 * `newswire dev --webhook URL`, which stands where the cloud has EventBridge: each change, as the `detail` of its
 * event, POSTed to a URL. Both run beside ingest and never hold it up.
 */

export interface Follower {
  stop(): Promise<void>;
}

/** Releases ended embargoes into the feed every `everyMs`, as the cloud's schedule does every minute. */
export function startEmbargoClock(store: Pick<Store, 'releaseEmbargoes'>, opts: { everyMs: number; log?: (line: string) => void }): Follower {
  return startSchedule('embargo clock', opts, async () => {
    const released = await store.releaseEmbargoes(new Date().toISOString());
    if (released > 0) opts.log?.(`embargo ended for ${released} stor${released === 1 ? 'y' : 'ies'}: in the feed now`);
  });
}

export interface WebhookOptions {
  readonly url: string;
  /** Where the position in the feed is kept between runs (a restart goes on, it does not post everything again). */
  readonly positionFile: string;
  readonly log?: (line: string) => void;
  /** A read of the feed that finds nothing waits this long before the next. @default 500 */
  readonly pollMs?: number;
  /** The first retry of a failed POST after this long, doubling up to a minute. @default 1000 */
  readonly retryMs?: number;
  readonly fetch?: typeof fetch;
}

const MAX_RETRY_MS = 60_000;
const POST_TIMEOUT_MS = 10_000;

/**
 * POSTs every change to a URL, in feed order, at least once: a change is posted until the URL answers 2xx (with
 * backoff; the ones after it wait, so order holds), and the position moves on only after. The body is the change
 * (the EventBridge event's `detail`); headers name its kind and key, which a receiver dedupes on.
 */
export function startWebhook(store: Pick<Store, 'readChanges'>, opts: WebhookOptions): Follower {
  const post = opts.fetch ?? fetch;
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => { clearTimeout(timer); resolve(); };
  });

  const deliver = async (change: Change): Promise<void> => {
    for (let retry = opts.retryMs ?? 1000; !stopped; retry = Math.min(retry * 2, MAX_RETRY_MS)) {
      try {
        const response = await post(opts.url, {
          method: 'POST', signal: AbortSignal.timeout(POST_TIMEOUT_MS), body: JSON.stringify(change),
          headers: { 'content-type': 'application/json', 'x-newswire-kind': change.kind, 'x-newswire-key': change.key, 'x-newswire-seq': String(change.seq) },
        });
        if (response.ok) return;
        opts.log?.(`webhook ${opts.url} answered ${response.status} to change ${change.seq}; trying again in ${retry / 1000} s`);
      } catch (error) {
        opts.log?.(`webhook ${opts.url}: ${(error as Error).message}; trying again in ${retry / 1000} s`);
      }
      await pause(retry);
    }
  };

  const run = (async () => {
    let after = await readPosition(opts.positionFile);
    while (!stopped) {
      try {
        const page = await store.readChanges({ after, limit: 50, now: new Date().toISOString() });
        for (const change of page.items) {
          await deliver(change);
          if (stopped) return;
          after = change.seq;
          await writePosition(opts.positionFile, after);
        }
        if (page.last > after) await writePosition(opts.positionFile, (after = page.last));
        if (page.items.length === 0) await pause(opts.pollMs ?? 500);
      } catch (error) {
        opts.log?.(`webhook: reading the feed failed: ${(error as Error).message}`);
        await pause(opts.retryMs ?? 1000);
      }
    }
  })();
  return { stop: async () => { stopped = true; wake?.(); await run; } };
}

async function readPosition(file: string): Promise<number> {
  try {
    const { after } = JSON.parse(await readFile(file, 'utf8')) as { after?: unknown };
    return typeof after === 'number' && Number.isSafeInteger(after) && after >= 0 ? after : 0;
  } catch {
    return 0;
  }
}

async function writePosition(file: string, after: number): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify({ after }));
  await rename(`${file}.tmp`, file);
}
