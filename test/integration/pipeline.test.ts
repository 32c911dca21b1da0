import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { reportKey } from '../../lambdas/store/uploads.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

const wire = (name: string) => readFileSync(new URL(`../fixtures/wires/${name}`, import.meta.url));

let t: TestStack;
beforeAll(async () => { t = await startTestStack(); });
afterAll(async () => t.dispose());

const api = async (path: string) => {
  const response = await fetch(`${t.stack.apiUrl}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() as any };
};

/** Polls the API until the upload has an outcome. */
async function outcomeOf(key: string, timeoutMs = 15_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await api(`/uploads?key=${encodeURIComponent(key)}`);
    const found = body.items.find((item: { key: string }) => item.key === key);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no outcome for ${key}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const upload = (key: string, body: Uint8Array | string) => t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: body }));

describe('Pipeline: upload → queue → ingest → DynamoDB → API, on the local stack', () => {
  it('stores an uploaded wire and serves it through the API', async () => {
    // Prepare
    const key = 'incoming/integration/washington two bylines.txt';
    // Act
    await upload(key, wire('ap-washington-two-bylines.txt'));
    const outcome = await outcomeOf(key);
    const story = await api(`/stories/${outcome.storyId}`);
    const listed = await api(`/stories?author=${encodeURIComponent(story.body.bylines[0].name)}`);
    // Assess
    expect(outcome).toMatchObject({ status: 'stored', code: null });
    expect(story.status).toBe(200);
    expect(story.body).toMatchObject({ id: outcome.storyId, format: 'text', provider: 'Associated Press', source: { key } });
    expect(story.body.bylines.length).toBeGreaterThan(0);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(outcome.storyId);
  });

  it('records the same bytes uploaded again as a duplicate of the first story', async () => {
    const first = await outcomeOf((await upload('incoming/integration/dup-1.txt', wire('ap-bom-seoul.txt')), 'incoming/integration/dup-1.txt'));
    await upload('incoming/integration/dup-2.txt', wire('ap-bom-seoul.txt'));
    const second = await outcomeOf('incoming/integration/dup-2.txt');
    expect(second).toMatchObject({ status: 'duplicate', storyId: first.storyId });
  });

  it('rejects an empty file with a code and a reason, and leaves a report in the bucket', async () => {
    const key = 'incoming/integration/empty.txt';
    await upload(key, '');
    const outcome = await outcomeOf(key);
    const report = await t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: `rejected/${key}.json` }));
    expect(outcome).toMatchObject({ status: 'rejected', code: 'empty', storyId: null });
    expect(outcome.reason).toMatch(/\w+/);
    expect(JSON.parse(await report.Body!.transformToString())).toMatchObject({ key, code: 'empty' });
    expect((await api('/uploads?status=rejected')).body.items.map((i: { key: string }) => i.key)).toContain(key);
  });

  it('records a rejection whose report would not fit beside its key, and leaves the report under long-keys/', async () => {
    // Prepare: a key of about 1,000 bytes, in segments a file name can hold; `rejected/<key>.json` would pass S3's 1,024
    const key = `incoming/integration/${Array.from({ length: 4 }, (_, i) => `${i}${'k'.repeat(199)}`).join('/')}/${'t'.repeat(190)}.txt`;
    // Act
    await upload(key, '');
    const outcome = await outcomeOf(key);
    await t.stack.queue.idle();
    // Assess
    expect(outcome).toMatchObject({ status: 'rejected', code: 'empty' });
    expect(t.stack.queue.deadLetters()).toEqual([]);
    const report = await t.s3.send(new GetObjectCommand({ Bucket: t.stack.bucket, Key: reportKey(key) }));
    expect(reportKey(key)).toMatch(/^rejected\/long-keys\/[0-9a-f]{64}\.json$/);
    expect(JSON.parse(await report.Body!.transformToString())).toMatchObject({ key, code: 'empty' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('answers a parameter named %s with the 400 that names it, and ignores such a header', async (name) => {
    // Act
    const ask = (query: string, header?: string) => new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = request(`${t.stack.apiUrl}/stories${query}`, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      });
      if (header) req.setHeader(header, 'x');
      req.on('error', reject);
      req.end();
    });
    const byQuery = await ask(`?${name}=1`);
    const byHeader = await ask('?limit=1', name);
    // Assess
    expect(byQuery).toMatchObject({ status: 400, body: { status: 400, parameter: name, detail: `${name}: is not a parameter of this route` } });
    expect(byHeader.status).toBe(200);
  });

  it('rejects a PNG as binary', async () => {
    const key = 'incoming/integration/photo.png';
    await upload(key, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
    expect(await outcomeOf(key)).toMatchObject({ status: 'rejected', code: 'binary' });
  });

  it('serves the last re-send of a text wire whose versions print the same time', async () => {
    // Prepare: an AP story and two corrected re-sends under the same key (text wires carry no version number)
    const key = 'incoming/integration/resent.txt';
    const original = wire('ap-washington-two-bylines.txt').toString('utf8');
    const sends = [' (first send)', ' (corrected)', ' (corrected again)'].map((mark) => original.replace('agreed Thursday', `agreed Thursday${mark}`));
    expect(new Set(sends).size).toBe(3);
    // Act
    let outcome: any;
    const served: string[] = [];
    for (const body of sends) {
      await upload(key, body);
      await t.stack.queue.idle();
      outcome = await outcomeOf(key);
      served.push((await api(`/stories/${outcome.storyId}`)).body.body.paragraphs[0]);
    }
    // Assess
    expect(served[0]).toContain('agreed Thursday (first send) ');
    expect(served[1]).toContain('agreed Thursday (corrected) ');
    expect(served[2]).toContain('agreed Thursday (corrected again) ');
    expect((await api(`/stories/${outcome.storyId}/versions`)).body.items).toHaveLength(3);
  });

  it('ignores objects outside incoming/', async () => {
    await upload('elsewhere/story.txt', wire('ap-bom-seoul.txt'));
    await t.stack.queue.idle();
    expect((await api('/uploads?key=elsewhere/')).body.items).toEqual([]);
  });

  it('stores every text item of a NewsML-G2 newsMessage as its own story', async () => {
    const key = 'incoming/integration/stt-message.xml';
    await upload(key, readFileSync(new URL('../fixtures/wires/newsml-g2/stt-g2-newsmessage-two-stories.xml', import.meta.url)));
    const outcome = await outcomeOf(key);
    const listed = await api('/stories?limit=100');
    const fromMessage = listed.body.items.filter((s: { provider: string }) => s.provider === 'STT');
    expect(fromMessage).toHaveLength(2);
    expect(outcome).toMatchObject({ status: 'stored', storyId: outcome.storyIds[0] });
    expect([...outcome.storyIds].sort()).toEqual(fromMessage.map((s: { id: string }) => s.id).sort());
  });

  it('answers 410 once a story is killed, even when the kill arrives before an older version', async () => {
    // Prepare: the kill (version 4) first, then the corrected version 3
    const kill = 'incoming/integration/reuters-kill.xml';
    const corrected = 'incoming/integration/reuters-corrected.xml';
    await upload(kill, readFileSync(new URL('../fixtures/wires/newsml-g2/reuters-g2-kill.xml', import.meta.url)));
    const killed = await outcomeOf(kill);
    await upload(corrected, readFileSync(new URL('../fixtures/wires/newsml-g2/reuters-g2-corrected-embargo.xml', import.meta.url)));
    const late = await outcomeOf(corrected);
    // Act
    const story = await api(`/stories/${killed.storyId}`);
    const versions = await api(`/stories/${killed.storyId}/versions`);
    // Assess
    expect(late).toMatchObject({ status: 'stored', storyId: killed.storyId });
    expect(story).toMatchObject({ status: 410, type: 'application/problem+json' });
    // both versions are kept, but a kill hides every version from readers
    expect(versions).toMatchObject({ status: 410, type: 'application/problem+json' });
    const kept = await createClients(t.stack.config).ddb.send(new QueryCommand({
      TableName: t.stack.config.tableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': `S#${killed.storyId}`, ':v': 'V#' },
    }));
    expect(kept.Items?.map((v) => [v.version, v.pubStatus])).toEqual([['3', 'usable'], ['4', 'canceled']]);
  });

  it('answers problem+json for a bad parameter through the HTTP server', async () => {
    const response = await api('/stories?limit=1000');
    expect(response).toMatchObject({ status: 400, type: 'application/problem+json', body: { parameter: 'limit' } });
  });
});
