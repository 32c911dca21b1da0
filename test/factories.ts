import { createHash } from 'node:crypto';
import type { SQSRecord } from 'aws-lambda';
import type { StoryRecord } from '../lambdas/story/index.ts';
import type { UploadRef } from '../lambdas/store/index.ts';

/** A valid story record; override what the test is about. */
export function makeRecord(overrides: Partial<StoryRecord> = {}): StoryRecord {
  const seed = JSON.stringify(overrides);
  const contentHash = createHash('sha256').update(seed).digest('hex');
  return {
    id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
    version: '1',
    format: 'text',
    provider: 'Associated Press',
    headline: 'Test story',
    slugline: null,
    language: 'en',
    pubStatus: 'usable',
    signals: [],
    edNote: null,
    firstCreated: '2024-10-23T07:34:00-04:00',
    versionCreated: '2024-10-23T07:34:00-04:00',
    embargoedUntil: null,
    byline: 'By Jane Roe, Associated Press',
    bylines: [{ name: 'Jane Roe', title: null, location: null }],
    dateline: { text: 'WASHINGTON', city: 'Washington', region: null, country: null },
    contributors: [],
    body: { paragraphs: ['The first paragraph.', 'The second paragraph.'], wordCount: 6 },
    people: [],
    organisations: [],
    places: [],
    quotes: [],
    source: { key: null, encoding: 'UTF-8', contentHash },
    ...overrides,
  };
}

let sequence = 0;
/** An upload as an S3 event names it; each call is a new upload (new sequencer) unless given one. */
export function makeUpload(overrides: Partial<UploadRef> = {}): UploadRef {
  sequence += 1;
  return {
    key: `incoming/test-${sequence}.txt`,
    etag: `etag-${sequence}`,
    versionId: null,
    sequencer: sequence.toString(16).toUpperCase().padStart(12, '0'),
    size: 100,
    receivedAt: '2024-10-23T12:00:00.000Z',
    ...overrides,
  };
}

/** An SQS record carrying an S3 ObjectCreated event, as S3 → SQS delivers it. */
export function makeSqsRecord(upload: { key: string; size?: number; sequencer?: string; eTag?: string }, messageId = `m-${++sequence}`): SQSRecord {
  const body = {
    Records: [{
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2024-10-23T12:00:00.000Z',
      eventName: 'ObjectCreated:Put', userIdentity: { principalId: 'AWS:TEST' }, requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'R', 'x-amz-id-2': 'I' },
      s3: {
        s3SchemaVersion: '1.0', configurationId: 'ingest', bucket: { name: 'newswire-uploads', ownerIdentity: { principalId: 'O' }, arn: 'arn:aws:s3:::newswire-uploads' },
        object: { key: upload.key, size: upload.size ?? 100, eTag: upload.eTag ?? 'e', sequencer: upload.sequencer ?? '00000000000001' },
      },
    }],
  };
  return {
    messageId, receiptHandle: `rh-${messageId}`, body: JSON.stringify(body),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'S3', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:newswire-ingest', awsRegion: 'us-east-1',
  };
}

/** An API Gateway REST proxy event for GET `path?query`. */
export function makeApiEvent(pathAndQuery: string): import('aws-lambda').APIGatewayProxyEvent {
  const url = new URL(pathAndQuery, 'http://local');
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    single[key] = value;
    (multi[key] ??= []).push(value);
  }
  const hasQuery = Object.keys(single).length > 0;
  return {
    httpMethod: 'GET', path: url.pathname, resource: '/{proxy+}', pathParameters: { proxy: url.pathname.slice(1) },
    queryStringParameters: hasQuery ? single : null, multiValueQueryStringParameters: hasQuery ? multi : null,
    headers: {}, multiValueHeaders: {}, body: null, isBase64Encoded: false, stageVariables: null,
    requestContext: { requestId: 'test-request' } as import('aws-lambda').APIGatewayProxyEvent['requestContext'],
  };
}

/** A Lambda context for direct handler calls. */
export const lambdaContext = {
  callbackWaitsForEmptyEventLoop: false, functionName: 'test', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test',
  memoryLimitInMB: '256', awsRequestId: 'test-request', logGroupName: '/aws/lambda/test', logStreamName: 'test',
  getRemainingTimeInMillis: () => 30_000, done: () => {}, fail: () => {}, succeed: () => {},
};
