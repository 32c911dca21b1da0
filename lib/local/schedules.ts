import type { Store } from '../../lambdas/store/index.ts';

/**
 * What the cloud runs on a schedule, on one machine: a timer per job, one run at a time. The embargo clock
 * (feed-followers.ts) and the posting-block builder (lambdas/store/posting-blocks.ts).
 */

/** Builds the posting blocks of the common terms queued for one every `everyMs`, as the cloud's schedule does every five minutes. */
export function startBlockBuilder(store: Pick<Store, 'buildPostingBlocks'>, opts: { everyMs: number; log?: (line: string) => void }): { stop(): Promise<void> } {
  return startSchedule('posting blocks', opts, async () => {
    const built = await store.buildPostingBlocks(new Date().toISOString());
    if (built.terms > 0) opts.log?.(`posting blocks built for ${built.terms} common term${built.terms === 1 ? '' : 's'} (${built.postings} postings)`);
  });
}

/** Runs `work` now and every `everyMs`, one run at a time; a failed run is logged and the next one tries again. */
export function startSchedule(name: string, opts: { everyMs: number; log?: (line: string) => void }, work: () => Promise<void>): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        await work();
      } catch (error) {
        opts.log?.(`${name}: ${(error as Error).message}; trying again in ${opts.everyMs / 1000} s`);
      }
    });
  };
  const timer = setInterval(tick, opts.everyMs);
  tick();
  return { stop: async () => { clearInterval(timer); await running; } };
}
