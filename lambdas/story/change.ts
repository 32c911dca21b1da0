import * as z from 'zod';
import { REJECTION_CODES } from './constants.ts';
import { storySummarySchema, type StoryRecord } from './schema.ts';

/**
 * A change downstream systems follow (CONTRACT.md §3 `GET /feed`, issue 14): a story stored, a new version of it,
 * a correction, a kill, a story whose embargo ended (it is published then, not when it arrived), an upload
 * rejected. The same object is a feed item, a line of `newswire tail --json` and the `detail` of an
 * EventBridge event; `seq` orders them, `key` names the change whatever delivers it (an idempotency key).
 */
export const CHANGE_KINDS = ['stored', 'version', 'correction', 'kill', 'embargo-ended', 'rejected'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The EventBridge `detail-type` of each kind: `Story Stored`, `Story Killed`, `Upload Rejected` … */
export const CHANGE_DETAIL_TYPES: Readonly<Record<ChangeKind, string>> = {
  stored: 'Story Stored',
  version: 'Story Version Stored',
  correction: 'Story Corrected',
  kill: 'Story Killed',
  'embargo-ended': 'Story Embargo Ended',
  rejected: 'Upload Rejected',
};
/** The EventBridge `source` of every event. */
export const CHANGE_SOURCE = 'newswire';

const storyChange = z.object({
  seq: z.number().int().min(1),
  key: z.string(),
  kind: z.enum(['stored', 'version', 'correction', 'kill', 'embargo-ended']),
  at: z.iso.datetime({ offset: true }),
  storyId: z.string(),
  version: z.string(),
  story: storySummarySchema,
});
const uploadChange = z.object({
  seq: z.number().int().min(1),
  key: z.string(),
  kind: z.literal('rejected'),
  at: z.iso.datetime({ offset: true }),
  upload: z.object({ key: z.string(), code: z.enum(REJECTION_CODES), reason: z.string() }),
});
export const changeSchema = z.discriminatedUnion('kind', [storyChange, uploadChange]).meta({
  id: 'Change',
  description: 'One change, in commit order: `seq` increases by one from change to change; `key` is the same whenever the same change is delivered again.',
});
export type Change = z.infer<typeof changeSchema>;
/** A change before the log gives it its place. */
export type ChangeDraft = Omit<z.infer<typeof storyChange>, 'seq'> | Omit<z.infer<typeof uploadChange>, 'seq'>;

/**
 * What storing a version is, to a follower: a kill, a correction, the story's first version or a later one.
 * @param firstVersion whether no other version of the story was stored before this one
 */
export function storyChangeKind(record: Pick<StoryRecord, 'pubStatus' | 'signals'>, firstVersion: boolean): Exclude<ChangeKind, 'embargo-ended' | 'rejected'> {
  if (record.pubStatus === 'canceled') return 'kill';
  if (record.signals.includes('correction')) return 'correction';
  return firstVersion ? 'stored' : 'version';
}

/** The key of the change a stored version makes: one per story version, whichever delivery writes it. */
export const versionChangeKey = (id: string, rank: string): string => `story:${id}:${rank}`;
/** The key of the change an embargo's end makes. */
export const embargoChangeKey = (id: string, rank: string): string => `embargo:${id}:${rank}`;
/** The key of the change a rejected upload makes: one per object version the bucket received. */
export const rejectionChangeKey = (uploadKey: string, version: string | null): string => `upload:${uploadKey}:${version ?? ''}`;

/**
 * The JSON Schema (2020-12) of an event on the bus: EventBridge's envelope, `source` `newswire`, a `detail-type`
 * per kind and the change as `detail`. Written to `schemas/change-event.schema.json`, which rules and consumers
 * read; a test keeps the file and this in step.
 */
export function changeEventJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...change } = z.toJSONSchema(changeSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://newswire.example/schemas/change-event.schema.json',
    title: 'Newswire change event',
    description: 'An EventBridge event Newswire puts on its bus for each change of the feed (GET /feed gives the same change objects). Deliveries are at least once: dedupe on detail.key.',
    type: 'object',
    required: ['source', 'detail-type', 'detail'],
    properties: {
      source: { const: CHANGE_SOURCE },
      'detail-type': { enum: Object.values(CHANGE_DETAIL_TYPES) },
      detail: { $ref: '#/$defs/Change' },
    },
    $defs: (change as { $defs: Record<string, unknown> }).$defs,
  };
}
