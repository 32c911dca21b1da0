import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const LEVELS = { debug: 0, info: 1, warn: 2, error: 3 } as const;

/**
 * One JSON line per request (request id, method, path, status, duration), the API's side of the
 * structured logs. Hand-written rather than the Powertools Logger the ingest function uses: the API
 * bundle has a 500 KB budget and a cold start to keep, and this is all it needs. The level follows
 * AWS_LAMBDA_LOG_LEVEL, as Lambda's advanced logging controls set it.
 */
export const accessLog = (opts: { level?: string; clock?: () => number } = {}): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => {
  const threshold = LEVELS[(opts.level ?? process.env.AWS_LAMBDA_LOG_LEVEL ?? 'info').toLowerCase() as keyof typeof LEVELS] ?? LEVELS.info;
  const clock = opts.clock ?? (() => performance.now());
  const started = new WeakMap<object, number>();
  const write = (request: { event: APIGatewayProxyEvent; response?: APIGatewayProxyResult | null }) => {
    const status = request.response?.statusCode ?? 500;
    const level = status >= 500 ? 'error' : 'info';
    if (LEVELS[level] < threshold) return;
    const line = {
      level, message: 'request', service: 'newswire-api', requestId: request.event.requestContext?.requestId,
      method: request.event.httpMethod, path: request.event.path, query: request.event.queryStringParameters ?? undefined,
      status, ms: Math.round((clock() - (started.get(request.event) ?? clock())) * 10) / 10,
    };
    (level === 'error' ? console.error : console.log)(JSON.stringify(line));
  };
  return {
    before: (request) => void started.set(request.event, clock()),
    after: (request) => write(request),
    // problem+json has been written by the error middleware that runs before this one
    onError: (request) => write(request),
  };
};
