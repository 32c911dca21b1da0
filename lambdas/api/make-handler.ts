import middy from '@middy/core';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createStore, type StoreConfig } from '../store/index.ts';
import { problemJson } from './problems.ts';
import { routes, type ApiDeps } from './routes.ts';

export type { ApiDeps };

export function createApiDeps(cfg: StoreConfig): ApiDeps {
  return {
    store: createStore(cfg),
    clock: () => new Date().toISOString(),
    log: (error, event) => console.error(JSON.stringify({
      level: 'error', message: 'request failed', path: event.path, requestId: event.requestContext?.requestId,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    })),
  };
}

/** The API Lambda: API Gateway (REST, proxy integration) events in, HTTP responses out. */
export const makeHandler = (deps: ApiDeps): ((event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>) =>
  middy(httpRouterHandler(routes(deps))).use(problemJson({ log: deps.log }));
