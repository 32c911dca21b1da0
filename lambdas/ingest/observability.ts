import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** CloudWatch namespace of every Newswire metric; the stack's alarms and dashboard read the same names. */
export const METRICS_NAMESPACE = 'Newswire';

/** The ingest function's metrics (embedded metric format), by name. */
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

export interface Observability {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/**
 * Structured JSON logs (one line per event; level from AWS_LAMBDA_LOG_LEVEL or POWERTOOLS_LOG_LEVEL)
 * and metrics in the embedded metric format, both from Powertools for AWS Lambda.
 */
export function createObservability(serviceName: string): Observability {
  return {
    logger: new Logger({ serviceName }),
    metrics: new Metrics({ namespace: METRICS_NAMESPACE, serviceName }),
  };
}

export { MetricUnit };
