import * as z from 'zod';
import { REJECTION_CODES, UPLOAD_STATUSES, changeSchema, storyRecordSchema, storySummarySchema, versionEntrySchema } from '../story/index.ts';

/**
 * The response bodies of the API, as zod schemas: the tests check real responses against them, and
 * the OpenAPI document is generated from them (openapi.ts). Story shapes come from lambdas/story.
 */
export const healthSchema = z.object({ status: z.literal('ok') });

export const storyPageSchema = z.object({
  items: z.array(storySummarySchema),
  nextCursor: z.string().nullable().describe('pass as `cursor` for the next page; null on the last page'),
});

export const versionListSchema = z.object({ items: z.array(versionEntrySchema) });

export const uploadOutcomeSchema = z.object({
  key: z.string(),
  status: z.enum(UPLOAD_STATUSES),
  storyId: z.string().nullable().describe('the first story stored from the file (for a duplicate, the first it repeats)'),
  storyIds: z.array(z.string()).describe('every story of the file, in file order; empty when rejected'),
  code: z.enum(REJECTION_CODES).nullable(),
  reason: z.string().nullable(),
  receivedAt: z.string(),
  etag: z.string().nullable(),
  versionId: z.string().nullable(),
});

export const uploadPageSchema = z.object({ items: z.array(uploadOutcomeSchema), nextCursor: z.string().nullable() });

export const uploadCountsSchema = z.object({
  stored: z.number().int().min(0),
  duplicate: z.number().int().min(0),
  rejected: z.number().int().min(0),
  complete: z.boolean().describe('false when there were so many uploads that the figures are lower bounds'),
});

export const changePageSchema = z.object({
  items: z.array(changeSchema),
  nextCursor: z.string().describe('pass as `after` to go on; always given: a follower asks again with it, now or later'),
});

export const presignedUploadSchema = z.object({
  url: z.string().describe('where to POST the form'),
  // an object of strings (not z.record, whose code the API bundle would carry for this one schema)
  fields: z.looseObject({ key: z.string(), policy: z.string(), 'x-amz-signature': z.string() }).describe('form fields to send, in any order, before the file: all strings'),
  key: z.string().describe('the object key the upload will have: follow it with `GET /uploads?key=`'),
  maxBytes: z.number().int().min(1).describe('the largest file the policy allows'),
  expiresAt: z.string().describe('when the policy stops being accepted'),
});

/** RFC 9457 problem details; `parameter` names the bad parameter of a 400. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  parameter: z.string().optional(),
});

/**
 * `GET /stories/{id}?format=ninjs`: a ninjs 3.1 document (lambdas/story/ninjs.ts), which validates
 * against IPTC's ninjs-schema_3.1.json; only its anchor is restated here.
 */
export const ninjsDocumentSchema = z.looseObject({ uri: z.string() })
  .describe('a ninjs 3.1 document (IPTC ninjs-schema_3.1.json, https://iptc.org/std/ninjs/)');

/** Names of the shared schemas in the OpenAPI document's components. */
export const COMPONENT_SCHEMAS = {
  StoryRecord: storyRecordSchema,
  NinjsDocument: ninjsDocumentSchema,
  StorySummary: storySummarySchema,
  StoryPage: storyPageSchema,
  VersionEntry: versionEntrySchema,
  VersionList: versionListSchema,
  UploadOutcome: uploadOutcomeSchema,
  UploadPage: uploadPageSchema,
  UploadCounts: uploadCountsSchema,
  Change: changeSchema,
  ChangePage: changePageSchema,
  PresignedUpload: presignedUploadSchema,
  Problem: problemSchema,
  Health: healthSchema,
} as const;
