import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createLambdaContext } from './context.ts';
import { LOCAL_ACCOUNT, LOCAL_FUNCTIONS, LOCAL_HOST } from './defaults.ts';
import { closeServer, httpUrl, keepAliveLikeAGateway, listen } from './net.ts';

/** What the API Lambda is to API Gateway: a REST proxy event in, a proxy result out. */
export type ApiHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface ApiServerOptions {
  readonly handler: ApiHandler;
  /** @default 0, a free port chosen by the OS */
  readonly port?: number;
  /** @default 127.0.0.1 */
  readonly host?: string;
  /** Told about handler failures, which the client sees as API Gateway's bare 502. */
  readonly log?: (line: string) => void;
  /**
   * Requests under {@link CONTROL_PREFIX} go here instead of the API handler: the local stand-ins'
   * own controls (queue depth, redrive), which in the cloud are AWS APIs. @default none
   */
  readonly control?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /**
   * Requests for `/desk` and under {@link DESK_PATH} go here: the desk page, which in the cloud CloudFront
   * serves, never the API. @default none
   */
  readonly desk?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

/** Paths of the local stack's own controls; API Gateway routes nothing like it to the API. */
export const CONTROL_PREFIX = '/_local/';
/** The desk page's path (CONTRACT.md §3 `GET /desk/`). */
export const DESK_PATH = '/desk/';

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const LOCAL_STAGE = 'local';
/** The methods an `ANY` method on a REST API resource covers; others never reach the integration. */
const PROXY_METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
/** API Gateway's payload limit. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** An HTTP server that plays API Gateway (REST API, Lambda proxy integration on `/` and `/{proxy+}`). */
export async function startApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const host = opts.host ?? LOCAL_HOST;
  let port = 0;
  const server: Server = createServer((req, res) => {
    // A page of another site whose name it points at 127.0.0.1 (DNS rebinding) would be this server's own
    // origin to the browser: only the loopback names this server listens under are answered.
    if (loopbackOnly(host) && !loopbackHost(req.headers.host, port)) {
      req.resume();
      send(res, 421, { message: 'Misdirected Request: the local API answers only at 127.0.0.1 or localhost' });
      return;
    }
    const url = req.url ?? '';
    const control = opts.control && url.startsWith(CONTROL_PREFIX) ? opts.control
      : opts.desk && (url.startsWith(DESK_PATH) || url === '/desk' || url.startsWith('/desk?')) ? opts.desk : undefined;
    (control ? control(req, res) : handle(req, res, opts)).catch((err: unknown) => {
      opts.log?.(`api: ${req.method} ${req.url}: ${String(err)}`);
      if (!res.headersSent) send(res, 500, { message: 'Internal server error' });
      else res.destroy();
    });
  });
  keepAliveLikeAGateway(server);
  port = await listen(server, 'api', opts.port ?? 0, host);
  return { url: httpUrl(host, port), port, close: () => closeServer(server) };
}

const loopbackOnly = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '::1';
/** Whether a Host header names this machine's loopback at this port. */
function loopbackHost(header: string | undefined, port: number): boolean {
  if (!header) return false;
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(header.toLowerCase());
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: ApiServerOptions): Promise<void> {
  if (!PROXY_METHODS.has(req.method ?? '')) {
    req.resume();
    res.setHeader('allow', [...PROXY_METHODS].join(', '));
    send(res, 405, { message: 'Method Not Allowed' });
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    send(res, 413, { message: 'Request Too Long' });
    return;
  }
  const event = toProxyEvent(req, body);
  let result: APIGatewayProxyResult;
  try {
    const context = createLambdaContext({ functionName: LOCAL_FUNCTIONS.api.name, timeoutMs: LOCAL_FUNCTIONS.api.timeoutMs });
    result = await opts.handler(event, context);
    if (!result || typeof result.statusCode !== 'number') throw new Error('the handler returned no statusCode');
  } catch (err) {
    // What API Gateway answers when the integration fails or returns a malformed response.
    opts.log?.(`api: ${event.httpMethod} ${event.path} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    send(res, 502, { message: 'Internal server error' }, event.requestContext.requestId);
    return;
  }
  writeResult(res, result, event.requestContext.requestId);
}

/** The REST API proxy event for one request. Exported for tests. */
export function toProxyEvent(req: IncomingMessage, body: Buffer, now = new Date()): APIGatewayProxyEvent {
  const url = new URL(req.url ?? '/', 'http://local');
  // REST APIs hand the path over still percent-encoded, path parameters decoded.
  const path = url.pathname;
  const proxy = path === '/' ? null : safeDecode(path.slice(1));
  // Request data becomes keys here: maps without a prototype, so that a header or parameter named
  // `__proto__` or `constructor` is a key like any other, as in the event API Gateway hands over.
  const headers: Record<string, string> = Object.create(null);
  const multiValueHeaders: Record<string, string[]> = Object.create(null);
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] as string;
    const value = req.rawHeaders[i + 1] as string;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query: Record<string, string> = Object.create(null);
  const multiQuery: Record<string, string[]> = Object.create(null);
  for (const [name, value] of url.searchParams) {
    query[name] = value;
    (multiQuery[name] ??= []).push(value);
  }
  const hasQuery = Object.keys(query).length > 0;
  const textual = isTextual(req.headers['content-type']);
  const method = req.method ?? 'GET';
  const resource = proxy === null ? '/' : '/{proxy+}';
  const requestId = randomUUID();
  const sourceIp = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
  return {
    resource,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: proxy === null ? null : { proxy },
    stageVariables: null,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      authorizer: undefined,
      domainName: req.headers.host ?? LOCAL_HOST,
      domainPrefix: 'local',
      extendedRequestId: requestId,
      httpMethod: method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp,
        user: null,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: null,
      },
      path: `/${LOCAL_STAGE}${path}`,
      protocol: `HTTP/${req.httpVersion}`,
      requestId,
      requestTime: formatRequestTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: 'local',
      resourcePath: resource,
      stage: LOCAL_STAGE,
    },
    body: body.length === 0 ? null : textual ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !textual,
  };
}

function writeResult(res: ServerResponse, result: APIGatewayProxyResult, requestId: string): void {
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : Buffer.from(result.body ?? '', 'utf8');
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    headers[name.toLowerCase()] = values.map(String);
  }
  headers['x-amzn-requestid'] = requestId;
  if (result.statusCode !== 204 && result.statusCode !== 304) headers['content-length'] = String(body.length);
  res.writeHead(result.statusCode, headers);
  // Node leaves the body out of HEAD, 204 and 304 answers by itself.
  res.end(body);
}

function send(res: ServerResponse, statusCode: number, body: unknown, requestId?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(statusCode, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...(requestId ? { 'x-amzn-requestid': requestId } : {}),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even when too large, so that the 413 can still be sent on this connection.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks);
}

/** Without binary media types configured, API Gateway passes bodies as text. */
function isTextual(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type.endsWith('+json') ||
    type.endsWith('+xml') ||
    ['application/json', 'application/xml', 'application/x-www-form-urlencoded', 'application/javascript'].includes(type)
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** API Gateway's `requestTime`: `25/Nov/2026:10:14:51 +0000`. */
function formatRequestTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
