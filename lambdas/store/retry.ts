/**
 * How the handlers' AWS clients retry: up to `maxAttempts` per call, exponential backoff with full
 * jitter (longer for throttling), and NO retry quota. The SDK's standard strategy stops retrying a
 * client once a burst of failures has drained its token bucket, until successes refill it; a
 * handler processing a batch would then fail messages that one more attempt would have saved,
 * sending them back through the queue and, after five receives, to the dead-letter queue. Retries
 * stay bounded per call (attempts) and per function (the event source mapping's max concurrency).
 *
 * Structurally the SDK's RetryStrategyV2 (@smithy/types), typed here so as to import nothing.
 */
interface RetryToken { getRetryCount(): number; getRetryDelay(): number }
interface RetryErrorInfo { error?: unknown; errorType: 'TRANSIENT' | 'THROTTLING' | 'SERVER_ERROR' | 'CLIENT_ERROR' }

const token = (count: number, delay: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => delay });

export function retryWithoutQuota(maxAttempts: number, opts: { baseMs?: number; throttlingBaseMs?: number; capMs?: number; random?: () => number } = {}) {
  const { baseMs = 25, throttlingBaseMs = 100, capMs = 5_000, random = Math.random } = opts;
  return {
    acquireInitialRetryToken: async (_scope: string): Promise<RetryToken> => token(0, 0),
    refreshRetryTokenForRetry: async (previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> => {
      const retries = previous.getRetryCount() + 1;
      if (info.errorType === 'CLIENT_ERROR' || retries >= maxAttempts) throw info.error ?? new Error('no retry left');
      const base = info.errorType === 'THROTTLING' ? throttlingBaseMs : baseMs;
      return token(retries, Math.floor(random() * Math.min(capMs, base * 2 ** retries)));
    },
    recordSuccess: (_token: RetryToken): void => {},
  };
}
