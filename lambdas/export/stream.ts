import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { Change } from '../story/index.ts';
import { exportStories, type ExportDeps, type ExportFailure } from './export.ts';

/**
 * The export's stream handler, without the AWS wiring (handler.ts): the table's stream carries the change log's
 * story changes (the event source mapping lets only those through: `FEED` items of kind stored, version,
 * correction, kill and embargo-ended), each naming a story and its place in the feed. Each story of the batch is
 * exported once, with the highest place the batch holds for it (export.ts).
 *
 * - A bulk request the engine does not take, or a store read that fails, throws: the whole batch comes again,
 *   halved on repeated failure (`bisectBatchOnError`), then to the mapping's dead-letter queue.
 * - An item the engine may take later (429, 5xx) fails the batch from the first record of its story on: those
 *   records come again, in order, and the ones before are done.
 * - A document the engine refuses for good (400) is put in the dead-letter queue with the engine's reason, and
 *   the batch goes on: retrying it would hold every later change of the feed behind it for a day.
 */

/** The story changes a stream batch carries, in stream order: the record's position, the story and the place. */
export interface StreamChange {
  readonly sequenceNumber: string;
  readonly id: string;
  readonly version: number;
}

/** The kinds of change that name a story; `rejected` names an upload and is left out (the filter, too). */
export const STORY_CHANGE_KINDS = ['stored', 'version', 'correction', 'kill', 'embargo-ended'] as const satisfies readonly Change['kind'][];
const STORY_KINDS: ReadonlySet<string> = new Set(STORY_CHANGE_KINDS);

export function storyChangesOf(event: DynamoDBStreamEvent): StreamChange[] {
  return event.Records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    const sequenceNumber = record.dynamodb?.SequenceNumber;
    if (record.eventName !== 'INSERT' || !image?.change || !sequenceNumber) return [];
    const change = unmarshall(image as Record<string, AttributeValue>).change as Partial<Change>;
    if (!STORY_KINDS.has(String(change.kind)) || typeof change.seq !== 'number' || !('storyId' in change) || typeof change.storyId !== 'string') return [];
    return [{ sequenceNumber, id: change.storyId, version: change.seq }];
  });
}

/** A document the engine refused for good, as the dead-letter queue keeps it. */
export interface RejectedExport extends ExportFailure {
  readonly index: string;
}

export interface StreamExportDeps extends ExportDeps {
  readonly index: string;
  /** Keeps refused documents (the dead-letter queue); throws when it could not. */
  readonly deadLetter: (rejected: readonly RejectedExport[]) => Promise<void>;
  readonly log?: (message: string, fields: Record<string, unknown>) => void;
}

export const makeExportHandler = (deps: StreamExportDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const changes = storyChangesOf(event);
  if (changes.length === 0) return { batchItemFailures: [] };
  const result = await exportStories(changes, deps);
  if (result.rejected.length > 0) {
    const rejected = result.rejected.map((failure) => ({ ...failure, index: deps.index }));
    await deps.deadLetter(rejected);
    deps.log?.('documents refused by the search engine, kept in the dead-letter queue', { rejected });
  }
  if (result.retry.length === 0) return { batchItemFailures: [] };
  deps.log?.('documents the search engine did not take this time; the stream delivers them again', { retry: result.retry });
  const again = new Set(result.retry.map((failure) => failure.id));
  const first = changes.find((change) => again.has(change.id))!;
  return { batchItemFailures: [{ itemIdentifier: first.sequenceNumber }] };
};
