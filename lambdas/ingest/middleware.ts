import type { MiddlewareObj } from '@middy/core';
import type { SQSEvent } from 'aws-lambda';
import { isS3TestEvent } from './s3-event.ts';

const parseBody = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined; // not JSON: left for the handler to fail, so that it reaches the dead-letter queue
  }
};

/**
 * Drops the `s3:TestEvent` that S3 sends when notifications are configured: a consumer that tries to
 * ingest it fails the whole batch over and over (research/serverless-anchors.md §2).
 */
export const skipS3TestEvents = (): MiddlewareObj<SQSEvent> => ({
  before: (request) => {
    request.event = { ...request.event, Records: request.event.Records.filter((r) => !isS3TestEvent(parseBody(r.body))) };
  },
});
