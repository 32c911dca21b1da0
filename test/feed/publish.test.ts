import { marshall } from '@aws-sdk/util-dynamodb';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { makePublishHandler } from '../../lambdas/feed/publish.ts';
import type { Change } from '../../lambdas/story/index.ts';

const change = (seq: number): Change => ({ seq, key: `upload:incoming/${seq}.txt:v1`, kind: 'rejected', at: '2026-01-01T00:00:00Z', upload: { key: `incoming/${seq}.txt`, code: 'empty', reason: 'the file is empty' } });

/** Stream records as DynamoDB Streams delivers the change log's items (and one item that is no change). */
const streamOf = (seqs: number[]): DynamoDBStreamEvent => ({
  Records: [
    ...seqs.map((seq) => ({
      eventName: 'INSERT' as const,
      dynamodb: { SequenceNumber: `s${seq}`, NewImage: marshall({ pk: 'FEED', sk: String(seq).padStart(16, '0'), seq, kind: 'rejected', change: change(seq) }) as never },
    })),
    { eventName: 'MODIFY' as const, dynamodb: { SequenceNumber: 'counter', NewImage: marshall({ pk: 'FEED', sk: 'SEQ', n: 99 }) as never } },
  ],
});

describe('Function: the feed publisher', () => {
  it('puts one event per change on the bus, ten a call, with the change as detail', async () => {
    // Prepare
    const calls: PutEventsRequestEntry[][] = [];
    const handler = makePublishHandler({ busName: 'bus', putEvents: async (entries) => { calls.push(entries); return { failed: [] }; } });

    // Act
    const result = await handler(streamOf(Array.from({ length: 12 }, (_, i) => i + 1)));

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    expect(calls.map((c) => c.length)).toEqual([10, 2]);
    expect(calls[0]![0]).toEqual({ Source: 'newswire', DetailType: 'Upload Rejected', EventBusName: 'bus', Detail: JSON.stringify(change(1)) });
  });

  it('fails the stream from the first change the bus would not take, so that it and those after are delivered again', async () => {
    // Prepare
    const handler = makePublishHandler({ busName: 'bus', putEvents: async (entries) => ({ failed: entries.length === 3 ? [1, 2] : [] }) });

    // Act
    const result = await handler(streamOf([1, 2, 3]));

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 's2' }]);
  });
});

describe('The event schema (schemas/change-event.schema.json)', () => {
  it('is the schema the code defines, written out', async () => {
    // Prepare
    const { readFileSync } = await import('node:fs');
    const { changeEventJsonSchema } = await import('../../lambdas/story/index.ts');

    // Assess
    expect(JSON.parse(readFileSync(new URL('../../schemas/change-event.schema.json', import.meta.url), 'utf8'))).toEqual(changeEventJsonSchema());
  });

  it('accepts the events the publisher puts on the bus', async () => {
    // Prepare
    const { readFileSync } = await import('node:fs');
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default;
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/change-event.schema.json', import.meta.url), 'utf8')));
    const entries: PutEventsRequestEntry[] = [];
    await makePublishHandler({ busName: 'bus', putEvents: async (e) => { entries.push(...e); return { failed: [] }; } })(streamOf([1]));

    // Act
    const event = { source: entries[0]!.Source, 'detail-type': entries[0]!.DetailType, detail: JSON.parse(entries[0]!.Detail!) };

    // Assess
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...event, detail: { ...event.detail, kind: 'deleted' } })).toBe(false);
  });
});
