import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import type { S3EventRecord, SQSRecord } from 'aws-lambda';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { createStore, type UploadOutcome } from '../../lambdas/store/index.ts';
import { recoverUnfinished } from './recovery.ts';
import { startEmbargoClock, startWebhook } from './feed-followers.ts';
import { startBlockBuilder } from './schedules.ts';
import { startChaosProxy } from './chaos-proxy.ts';
import { localControl } from './control.ts';
import { deskHandler } from './desk-server.ts';
import type { PostPolicyKey } from './s3-post-policy.ts';
import type { UploadSigning } from '../../lambdas/api/uploads.ts';
import { INCOMING_PREFIX } from '../../lambdas/store/constants.ts';
import type { StoreConfig } from '../../lambdas/store/env.ts';
import { LOCAL_TABLE_NAME } from '../../lambdas/store/table.ts';
import { startApiServer, type ApiHandler, type ApiServer } from './api-server.ts';
import { lockDataDir } from './data-lock.ts';
import { LOCAL_BUCKET, LOCAL_REGION } from './defaults.ts';
import { startDynamoDbServer, type DynamoDbServer } from './dynamodb-server.ts';
import { LocalQueue, type BatchHandler, type DeliveryResult, type LocalQueueOptions } from './queue.ts';
import { decodeS3EventKey, deliverableRecords, objectOfMessage, toSqsRecord } from './s3-events.ts';
import { startS3Server, type S3Server } from './s3-server.ts';

export type { ApiHandler } from './api-server.ts';

const DEFAULT_EMBARGO_CLOCK_MS = 5000;
const DEFAULT_BLOCK_BUILD_MS = 60_000;
export type { BatchHandler, DeadLetter, DeliveryResult, LocalQueue } from './queue.ts';

export interface LocalStackOptions {
  /**
   * Everything the stack keeps between runs: `dynamodb/`, `s3/`, `dead-letter.jsonl`, and
   * `queue-journal.jsonl` (every message until it is done, so a stop or crash loses none); `stack.pid` marks it in use.
   */
  readonly dataDir: string;
  /** @default 0, a free port chosen by the OS (the CLI passes CONTRACT.md's defaults) */
  readonly apiPort?: number;
  /** @default 0 */
  readonly s3Port?: number;
  /** @default 0 */
  readonly dynamodbPort?: number;
  /**
   * One readable line per ingested object (key → outcome), retry and dead letter. The outcome is read
   * back with one `GET /uploads?key=…` per object, so leave this out where that load matters.
   * @default silent
   */
  readonly log?: (line: string) => void;
  /**
   * Stand-ins for the handlers, for tests. @default the real ones, built with
   * `createIngestDeps(config)` / `createApiDeps(config)`
   */
  readonly handlers?: { readonly ingest?: BatchHandler; readonly api?: ApiHandler };
  /**
   * Share (0–1) of the handlers' S3 and DynamoDB requests that fail with a retryable error
   * (`newswire dev --chaos`); the stack's own requests are spared. @default 0
   */
  readonly chaos?: number;
  /** How often the embargo clock releases ended embargoes into the feed (the cloud's schedule runs every minute). @default 5000 */
  readonly embargoClockMs?: number;
  /** How often the common terms queued for posting blocks get them (the cloud's schedule: every five minutes); 0, never. @default 60000 */
  readonly blockBuildMs?: number;
  /** `newswire dev --webhook URL`: POST every change of the feed to this URL (feed-followers.ts). */
  readonly webhook?: string;
  /** The built desk page served at `/desk/`. @default dist/desk/ (bin/build-desk.mjs) */
  readonly deskDir?: string;
  /** Queue timing, for tests (e.g. `retryBaseMs: 10`). @default the queue's defaults */
  readonly queue?: Pick<LocalQueueOptions, 'batchSize' | 'batchWindowMs' | 'concurrency' | 'retryBaseMs' | 'retryMaxMs'>;
}

