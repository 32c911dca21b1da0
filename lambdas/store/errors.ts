import { NewswireError } from '../story/errors.ts';

/** A listing cursor that this store did not hand out, or that was altered. */
export class InvalidCursorError extends NewswireError {
  constructor(message = 'the cursor is not one this API handed out', options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidCursorError';
  }
}

/** A keyword query with nothing to search for: only stop words, punctuation or single letters. */
export class NoSearchTermsError extends NewswireError {
  constructor(message = 'has no words to search for (only stop words, punctuation or single letters)') {
    super(message);
    this.name = 'NoSearchTermsError';
  }
}
