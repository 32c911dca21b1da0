import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createServer } from 'node:http';
import S3rver from 's3rver';
import { LOCAL_HOST } from './defaults.ts';
import { closeServer, httpUrl, keepAliveLikeAGateway, listen } from './net.ts';
import type { S3Notification } from './s3-events.ts';
import { receiveFormPost, type FormPostOptions } from './s3-form-post.ts';
import { isFormPost, screenS3Request, sendS3Refusal } from './s3-guard.ts';
import { serveVersion, VERSION_OF_REQUEST, VersionedStore } from './s3-versions.ts';

export interface S3ServerOptions {
  /** Where s3rver keeps buckets and objects; created when missing. */
  readonly directory: string;
  /** Created at start when it does not exist. */
  readonly bucket: string;
  /** @default 0, a free port chosen by the OS */
  readonly port?: number;
  /** @default 127.0.0.1 */
  readonly host?: string;
  /**
   * Take browser form POSTs that carry a policy signed with this key (s3-form-post.ts), answering with CORS
   * headers for these origins. @default every form POST is refused
   */
  readonly formPosts?: Pick<FormPostOptions, 'key' | 'origins'>;
}

export interface S3Server {
  readonly endpoint: string;
  readonly port: number;
  /** Every notification s3rver emits (writes and deletes, any key): see `s3-events.ts` to filter them. */
  onEvent(listener: (event: S3Notification) => void): () => void;
  close(): Promise<void>;
}

/** The version each write event speaks of, as the cloud's events carry it. */
function withVersions(event: S3Notification, store: VersionedStore): S3Notification {
  return {
    Records: (event.Records ?? []).map((record) => {
      if (!record.eventName?.startsWith('ObjectCreated:')) return record;
      const versionId = store.claimVersion(record.s3.bucket.name, record.s3.object.key, record.s3.object.eTag);
      return versionId ? { ...record, s3: { ...record.s3, object: { ...record.s3.object, versionId } } } : record;
    }),
  };
}

/**
 * s3rver in this process, so that its `'event'` emitter is reachable, behind a screen for keys it would
 * turn into paths outside its folder and for form POSTs (s3-guard.ts), and over a store that keeps
 * object versions (s3-versions.ts).
 */
export async function startS3Server(opts: S3ServerOptions): Promise<S3Server> {
  // s3rver answers ListBuckets with a 500 when its directory does not exist (research/local-emulators.md)
  await mkdir(opts.directory, { recursive: true });
  const host = opts.host ?? LOCAL_HOST;
  const s3rver = new S3rver({
    directory: opts.directory,
    address: host,
    silent: true,
    configureBuckets: [{ name: opts.bucket, configs: [] }],
  });
  // Every write through a store that keeps versions and never leaves half a file (s3-versions.ts).
  const store = new VersionedStore(opts.directory, join(opts.directory, '..', `${basename(opts.directory)}-versions`));
  s3rver.store = s3rver.context.store = store;
  await s3rver.configureBuckets();
  const s3rverHandler = s3rver.callback();
  // Our own server rather than s3rver.run(): run() leaves a taken port as an unhandled 'error' event.
  const server = createServer((req, res) => {
    if (opts.formPosts && isFormPost(req, opts.bucket)) {
      const self = () => ({ host, port });
      receiveFormPost(req, res, { ...opts.formPosts, bucket: opts.bucket, self }).catch((error: unknown) => {
        process.emitWarning(`local S3 could not take a form POST: ${String(error)}`);
        if (!res.headersSent) sendS3Refusal(req, res, { status: 500, code: 'InternalError', message: 'the upload could not be stored' });
      });
      return;
    }
    const refusal = screenS3Request(req);
    if (refusal) return sendS3Refusal(req, res, refusal);
    // S3 answers a PUT with the version it made
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      const versionId = (req as typeof req & { [VERSION_OF_REQUEST]?: string })[VERSION_OF_REQUEST];
      if (versionId && !this.headersSent) this.setHeader('x-amz-version-id', versionId);
      return writeHead.apply(this, args);
    } as typeof res.writeHead;
    serveVersion(store, req, res).then((served) => {
      if (!served) s3rverHandler(req, res);
    }, (error: unknown) => {
      process.emitWarning(`local S3 could not serve a version: ${String(error)}`);
      if (!res.headersSent) sendS3Refusal(req, res, { status: 500, code: 'InternalError', message: 'the version could not be read' });
    });
  });
  server.on('close', () => {
    s3rver.logger.exceptions.unhandle();
    s3rver.logger.close();
  });
  keepAliveLikeAGateway(server);
  const port = await listen(server, 's3', opts.port ?? 0, host);
  s3rver.httpServer = server;
  return {
    endpoint: httpUrl(host, port),
    port,
    onEvent(listener) {
      // s3rver emits in the middle of handling the request: a throwing listener would turn the upload into a 500
      const safe = (event: S3Notification) => {
        try {
          listener(withVersions(event, store));
        } catch (err) {
          process.emitWarning(`local S3 event listener failed: ${String(err)}`);
        }
      };
      s3rver.on('event', safe);
      return () => s3rver.off('event', safe);
    },
    async close() {
      s3rver.removeAllListeners('event');
      await closeServer(server);
    },
  };
}
