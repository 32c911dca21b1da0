import { describe, expect, it } from 'vitest';
import { listStoriesParams, parseParams } from '../../lambdas/api/parameters.ts';
import { makeApiEvent } from '../factories.ts';

describe('API: from and to', () => {
  it.each([
    ['from=2024-02-29', { from: '2024-02-29T00:00:00.000Z' }],
    ['to=2024-02-29', { to: '2024-02-29T23:59:59.999Z' }],
    ['from=2024-10-23T07:34:00-04:00', { from: '2024-10-23T11:34:00.000Z' }],
    ['from=2024-10-23T11:34Z', { from: '2024-10-23T11:34:00.000Z' }],
    ['from=2024-10-23T07:34:00.250%2B05:30', { from: '2024-10-23T02:04:00.250Z' }],
  ])('reads %s as the instant it names, in UTC', (query, expected) => {
    expect(parseParams(listStoriesParams, makeApiEvent(`/stories?${query}`))).toMatchObject(expected);
  });
});
