import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDbServer } from '../../lib/local/dynamodb-server.ts';
import { startS3Server } from '../../lib/local/s3-server.ts';
import type { StoreConfig } from '../../lambdas/store/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';

/** dynalite and s3rver on free ports in a temporary folder, for tests of the store itself. */
export async function startStoreServers(): Promise<{ config: StoreConfig; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'newswire-store-'));
  const tableName = 'stories-test';
  const bucketName = 'uploads-test';
  const dynamodb = await startDynamoDbServer({ path: join(dir, 'dynamodb'), tableName });
  const s3 = await startS3Server({ directory: join(dir, 's3'), bucket: bucketName });
  return {
    config: { region: 'us-east-1', tableName, bucketName, endpoints: { s3: s3.endpoint, dynamodb: dynamodb.endpoint } },
    stop: async () => {
      await Promise.all([dynamodb.close(), s3.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Clients whose DynamoDB requests are written down, command and input, as they are sent. */
export function watchedClients(config: StoreConfig) {
  const requests: string[] = [];
  const clients = createClients(config);
  clients.ddb.middlewareStack.add(((next: (args: { input: unknown }) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: unknown }) => {
    requests.push(`${String(context.commandName)} ${JSON.stringify(args.input)}`);
    return next(args);
  }) as never, { step: 'initialize', name: 'watch' } as never);
  return { clients, requests };
}
