import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type * as z from 'zod';
import type { ReadStore } from '../store/index.ts';
import { CHANGE_RETENTION_DAYS, InvalidCursorError, NoSearchTermsError } from '../store/index.ts';
import { toNinjs } from '../story/index.ts';
import { QuerySyntaxError } from '../search/index.ts';
import { BadParameter, Killed, NotFound, UploadsNotConfigured } from './problems.ts';
import { feedParams, listStoriesParams, listUploadsParams, noParams, parseBody, parseParams, presignUploadBody, storyParams, storyPathParams } from './parameters.ts';
import type { COMPONENT_SCHEMAS } from './schemas.ts';
import { presignUpload, type UploadSigning } from './uploads.ts';

export interface ApiDeps {
  readonly store: ReadStore;
  /** Now, as UTC ISO 8601: embargoes are judged against it. */
  readonly clock: () => string;
  /** Waits this long (a long-poll between two reads of the feed). @default a timer */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log: (error: unknown, event: APIGatewayProxyEvent) => void;
  /** Where and as whom `POST /uploads/presigned` signs uploads. @default none: the route answers 501 */
  readonly uploads?: UploadSigning;
}

/** What the OpenAPI document says of a route (openapi.ts); parameters come from the same zod schemas the handler parses with. */
export interface RouteDoc {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly query: z.ZodObject;
  readonly path?: z.ZodObject;
  /** A JSON request body (POST routes). */
  readonly body?: z.ZodObject;
  /** Status → a component schema name (or a raw JSON Schema) and what it means. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema: keyof typeof COMPONENT_SCHEMAS | { readonly json: Record<string, unknown> } }>>;
}

export interface Route {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly doc: RouteDoc;
  readonly handler: (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;
}

export const json = (status: number, body: unknown): APIGatewayProxyResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const storyIdOf = (event: APIGatewayProxyEvent): string => {
  const id = event.pathParameters?.id ?? '';
  if (!storyPathParams.shape.id.safeParse(id).success) throw new NotFound(`there is no story ${JSON.stringify(id.slice(0, 100))}`);
  return id;
};

/** Store errors that are the client's: a cursor error names `cursor`, an empty query names `q`. */
async function clientErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new BadParameter('cursor', error.message, { cause: error });
    if (error instanceof NoSearchTermsError || error instanceof QuerySyntaxError) throw new BadParameter('q', error.message, { cause: error });
    throw error;
  }
}

/** A long-poll reads the feed again after this long, then twice as long, up to a second. */
const FEED_POLL_MS = 100;
const MAX_FEED_POLL_MS = 1000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const badRequest = { description: 'a parameter is wrong; `parameter` names it', schema: 'Problem' } as const;
const notFound = { description: 'no such story, or not published yet (withheld, under embargo)', schema: 'Problem' } as const;
const killed = { description: 'the story was killed by its provider: it and its versions are gone', schema: 'Problem' } as const;

