import { describe, expect, it } from 'vitest';
import { bulkBodies, bulkLines, outcomeOf, outcomesOf, toSearchDocument, type BulkAction } from '../../lambdas/export/index.ts';
import { makeRecord } from '../factories.ts';

const index = (id: string, version: number, paragraphs = ['Text.']): BulkAction =>
  ({ op: 'index', id, version, document: toSearchDocument(makeRecord({ id, body: { paragraphs, wordCount: 1 } })) });
const remove = (id: string, version: number): BulkAction => ({ op: 'delete', id, version });

describe('Function: bulkLines', () => {
  it('writes an index action and its document as two NDJSON lines, with an external version and no index name', () => {
    // Act
    const lines = bulkLines(index('s1', 42)).split('\n');

    // Assess
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toEqual({ index: { _id: 's1', version: 42, version_type: 'external_gte' } });
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: 's1', body: 'Text.' });
    expect(lines[2]).toBe('');
  });

  it('writes a delete as one line with its version', () => {
    expect(bulkLines(remove('s2', 7))).toBe('{"delete":{"_id":"s2","version":7,"version_type":"external_gte"}}\n');
  });

  it('keeps a story\'s text on one line, whatever its line breaks', () => {
    expect(bulkLines(index('s3', 1, ['one\ntwo', 'three\r\nfour'])).split('\n')).toHaveLength(3);
  });
});

describe('Function: bulkBodies', () => {
  it('splits actions into bodies below the size limit, in order, each action whole', () => {
    // Prepare
    const actions = [index('a', 1, ['x'.repeat(400)]), index('b', 2, ['y'.repeat(400)]), remove('c', 3), index('d', 4, ['z'.repeat(2000)])];

    // Act
    const limit = Buffer.byteLength(bulkLines(actions[1]!)) + Buffer.byteLength(bulkLines(actions[2]!));
    const bodies = bulkBodies(actions, limit);

    // Assess
    expect(bodies.map((b) => b.actions.map((a) => a.id))).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(bodies.map((b) => b.body).join('')).toBe(actions.map(bulkLines).join(''));
  });

  it('gives nothing for no actions', () => {
    expect(bulkBodies([])).toEqual([]);
  });
});

describe('Function: outcomeOf', () => {
  it('takes a written item, a version conflict and a delete of what is not there as done', () => {
    expect(outcomeOf(index('a', 1), { status: 201, result: 'created' })).toEqual({ outcome: 'done' });
    expect(outcomeOf(index('a', 1), { status: 409, error: { type: 'version_conflict_engine_exception' } })).toEqual({ outcome: 'done' });
    expect(outcomeOf(remove('a', 1), { status: 404, result: 'not_found' })).toEqual({ outcome: 'done' });
  });

  it('rejects for good what the engine refuses as invalid (400)', () => {
    expect(outcomeOf(index('a', 1), { status: 400, error: { type: 'mapper_parsing_exception', reason: 'failed to parse field [firstCreated]' } }))
      .toEqual({ outcome: 'rejected', status: 400, type: 'mapper_parsing_exception', reason: 'failed to parse field [firstCreated]' });
  });

  it('retries what the engine may take later, and an index answered 404', () => {
    expect(outcomeOf(index('a', 1), { status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } })).toMatchObject({ outcome: 'retry', status: 429 });
    expect(outcomeOf(index('a', 1), { status: 503, error: 'unavailable_shards_exception' })).toMatchObject({ outcome: 'retry', type: 'error' });
    expect(outcomeOf(index('a', 1), { status: 404, error: { type: 'index_not_found_exception', reason: 'no such index' } })).toMatchObject({ outcome: 'retry' });
    expect(outcomeOf(index('a', 1), undefined)).toMatchObject({ outcome: 'retry', type: 'missing_item' });
  });
});

describe('Function: outcomesOf', () => {
  it('pairs the answer\'s items with the actions in order, and retries an item that names another document', () => {
    // Prepare
    const actions = [index('a', 1), remove('b', 2)];

    // Act
    const outcomes = outcomesOf(actions, { errors: true, items: [{ index: { _id: 'a', status: 200 } }, { delete: { _id: 'x', status: 200 } }] });

    // Assess
    expect(outcomes.map((o) => o.outcome)).toEqual(['done', 'retry']);
  });
});
