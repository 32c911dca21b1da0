import { SQSClient } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { createClients } from '../store/all-clients.ts';
import { configFromEnv, createReadStore } from '../store/index.ts';
import { consistentReads } from './consistent-reads.ts';
import { sqsDeadLetters } from './dead-letters.ts';
import { exportConfigFromEnv } from './env.ts';
import { bulkSender } from './opensearch.ts';
import { makeExportHandler, type StreamExportDeps } from './stream.ts';

/** The search export in the cloud: the table's story changes in, the stories' documents to OpenSearch out (stream.ts). */
export function createExportDeps(env: NodeJS.ProcessEnv = process.env): StreamExportDeps {
  const store = configFromEnv(env);
  const target = exportConfigFromEnv(env);
  const clients = createClients(store);
  consistentReads(clients.ddb);
  const logger = new Logger({ serviceName: 'newswire-search-export' });
  // the function's own role, as the SDK's default chain finds it (the variables Lambda sets), shared with DynamoDB's client
  const credentials = clients.ddb.config.credentials;
  return {
    store: createReadStore(store, clients),
    bulk: bulkSender(target, { credentials }),
    clock: () => new Date().toISOString(),
    index: target.index,
    deadLetter: sqsDeadLetters(new SQSClient({ region: store.region }), target.deadLetterQueueUrl),
    log: (message, fields) => logger.warn(message, fields),
  };
}

export const handler = makeExportHandler(createExportDeps());
