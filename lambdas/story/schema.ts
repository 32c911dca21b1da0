import * as z from 'zod';
import { CONTRIBUTOR_ROLES, FORMATS, PUB_STATUSES, SIGNALS } from './constants.ts';

/**
 * The story record (CONTRACT.md §1): the one definition that the parser output, the API responses
 * and the OpenAPI document are all checked against.
 */
const isoDateTime = z.iso.datetime({ offset: true });

export const bylineSchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  location: z.string().nullable(),
});

export const datelineSchema = z.object({
  text: z.string(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
});

export const contributorSchema = z.object({
  name: z.string(),
  location: z.string().nullable(),
  role: z.enum(CONTRIBUTOR_ROLES),
});

export const personSchema = z.object({ name: z.string(), title: z.string().nullable(), mentions: z.number().int().min(1) });
export const entitySchema = z.object({ name: z.string(), mentions: z.number().int().min(1) });
export const quoteSchema = z.object({ text: z.string(), speaker: z.string().nullable() });

export const storyRecordSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  format: z.enum(FORMATS),
  provider: z.string().nullable(),
  headline: z.string().nullable(),
  slugline: z.string().nullable(),
  language: z.string().nullable(),
  pubStatus: z.enum(PUB_STATUSES),
  signals: z.array(z.enum(SIGNALS)),
  edNote: z.string().nullable(),
  firstCreated: isoDateTime.nullable(),
  versionCreated: isoDateTime.nullable(),
  embargoedUntil: isoDateTime.nullable(),
  byline: z.string().nullable(),
  bylines: z.array(bylineSchema),
  dateline: datelineSchema.nullable(),
  contributors: z.array(contributorSchema),
  body: z.object({ paragraphs: z.array(z.string()), wordCount: z.number().int().min(0) }),
  people: z.array(personSchema),
  organisations: z.array(entitySchema),
  places: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  source: z.object({
    key: z.string().nullable(),
    encoding: z.string(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type StoryRecord = z.infer<typeof storyRecordSchema>;
export type Byline = z.infer<typeof bylineSchema>;
export type Dateline = z.infer<typeof datelineSchema>;
export type Contributor = z.infer<typeof contributorSchema>;
export type Person = z.infer<typeof personSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Quote = z.infer<typeof quoteSchema>;

/** A listing entry (CONTRACT.md §3): enough to show a result without fetching the story. */
export const storySummarySchema = storyRecordSchema
  .pick({
    id: true, version: true, headline: true, provider: true, language: true, bylines: true, dateline: true,
    firstCreated: true, versionCreated: true, pubStatus: true,
  })
  .extend({
    excerpt: z.string().nullable(),
    score: z.number().optional(),
    highlights: z.array(z.object({
      text: z.string().describe('a snippet of the story text, plain text'),
      matches: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).describe('[start, end) offsets in `text` of the words the query asked for'),
    })).optional().describe('with `q`: snippets around the matched words; a page marks the offsets itself, escaping the text'),
  });
export type StorySummary = z.infer<typeof storySummarySchema>;

export const versionEntrySchema = storyRecordSchema.pick({ version: true, versionCreated: true, pubStatus: true, signals: true });
export type VersionEntry = z.infer<typeof versionEntrySchema>;
