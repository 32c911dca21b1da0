import { describe, expect, it } from 'vitest';
import { retrying } from '../../lib/cli/retrying-fetch.ts';

/** A fetcher answering the given statuses in turn, and the URLs it was asked for. */
function scripted(...answers: Array<number | [number, Record<string, string>]>) {
  const asked: string[] = [];
  const fetcher = async (url: string) => {
    const [status, headers] = (Array.isArray(answers[asked.length]) ? answers[asked.length] : [answers[asked.length], {}]) as [number, Record<string, string>];
    asked.push(url);
    return new Response(status === 200 ? '{"ok":true}' : '{}', { status, headers });
  };
  return { asked, fetcher };
}

describe('CLI: retrying fetch', () => {
  it('asks again after a 503 and gives the answer that came', async () => {
    // Prepare
    const { asked, fetcher } = scripted(503, 503, 200);
    const waits: number[] = [];
    const get = retrying(fetcher, { sleep: async (ms) => { waits.push(ms); }, random: () => 0.5, baseMs: 100 });
    // Act
    const response = await get('http://api/stories');
    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(asked).toEqual(['http://api/stories', 'http://api/stories', 'http://api/stories']);
    expect(waits).toEqual([50, 100]);
  });

  it('waits at least what Retry-After asks, and no longer than the cap', async () => {
    const { fetcher } = scripted([429, { 'retry-after': '2' }], [503, { 'retry-after': '600' }], 200);
    const waits: number[] = [];
    await retrying(fetcher, { sleep: async (ms) => { waits.push(ms); }, random: () => 0, capMs: 5_000 })('http://api/x');
    expect(waits).toEqual([2_000, 5_000]);
  });

  it('gives up after the last attempt with the last answer', async () => {
    const { asked, fetcher } = scripted(503, 503, 503);
    const response = await retrying(fetcher, { attempts: 3, sleep: async () => {} })('http://api/x');
    expect(response.status).toBe(503);
    expect(asked).toHaveLength(3);
  });

  it.each([200, 400, 404, 410, 500])('does not ask again after a %i', async (status) => {
    const { asked, fetcher } = scripted(status, 200);
    const response = await retrying(fetcher, { sleep: async () => {} })('http://api/x');
    expect(response.status).toBe(status);
    expect(asked).toHaveLength(1);
  });
});
