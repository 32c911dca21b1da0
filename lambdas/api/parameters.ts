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

export const listStoriesParams = z.strictObject({
  q: z.string().trim().min(1).max(500).optional(),
  author: name.optional(),
  contributor: name.optional(),
  person: name.optional(),
  organisation: name.optional(),
  place: name.optional(),
  provider: name.optional(),
  from: instant('start').optional(),
  to: instant('end').optional(),
  limit: limit.default(20),
  cursor: cursor.optional(),
});

export const storyParams = z.strictObject({ format: z.enum(['record', 'ninjs']).optional() });

export const listUploadsParams = z.strictObject({
  status: z.enum(UPLOAD_STATUSES).optional(),
  key: z.string().min(1).max(1024).optional(),
  limit: limit.default(50),
  cursor: cursor.optional(),
});

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
