import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../lib/local/stack.ts';

export async function tempDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'newswire-local-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A handler that acknowledges everything and remembers each record it was given. */
export function recordingIngest(fail: (record: SQSRecord) => boolean = () => false) {
  const received: SQSRecord[] = [];
  const handler = async (event: SQSEvent) => {
    received.push(...event.Records);
    return { batchItemFailures: event.Records.filter(fail).map((r) => ({ itemIdentifier: r.messageId })) };
  };
  return { received, handler };
}

export function s3RecordOf(record: SQSRecord): S3EventRecord {
  const body = JSON.parse(record.body) as { Records: S3EventRecord[] };
  if (body.Records.length !== 1) throw new Error(`expected one S3 record, got ${body.Records.length}`);
  return body.Records[0] as S3EventRecord;
}

export interface TestStack {
  stack: LocalStack;
  s3: S3Client;
  dataDir: string;
  /** Stops the stack and removes its data folder. */
  dispose(): Promise<void>;
}

/** A stack on free ports in a fresh temporary folder, fast retries. */
export async function startTestStack(opts: Partial<LocalStackOptions> = {}): Promise<TestStack> {
  const data = opts.dataDir ? { dir: opts.dataDir, remove: async () => {} } : await tempDataDir();
  const stack = await startLocalStack({ queue: { retryBaseMs: 10, batchWindowMs: 10 }, ...opts, dataDir: data.dir });
  const { s3 } = createClients(stack.config);
  return {
    stack,
    s3,
    dataDir: data.dir,
    async dispose() {
      s3.destroy();
      await stack.stop();
      await data.remove();
    },
  };
}
