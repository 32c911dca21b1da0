import type { S3Client } from '@aws-sdk/client-s3';
import type { SQSRecord } from 'aws-lambda';
import { INCOMING_PREFIX } from '../../lambdas/store/constants.ts';
import type { Store } from '../../lambdas/store/index.ts';
import { listIncoming } from '../../lambdas/store/incoming.ts';
import { LOCAL_REGION } from './defaults.ts';
import { encodeS3EventKey, objectOfMessage, toSqsRecord } from './s3-events.ts';

const unquote = (etag: string | null | undefined): string | null => etag?.replaceAll('"', '') ?? null;

/**
 * Objects under `incoming/` that have no outcome for their current bytes and no message on its way:
 * written while the stack was going down, or whose event a crash lost before the journal had it.
 * Each is sent to the queue as the event S3 would have sent; its sequencer comes from the object's
 * LastModified, as s3rver's own are the write time in hex.
 */
export async function recoverUnfinished(deps: {
  readonly s3: S3Client;
  readonly store: Store;
  readonly bucket: string;
  readonly pending: readonly SQSRecord[];
  readonly send: (record: SQSRecord) => void;
}): Promise<string[]> {
  const outcomes = new Map<string, string | null>();
  let cursor: string | undefined;
  do {
    const page = await deps.store.listUploads({ keyPrefix: INCOMING_PREFIX, limit: 100, cursor });
    for (const outcome of page.items) outcomes.set(outcome.key, unquote(outcome.etag));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const onTheirWay = new Set(deps.pending.map((record) => objectOfMessage(record)?.key));

  const recovered: string[] = [];
  for (const object of await listIncoming(deps.s3, deps.bucket)) {
    const key = object.Key!;
    const etag = unquote(object.ETag);
    if (onTheirWay.has(key) || (outcomes.has(key) && outcomes.get(key) === etag)) continue;
    const time = object.LastModified ?? new Date(0);
    deps.send(toSqsRecord({
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: LOCAL_REGION, eventTime: time.toISOString(),
      eventName: 'ObjectCreated:Put', userIdentity: { principalId: 'AWS:NEWSWIRE-RECOVERY' },
      requestParameters: { sourceIPAddress: '127.0.0.1' }, responseElements: { 'x-amz-request-id': 'recovery', 'x-amz-id-2': 'recovery' },
      s3: {
        s3SchemaVersion: '1.0', configurationId: 'recovery',
        bucket: { name: deps.bucket, ownerIdentity: { principalId: 'local' }, arn: `arn:aws:s3:::${deps.bucket}` },
        object: { key: encodeS3EventKey(key), size: object.Size ?? 0, eTag: etag ?? '', sequencer: time.getTime().toString(16).toUpperCase() },
      },
    }));
    recovered.push(key);
  }
  return recovered;
}
