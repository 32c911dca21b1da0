import type { S3EventRecord, SQSRecord } from 'aws-lambda';
import type { UploadRef } from '../store/index.ts';

/** The message S3 sends once when a notification is configured: no Records, nothing to ingest. */
export const isS3TestEvent = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { Event?: unknown }).Event === 's3:TestEvent';

/** S3 URL-encodes keys in events, with `+` for spaces (S3 docs, "Event message structure"). */
export const decodeS3Key = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

/** The uploads an SQS message announces: the object-created records of the S3 event in its body. */
export function uploadsIn(record: SQSRecord): UploadRef[] {
  const body = JSON.parse(record.body) as { Records?: S3EventRecord[] };
  if (isS3TestEvent(body)) return [];
  return (body.Records ?? [])
    .filter((r) => r.eventSource === 'aws:s3' && r.eventName.startsWith('ObjectCreated:'))
    .map((r) => ({
      key: decodeS3Key(r.s3.object.key),
      etag: r.s3.object.eTag ?? null,
      versionId: r.s3.object.versionId ?? null,
      sequencer: r.s3.object.sequencer ?? null,
      size: r.s3.object.size ?? 0,
      receivedAt: new Date(r.eventTime).toISOString(),
    }));
}
