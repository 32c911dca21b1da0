import type { Api } from './api.ts';
import type { Change } from './types.ts';

/**
 * Follows `GET /feed` for the page: reads what the feed keeps up to now (`catchingUp`: marks for stories
 * already listed), then long-polls for new changes, each delivered once, in order. Stops with the signal.
 */
export async function followFeed(api: Api, onChanges: (changes: Change[], catchingUp: boolean) => void, signal: AbortSignal, onState?: (live: boolean) => void): Promise<void> {
  let cursor: string | null = null;
  let catchingUp = true;
  let pause = 1000;
  while (!signal.aborted) {
    try {
      const page = await api.feed(cursor, catchingUp ? 0 : 20, signal);
      cursor = page.nextCursor;
      if (page.items.length > 0) onChanges(page.items, catchingUp);
      if (catchingUp && page.items.length === 0) catchingUp = false;
      if (!catchingUp) onState?.(true);
      pause = 1000;
    } catch {
      if (signal.aborted) return;
      onState?.(false);
      // the API is away (stopped, restarting): ask again, less and less often
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 30_000);
    }
  }
}
