import { isServerError, isThrottlingError, isTransientError } from '@smithy/core/retry';

/**
 * True for an AWS error that outlived the client's own retries but that a later request may not
 * meet: throttling, a 5xx, or a dropped or timed-out connection, as the SDK's own retry strategy
 * classifies them. Anything else (a 4xx: a key S3 will not take, a denied request) will fail the same way
 * again.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Parameters<typeof isThrottlingError>[0];
  return isThrottlingError(e) || isServerError(e) || isTransientError(e);
}
