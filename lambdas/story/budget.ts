import { RejectionError } from './errors.ts';

/**
 * A cooperative time budget for parsing one file. The domain has no clock (ARCHITECTURE.md), so the caller
 * hands in one; the parser asks between stages and between sentences. Every stage is linear and the
 * bench holds the worst case near a second (issue 10), so this is the last line of defence: a file that
 * overruns is rejected `parse-timeout` with its outcome recorded, never a Lambda timeout that would fail
 * its whole batch again and again.
 */
export interface ParseBudget {
  /** @throws RejectionError `parse-timeout` once the budget is spent */
  check(): void;
}

/** No limit: for tests and tools that parse trusted files. */
export const UNLIMITED: ParseBudget = { check: () => {} };

/** A budget of `ms` milliseconds from now, on the caller's clock (`performance.now`). */
export function budgetOf(ms: number, now: () => number): ParseBudget {
  const deadline = now() + ms;
  return {
    check() {
      if (now() > deadline) {
        throw new RejectionError('parse-timeout', `the file took more than ${ms / 1000} s to parse, which no story of this size should; it is refused rather than left to time out. Send it split into one story per file, or tell us: it may be a case to fix`);
      }
    },
  };
}
