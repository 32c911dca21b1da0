import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { CHANGE_DETAIL_TYPES, CHANGE_SOURCE, type Change } from '../story/index.ts';

/**
 * The feed's changes as EventBridge events (issue 14): the table's stream carries each change item the log writes
 * (changes.ts; the event source mapping lets only those through), and this function puts one event per change on
 * the stack's bus: `source` `newswire`, a `detail-type` per kind, the change as `detail` (its `key` the idempotency
 * key). A change the bus does not take fails its stream record, which Lambda delivers again, from there on, in
 * order: at least once, none lost; a receiver dedupes on `detail.key`.
 */

/** PutEvents takes at most ten entries a call. */
const ENTRIES_PER_CALL = 10;

/** The name of the bus the events go to (set by the stack). */
export const EVENT_BUS_ENV = 'NEWSWIRE_EVENT_BUS';

export interface PublishDeps {
  readonly putEvents: (entries: PutEventsRequestEntry[]) => Promise<{ failed: number[] }>;
  readonly busName: string;
}

export function createPublishDeps(env = process.env): PublishDeps {
  const busName = env[EVENT_BUS_ENV];
  if (!busName) throw new Error(`environment variable ${EVENT_BUS_ENV} is required`);
  const client = new EventBridgeClient({});
  return {
    busName,
    putEvents: async (entries) => {
      const result = await client.send(new PutEventsCommand({ Entries: entries }));
      return { failed: (result.Entries ?? []).flatMap((entry, k) => (entry.ErrorCode ? [k] : [])) };
    },
  };
}

/** The event of one change. */
export const eventOf = (change: Change, busName: string): PutEventsRequestEntry => ({
  Source: CHANGE_SOURCE, DetailType: CHANGE_DETAIL_TYPES[change.kind], Detail: JSON.stringify(change), EventBusName: busName,
});

export const makePublishHandler = (deps: PublishDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const changes = event.Records.flatMap((record) => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image?.change) return [];
    return [{ sequence: record.dynamodb!.SequenceNumber!, change: unmarshall(image as Record<string, AttributeValue>).change as Change }];
  });
  for (let start = 0; start < changes.length; start += ENTRIES_PER_CALL) {
    const chunk = changes.slice(start, start + ENTRIES_PER_CALL);
    const { failed } = await deps.putEvents(chunk.map((c) => eventOf(c.change, deps.busName)));
    // the stream goes on again from the first change the bus did not take: it and every one after it
    if (failed.length > 0) return { batchItemFailures: [{ itemIdentifier: chunk[Math.min(...failed)]!.sequence }] };
  }
  return { batchItemFailures: [] };
};
