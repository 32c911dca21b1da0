import type { APIGatewayProxyEvent } from 'aws-lambda';
import * as z from 'zod';
import { UPLOAD_STATUSES } from '../story/index.ts';
import { BadParameter } from './problems.ts';

/**
 * Query parameters of each route, validated with the same zod definitions that describe them.
 * Unknown parameters are refused by name: a misspelt filter (`autor=`) must not silently return
 * everything.
 */
const name = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than any name');
const limit = z.coerce.number({ error: 'must be a whole number from 1 to 100' }).int('must be a whole number from 1 to 100')
  .min(1, 'must be a whole number from 1 to 100').max(100, 'must be a whole number from 1 to 100');
const cursor = z.string().min(1).max(2048);

/** ISO 8601 date or date-time; a bare date means the whole day in UTC (start for `from`, end for `to`). */
const instant = (edge: 'start' | 'end') =>
  z.string().transform((value, ctx) => {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const text = dateOnly ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value;
    const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date (2024-10-23) or date-time (2024-10-23T07:34:00-04:00)' });
      return z.NEVER;
    }
    return new Date(ms).toISOString();
  });

const nameFilter = (what: string) => name.optional().describe(`${what}, matched case- and accent-insensitively on the full name`);

export const listStoriesParams = z.strictObject({
  q: z.string().trim().min(1).max(500).optional()
    .describe('keywords; results are ranked by relevance (BM25-like, headline and first paragraph weigh more) instead of newest first'),
  author: nameFilter('a byline name'),
  contributor: nameFilter('a contributor from the credit lines'),
  person: nameFilter('a person named in the story'),
  organisation: nameFilter('an organisation named in the story'),
  place: nameFilter('a place named in the story'),
  provider: nameFilter('the agency, e.g. `Associated Press`'),
  from: instant('start').optional().meta({ description: 'earliest story time, inclusive: ISO 8601 date (whole day, UTC) or date-time' }),
  to: instant('end').optional().meta({ description: 'latest story time, inclusive: ISO 8601 date (whole day, UTC) or date-time' }),
  limit: limit.default(20).describe('page size, 1 to 100'),
  cursor: cursor.optional().describe('the `nextCursor` of the previous page, unchanged, with the same other parameters'),
});

export const storyParams = z.strictObject({
  format: z.enum(['record', 'ninjs']).optional().describe('`record` (the default) or `ninjs` (a ninjs 3.1 document)'),
});

export const listUploadsParams = z.strictObject({
  status: z.enum(UPLOAD_STATUSES).optional().describe('only outcomes with this status'),
  key: z.string().min(1).max(1024).optional().describe('only uploads whose key starts with this'),
  limit: limit.default(50).describe('page size, 1 to 100'),
  cursor: cursor.optional().describe('the `nextCursor` of the previous page, unchanged, with the same other parameters'),
});

/** Path parameters: a story id is 24 lowercase hex digits (lambdas/story/identity.ts). */
export const storyPathParams = z.object({ id: z.string().regex(/^[0-9a-f]{24}$/).describe('the story id') });

/** Routes that take no query parameters at all. */
export const noParams = z.strictObject({});

export function parseParams<T extends z.ZodType>(schema: T, event: APIGatewayProxyEvent): z.output<T> {
  const multi = event.multiValueQueryStringParameters ?? {};
  for (const [key, values] of Object.entries(multi)) {
    if ((values?.length ?? 0) > 1) throw new BadParameter(key, 'is given more than once');
  }
  const result = schema.safeParse(event.queryStringParameters ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') throw new BadParameter(issue.keys[0]!, 'is not a parameter of this route');
  throw new BadParameter(String(issue.path[0] ?? 'query'), issue.message);
}
