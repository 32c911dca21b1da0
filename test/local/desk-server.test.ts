import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../lib/local/api-server.ts';
import { deskHandler } from '../../lib/local/desk-server.ts';

/** A raw request, so that `..` reaches the server as sent (fetch would resolve it away). */
function raw(url: string, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, method, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Local API server: the desk page under /desk/ (issue 15)', () => {
  let root: string;
  let server: ApiServer;
  let bare: ApiServer;
  const apiCalls: string[] = [];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'newswire-desk-server-'));
    await mkdir(join(root, 'desk'));
    await writeFile(join(root, 'desk', 'index.html'), '<!doctype html><title>desk</title>');
    await writeFile(join(root, 'desk', 'desk.js'), 'console.log(1)');
    await writeFile(join(root, 'desk', 'desk.css'), 'body{}');
    await writeFile(join(root, 'secret.txt'), 'not for the page');
    const handler = async (event: { path: string }) => {
      apiCalls.push(event.path);
      return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"ok"}' };
    };
    server = await startApiServer({ handler: handler as never, desk: await deskHandler({ dir: join(root, 'desk'), connect: () => ['http://127.0.0.1:4569'] }) });
    bare = await startApiServer({ handler: handler as never, desk: await deskHandler({ dir: join(root, 'missing'), connect: () => [] }) });
  });
  afterAll(async () => {
    await server.close();
    await bare.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves the page with a CSP that allows no inline script, and safe headers', async () => {
    // Act
    const page = await raw(server.url, '/desk/?q=drought&story=0123456789abcdef01234567');
    const script = await raw(server.url, '/desk/desk.js');

    // Assess
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:4569");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
    expect(script).toMatchObject({ status: 200, body: 'console.log(1)', headers: { 'content-type': 'text/javascript; charset=utf-8' } });
    expect(apiCalls).toEqual([]);
  });

  it('answers config.json with the local API on the same origin and no sign-in', async () => {
    const config = await raw(server.url, '/desk/config.json');
    expect(JSON.parse(config.body)).toEqual({ apiBase: '', auth: null });
  });

  it.each([
    '/desk/../secret.txt', '/desk/%2e%2e/secret.txt', '/desk/..%2fsecret.txt', '/desk/desk/../../secret.txt', '/desk/.%2e/secret.txt',
    '/desk/nope.js', '/desk/index.html/', '/desk//desk.js',
  ])('serves nothing but the bundle\'s own files: %s is 404', async (path) => {
    const answer = await raw(server.url, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the page');
  });

  it('redirects /desk to /desk/, refuses other methods, and leaves the API\'s paths to the API', async () => {
    expect(await raw(server.url, '/desk?q=x')).toMatchObject({ status: 301, headers: { location: '/desk/?q=x' } });
    expect(await raw(server.url, '/desk/', 'POST')).toMatchObject({ status: 405 });
    expect((await raw(server.url, '/deskfoo')).status).toBe(200);
    expect(apiCalls).toEqual(['/deskfoo']);
  });

  it('says how to build the page when it is not built', async () => {
    const answer = await raw(bare.url, '/desk/');
    expect(answer.status).toBe(503);
    expect(answer.body).toMatch(/npm run build:desk/);
  });
});
