import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { Store } from '../store/index.ts';
import { InvalidCursorError } from '../store/index.ts';
import { BadParameter, Killed, NotFound } from './problems.ts';
import { listStoriesParams, listUploadsParams, parseParams, storyParams } from './parameters.ts';

export interface ApiDeps {
  readonly store: Store;
  /** Now, as UTC ISO 8601: embargoes are judged against it. */
  readonly clock: () => string;
  readonly log: (error: unknown, event: APIGatewayProxyEvent) => void;
}

const json = (status: number, body: unknown): APIGatewayProxyResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const storyIdOf = (event: APIGatewayProxyEvent): string => {
  const id = event.pathParameters?.id ?? '';
  if (!/^[0-9a-f]{24}$/.test(id)) throw new NotFound(`there is no story ${JSON.stringify(id.slice(0, 100))}`);
  return id;
};

/** Cursor errors name the parameter that carried the cursor. */
async function withCursor<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new BadParameter('cursor', error.message, { cause: error });
    throw error;
  }
}

/** The routes of CONTRACT.md §3, as data. */
export const routes = (deps: ApiDeps) => [
  { method: 'GET' as const, path: '/health', handler: async () => json(200, { status: 'ok' }) },

  {
    method: 'GET' as const, path: '/stories',
    handler: async (event: APIGatewayProxyEvent) => {
      const { q, limit, cursor, ...filters } = parseParams(listStoriesParams, event);
      if (q !== undefined) throw new BadParameter('q', 'keyword search is not available yet; use the filters');
      if (filters.from && filters.to && filters.from > filters.to) throw new BadParameter('from', 'is later than to');
      const page = await withCursor(() => deps.store.listStories({ filters, limit, cursor, now: deps.clock() }));
      return json(200, page);
    },
  },

  {
    method: 'GET' as const, path: '/stories/{id}',
    handler: async (event: APIGatewayProxyEvent) => {
      const { format } = parseParams(storyParams, event);
      if (format === 'ninjs') throw new BadParameter('format', 'the ninjs export is not available yet');
      const id = storyIdOf(event);
      const found = await deps.store.getStory(id, deps.clock());
      if (found.status === 'killed') throw new Killed(`story ${id} was killed by its provider`);
      if (found.status === 'missing') throw new NotFound(`there is no story ${id}`);
      return json(200, found.record);
    },
  },

  {
    method: 'GET' as const, path: '/stories/{id}/versions',
    handler: async (event: APIGatewayProxyEvent) => {
      parseParams(storyParams.pick({}), event);
      const id = storyIdOf(event);
      const versions = await deps.store.listVersions(id);
      if (!versions) throw new NotFound(`there is no story ${id}`);
      return json(200, { items: versions });
    },
  },

  {
    method: 'GET' as const, path: '/uploads',
    handler: async (event: APIGatewayProxyEvent) => {
      const { status, key, limit, cursor } = parseParams(listUploadsParams, event);
      const page = await withCursor(() => deps.store.listUploads({ status, keyPrefix: key, limit, cursor }));
      return json(200, page);
    },
  },
];
