import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/** Which part of the local stack a port belongs to; the CLI names the flag that changes it. */
export type LocalService = 'api' | 's3' | 'dynamodb';

/** A port the local stack wants is held by another process, or needs privileges this one lacks. */
export class PortUnavailableError extends Error {
  override readonly name = 'PortUnavailableError';
  constructor(
    readonly service: LocalService,
    readonly port: number,
    readonly reason: 'in use' | 'not permitted',
    options?: ErrorOptions,
  ) {
    super(`port ${port} (${service}) is ${reason === 'in use' ? 'already in use' : 'not permitted'}`, options);
  }
}

/**
 * Listens on host:port and resolves with the port actually bound (port 0: one the OS picks).
 * A taken port rejects with `PortUnavailableError` instead of an unhandled 'error' event.
 */
export function listen(server: Server, service: LocalService, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') reject(new PortUnavailableError(service, port, 'in use', { cause: err }));
      else if (err.code === 'EACCES') reject(new PortUnavailableError(service, port, 'not permitted', { cause: err }));
      else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Closes a server without waiting for keep-alive clients to hang up: idle sockets go at once,
 * busy ones after `graceMs`. `close` is the server's own close (dynalite wraps it to close LevelDB).
 */
export function closeServer(server: Server, graceMs = 2_000): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    timer.unref();
    server.close((err) => {
      clearTimeout(timer);
      if (err && (err as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

export function httpUrl(host: string, port: number): string {
  return `http://${host}:${port}`;
}

/**
 * Idle keep-alive connections stay open longer than any client keeps one idle (Node's agents and undici 4 s,
 * browsers up to 60 s, the AWS SDK's agent longer still), as the load balancers in front of Lambda do
 * (API Gateway and ALB: 60 s and more). Node's 5 s default closes a socket a client may be about to reuse,
 * and that client gets a reset (issue 10). The header timeout must exceed the keep-alive timeout.
 */
export const KEEP_ALIVE_MS = 65_000;

export function keepAliveLikeAGateway(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}
