import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE } from './metric-names.ts';

export { INGEST_METRICS, INGEST_SERVICE, METRICS_NAMESPACE } from './metric-names.ts';

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
