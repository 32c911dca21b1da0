import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { LOCAL_TABLE_NAME, type StoreConfig } from '../../lambdas/store/index.ts';
import { CONTROL_PREFIX } from '../local/api-server.ts';
import { LOCAL_BUCKET, LOCAL_REGION } from '../local/defaults.ts';
import { regionOfApiUrl, signedFetcher, stackOutputs, type Fetcher } from './remote.ts';
import { retrying } from './retrying-fetch.ts';

/** The queue side of a target: depth and dead letters, and a redrive. */
export interface QueueControl {
  status(): Promise<{ queued: number; deadLetters: number }>;
  /** Sends the dead letters back to the ingest queue; resolves with how many (or null when SQS moves them in the background). */
  redrive(): Promise<number | null>;
}

/** Where a client command points: the local stack, or a deployed one (`--stack NAME`). */
export interface Target {
  readonly description: string;
  readonly apiUrl: string;
  readonly fetch: Fetcher;
  readonly queue: QueueControl;
}

async function okJson<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}`);
  return (await response.json()) as T;
}

/** GETs to the local API: no signing, a timeout, and another try when it answers 503. */
export const localFetcher: Fetcher = retrying((url) => fetch(url, { signal: AbortSignal.timeout(30_000) }));

/** The local stack: its API as is, its queue through the stack's own control routes. */
export function localTarget(apiUrl: string): Target {
  return {
    description: `the local stack at ${apiUrl} (is \`newswire dev\` running?)`,
    apiUrl,
    fetch: localFetcher,
    queue: {
      status: async () => okJson(await fetch(`${apiUrl}${CONTROL_PREFIX}queue`), 'the local queue'),
      redrive: async () => (await okJson<{ redriven: number }>(await fetch(`${apiUrl}${CONTROL_PREFIX}redrive`, { method: 'POST' }), 'the local queue')).redriven,
    },
  };
}

/** What the queue side needs of SQS; `sqsQueueApi` is the real one. */
export interface SqsApi {
  attributes(queueUrl: string, names: string[]): Promise<Record<string, string>>;
  startMove(sourceArn: string, destinationArn: string): Promise<void>;
}

export function sqsQueueApi(client = new SQSClient({})): SqsApi {
  return {
    attributes: async (queueUrl, names) =>
      (await client.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: names as never[] }))).Attributes ?? {},
    startMove: async (sourceArn, destinationArn) => {
      await client.send(new StartMessageMoveTaskCommand({ SourceArn: sourceArn, DestinationArn: destinationArn }));
    },
  };
}

/** The queues of a deployed stack, through SQS: counts from the queue attributes, redrive as an SQS message move task. */
export function sqsQueueControl(queues: { ingestQueueUrl: string; deadLetterQueueUrl: string }, sqs: SqsApi): QueueControl {
  const count = (attrs: Record<string, string>, ...names: string[]) => names.reduce((n, name) => n + Number(attrs[name] ?? 0), 0);
  return {
    status: async () => {
      const [ingest, dead] = await Promise.all([
        sqs.attributes(queues.ingestQueueUrl, ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed']),
        sqs.attributes(queues.deadLetterQueueUrl, ['ApproximateNumberOfMessages']),
      ]);
      return {
        queued: count(ingest, 'ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'),
        deadLetters: count(dead, 'ApproximateNumberOfMessages'),
      };
    },
    redrive: async () => {
      const [ingest, dead] = await Promise.all([sqs.attributes(queues.ingestQueueUrl, ['QueueArn']), sqs.attributes(queues.deadLetterQueueUrl, ['QueueArn'])]);
      await sqs.startMove(dead.QueueArn!, ingest.QueueArn!);
      return null;
    },
  };
}

/** A deployed stack, found by name: API URL and queues from its outputs, requests signed with SigV4. */
export async function stackTarget(stackName: string, deps: { outputs?: typeof stackOutputs; sqs?: SqsApi } = {}): Promise<Target> {
  const outputs = await (deps.outputs ?? stackOutputs)(stackName);
  const missing = ['ApiUrl', 'IngestQueueUrl', 'DeadLetterQueueUrl'].filter((key) => !outputs[key]);
  if (missing.length > 0) throw new Error(`stack ${stackName} has no output ${missing.join(', ')}: is it a Newswire stack?`);
  const apiUrl = outputs.ApiUrl!.replace(/\/+$/, '');
  const region = regionOfApiUrl(apiUrl) ?? process.env.AWS_REGION ?? 'us-east-1';
  return {
    description: `stack ${stackName}`,
    apiUrl,
    fetch: retrying(signedFetcher({ region })),
    queue: sqsQueueControl({ ingestQueueUrl: outputs.IngestQueueUrl!, deadLetterQueueUrl: outputs.DeadLetterQueueUrl! }, deps.sqs ?? sqsQueueApi(new SQSClient({ region }))),
  };
}

/** `--stack NAME` when given, else the local stack's API. */
export const resolveTarget = (opts: { stack?: string; apiUrl: string }): Promise<Target> =>
  opts.stack ? stackTarget(opts.stack) : Promise.resolve(localTarget(opts.apiUrl));

/** The local stack's S3 and DynamoDB, for commands that work on the data itself (reindex). */
export function localStoreConfig(s3: string, dynamodb: string): StoreConfig {
  return { region: LOCAL_REGION, tableName: LOCAL_TABLE_NAME, bucketName: LOCAL_BUCKET, endpoints: { s3, dynamodb } };
}

/** A deployed stack's bucket and table, from its outputs; credentials from the AWS chain. */
export async function stackStoreConfig(stackName: string, outputsOf: typeof stackOutputs = stackOutputs): Promise<StoreConfig> {
  const outputs = await outputsOf(stackName);
  const missing = ['UploadBucketName', 'TableName'].filter((key) => !outputs[key]);
  if (missing.length > 0) throw new Error(`stack ${stackName} has no output ${missing.join(', ')}: is it a Newswire stack?`);
  const region = (outputs.ApiUrl ? regionOfApiUrl(outputs.ApiUrl) : undefined) ?? process.env.AWS_REGION ?? 'us-east-1';
  return { region, tableName: outputs.TableName!, bucketName: outputs.UploadBucketName! };
}
