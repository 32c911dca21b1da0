import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../lambdas/store/index.ts';
import { apiRequestUrl, regionOfApiUrl, signGet, signedFetcher } from '../../lib/cli/remote.ts';
import { runSearch } from '../../lib/cli/search.ts';
import { makeRecord, makeUpload } from '../factories.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const clock = () => new Date('2015-08-30T12:36:00Z');

describe('CLI search: SigV4 signing', () => {
  it('signs as the AWS SigV4 test suite expects (get-vanilla)', async () => {
    const headers = await signGet('https://example.amazonaws.com/', { credentials, region: 'us-east-1', service: 'service', clock });
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.authorization).toBe('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, '
      + 'SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });

  it('signs API requests for execute-api in the API region, with the session token when there is one', async () => {
    const sent: { url: string; headers: Record<string, string> }[] = [];
    const fakeFetch = (async (url: string, init: { headers: Record<string, string> }) => {
      sent.push({ url, headers: init.headers });
      return new Response('{}');
    }) as unknown as typeof fetch;
    const base = 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1/';
    const url = apiRequestUrl(base, '/stories', { q: "Lloyd Austin's visit", person: 'Lloyd Austin' });
    await signedFetcher({ region: regionOfApiUrl(base)!, credentials: { ...credentials, sessionToken: 'TOKEN' }, clock }, fakeFetch)(url);
    expect(url).toBe('https://abc123.execute-api.eu-west-1.amazonaws.com/v1/stories?q=Lloyd%20Austin%27s%20visit&person=Lloyd%20Austin');
    expect(sent[0]!.headers).toMatchObject({ 'x-amz-date': '20150830T123600Z', 'x-amz-security-token': 'TOKEN' });
    expect(sent[0]!.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20150830\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
  });

  it('reads the API URL from the stack outputs', async () => {
    const out: string[] = [];
    const urls: string[] = [];
    const code = await runSearch('budget', { stack: 'Newswire', json: true }, {
      out: (t) => out.push(t), err: (t) => out.push(t),
      outputs: async (name) => ({ ApiUrl: name === 'Newswire' ? 'https://x1.execute-api.us-west-2.amazonaws.com/v1/' : '' }),
      fetcher: async (url) => {
        urls.push(url);
        return new Response(JSON.stringify({ items: [], nextCursor: null }));
      },
    });
    expect(code).toBe(0);
    expect(urls).toEqual(['https://x1.execute-api.us-west-2.amazonaws.com/v1/stories?q=budget']);
  });
});

describe('CLI search: against the local stack', () => {
  let t: TestStack;
  const run = async (query: string, opts: Record<string, unknown> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSearch(query, { apiUrl: t.stack.apiUrl, ...opts }, { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    t = await startTestStack();
    const store = createStore(t.stack.config);
    await store.saveStory(makeRecord({
      id: 'c1c1c1c1c1c1c1c1c1c1c1c1', headline: 'Monsoon rains flood the delta', body: { paragraphs: ['Monsoon rains flooded villages in the delta.', 'More monsoon rain is due.'], wordCount: 12 },
      bylines: [{ name: 'Hyung Jin-Kim', title: null, location: null }, { name: 'Lolita C. Baldor', title: null, location: null }],
    }), makeUpload());
    await store.saveStory(makeRecord({ id: 'c2c2c2c2c2c2c2c2c2c2c2c2', headline: 'Harvest outlook', provider: 'Reuters', body: { paragraphs: ['Farmers hope the monsoon comes early.'], wordCount: 6 } }), makeUpload());
  });
  afterAll(async () => t.dispose());

  it('prints a table of headline, provider, time, byline, score and id', async () => {
    const { code, out } = await run('monsoon');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/Headline\s+│ Provider\s+│ Time\s+│ Byline\s+│\s+Score\s+│ Id\s+│/);
    expect(out).toContain('Monsoon rains flood the delta');
    expect(out).toContain('Associated Press');
    expect(out).toContain('2024-10-23 07:34 -04:00');
    expect(out).toContain('Hyung Jin-Kim, Lolita C.');
    expect(out.indexOf('Monsoon rains')).toBeLessThan(out.indexOf('Harvest outlook'));
    expect(out).toMatch(/│\s+\d+\.\d\d │ [0-9a-f]{24}\s+│/);
    expect(lines.at(-1)).toBe('2 stories');
  });

  it('prints the API JSON with --json, and applies filters', async () => {
    const { code, out } = await run('monsoon', { json: true, provider: 'Reuters', limit: 5 });
    expect(code).toBe(0);
    const body = JSON.parse(out);
    expect(body.items.map((s: { id: string }) => s.id)).toEqual(['c2c2c2c2c2c2c2c2c2c2c2c2']);
    expect(body.items[0].score).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    expect((await run('volcano')).out).toContain('no stories match');
  });

  it('exits 2 with the problem for a bad parameter, 1 when the API is not there', async () => {
    const bad = await run('monsoon', { from: 'last tuesday' });
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error: from: must be an ISO 8601 date/);
    const errors: string[] = [];
    const away = await runSearch('monsoon', { apiUrl: 'http://127.0.0.1:9' }, { out: () => {}, err: (s) => errors.push(s) });
    expect(away).toBe(1);
    expect(errors[0]).toMatch(/^error: cannot reach the API at http:\/\/127\.0\.0\.1:9: is `newswire dev` running\?/);
  });
});
