import type { APIGatewayProxyEvent } from 'aws-lambda';

/**
 * Where the desk's routes sit in the cloud: the same routes under `/api`, authorized with the editors'
 * Cognito tokens instead of IAM (API Gateway takes one authorizer per method, so the desk's methods are
 * a resource tree of their own, `/api/{proxy+}`; lib/story-api.ts). CloudFront sends the page's `/api/*`
 * requests there unchanged, so the page and its API share one origin.
 */
export const DESK_API_PREFIX = '/api';

/**
 * The event as the routes expect it: a request that reached the desk's tree (`/api/stories`) is routed
 * as the same request without the prefix (`/stories`). Any other event is returned as it is.
 */
export function withoutDeskPrefix(event: APIGatewayProxyEvent): APIGatewayProxyEvent {
  // By the resource the request matched, not by its path: only the desk's tree strips.
  if (!event.resource?.startsWith(`${DESK_API_PREFIX}/`)) return event;
  const rest = event.path.startsWith(`${DESK_API_PREFIX}/`) ? event.path.slice(DESK_API_PREFIX.length) : '/';
  return { ...event, path: rest };
}
