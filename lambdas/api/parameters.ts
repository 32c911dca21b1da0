import type { APIGatewayProxyEvent } from 'aws-lambda';
import * as z from 'zod';
import { UPLOAD_STATUSES } from '../story/index.ts';
import { BadParameter, UnsupportedMediaType } from './problems.ts';

/**
 * Query parameters of each route, validated with the same zod definitions that describe them.
 * Unknown parameters are refused by name: a misspelt filter (`autor=`) must not silently return
 * everything.
 */
const name = z.string().trim().min(1, 'must not be empty').max(200, 'is longer than any name');
const limit = z.coerce.number({ error: 'must be a whole number from 1 to 100' }).int('must be a whole number from 1 to 100')
  .min(1, 'must be a whole number from 1 to 100').max(100, 'must be a whole number from 1 to 100');
const cursor = z.string().min(1, 'must not be empty').max(2048, 'is longer than any cursor this API gives');

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;
const INSTANT_FORMS = 'an ISO 8601 date (2024-10-23) or date-time with an offset (2024-10-23T07:34:00-04:00, 2024-10-23T11:34Z)';

/** Why a date or date-time is no instant, or null when it is one: impossible days and hours are refused, never rolled over. */
function instantProblem(value: string): string | null {
  const m = INSTANT.exec(value);
  if (!m) return `must be ${INSTANT_FORMS}`;
  const [, year, month, day, hour, minute, second, offset, offsetHours, offsetMinutes] = m;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > daysInMonth) return `has no such day: ${year}-${month}-${day}`;
  if (hour === undefined) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return `has no such time of day: ${value.slice(11)}`;
  if (offset === undefined) return 'needs an offset (Z or ±hh:mm): a time without one could be any zone\'s';
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) return `has no such offset: ${offset}`;
  return null;
}

/** ISO 8601 date or date-time; a bare date means the whole day in UTC (start for `from`, end for `to`). */
const instant = (edge: 'start' | 'end') =>
  z.string().transform((value, ctx) => {
    const problem = instantProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    const text = value.length === 10 ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value;
    return new Date(Date.parse(text)).toISOString();
  });

const nameFilter = (what: string) => name.optional().describe(`${what}, matched case- and accent-insensitively on the full name`);

export const listStoriesParams = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(500, 'is longer than 500 characters').optional()
    .describe('keywords, all of which must appear; `"an exact phrase"` (its words together, in that order); `-word` or `-"a phrase"` to leave out stories that hold it. Results are ranked by relevance (BM25-like, headline and first paragraph weigh more) instead of newest first, each with `highlights`'),
  lang: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag, such as `de` or `pt-BR`').optional()
    .describe('with `q`: read the keywords in this language only (its stop words and stemmer); by default they are read in every language the index holds, English always'),
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
  format: z.enum(['record', 'ninjs'], { error: 'must be `record` or `ninjs`' }).optional().describe('`record` (the default) or `ninjs` (a ninjs 3.1 document)'),
  version: z.string().min(1, 'must not be empty').max(200, 'is longer than any version').optional()
    .describe('a stored version (a `version` of `/stories/{id}/versions`) instead of the current one; 404 when there is no such version'),
});

export const listUploadsParams = z.strictObject({
  status: z.enum(UPLOAD_STATUSES, { error: `must be one of ${UPLOAD_STATUSES.join(', ')}` }).optional().describe('only outcomes with this status'),
  key: z.string().min(1, 'must not be empty').max(1024, 'is longer than any S3 key').optional().describe('only uploads whose key starts with this'),
  limit: limit.default(50).describe('page size, 1 to 100'),
  cursor: cursor.optional().describe('the `nextCursor` of the previous page, unchanged, with the same other parameters'),
});

/** The longest a `GET /feed` waits for a change (API Gateway allows a request 29 s). */
export const MAX_FEED_WAIT_SECONDS = 20;

export const feedParams = z.strictObject({
  after: cursor.optional().describe('the `nextCursor` of the previous answer, unchanged; none reads from the oldest change kept'),
  limit: limit.default(50).describe('at most this many changes, 1 to 100'),
  wait: z.coerce.number({ error: `must be a whole number of seconds from 0 to ${MAX_FEED_WAIT_SECONDS}` }).int(`must be a whole number of seconds from 0 to ${MAX_FEED_WAIT_SECONDS}`)
    .min(0, `must be a whole number of seconds from 0 to ${MAX_FEED_WAIT_SECONDS}`).max(MAX_FEED_WAIT_SECONDS, `must be a whole number of seconds from 0 to ${MAX_FEED_WAIT_SECONDS}`)
    .default(0).describe(`long-poll: when there is no change yet, wait up to this many seconds (0 to ${MAX_FEED_WAIT_SECONDS}) and answer as soon as one arrives`),
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

/** `POST /uploads/presigned`: the name of the file to upload (only made safe and kept in the key). */
export const presignUploadBody = z.strictObject({
  filename: z.string({ error: 'must be a string' }).min(1, 'must not be empty').max(255, 'is longer than a file name').describe('the file\'s name, e.g. `story.xml`'),
});

/**
 * The JSON body of a POST route. Only `application/json` is read: a cross-origin page cannot send that
 * without a CORS preflight, which the API never grants (the local stack runs next to a browser).
 */
export function parseBody<T extends z.ZodType>(schema: T, event: APIGatewayProxyEvent): z.output<T> {
  const type = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (type?.split(';')[0]?.trim().toLowerCase() !== 'application/json') throw new UnsupportedMediaType('application/json');
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadParameter('body', 'is not JSON');
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') throw new BadParameter(issue.keys[0]!, 'is not a field of this body');
  throw new BadParameter(String(issue.path[0] ?? 'body'), issue.message);
}
