import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqsDeadLetters } from '../../lambdas/export/dead-letters.ts';
import type { RejectedExport } from '../../lambdas/export/index.ts';

/**
 * The dead-letter queue side of the export, through the real SQS client against a small server speaking SQS's
 * JSON protocol (`AmazonSQS.SendMessageBatch`), which takes or fails entries as told, with the MD5 of each body
 * that the client checks.
 */

interface Batch { readonly QueueUrl: string; readonly Entries: { Id: string; MessageBody: string }[] }
let server: Server;
let url: string;
const batches: Batch[] = [];
let failIds = new Set<string>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      const batch = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Batch;
      if (target !== 'AmazonSQS.SendMessageBatch') {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({ __type: 'InvalidAction', message: String(target) }));
        return;
      }
      batches.push(batch);
      const md5 = (text: string) => createHash('md5').update(text).digest('hex');
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({
        Successful: batch.Entries.filter((e) => !failIds.has(e.Id)).map((e) => ({ Id: e.Id, MessageId: `m-${e.Id}`, MD5OfMessageBody: md5(e.MessageBody) })),
        Failed: batch.Entries.filter((e) => failIds.has(e.Id)).map((e) => ({ Id: e.Id, SenderFault: false, Code: 'InternalError', Message: 'try again' })),
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

const rejected = (n: number): RejectedExport[] => Array.from({ length: n }, (_, k) => ({
  id: `story-${k}`, version: 100 + k, op: 'index' as const, index: 'newswire-stories', status: 400, type: 'mapper_parsing_exception', reason: 'failed to parse field [firstCreated]',
}));

const client = () => new SQSClient({ region: 'eu-west-1', endpoint: url, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });

describe('Function: sqsDeadLetters', () => {
  it('keeps each refused document as one message, ten a call, with the story, version and the engine\'s reason', async () => {
    // Prepare
    batches.length = 0;
    failIds = new Set();
    const sqs = client();

    // Act
    await sqsDeadLetters(sqs, `${url}/123456789012/dead`)(rejected(12));
    sqs.destroy();

    // Assess
    expect(batches.map((b) => b.Entries.length)).toEqual([10, 2]);
    expect(batches[0]!.QueueUrl).toBe(`${url}/123456789012/dead`);
    expect(JSON.parse(batches[1]!.Entries[1]!.MessageBody)).toEqual({ kind: 'refused-by-search-engine', ...rejected(12)[11] });
  });

  it('throws when the queue did not take a message, so the batch is delivered again rather than one dropped', async () => {
    // Prepare
    failIds = new Set(['1']);
    const sqs = client();

    // Act
    const sent = sqsDeadLetters(sqs, `${url}/123456789012/dead`)(rejected(2));

    // Assess
    await expect(sent).rejects.toThrow(/did not take 1 refused document\(s\): try again/);
    sqs.destroy();
  });
});