export interface LocalStack {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly apiUrl: string;
  /** The desk page: `http://127.0.0.1:PORT/desk/`. */
  readonly deskUrl: string;
  readonly s3Endpoint: string;
  readonly dynamodbEndpoint: string;
  readonly bucket: string;
  readonly tableName: string;
  readonly dataDir: string;
  /** The local servers' endpoints; `createClients(config)` gives clients for them (the handlers may go through a chaos proxy). */
  readonly config: StoreConfig;
  readonly queue: LocalQueue;
  /** Stops taking uploads, lets the handlers finish, closes every server. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * The whole pipeline on one machine (ARCHITECTURE.md, "The flow on one machine"): s3rver whose
 * object writes under `incoming/` reach the ingest handler as S3 events inside SQS records, dynalite
 * with the story table, and an HTTP server playing API Gateway in front of the API handler.
 */
export async function startLocalStack(opts: LocalStackOptions): Promise<LocalStack> {
  const dataDir = resolve(opts.dataDir);
  const log = opts.log;
  const cleanups: (() => Promise<void>)[] = [];
  const unwind = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  };
  try {
    cleanups.push(await lockDataDir(dataDir));
    const dynamodb: DynamoDbServer = await startDynamoDbServer({
      path: join(dataDir, 'dynamodb'),
      tableName: LOCAL_TABLE_NAME,
      port: opts.dynamodbPort ?? 0,
    });
    cleanups.push(() => dynamodb.close());
    // The key the API signs the desk's upload policies with and the S3 endpoint checks them with: made anew at
    // each start and known to this process alone (s3rver's own key is public, so any page could sign with it).
    const uploadKey: PostPolicyKey = { accessKeyId: `NEWSWIRELOCAL${randomBytes(4).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(32).toString('base64url'), region: LOCAL_REGION };
    let deskOrigins: readonly string[] = [];
    const s3: S3Server = await startS3Server({
      directory: join(dataDir, 's3'), bucket: LOCAL_BUCKET, port: opts.s3Port ?? 0,
      formPosts: { key: uploadKey, origins: () => deskOrigins },
    });
    cleanups.push(() => s3.close());

    const config: StoreConfig = {
      region: LOCAL_REGION,
      tableName: LOCAL_TABLE_NAME,
      bucketName: LOCAL_BUCKET,
      endpoints: { s3: s3.endpoint, dynamodb: dynamodb.endpoint },
    };
    const handlerConfig = await withChaos(config, opts.chaos ?? 0, cleanups);
    const ingest = opts.handlers?.ingest ?? (await realIngestHandler(handlerConfig));
    const uploads: UploadSigning = {
      bucket: LOCAL_BUCKET, region: LOCAL_REGION, url: `${s3.endpoint}/${LOCAL_BUCKET}`,
      credentials: async () => ({ accessKeyId: uploadKey.accessKeyId, secretAccessKey: uploadKey.secretAccessKey }),
    };
    const apiHandler = opts.handlers?.api ?? (await realApiHandler(handlerConfig, uploads));

    // Started in this order, stopped in reverse: the queue stops and lets the handlers finish their
    // batches, then the servers they talk to close.
    let control: ReturnType<typeof localControl> | undefined; // the queue starts after the server
    const api: ApiServer = await startApiServer({
      handler: apiHandler, port: opts.apiPort ?? 0, ...(log ? { log } : {}),
      control: async (req, res) => (control ? control(req, res) : void res.writeHead(503).end()),
      desk: await deskHandler({ connect: () => [s3.endpoint], ...(opts.deskDir ? { dir: opts.deskDir } : {}) }),
    });
    cleanups.push(() => api.close());
    deskOrigins = [api.url, api.url.replace('127.0.0.1', 'localhost')];
    const s3Client = createClients(config).s3;
    cleanups.push(async () => s3Client.destroy());

    const lookups = new Set<Promise<void>>();
    const onResult = log
      ? (record: SQSRecord, result: DeliveryResult) => {
          const lookup = logResult(record, result, api.url, dataDir, log).finally(() => lookups.delete(lookup));
          lookups.add(lookup);
        }
      : undefined;
    const queue = await LocalQueue.start({
      ...opts.queue,
      handler: ingest,
      deadLetterFile: join(dataDir, 'dead-letter.jsonl'),
      journalFile: join(dataDir, 'queue-journal.jsonl'),
      ...(onResult ? { onResult } : {}),
    });
    control = localControl(queue);
    cleanups.push(async () => {
      await queue.stop();
      await Promise.allSettled([...lookups]);
    });

    // No unsubscribe on stop: s3rver keeps serving the handlers until the end, and a write that
    // arrives after the queue stopped is reported rather than dropped in silence.
    s3.onEvent((notification) => {
      for (const record of deliverableRecords(notification, { bucket: LOCAL_BUCKET, prefix: INCOMING_PREFIX })) {
        void withETag(record, s3Client).then((complete) => {
          try {
            queue.send(toSqsRecord(complete));
          } catch {
            log?.(`${decodeS3EventKey(record.s3.object.key)} was written while the stack was stopping: not ingested`);
          }
        });
      }
    });

    // After the subscription, so that nothing written from here on can fall between the two.
    const recovered = await recoverUnfinished({
      s3: s3Client, store: createStore(config), bucket: LOCAL_BUCKET, pending: queue.pending(), send: (record) => queue.send(record),
    });
    if (recovered.length > 0) log?.(`picked up ${recovered.length} upload${recovered.length === 1 ? '' : 's'} with no outcome yet`);

    // what the cloud runs beside the functions: the embargo and posting-block schedules, and (in place of EventBridge) a webhook
    const feedStore = createStore(config);
    const clock = startEmbargoClock(feedStore, { everyMs: opts.embargoClockMs ?? DEFAULT_EMBARGO_CLOCK_MS, ...(log ? { log } : {}) });
    cleanups.push(() => clock.stop());
    const blockBuildMs = opts.blockBuildMs ?? DEFAULT_BLOCK_BUILD_MS;
    if (blockBuildMs > 0) {
      const builder = startBlockBuilder(feedStore, { everyMs: blockBuildMs, ...(log ? { log } : {}) });
      cleanups.push(() => builder.stop());
    }
    if (opts.webhook) {
      const webhook = startWebhook(feedStore, { url: opts.webhook, positionFile: join(dataDir, 'webhook-position.json'), ...(log ? { log } : {}) });
      cleanups.push(() => webhook.stop());
    }

    let stopping: Promise<void> | undefined;
    return {
      apiUrl: api.url,
      deskUrl: `${api.url}/desk/`,
      s3Endpoint: s3.endpoint,
      dynamodbEndpoint: dynamodb.endpoint,
      bucket: LOCAL_BUCKET,
      tableName: LOCAL_TABLE_NAME,
      dataDir,
      config,
      queue,
      stop: () => (stopping ??= unwind()),
    };
  } catch (err) {
    await unwind();
    throw err;
  }
}

/** The handlers' view of the stack: behind chaos proxies when a fault rate is set. */
async function withChaos(config: StoreConfig, rate: number, cleanups: (() => Promise<void>)[]): Promise<StoreConfig> {
  if (!(rate > 0) || !config.endpoints) return config;
  const s3 = await startChaosProxy({ service: 's3', target: config.endpoints.s3, rate });
  cleanups.push(() => s3.close());
  const dynamodb = await startChaosProxy({ service: 'dynamodb', target: config.endpoints.dynamodb, rate });
  cleanups.push(() => dynamodb.close());
  return { ...config, endpoints: { s3: s3.endpoint, dynamodb: dynamodb.endpoint } };
}

async function realIngestHandler(config: StoreConfig): Promise<BatchHandler> {
  // Loaded only when no stand-in is given, so tests of the stack do not depend on the handlers.
  const { createIngestDeps, makeHandler } = await import('../../lambdas/ingest/make-handler.ts');
  return makeHandler(createIngestDeps(config));
}

async function realApiHandler(config: StoreConfig, uploads: UploadSigning): Promise<ApiHandler> {
  const { createApiDeps, makeHandler } = await import('../../lambdas/api/make-handler.ts');
  return makeHandler(createApiDeps(config, { uploads }));
}

/** s3rver leaves the ETag out of Copy events; S3 always sends it, and outcomes are matched on it. */
async function withETag(record: S3EventRecord, s3: ReturnType<typeof createClients>['s3']): Promise<S3EventRecord> {
  if (record.s3.object.eTag) return record;
  try {
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: record.s3.bucket.name, Key: decodeS3EventKey(record.s3.object.key) }),
    );
    const eTag = head.ETag?.replaceAll('"', '');
    return eTag ? { ...record, s3: { ...record.s3, object: { ...record.s3.object, eTag } } } : record;
  } catch {
    return record;
  }
}

/** One line per object and receive: the outcome the API records for it, a retry, or a dead letter. */
async function logResult(record: SQSRecord, result: DeliveryResult, apiUrl: string, dataDir: string, log: (line: string) => void) {
  const { key, eTag } = objectOfMessage(record) ?? { key: `message ${record.messageId}`, eTag: undefined };
  if (result.outcome === 'retry') {
    log(`${key} → failed (receive ${result.receiveCount}), retrying in ${(result.delayMs / 1000).toFixed(1)} s: ${result.reason}`);
    return;
  }
  if (result.outcome === 'dead-letter') {
    log(`${key} → dead letter after ${result.receiveCount} receives: ${result.reason} (${join(dataDir, 'dead-letter.jsonl')})`);
    return;
  }
  let item: UploadOutcome | undefined;
  try {
    const response = await fetch(`${apiUrl}/uploads?key=${encodeURIComponent(key)}`);
    if (response.ok) {
      const { items = [] } = (await response.json()) as { items?: UploadOutcome[] };
      const same = items.filter((i) => i.key === key);
      item = same.find((i) => i.etag?.replaceAll('"', '') === eTag) ?? same[0];
    }
  } catch {
    // the line below says that no outcome could be read
  }
  const retried = result.receiveCount > 1 ? ` (receive ${result.receiveCount})` : '';
  if (!item?.status) log(`${key} → done${retried}, no outcome recorded`);
  else if (item.status === 'rejected') log(`${key} → rejected${retried} ${item.code ?? '?'}: ${item.reason ?? ''}`.trimEnd());
  else if (item.storyIds.length > 1) log(`${key} → ${item.status}${retried} stories ${item.storyIds.join(', ')}`);
  else log(`${key} → ${item.status}${retried}${item.storyId ? ` story ${item.storyId}` : ''}`);
}

