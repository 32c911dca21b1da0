import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import S3rver from 's3rver';
import { LOCAL_HOST } from './defaults.ts';
import { closeServer, httpUrl, listen } from './net.ts';
import type { S3Notification } from './s3-events.ts';

export interface S3ServerOptions {
  /** Where s3rver keeps buckets and objects; created when missing. */
  readonly directory: string;
  /** Created at start when it does not exist. */
  readonly bucket: string;
  /** @default 0, a free port chosen by the OS */
  readonly port?: number;
  /** @default 127.0.0.1 */
  readonly host?: string;
}

export interface S3Server {
  readonly endpoint: string;
  readonly port: number;
  /** Every notification s3rver emits (writes and deletes, any key): see `s3-events.ts` to filter them. */
  onEvent(listener: (event: S3Notification) => void): () => void;
  close(): Promise<void>;
}

/** s3rver in this process, so that its `'event'` emitter is reachable. */
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
  await s3rver.configureBuckets();
  // Our own server rather than s3rver.run(): run() leaves a taken port as an unhandled 'error' event.
  const server = createServer(s3rver.callback());
  server.on('close', () => {
    s3rver.logger.exceptions.unhandle();
    s3rver.logger.close();
  });
  const port = await listen(server, 's3', opts.port ?? 0, host);
  s3rver.httpServer = server;
  return {
    endpoint: httpUrl(host, port),
    port,
    onEvent(listener) {
      // s3rver emits in the middle of handling the request: a throwing listener would turn the upload into a 500
      const safe = (event: S3Notification) => {
        try {
          listener(event);
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
