import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { StoreConfig } from '../store/env.ts';

export interface ApiDeps {
  readonly placeholder?: StoreConfig;
}

export function createApiDeps(cfg: StoreConfig): ApiDeps {
  return { placeholder: cfg };
}

/** The API Lambda: API Gateway (REST, proxy integration) events in, HTTP responses out. */
export const makeHandler = (_deps: ApiDeps) => async (_event: APIGatewayProxyEvent, _context: Context): Promise<APIGatewayProxyResult> => ({
  statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}',
});
