import { DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bulkSender, consistentReads, makeExportHandler, SearchUnavailableError, storyChangesOf, type RejectedExport,
} from '../../lambdas/export/index.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { createReadStore } from '../../lambdas/store/index.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';
import { STAND_IN_CREDENTIALS, STAND_IN_REGION, startOpenSearchStandIn, type OpenSearchStandIn } from './opensearch-stand-in.ts';

/**
 * The export from the table's stream, end to end on one machine: real uploads through the local stack, the change
 * log's real items read back from the local table and handed to the handler as the stream delivers them (a
 * DynamoDB stream record carries the item's new image as attribute values), the story read through the store, and
 * the bulk request signed and sent over HTTP to a stand-in for OpenSearch that keeps versions as the engine does.
 */

const INDEX = 'newswire-stories';
let t: TestStack;
let search: OpenSearchStandIn;
let raw: DynamoDBClient;
let deadLetters: RejectedExport[];
let handler: ReturnType<typeof makeExportHandler>;

beforeAll(async () => {
  t = await startTestStack({ embargoClockMs: 200 });
  search = await startOpenSearchStandIn();
  raw = new DynamoDBClient({ region: t.stack.config.region, endpoint: t.stack.config.endpoints!.dynamodb, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const clients = createClients(t.stack.config);
  consistentReads(clients.ddb);
  handler = makeExportHandler({
    store: createReadStore(t.stack.config, clients),
    bulk: bulkSender({ endpoint: search.url, index: INDEX, region: STAND_IN_REGION }, { credentials: STAND_IN_CREDENTIALS }),
    clock: () => new Date().toISOString(),
    index: INDEX,
    deadLetter: async (rejected) => { deadLetters.push(...rejected); },
  });
});
afterAll(async () => {
  raw?.destroy();
  await search?.close();
  await t?.dispose();
});
beforeEach(() => { deadLetters = []; });

const story = (opts: { stamp: string; lines?: string[]; headline?: string; body?: string }) => [
  ...(opts.lines ?? []),
  opts.stamp,
  '',
  opts.headline ?? 'Harbour authority opens new ferry terminal',
  '',
  `HALIFAX (AP) — ${opts.body ?? 'The harbour authority opened a new ferry terminal on Tuesday, the first in the city for forty years.'}`,
  '',
  'Officials said the terminal would handle two million passengers a year once the new routes start in the spring.',
].join('\n');

async function upload(key: string, body: string): Promise<void> {
  await t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: body }));
  await t.stack.queue.idle();
}

/** Every item of the change log's partition as the table holds it (attribute values: a stream record's NewImage). */
async function feedItems(): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await raw.send(new QueryCommand({
      TableName: t.stack.tableName, ConsistentRead: true, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'FEED' } }, ExclusiveStartKey: start,
    }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The change items of one story (by the upload key its excerpt or id came from), in feed order. */
async function changesOf(storyId: string): Promise<Record<string, AttributeValue>[]> {
  return (await feedItems()).filter((item) => item.change?.M?.storyId?.S === storyId);
}

/** The stream batch DynamoDB Streams would deliver for these items (INSERTs, new images), numbered in order. */
let streamPosition = 0;
const streamOf = (items: readonly Record<string, AttributeValue>[]): DynamoDBStreamEvent => ({
  Records: items.map((item) => ({
    eventID: `e${++streamPosition}`, eventName: 'INSERT', eventSource: 'aws:dynamodb', awsRegion: 'eu-west-1',
    dynamodb: { Keys: { pk: item.pk!, sk: item.sk! } as never, NewImage: item as never, SequenceNumber: String(streamPosition).padStart(21, '0'), StreamViewType: 'NEW_IMAGE' },
  })),
});

/** The story id the last upload of `key` was stored as, from the uploads listing. */
async function storyIdOf(key: string): Promise<string> {
  const response = await fetch(`${t.stack.apiUrl}/uploads?key=${encodeURIComponent(key)}`);
  const page = (await response.json()) as { items: { key: string; storyId: string | null }[] };
  const id = page.items.find((item) => item.key === key)?.storyId;
  if (!id) throw new Error(`no story stored from ${key}: ${JSON.stringify(page)}`);
  return id;
}

const seqOf = (item: Record<string, AttributeValue>): number => Number(item.seq!.N);

