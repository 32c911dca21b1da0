import { NewswireError } from '../story/index.ts';

/**
 * The search engine did not take a bulk request as a whole: unreachable, timed out, throttled (429), failing
 * (5xx), or an answer that is not a bulk answer. Nothing of the request can be trusted to be written, so the
 * stream delivers the batch again (and, still failing, halves it: `bisectBatchOnError`).
 */
export class SearchUnavailableError extends NewswireError {
  /** The HTTP status, or 0 when no answer came. */
  readonly status: number;
  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SearchUnavailableError';
    this.status = status;
  }
}

/** The export's settings are missing or malformed (environment, or the `export-search` command's options). */
export class ExportConfigError extends NewswireError {
  constructor(message: string) {
    super(message);
    this.name = 'ExportConfigError';
  }
}
