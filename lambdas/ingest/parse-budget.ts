import { budgetOf, type ParseBudget } from '../story/index.ts';

/**
 * Time one file may take to parse before it is rejected `parse-timeout`. Any file under the size limit
 * parses in about 2 s at most on a 2-core machine (bench: `parseWorstCaseMs`, `parseLargeMBps`), so this
 * only trips on a case to fix; it stays far inside the ingest function's timeout (a minute a batch).
 */
export const PARSE_BUDGET_MS = 10_000;

/** A fresh budget for one file, on the process clock. */
export const parseBudget = (): ParseBudget => budgetOf(PARSE_BUDGET_MS, () => performance.now());
