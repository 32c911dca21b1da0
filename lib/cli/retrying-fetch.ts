import type { Fetcher } from './remote.ts';

/** Answers worth asking again: throttled (429), or a busy or briefly unreachable service (502–504). */
const RETRYABLE = new Set([429, 502, 503, 504]);

export interface RetryOptions {
  /** Requests in all, the first included. @default 5 */
  readonly attempts?: number;
  /** First backoff; doubles each time, with full jitter. @default 200 */
  readonly baseMs?: number;
  /** Longest single wait, whatever `Retry-After` asks. @default 10_000 */
  readonly capMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** `Retry-After` in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(response: Response, now: number): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A fetcher that asks again when the API says "not now" (429, 502, 503, 504), waiting what
 * `Retry-After` asks or an exponential backoff with jitter, at most `attempts` times. The commands'
 * requests are all GETs, so asking again changes nothing. A request that cannot connect at all is
 * not retried: that is a stack that is not running, and the user should hear so at once.
 */
export function retrying(fetcher: Fetcher, opts: RetryOptions = {}): Fetcher {
  const { attempts = 5, baseMs = 200, capMs = 10_000, random = Math.random } = opts;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (url) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetcher(url);
      if (!RETRYABLE.has(response.status) || attempt >= attempts) return response;
      await response.body?.cancel();
      const backoff = Math.floor(random() * baseMs * 2 ** (attempt - 1));
      await sleep(Math.min(capMs, Math.max(retryAfterMs(response, Date.now()) ?? 0, backoff)));
    }
  };
}
