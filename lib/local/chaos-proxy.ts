import { request, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LOCAL_HOST } from './defaults.ts';
import { closeServer, httpUrl, listen, type LocalService } from './net.ts';

/** How a stand-in says "try again": what real S3 and DynamoDB send under load. */
const FAULTS = {
  s3: [
    { status: 503, type: 'application/xml', body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>' },
    { status: 500, type: 'application/xml', body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message></Error>' },
  ],
  dynamodb: [
    { status: 400, type: 'application/x-amz-json-1.0', body: '{"__type":"com.amazonaws.dynamodb.v20120810#ThrottlingException","message":"Rate of requests exceeds the allowed throughput."}' },
    { status: 500, type: 'application/x-amz-json-1.0', body: '{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError","message":"Internal server error"}' },
  ],
} as const;

export interface ChaosProxy {
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * A proxy in front of a local stand-in that fails a share of requests with a retryable error
 * (`newswire dev --chaos RATE`, CONTRACT.md §4). Only the handlers are pointed at it. Half of the
 * faults come before the request reaches the server, half after it was carried out with its answer
 * lost: the second kind is what proves that a retried write changes nothing.
 */
export async function startChaosProxy(opts: { service: Exclude<LocalService, 'api'>; target: string; rate: number; random?: () => number }): Promise<ChaosProxy> {
  const random = opts.random ?? Math.random;
  const target = new URL(opts.target);
  const faults = FAULTS[opts.service];
  const fail = (res: ServerResponse) => {
    const fault = faults[Math.floor(random() * faults.length)]!;
    res.writeHead(fault.status, { 'content-type': fault.type, 'x-newswire-chaos': 'injected' }).end(fault.body);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const roll = random();
    if (roll < opts.rate / 2) {
      req.resume();
      req.on('end', () => fail(res));
      return;
    }
    const loseAnswer = roll < opts.rate;
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (loseAnswer) {
          answer.resume();
          answer.on('end', () => fail(res));
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  const port = await listen(server, opts.service, 0, LOCAL_HOST);
  return { endpoint: httpUrl(LOCAL_HOST, port), close: () => closeServer(server) };
}