describe('Search export: the table stream to OpenSearch on the local stack', () => {
  it('indexes a stored story as one signed bulk write of its current version, versioned by its place in the feed', async () => {
    // Prepare
    const key = 'incoming/export/stored.txt';
    await upload(key, story({ stamp: '2025-03-04 09:00 GMT' }));
    const id = await storyIdOf(key);
    const changes = await changesOf(id);
    const requestsBefore = search.requests.length;

    // Act
    const result = await handler(streamOf(changes));

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    const request = search.requests.at(-1)!;
    expect(search.requests.length).toBe(requestsBefore + 1);
    expect(request).toMatchObject({ method: 'POST', path: `/${INDEX}/_bulk`, status: 200 });
    expect(request.headers['content-type']).toBe('application/x-ndjson');
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDSTANDIN\/\d{8}\/eu-west-1\/es\/aws4_request/);
    const document = search.documents.get(id)!;
    expect(document.version).toBe(seqOf(changes[0]!));
    expect(document.source).toMatchObject({
      id, headline: 'Harbour authority opens new ferry terminal', provider: 'Associated Press', language: 'en', pubStatus: 'usable',
      text: { en: { headline: 'Harbour authority opens new ferry terminal' } },
    });
    expect(String(document.source.body)).toContain('two million passengers');

    // Act again: the stream delivers the same batch a second time (at least once)
    const again = await handler(streamOf(changes));

    // Assess: the same version written again, accepted (external_gte), nothing else changed
    expect(again.batchItemFailures).toEqual([]);
    expect(search.requests.at(-1)!.status).toBe(200);
    expect(search.documents.get(id)).toEqual(document);
    expect(document.source.dateline).toMatchObject({ text: expect.stringMatching(/^HALIFAX/) });
  });

  it('leaves the newer version in place when an older change is delivered after it', async () => {
    // Prepare: two versions of one story, their changes delivered newest first (a retry, a redrive, a backfill)
    const key = 'incoming/export/versions.txt';
    await upload(key, story({ stamp: '2025-03-04 10:00 GMT', body: 'First version: the harbour authority opened a new ferry terminal on Tuesday.' }));
    await upload(key, story({ stamp: '2025-03-04 11:00 GMT', body: 'Second version: the harbour authority opened a new ferry terminal on Tuesday, with a second to follow.' }));
    const id = await storyIdOf(key);
    const [first, second] = await changesOf(id);
    expect(first!.kind!.S).toBe('stored');
    expect(second!.kind!.S).toBe('version');

    // Act
    const newer = await handler(streamOf([second!]));
    const older = await handler(streamOf([first!]));

    // Assess: the late write of place 1 was turned away (409), which is no failure
    expect(newer.batchItemFailures).toEqual([]);
    expect(older.batchItemFailures).toEqual([]);
    expect(search.requests.at(-1)!.body).toContain(`"version":${seqOf(first!)}`);
    const document = search.documents.get(id)!;
    expect(document.version).toBe(seqOf(second!));
    expect(String(document.source.body)).toContain('Second version');
  });

  it('writes each story of a batch once, the current version with the batch\'s highest place', async () => {
    // Prepare
    const key = 'incoming/export/batch.txt';
    await upload(key, story({ stamp: '2025-03-04 12:00 GMT', body: 'Batch one: the harbour authority opened a new ferry terminal on Tuesday.' }));
    await upload(key, story({ stamp: '2025-03-04 13:00 GMT', body: 'Batch two: the harbour authority opened a new ferry terminal on Tuesday, at last.' }));
    const id = await storyIdOf(key);
    const changes = await changesOf(id);

    // Act
    await handler(streamOf(changes));

    // Assess
    const lines = search.requests.at(-1)!.body.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual({ index: { _id: id, version: seqOf(changes[1]!), version_type: 'external_gte' } });
    expect(String(search.documents.get(id)!.source.body)).toContain('Batch two');
  });

  it('deletes a killed story, and a late change of an earlier version does not bring it back', async () => {
    // Prepare
    const key = 'incoming/export/kill.txt';
    await upload(key, story({ stamp: '2025-03-04 14:00 GMT' }));
    const id = await storyIdOf(key);
    await handler(streamOf(await changesOf(id)));
    expect(search.documents.has(id)).toBe(true);
    await upload(key, story({ stamp: '2025-03-04 15:00 GMT', lines: ['KILL KILL KILL', 'Eds: The story is withdrawn. There will be no substitute.'] }));
    const [stored, kill] = await changesOf(id);
    expect(kill!.kind!.S).toBe('kill');

    // Act
    const killed = await handler(streamOf([kill!]));
    const late = await handler(streamOf([stored!]));

    // Assess
    expect(killed.batchItemFailures).toEqual([]);
    expect(late.batchItemFailures).toEqual([]);
    expect(search.documents.has(id)).toBe(false);
    expect(search.tombstones.get(id)).toBe(seqOf(kill!));
    expect(search.requests.at(-2)!.body).toBe(`{"delete":{"_id":"${id}","version":${seqOf(kill!)},"version_type":"external_gte"}}\n`);
  });

  it('fails the batch when the engine answers 5xx, and the same batch goes through when delivered again', async () => {
    // Prepare
    const key = 'incoming/export/unavailable.txt';
    await upload(key, story({ stamp: '2025-03-04 16:00 GMT' }));
    const id = await storyIdOf(key);
    const batch = streamOf(await changesOf(id));
    search.failNext(503);

    // Act
    const failed = handler(batch);
    await expect(failed).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(failed).rejects.toMatchObject({ status: 503 });
    const again = await handler(batch);

    // Assess
    expect(again.batchItemFailures).toEqual([]);
    expect(search.documents.has(id)).toBe(true);
  });

  it('fails the batch from the first record of a story whose item the engine could not take, the others written', async () => {
    // Prepare
    await upload('incoming/export/item-ok.txt', story({ stamp: '2025-03-04 17:00 GMT', headline: 'Ferry timetable published' }));
    await upload('incoming/export/item-busy.txt', story({ stamp: '2025-03-04 17:05 GMT', headline: 'Ferry fares announced' }));
    const ok = await storyIdOf('incoming/export/item-ok.txt');
    const busy = await storyIdOf('incoming/export/item-busy.txt');
    const batch = streamOf([...(await changesOf(ok)), ...(await changesOf(busy))]);
    search.itemError(busy, { status: 429, type: 'es_rejected_execution_exception', reason: 'rejected execution: write queue full' });

    // Act
    const result = await handler(batch).finally(() => search.itemError(busy, undefined));

    // Assess
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: batch.Records[1]!.dynamodb!.SequenceNumber }]);
    expect(search.documents.has(ok)).toBe(true);
    expect(search.documents.has(busy)).toBe(false);
    expect(deadLetters).toEqual([]);
  });

  it('keeps a document the engine refuses as invalid in the dead-letter queue, and goes on', async () => {
    // Prepare
    await upload('incoming/export/invalid.txt', story({ stamp: '2025-03-04 18:00 GMT', headline: 'Ferry strike called off' }));
    await upload('incoming/export/valid.txt', story({ stamp: '2025-03-04 18:05 GMT', headline: 'Ferry strike talks resume' }));
    const invalid = await storyIdOf('incoming/export/invalid.txt');
    const valid = await storyIdOf('incoming/export/valid.txt');
    const changes = [...(await changesOf(invalid)), ...(await changesOf(valid))];
    search.itemError(invalid, { status: 400, type: 'mapper_parsing_exception', reason: 'failed to parse field [firstCreated] of type [date]' });

    // Act
    const result = await handler(streamOf(changes)).finally(() => search.itemError(invalid, undefined));

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    expect(deadLetters).toEqual([{
      id: invalid, version: seqOf(changes[0]!), op: 'index', index: INDEX, status: 400, type: 'mapper_parsing_exception', reason: 'failed to parse field [firstCreated] of type [date]',
    }]);
    expect(search.documents.has(valid)).toBe(true);
  });

  it('indexes a story under embargo only when its embargo ends', async () => {
    // Prepare
    const ends = new Date(Date.now() + 3000);
    const embargo = `EMBARGOED UNTIL ${ends.toISOString().slice(11, 19)} GMT ${ends.toUTCString().slice(8, 11)} ${ends.getUTCDate()}, ${ends.getUTCFullYear()}`;
    const key = 'incoming/export/embargo.txt';
    await upload(key, story({ stamp: '2025-03-06 09:00 GMT', lines: [embargo], headline: 'Ferry deal embargoed' }));
    const id = await storyIdOf(key);
    const before = await changesOf(id);

    // Act
    let changes = before;
    for (const deadline = Date.now() + 15_000; changes.length === 0 && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      changes = await changesOf(id);
    }
    const result = await handler(streamOf(changes));

    // Assess
    expect(before).toEqual([]);
    expect(changes.map((c) => c.kind!.S)).toEqual(['embargo-ended']);
    expect(result.batchItemFailures).toEqual([]);
    expect(search.documents.get(id)?.source.headline).toBe('Ferry deal embargoed');
  });

  it('reads only the story changes of a stream batch: no counter, void place or rejected upload', async () => {
    // Prepare: the table's feed items, and a void place as a reader writes one (lambdas/store/changes.ts)
    await upload('incoming/export/empty.txt', '');
    const items = [...await feedItems(), { pk: { S: 'FEED' }, sk: { S: '0000000099999999' }, seq: { N: '99999999' }, void: { BOOL: true } }];

    // Act
    const changes = storyChangesOf(streamOf(items));

    // Assess
    expect(items.some((item) => item.kind?.S === 'rejected')).toBe(true);
    expect(items.some((item) => item.sk?.S === 'SEQ')).toBe(true);
    expect(changes.length).toBe(items.filter((item) => item.change?.M?.storyId !== undefined).length);
    expect(changes.every((change) => typeof change.version === 'number' && change.id.length > 0)).toBe(true);
  });
});
