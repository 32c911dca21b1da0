import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_ENV } from '../../lambdas/export/index.ts';
import { ENV } from '../../lambdas/store/index.ts';
import { STAND_IN_CREDENTIALS, STAND_IN_REGION, startOpenSearchStandIn, type OpenSearchStandIn } from './opensearch-stand-in.ts';

/**
 * The Lambda entry as deployed: built from the environment the construct sets, with the function's credentials
 * from the SDK's default chain (the variables Lambda sets), signing its bulk requests with them.
 */
let search: OpenSearchStandIn;
const saved = { ...process.env };

beforeAll(async () => {
  search = await startOpenSearchStandIn();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: STAND_IN_CREDENTIALS.secretAccessKey, AWS_REGION: 'eu-west-1',
    [ENV.tableName]: 'stories', [ENV.bucketName]: 'uploads',
    [EXPORT_ENV.endpoint]: search.url, [EXPORT_ENV.index]: 'wires', [EXPORT_ENV.region]: STAND_IN_REGION, [EXPORT_ENV.deadLetters]: 'https://sqs.eu-west-1.amazonaws.com/123456789012/dead',
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
});
afterAll(async () => {
  process.env = saved;
  await search.close();
});

describe('Module: lambdas/export/handler.ts', () => {
  it('builds the handler from the environment and signs bulk requests with the function\'s own credentials', async () => {
    // Prepare
    const { createExportDeps, handler } = await import('../../lambdas/export/handler.ts');

    // Act
    const deps = createExportDeps();
    const answer = await deps.bulk('{"delete":{"_id":"nothing-here","version":1,"version_type":"external_gte"}}\n');
    const empty = await handler({ Records: [] });

    // Assess
    expect(deps.index).toBe('wires');
    expect(answer.items).toEqual([{ delete: expect.objectContaining({ _id: 'nothing-here', status: 404, result: 'not_found' }) }]);
    expect(search.requests.at(-1)).toMatchObject({ method: 'POST', path: '/wires/_bulk', status: 200 });
    expect(empty).toEqual({ batchItemFailures: [] });
  });
});
