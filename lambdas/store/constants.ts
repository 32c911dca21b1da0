/** S3 layout of the upload bucket (CONTRACT.md §4). */
export const INCOMING_PREFIX = 'incoming/';
/** Story records too large for a DynamoDB item live here, in the same bucket. */
export const RECORDS_PREFIX = 'records/';
/** A copy of every rejection report, next to the upload it speaks of. */
export const REJECTED_PREFIX = 'rejected/';

/** The ingest queue hands a message to the dead-letter queue after this many receives. */
export const MAX_RECEIVES = 5;

/** Largest upload Newswire reads; bigger objects are rejected `too-large` from the event's size alone. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