/** The routes of CONTRACT.md §3, as data; `/openapi.json` is added by routes() from the others. */
export const storyRoutes = (deps: ApiDeps): Route[] => [
  {
    method: 'GET', path: '/health',
    doc: { operationId: 'health', summary: 'Liveness', query: noParams, responses: { 200: { description: 'the API answers', schema: 'Health' } } },
    handler: async (event) => {
      parseParams(noParams, event);
      return json(200, { status: 'ok' });
    },
  },

  {
    method: 'GET', path: '/stories',
    doc: {
      operationId: 'listStories', summary: 'Stories: newest first, or ranked by keywords (`q`), under any filters',
      description: 'Killed, withheld and embargoed stories are never listed. With `q`, each summary carries its `score`. Pages are stable: '
        + 'following `nextCursor` serves every story that existed when paging began once, even while new stories arrive.',
      query: listStoriesParams,
      responses: { 200: { description: 'one page of story summaries', schema: 'StoryPage' }, 400: badRequest },
    },
    handler: async (event) => {
      const { q, lang, limit, cursor, ...filters } = parseParams(listStoriesParams, event);
      if (filters.from && filters.to && filters.from > filters.to) throw new BadParameter('from', 'is later than to');
      const now = deps.clock();
      const page = await clientErrors(() => (q === undefined
        ? deps.store.listStories({ filters, limit, cursor, now })
        : deps.store.searchStories({ q, filters, limit, cursor, now, ...(lang === undefined ? {} : { lang }) })));
      return json(200, page);
    },
  },

  {
    method: 'GET', path: '/stories/{id}',
    doc: {
      operationId: 'getStory', summary: 'The current version of a story', query: storyParams, path: storyPathParams,
      responses: {
        200: {
          description: 'the story record (CONTRACT.md §1), or with `format=ninjs` a ninjs 3.1 document; with `version`, that version\'s',
          schema: { json: { oneOf: [{ $ref: '#/components/schemas/StoryRecord' }, { $ref: '#/components/schemas/NinjsDocument' }] } },
        },
        400: badRequest, 404: notFound, 410: killed,
      },
    },
    handler: async (event) => {
      const { format, version } = parseParams(storyParams, event);
      const id = storyIdOf(event);
      const found = await deps.store.getStory(id, deps.clock(), version);
      if (found.status === 'killed') throw new Killed(`story ${id} was killed by its provider`);
      if (found.status === 'missing') throw new NotFound(version === undefined ? `there is no story ${id}` : `story ${id} has no version ${JSON.stringify(version.slice(0, 100))}`);
      return json(200, format === 'ninjs' ? toNinjs(found.record) : found.record);
    },
  },

  {
    method: 'GET', path: '/stories/{id}/versions',
    doc: {
      operationId: 'listVersions', summary: 'Every stored version of a story', query: noParams, path: storyPathParams,
      responses: { 200: { description: 'the versions, oldest first', schema: 'VersionList' }, 400: badRequest, 404: notFound, 410: killed },
    },
    handler: async (event) => {
      parseParams(noParams, event);
      const id = storyIdOf(event);
      const found = await deps.store.listVersions(id, deps.clock());
      if (found.status === 'killed') throw new Killed(`story ${id} was killed by its provider`);
      if (found.status === 'missing') throw new NotFound(`there is no story ${id}`);
      return json(200, { items: found.versions });
    },
  },

  {
    method: 'GET', path: '/uploads',
    doc: {
      operationId: 'listUploads', summary: 'What became of each uploaded object, in key order', query: listUploadsParams,
      responses: { 200: { description: 'one page of upload outcomes', schema: 'UploadPage' }, 400: badRequest },
    },
    handler: async (event) => {
      const { status, key, limit, cursor } = parseParams(listUploadsParams, event);
      const page = await clientErrors(() => deps.store.listUploads({ status, keyPrefix: key, limit, cursor }));
      return json(200, page);
    },
  },

  {
    method: 'GET', path: '/feed',
    doc: {
      operationId: 'readFeed', summary: 'Every change, in commit order: stored, new version, correction, kill, embargo ended, upload rejected',
      description: 'Follow with `after` = the last `nextCursor`: every change is served exactly once and none is skipped, while uploads go on. '
        + `A story under embargo appears when its embargo ends. With \`wait\`, an empty answer waits for the next change. Changes are kept ${CHANGE_RETENTION_DAYS} days; `
        + 'without `after` the feed starts at the oldest change kept.',
      query: feedParams,
      responses: { 200: { description: 'the next changes (none when there are none yet) and where to go on from', schema: 'ChangePage' }, 400: badRequest },
    },
    handler: async (event) => {
      const { after, limit, wait } = parseParams(feedParams, event);
      const deadline = Date.now() + wait * 1000;
      for (let pause = FEED_POLL_MS; ; pause = Math.min(pause * 2, MAX_FEED_POLL_MS)) {
        const page = await deps.store.readFeed({ after, limit, now: deps.clock() }).catch((error: unknown) => {
          throw error instanceof InvalidCursorError ? new BadParameter('after', error.message, { cause: error }) : error;
        });
        const left = deadline - Date.now();
        if (page.items.length > 0 || left <= 0) return json(200, page);
        await (deps.sleep ?? sleep)(Math.min(pause, left));
      }
    },
  },

  {
    method: 'GET', path: '/uploads/counts',
    doc: {
      operationId: 'countUploads', summary: 'How many uploads ended stored, duplicate and rejected', query: noParams,
      responses: { 200: { description: 'the counts by outcome', schema: 'UploadCounts' }, 400: badRequest },
    },
    handler: async (event) => {
      parseParams(noParams, event);
      const { counts, complete } = await deps.store.countUploads();
      return json(200, { ...counts, complete });
    },
  },
  {
    method: 'POST', path: '/uploads/presigned',
    doc: {
      operationId: 'presignUpload', summary: 'A presigned S3 POST for one upload under incoming/, at most the ingest size limit',
      description: 'POST `url` a multipart/form-data form of `fields`, then `file`. The policy allows key `incoming/<date>/<uuid>-<name>` only, '
        + '1 byte to `maxBytes`, for 10 minutes; `GET /uploads?key=` tells the outcome. The body must be application/json.',
      query: noParams, body: presignUploadBody,
      responses: { 200: { description: 'where and what to POST', schema: 'PresignedUpload' }, 400: badRequest, 415: { description: 'the body is not application/json', schema: 'Problem' }, 501: { description: 'this API does not sign uploads', schema: 'Problem' } },
    },
    handler: async (event) => {
      parseParams(noParams, event);
      const { filename } = parseBody(presignUploadBody, event);
      if (!deps.uploads) throw new UploadsNotConfigured();
      return json(200, await presignUpload(filename, deps.uploads));
    },
  },
];
