import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { StoreConfig } from '../store/env.ts';

export interface IngestDeps {
  readonly placeholder?: StoreConfig;
}

export function createIngestDeps(cfg: StoreConfig): IngestDeps {
  return { placeholder: cfg };
}

/** The ingest Lambda: SQS messages carrying S3 events in, partial batch failures out. */
export const makeHandler = (_deps: IngestDeps) => async (_event: SQSEvent, _context: Context): Promise<SQSBatchResponse> => ({ batchItemFailures: [] });
