import { ListObjectsCommand, type _Object, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from './constants.ts';

/**
 * Every object under `incoming/`, in key order. ListObjects (v1) with markers: s3rver's v2
 * continuation tokens need OpenSSL's legacy provider (research/local-emulators.md), and v1 pages the
 * same on S3.
 */
export async function listIncoming(s3: S3Client, bucket: string): Promise<_Object[]> {
  const objects: _Object[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await s3.send(new ListObjectsCommand({ Bucket: bucket, Prefix: INCOMING_PREFIX, Marker: marker }));
    objects.push(...(page.Contents ?? []));
    if (!page.IsTruncated) return objects;
    marker = page.NextMarker ?? objects.at(-1)?.Key;
  }
}
