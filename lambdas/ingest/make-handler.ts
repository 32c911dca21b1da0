import middy from '@middy/core';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createStore, type StoreConfig } from '../store/index.ts';
import { createClients } from '../store/all-clients.ts';
import { ingestUpload, type IngestDeps } from './ingest-upload.ts';
import { createJsonLog } from './log.ts';
import { skipS3TestEvents } from './middleware.ts';
import { parseStory } from './parse-story.ts';
import { uploadsIn } from './s3-event.ts';

export type { IngestDeps };

export function createIngestDeps(cfg: StoreConfig): IngestDeps {
  const clients = createClients(cfg);
  return {
    store: createStore(cfg, clients),
    readObject: async (upload) => {
      const object = await clients.s3.send(new GetObjectCommand({
        Bucket: cfg.bucketName, Key: upload.key, ...(upload.versionId ? { VersionId: upload.versionId } : {}),
      }));
      return object.Body!.transformToByteArray();
    },
    parse: parseStory,
    log: createJsonLog(),
  };
}

/**
 * The ingest Lambda: SQS messages carrying S3 events in, partial batch failures out. A message fails
 * alone (and is delivered again, then dead-lettered) only on a transient error; input that can never
 * be accepted is recorded as rejected and acknowledged.
 */
export const makeHandler = (deps: IngestDeps) =>
  middy(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    const results = await Promise.allSettled(event.Records.map(async (record) => {
      for (const upload of uploadsIn(record)) await ingestUpload(upload, deps);
    }));
    const batchItemFailures = event.Records.flatMap((record, i) => {
      const result = results[i]!;
      if (result.status === 'fulfilled') return [];
      deps.log('error', 'message failed; it will be delivered again', {
        messageId: record.messageId, requestId: context.awsRequestId, error: String(result.reason),
        receiveCount: record.attributes?.ApproximateReceiveCount,
      });
      return [{ itemIdentifier: record.messageId }];
    });
    return { batchItemFailures };
  }).use(skipS3TestEvents());
