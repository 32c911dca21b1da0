import middy from '@middy/core';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createStore, type StoreConfig } from '../store/index.ts';
import { createClients } from '../store/all-clients.ts';
import { ingestUpload, type IngestDeps } from './ingest-upload.ts';
import { skipS3TestEvents } from './middleware.ts';
import { INGEST_METRICS, INGEST_SERVICE, MetricUnit, createObservability } from './observability.ts';
import { parseBudget } from './parse-budget.ts';
import { parseStories } from './parse-story.ts';
import { uploadsIn } from './s3-event.ts';

export type { IngestDeps };

export function createIngestDeps(cfg: StoreConfig): IngestDeps {
  const clients = createClients(cfg);
  return {
    ...createObservability(INGEST_SERVICE),
    store: createStore(cfg, clients),
    readObject: async (upload) => {
      const object = await clients.s3.send(new GetObjectCommand({
        Bucket: cfg.bucketName, Key: upload.key, ...(upload.versionId ? { VersionId: upload.versionId } : {}),
      }));
      return object.Body!.transformToByteArray();
    },
    parse: (bytes, opts) => parseStories(bytes, { ...opts, budget: parseBudget() }),
    clock: () => new Date().toISOString(),
  };
}

/**
 * The ingest Lambda: SQS messages carrying S3 events in, partial batch failures out. A message fails
 * alone (and is delivered again, then dead-lettered) only on a transient error; input that can never
 * be accepted is recorded as rejected and acknowledged.
 */
export const makeHandler = (deps: IngestDeps) =>
  middy(async (event: SQSEvent, _context: Context): Promise<SQSBatchResponse> => {
    const results = await Promise.allSettled(event.Records.map(async (record) => {
      for (const upload of uploadsIn(record)) await ingestUpload(upload, deps);
    }));
    const batchItemFailures = event.Records.flatMap((record, i) => {
      const result = results[i]!;
      if (result.status === 'fulfilled') return [];
      deps.metrics.addMetric(INGEST_METRICS.failures, MetricUnit.Count, 1);
      deps.logger.warn('message failed; it will be delivered again', {
        messageId: record.messageId, receiveCount: record.attributes?.ApproximateReceiveCount, error: result.reason as Error,
      });
      return [{ itemIdentifier: record.messageId }];
    });
    return { batchItemFailures };
  })
    .use(injectLambdaContext(deps.logger))
    .use(logMetrics(deps.metrics))
    .use(skipS3TestEvents());
