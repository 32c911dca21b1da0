import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../lambdas/store/index.ts';
import { synthesizeBundles } from '../../lib/bundles.ts';
import { REPO_ROOT } from '../../lib/functions.ts';
import { lambdaContext, makeApiEvent, makeSqsRecord } from '../factories.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

/**
 * What `cdk deploy` uploads is what runs: the handler bundles, exactly as synthesized for deployment,
 * are imported and driven against the local stack with the environment the stack gives them.
 */
let t: TestStack;
let outdir: string;
let ingest: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
let api: (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
const saved = { ...process.env };

beforeAll(async () => {
  t = await startTestStack();
  mkdirSync(join(REPO_ROOT, '.newswire'), { recursive: true });
  outdir = mkdtempSync(join(REPO_ROOT, '.newswire', 'deployed-bundles-'));
  const bundles = await synthesizeBundles(outdir);
  Object.assign(process.env, {
    [ENV.tableName]: t.stack.config.tableName,
    [ENV.bucketName]: t.stack.config.bucketName,
    [ENV.s3Endpoint]: t.stack.config.endpoints!.s3,
    [ENV.dynamodbEndpoint]: t.stack.config.endpoints!.dynamodb,
  });
  ({ handler: ingest } = await import(pathToFileURL(bundles.ingest).href));
  ({ handler: api } = await import(pathToFileURL(bundles.api).href));
}, 120_000);

afterAll(async () => {
  process.env = saved;
  await t.dispose();
  rmSync(outdir, { recursive: true, force: true });
});

describe('Deployed bundles against the local stack', () => {
  it('ingests an upload with the bundled ingest handler and serves it with the bundled API handler', async () => {
    // Prepare: outside incoming/, so that only the bundle (not the local queue) ingests it
    const key = 'bundle-test/ap-washington-two-bylines.txt';
    const body = readFileSync(new URL('../fixtures/wires/ap-washington-two-bylines.txt', import.meta.url));
    await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: body }));
    // Act
    const batch = await ingest({ Records: [makeSqsRecord({ key, size: body.length })] }, lambdaContext);
    const uploads = await api(makeApiEvent(`/uploads?key=${encodeURIComponent(key)}`), lambdaContext);
    const outcome = JSON.parse(uploads.body).items[0];
    const story = await api(makeApiEvent(`/stories/${outcome.storyId}`), lambdaContext);
    // Assess
    expect(batch).toEqual({ batchItemFailures: [] });
    expect(outcome).toMatchObject({ key, status: 'stored' });
    expect(story.statusCode).toBe(200);
    expect(JSON.parse(story.body)).toMatchObject({ id: outcome.storyId, provider: 'Associated Press', source: { key } });
  });

  it('acknowledges the S3 test event without failing the batch', async () => {
    const testEvent = { ...makeSqsRecord({ key: 'x' }), body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'newswire-uploads' }) };
    expect(await ingest({ Records: [testEvent] }, lambdaContext)).toEqual({ batchItemFailures: [] });
  });

  it('reports a message whose object cannot be read as a batch item failure, and only that one', async () => {
    const good = makeSqsRecord({ key: 'bundle-test/ap-washington-two-bylines.txt', size: 10 });
    const missing = makeSqsRecord({ key: 'bundle-test/no-such-object.txt' });
    const result = await ingest({ Records: [good, missing] }, lambdaContext);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: missing.messageId }] });
  });

  it('answers problem+json from the bundled API handler', async () => {
    const response = await api(makeApiEvent('/stories?limit=0'), lambdaContext);
    expect(response.statusCode).toBe(400);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
  });
});
