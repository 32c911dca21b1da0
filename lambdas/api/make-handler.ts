import middy from '@middy/core';
import httpRouterHandler from '@middy/http-router';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { createReadStore, type StoreConfig } from '../store/index.ts';
import { openApiDocument } from './openapi.ts';
import { noParams, parseParams } from './parameters.ts';
import { MethodNotAllowed, NotFound, problemJson } from './problems.ts';
import { accessLog } from './access-log.ts';
import { cloudUploadUrl, lambdaCredentials, type UploadSigning } from './uploads.ts';
import { json, storyRoutes, type ApiDeps, type Route } from './routes.ts';

export type { ApiDeps, Route };

/**
 * The API's dependencies. Uploads are signed as the function's own role, for the bucket's POST endpoint; the local
 * stack passes its own signing (an endpoint and a key its S3 endpoint checks), since anyone knows s3rver's.
 */
export function createApiDeps(cfg: StoreConfig, opts: { readonly uploads?: UploadSigning } = {}): ApiDeps {
  const uploads = opts.uploads ?? (cfg.endpoints
    ? undefined
    : { bucket: cfg.bucketName, region: cfg.region, url: cloudUploadUrl(cfg.bucketName, cfg.region), credentials: lambdaCredentials() });
  return {
    ...(uploads ? { uploads } : {}),
    store: createReadStore(cfg),
    clock: () => new Date().toISOString(),
    log: (error, event) => console.error(JSON.stringify({
      level: 'error', message: 'request failed', path: event.path, requestId: event.requestContext?.requestId,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    })),
  };
}

/** Every route: the story routes, and `/openapi.json` describing them and itself (built on first request). */
export function routes(deps: ApiDeps): Route[] {
  const story = storyRoutes(deps);
  let document: string | undefined;
  const openapi: Route = {
    method: 'GET', path: '/openapi.json',
    doc: {
      operationId: 'openApi', summary: 'This document: the OpenAPI 3.1 description of the API', query: noParams,
      responses: { 200: { description: 'an OpenAPI 3.1 document', schema: { json: { type: 'object', required: ['openapi', 'info', 'paths'] } } }, 400: { description: 'a parameter is wrong', schema: 'Problem' } },
    },
    handler: async (event) => {
      parseParams(noParams, event);
      document ??= JSON.stringify(openApiDocument([...story, openapi]));
      return { ...json(200, null), body: document };
    },
  };
  return [...story, openapi];
}

/**
 * What the router serves: every route for GET and for HEAD (the same answer; the server drops its body), and
 * for a known path asked with another method, 405 with `Allow` rather than "no such route".
 */
function router(all: readonly Route[]) {
  // `/stories/{id}` → ^/stories/[^/]+/?$ (literal parts escaped; a trailing slash as the router allows it)
  const pattern = (path: string) => new RegExp(`^${path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}/?$`);
  const templates = all.map((route) => ({ method: route.method, pattern: pattern(route.path) }));
  return httpRouterHandler({
    routes: all.flatMap((route) => [
      { method: route.method, path: route.path, handler: route.handler },
      // the answer whole: its Content-Length must be GET's; API Gateway and the local server send no body for HEAD
      ...(route.method === 'GET' ? [{ method: 'HEAD' as const, path: route.path, handler: route.handler }] : []),
    ]),
    notFoundResponse: ({ method, path }: { method: string; path: string }) => {
      const allow = [...new Set(templates.filter((t) => t.pattern.test(path)).flatMap((t) => (t.method === 'GET' ? [t.method, 'HEAD'] : [t.method])))];
      if (allow.length > 0) throw new MethodNotAllowed(method, path, allow);
      throw new NotFound(`no route for ${method} ${path}`);
    },
  });
}

/** The API Lambda: API Gateway (REST, proxy integration) events in, HTTP responses out. */
export const makeHandler = (deps: ApiDeps): ((event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>) =>
  // onError runs in reverse: problemJson first writes the answer, then the access log records it
  middy(router(routes(deps))).use(accessLog()).use(problemJson({ log: deps.log }));
