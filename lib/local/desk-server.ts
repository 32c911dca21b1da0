import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The desk page on the local stack (issue 15), served beside the API under `/desk/` (in the cloud it comes
 * from CloudFront, not from the API). Only the files of the built bundle are served, by exact name from a
 * list read at start, so no request path ever becomes a file path; plus `config.json`, the page's runtime
 * configuration (same origin as the API, no sign-in locally).
 */

/** Where `npm ci` (bin/build-desk.mjs) writes the bundle. */
export const DESK_DIR = fileURLToPath(new URL('../../dist/desk/', import.meta.url));
export const DESK_PREFIX = '/desk/';

/** What the page reads from `./config.json`; the cloud deploys the same shape next to the page. */
export interface DeskConfig {
  readonly apiBase: string;
  readonly auth: null | { readonly domain: string; readonly clientId: string; readonly redirectUri: string; readonly scopes: readonly string[] };
}

export interface DeskServerOptions {
  /** @default {@link DESK_DIR} */
  readonly dir?: string;
  /** Origins the page may send requests to besides its own (the S3 endpoint it uploads to). */
  readonly connect: () => readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** The headers of every answer: no inline script or style, nothing framed, nothing sniffed. */
export function securityHeaders(connect: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': [
      "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
      `connect-src 'self' ${connect.join(' ')}`.trim(), "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cache-control': 'no-cache',
  };
}

/** The handler for `/desk` and everything under `/desk/`. */
export async function deskHandler(opts: DeskServerOptions) {
  const dir = opts.dir ?? DESK_DIR;
  const files = new Map<string, string>();
  if (existsSync(dir)) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(entry.name) && entry.name !== 'config.json') files.set(entry.name, join(dir, entry.name));
    }
  }
  const config: DeskConfig = { apiBase: '', auth: null };
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    req.resume();
    const headers = securityHeaders(opts.connect());
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', { allow: 'GET, HEAD' });
      return;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/desk') {
      const query = (req.url ?? '').slice(path.length);
      send(301, 'text/plain; charset=utf-8', 'Moved\n', { location: `${DESK_PREFIX}${query}` });
      return;
    }
    const name = path.slice(DESK_PREFIX.length) || 'index.html';
    if (name === 'config.json') {
      send(200, TYPES['.json']!, JSON.stringify(config));
      return;
    }
    const file = files.get(name);
    if (!file) {
      const built = files.has('index.html');
      send(built ? 404 : 503, 'text/plain; charset=utf-8', built ? 'Not Found\n' : 'The desk is not built: run `npm run build:desk` (npm ci builds it).\n');
      return;
    }
    const type = TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
    send(200, type, await readFile(file));
  };
}
