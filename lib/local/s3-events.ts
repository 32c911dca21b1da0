import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { S3EventRecord, SQSRecord } from 'aws-lambda';
import { LOCAL_ACCOUNT, LOCAL_QUEUE_NAME, LOCAL_REGION } from './defaults.ts';

/** The body of an S3 notification, as s3rver's `'event'` emitter hands it over. */
export interface S3Notification {
  readonly Records: S3EventRecord[];
}

export const LOCAL_QUEUE_ARN = `arn:aws:sqs:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${LOCAL_QUEUE_NAME}`;
/** A sender id in the shape SQS reports for S3's notifications (an IAM unique id); its value is not meaningful. */
const S3_SENDER_ID = 'AIDAJHIPRHEMV73VRJEBU';

/**
 * A key as S3 writes it into event notifications: form-encoded, each path segment with
 * `encodeURIComponent`, and spaces as `+`. s3rver reports keys raw (research/local-emulators.md).
 * `in/with space+plus ü.txt` → `in/with+space%2Bplus+%C3%BC.txt`.
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
    .replaceAll('%20', '+');
}

/** The inverse, as a handler does it: `+` is a space, the rest percent-decoding. */
export function decodeS3EventKey(encoded: string): string {
  return decodeURIComponent(encoded.replaceAll('+', ' '));
}

export interface EventFilter {
  /** The bucket whose notifications go to the queue. */
  readonly bucket: string;
  /** Only keys under this prefix are delivered, like the bucket notification's prefix filter. */
  readonly prefix: string;
}

/**
 * The records S3 would deliver for this notification: `ObjectCreated:*` under the prefix only,
 * with the key encoded the way S3 encodes it and s3rver's odd bucket ARN straightened.
 */
export function deliverableRecords(notification: S3Notification, filter: EventFilter): S3EventRecord[] {
  const out: S3EventRecord[] = [];
  for (const record of notification.Records ?? []) {
    if (!record.eventName?.startsWith('ObjectCreated:')) continue;
    if (record.s3.bucket.name !== filter.bucket) continue;
    // s3rver has no notification filters; the cloud bucket filters on the raw key's prefix
    if (!record.s3.object.key.startsWith(filter.prefix)) continue;
    const bucket = record.s3.bucket.name;
    out.push({
      ...record,
      s3: {
        ...record.s3,
        bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${bucket}` },
        object: { ...record.s3.object, key: encodeS3EventKey(record.s3.object.key) },
      },
    });
  }
  return out;
}

/**
 * One S3 record wrapped the way an S3 → SQS notification arrives at a Lambda event source mapping:
 * the S3 notification JSON as the body, with SQS's system attributes. The queue updates
 * `ApproximateReceiveCount`, `ApproximateFirstReceiveTimestamp` and `receiptHandle` per receive.
 */
export function toSqsRecord(s3Record: S3EventRecord, now = Date.now()): SQSRecord {
  const body = JSON.stringify({ Records: [s3Record] });
  return {
    messageId: randomUUID(),
    receiptHandle: newReceiptHandle(),
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: String(now),
      SenderId: S3_SENDER_ID,
      ApproximateFirstReceiveTimestamp: String(now),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: LOCAL_QUEUE_ARN,
    awsRegion: LOCAL_REGION,
  };
}

export function newReceiptHandle(): string {
  return randomBytes(96).toString('base64');
}

/** The object an SQS message from S3 speaks of (key decoded); null for a body that is not an S3 event. */
export function objectOfMessage(record: SQSRecord): { key: string; eTag: string | undefined } | null {
  try {
    const object = (JSON.parse(record.body) as { Records?: S3EventRecord[] }).Records?.[0]?.s3.object;
    return object ? { key: decodeS3EventKey(object.key), eTag: object.eTag } : null;
  } catch {
    return null;
  }
}
