import type { S3EventRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { decodeS3EventKey, deliverableRecords, encodeS3EventKey, toSqsRecord } from '../../lib/local/s3-events.ts';

function s3rverRecord(eventName: string, key: string, bucket = 'newswire-uploads'): S3EventRecord {
  return {
    eventVersion: '2.0',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: '2026-11-25T10:14:51.103Z',
    eventName,
    userIdentity: { principalId: 'AWS:X' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'R', 'x-amz-id-2': 'I' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'testConfigId',
      bucket: { name: bucket, ownerIdentity: { principalId: 'P' }, arn: `arn:aws:s3: : :${bucket}` },
      object: { key, sequencer: '1A', size: 1, eTag: 'e' },
    },
  };
}

describe('encodeS3EventKey', () => {
  it.each([
    ['in/with space+plus ü.txt', 'in/with+space%2Bplus+%C3%BC.txt'],
    ['incoming/a/b/c.xml', 'incoming/a/b/c.xml'],
    ['incoming/x=1&y:2,z@w.txt', 'incoming/x%3D1%26y%3A2%2Cz%40w.txt'],
    ['incoming/100%.txt', 'incoming/100%25.txt'],
  ])('encodes %j as %j', (raw, encoded) => {
    expect(encodeS3EventKey(raw)).toBe(encoded);
    expect(decodeS3EventKey(encoded)).toBe(raw);
  });
});

describe('deliverableRecords', () => {
  const filter = { bucket: 'newswire-uploads', prefix: 'incoming/' };

  it('keeps created objects under the prefix of the bucket, with an encoded key and a proper bucket ARN', () => {
    const out = deliverableRecords(
      {
        Records: [
          s3rverRecord('ObjectCreated:Put', 'incoming/a b.txt'),
          s3rverRecord('ObjectCreated:Copy', 'incoming/c.txt'),
          s3rverRecord('ObjectRemoved:Delete', 'incoming/d.txt'),
          s3rverRecord('ObjectCreated:Put', 'records/e.json'),
          s3rverRecord('ObjectCreated:Put', 'incoming/f.txt', 'other-bucket'),
        ],
      },
      filter,
    );
    expect(out.map((r) => [r.eventName, r.s3.object.key])).toEqual([
      ['ObjectCreated:Put', 'incoming/a+b.txt'],
      ['ObjectCreated:Copy', 'incoming/c.txt'],
    ]);
    expect(out[0]?.s3.bucket.arn).toBe('arn:aws:s3:::newswire-uploads');
  });
});

describe('toSqsRecord', () => {
  it('wraps one S3 record in a notification body inside an SQS record', () => {
    const s3Record = s3rverRecord('ObjectCreated:Put', 'incoming/a.txt');
    const record = toSqsRecord(s3Record, 1_764_000_000_000);
    expect(JSON.parse(record.body)).toEqual({ Records: [s3Record] });
    expect(record.attributes).toEqual({
      ApproximateReceiveCount: '1',
      SentTimestamp: '1764000000000',
      SenderId: expect.any(String),
      ApproximateFirstReceiveTimestamp: '1764000000000',
    });
    expect(record).toMatchObject({ eventSource: 'aws:sqs', awsRegion: 'us-east-1', messageAttributes: {} });
    expect(record.md5OfBody).toMatch(/^[0-9a-f]{32}$/);
  });
});
