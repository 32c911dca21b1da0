/**
 * Names of Newswire's own metrics (embedded metric format), shared by the handlers that emit them
 * and the stack's alarms and dashboard that read them. Powertools adds the `service` dimension.
 */
export const METRICS_NAMESPACE = 'Newswire';
export const INGEST_SERVICE = 'newswire-ingest';

export const INGEST_METRICS = {
  stored: 'UploadsStored',
  duplicate: 'UploadsDuplicate',
  rejected: 'UploadsRejected',
  /** With a `code` dimension, one series per rejection code. */
  rejectedByCode: 'RejectionsByCode',
  /** A version that arrived after a newer one: stored, not current. */
  late: 'VersionsArrivedLate',
  kills: 'Kills',
  failures: 'MessagesFailed',
  parseTime: 'ParseTime',
} as const;
