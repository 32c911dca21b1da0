import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { MAX_RECEIVES } from '../../lambdas/store/constants.ts';
import { DataDirInUseError } from '../../lib/local/data-lock.ts';
import { PortUnavailableError } from '../../lib/local/net.ts';
import { LOCAL_QUEUE_ARN } from '../../lib/local/s3-events.ts';
import { recordingIngest, s3RecordOf, startTestStack, tempDataDir, type TestStack } from './helpers.ts';

const running: TestStack[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.dispose()));
});
async function start(...args: Parameters<typeof startTestStack>): Promise<TestStack> {
  const s = await startTestStack(...args);
  running.push(s);
  return s;
}

describe('startLocalStack', () => {
  it('hands an upload under incoming/ to the ingest handler as S3 delivers it through SQS', async () => {
    // Prepare
    const ingest = recordingIngest();
    const { stack, s3 } = await start({ handlers: { ingest: ingest.handler } });
    const key = 'incoming/agency feeds/AP+Reuters über.txt';

    // Act
    const put = await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'WASHINGTON (AP) — text' }));
    await stack.queue.idle();

    // Assess
    expect(ingest.received).toHaveLength(1);
    const record = ingest.received[0]!;
    expect(record).toMatchObject({
      eventSource: 'aws:sqs',
      eventSourceARN: LOCAL_QUEUE_ARN,
      awsRegion: 'us-east-1',
      messageAttributes: {},
      attributes: { ApproximateReceiveCount: '1', SenderId: expect.any(String) },
    });
    expect(record.attributes.SentTimestamp).toMatch(/^\d{13}$/);
    expect(record.attributes.ApproximateFirstReceiveTimestamp).toMatch(/^\d{13}$/);
    expect(record.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(record.md5OfBody).toBe(createHash('md5').update(record.body).digest('hex'));
    const s3Record = s3RecordOf(record);
    expect(s3Record.eventName).toBe('ObjectCreated:Put');
    expect(s3Record.s3.bucket).toMatchObject({ name: stack.bucket, arn: `arn:aws:s3:::${stack.bucket}` });
    expect(s3Record.s3.object.key).toBe('incoming/agency+feeds/AP%2BReuters+%C3%BCber.txt');
    expect(s3Record.s3.object.eTag).toBe(put.ETag?.replaceAll('"', ''));
    expect(s3Record.s3.object.size).toBe(Buffer.byteLength('WASHINGTON (AP) — text'));
  });

  it('delivers a copy into incoming/ with the ETag that s3rver leaves out of Copy events', async () => {
    // Prepare
    const ingest = recordingIngest();
    const { stack, s3 } = await start({ handlers: { ingest: ingest.handler } });
    const put = await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'staging/a.txt', Body: 'a' }));

    // Act
    await s3.send(new CopyObjectCommand({ Bucket: stack.bucket, Key: 'incoming/a.txt', CopySource: `${stack.bucket}/staging/a.txt` }));
    // the ETag is looked up before the message is queued, so the queue may still be empty here
    for (let i = 0; i < 100 && ingest.received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await stack.queue.idle();

    // Assess
    expect(ingest.received).toHaveLength(1);
    const s3Record = s3RecordOf(ingest.received[0]!);
    expect(s3Record.eventName).toBe('ObjectCreated:Copy');
    expect(s3Record.s3.object.eTag).toBe(put.ETag?.replaceAll('"', ''));
  });

  it('delivers neither objects outside incoming/ nor deletions', async () => {
    // Prepare
    const ingest = recordingIngest();
    const { stack, s3 } = await start({ handlers: { ingest: ingest.handler } });

    // Act
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'rejected/x.json', Body: '{}' }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incomingx/y.txt', Body: 'y' }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incoming/z.txt', Body: 'z' }));
    await s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: 'incoming/z.txt' }));
    await stack.queue.idle();

    // Assess
    expect(ingest.received.map((r) => s3RecordOf(r).s3.object.key)).toEqual(['incoming/z.txt']);
  });

  it(`redelivers a failed message with a rising receive count and dead-letters it after ${MAX_RECEIVES} receives`, async () => {
    // Prepare
    const ingest = recordingIngest((r) => s3RecordOf(r).s3.object.key.includes('poison'));
    const { stack, s3, dataDir } = await start({ handlers: { ingest: ingest.handler } });

    // Act
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incoming/poison.xml', Body: '<x/>' }));
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incoming/fine.xml', Body: '<y/>' }));
    await stack.queue.idle();

    // Assess
    const poison = ingest.received.filter((r) => s3RecordOf(r).s3.object.key === 'incoming/poison.xml');
    expect(poison.map((r) => r.attributes.ApproximateReceiveCount)).toEqual(['1', '2', '3', '4', '5']);
    expect(new Set(poison.map((r) => r.messageId)).size).toBe(1);
    expect(new Set(poison.map((r) => r.receiptHandle)).size).toBe(5);
    expect(ingest.received.filter((r) => s3RecordOf(r).s3.object.key === 'incoming/fine.xml')).toHaveLength(1);
    const dead = stack.queue.deadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ receiveCount: 5, record: { messageId: poison[0]!.messageId } });
    const lines = (await readFile(join(dataDir, 'dead-letter.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ receiveCount: 5, record: { body: poison[0]!.body } });
  });

  it('redelivers the whole batch when the handler throws', async () => {
    // Prepare
    const counts: string[] = [];
    let calls = 0;
    const { stack, s3 } = await start({
      handlers: {
        ingest: async (event) => {
          counts.push(...event.Records.map((r) => r.attributes.ApproximateReceiveCount));
          if (++calls === 1) throw new Error('throttled');
          return { batchItemFailures: [] };
        },
      },
    });

    // Act
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'incoming/a.txt', Body: 'a' }));
    await stack.queue.idle();

    // Assess
    expect(counts).toEqual(['1', '2']);
    expect(stack.queue.deadLetters()).toEqual([]);
  });

  it('creates the story table with its global secondary indexes, ACTIVE', async () => {
    // Prepare
    const { stack } = await start({ handlers: { ingest: recordingIngest().handler } });
    const { ddb } = createClients(stack.config);

    // Act
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: stack.tableName }));
    ddb.destroy();

    // Assess
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(['pk', 'sk']);
    expect(Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(['gsi1', 'gsi2']);
  });

  it('keeps objects, items and dead letters across a stop and restart with the same data folder', async () => {
    // Prepare
    const data = await tempDataDir();
    try {
      const first = await startTestStack({ dataDir: data.dir, handlers: { ingest: recordingIngest(() => true).handler } });
      await first.s3.send(new PutObjectCommand({ Bucket: first.stack.bucket, Key: 'incoming/kept.txt', Body: 'kept' }));
      const { ddb } = createClients(first.stack.config);
      await ddb.send(new PutCommand({ TableName: first.stack.tableName, Item: { pk: 'STORY#1', sk: 'V#1', headline: 'Kept' } }));
      ddb.destroy();
      await first.stack.queue.idle();
      await first.dispose();

      // Act
      const second = await startTestStack({ dataDir: data.dir, handlers: { ingest: recordingIngest().handler } });
      running.push(second);

      // Assess
      const object = await second.s3.send(new GetObjectCommand({ Bucket: second.stack.bucket, Key: 'incoming/kept.txt' }));
      expect(await object.Body?.transformToString()).toBe('kept');
      const again = createClients(second.stack.config).ddb;
      const item = await again.send(new GetCommand({ TableName: second.stack.tableName, Key: { pk: 'STORY#1', sk: 'V#1' } }));
      again.destroy();
      expect(item.Item).toMatchObject({ headline: 'Kept' });
      expect(second.stack.queue.deadLetters()).toHaveLength(1);
    } finally {
      await Promise.all(running.splice(0).map((s) => s.dispose()));
      await data.remove();
    }
  });

  it('hands out again, after a restart, the messages a stop left waiting', async () => {
    // Prepare
    const data = await tempDataDir();
    try {
      let release: () => void = () => {};
      let entered: () => void = () => {};
      const blocked = new Promise<void>((r) => (release = r));
      const inHandler = new Promise<void>((r) => (entered = r));
      const first = await startTestStack({
        dataDir: data.dir,
        queue: { retryBaseMs: 60_000, batchWindowMs: 10 },
        handlers: {
          ingest: async () => {
            entered();
            await blocked;
            throw new Error('down');
          },
        },
      });
      await first.s3.send(new PutObjectCommand({ Bucket: first.stack.bucket, Key: 'incoming/late.txt', Body: 'late' }));
      await inHandler;
      const stopping = first.dispose();
      release();
      await stopping;

      // Act
      const ingest = recordingIngest();
      const second = await startTestStack({ dataDir: data.dir, handlers: { ingest: ingest.handler } });
      running.push(second);
      await second.stack.queue.idle();

      // Assess
      expect(ingest.received.map((r) => [s3RecordOf(r).s3.object.key, r.attributes.ApproximateReceiveCount])).toEqual([
        ['incoming/late.txt', '2'],
      ]);
    } finally {
      await Promise.all(running.splice(0).map((s) => s.dispose()));
      await data.remove();
    }
  });

  it('refuses a second stack on a data folder in use', async () => {
    // Prepare
    const { dataDir } = await start({ handlers: { ingest: recordingIngest().handler } });

    // Act
    const second = startTestStack({ dataDir, handlers: { ingest: recordingIngest().handler } });

    // Assess
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
  });

  it('reports a taken port with the part of the stack it was meant for', async () => {
    // Prepare
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      // Act
      const attempt = startTestStack({ s3Port: port, handlers: { ingest: recordingIngest().handler } });

      // Assess
      await expect(attempt).rejects.toMatchObject({ name: 'PortUnavailableError', service: 's3', port, reason: 'in use' });
      await expect(attempt).rejects.toBeInstanceOf(PortUnavailableError);
    } finally {
      blocker.close();
    }
  });

  it('stops, and can be stopped twice', async () => {
    // Prepare
    const s = await startTestStack({ handlers: { ingest: recordingIngest().handler } });
    await s.s3.send(new PutObjectCommand({ Bucket: s.stack.bucket, Key: 'incoming/a.txt', Body: 'a' }));
    await s.stack.queue.idle();

    // Act & Assess
    await expect(Promise.all([s.dispose(), s.stack.stop()])).resolves.toBeDefined();
  });
});
