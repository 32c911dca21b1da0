import type { RejectionCode } from './constants.ts';

/** Base of every error Newswire raises on purpose. */
export class NewswireError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NewswireError';
  }
}

/**
 * Input that can never be accepted: the upload is recorded as `rejected` with this code and message,
 * and is not retried. The message is shown to people, so it says what to do.
 */
export class RejectionError extends NewswireError {
  readonly code: RejectionCode;
  constructor(code: RejectionCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RejectionError';
    this.code = code;
  }
}
