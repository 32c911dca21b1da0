import { Agent, request } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiHandler } from '../../lib/local/api-server.ts';
import { recordingIngest, startTestStack, type TestStack } from './helpers.ts';

let events: APIGatewayProxyEvent[] = [];
let answer: (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;
const api: ApiHandler = async (event) => {
  events.push(event);
  return answer(event);
};
const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack({ handlers: { ingest: recordingIngest().handler, api } });
});
afterAll(() => t.dispose());

function reset(respond: typeof answer = async () => json(200, { ok: true })) {
  events = [];
  answer = respond;
}

describe('the local API Gateway', () => {
  it('turns a request into a REST API proxy event', async () => {
    // Prepare
    reset();

    // Act
    const response = await fetch(`${t.stack.apiUrl}/stories/ap%3A123%20x/versions?limit=5&provider=AP&provider=AFP&q=caf%C3%A9`, {
      headers: { 'X-Trace': 'one' },
    });

    // Assess
    expect(response.status).toBe(200);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      httpMethod: 'GET',
      resource: '/{proxy+}',
      path: '/stories/ap%3A123%20x/versions',
      pathParameters: { proxy: 'stories/ap:123 x/versions' },
      queryStringParameters: { limit: '5', provider: 'AFP', q: 'café' },
      multiValueQueryStringParameters: { limit: ['5'], provider: ['AP', 'AFP'], q: ['café'] },
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
    expect(event.headers['X-Trace'] ?? event.headers['x-trace']).toBe('one');
    expect(event.multiValueHeaders['X-Trace'] ?? event.multiValueHeaders['x-trace']).toEqual(['one']);
    expect(event.requestContext).toMatchObject({
      stage: 'local',
      httpMethod: 'GET',
      resourcePath: '/{proxy+}',
      path: '/local/stories/ap%3A123%20x/versions',
      identity: { sourceIp: '127.0.0.1' },
    });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.requestContext.requestTimeEpoch).toBeGreaterThan(0);
  });

  it('gives null query parameters and the root resource for a bare /', async () => {
    // Prepare
    reset();

    // Act
    await fetch(`${t.stack.apiUrl}/`);

    // Assess
    expect(events[0]).toMatchObject({
      path: '/',
      resource: '/',
      pathParameters: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
    });
  });

  it('passes a text body as text and a binary body as base64', async () => {
    // Prepare
    reset();

    // Act
    await fetch(`${t.stack.apiUrl}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":"ü"}' });
    await fetch(`${t.stack.apiUrl}/echo`, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0, 255, 1]),
    });

    // Assess
    expect(events[0]).toMatchObject({ httpMethod: 'POST', body: '{"a":"ü"}', isBase64Encoded: false });
    expect(events[1]).toMatchObject({ httpMethod: 'PUT', body: Buffer.from([0, 255, 1]).toString('base64'), isBase64Encoded: true });
  });

  it("writes back the handler's status, headers and body", async () => {
    // Prepare
    reset(async () => ({
      statusCode: 404,
      headers: { 'Content-Type': 'application/problem+json', 'X-Extra': 7 },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
      body: '{"status":404,"title":"Not Found"}',
    }));

    // Act
    const response = await fetch(`${t.stack.apiUrl}/stories/missing`);

    // Assess
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-extra')).toBe('7');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.headers.get('x-amzn-requestid')).toBe(events[0]!.requestContext.requestId);
    expect(await response.json()).toEqual({ status: 404, title: 'Not Found' });
  });

  it('decodes a base64 response body', async () => {
    // Prepare
    reset(async () => ({ statusCode: 200, headers: { 'content-type': 'application/octet-stream' }, body: Buffer.from([1, 2, 3]).toString('base64'), isBase64Encoded: true }));

    // Act
    const response = await fetch(`${t.stack.apiUrl}/blob`);

    // Assess
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("answers 502 like API Gateway when the handler throws, without the handler's message", async () => {
    // Prepare
    reset(async () => {
      throw new Error('secret table name');
    });

    // Act
    const response = await fetch(`${t.stack.apiUrl}/health`);

    // Assess
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ message: 'Internal server error' });
    expect(text).not.toContain('secret');
  });

  it('passes HEAD to the handler and sends no body', async () => {
    // Prepare
    reset();

    // Act
    const response = await fetch(`${t.stack.apiUrl}/health`, { method: 'HEAD' });

    // Assess
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(events[0]?.httpMethod).toBe('HEAD');
  });

  it('answers 405 to a method API Gateway does not proxy, without calling the handler', async () => {
    // Prepare
    reset();
    const { port } = new URL(t.stack.apiUrl);

    // Act
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'PROPFIND', path: '/health' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });

    // Assess
    expect(status).toBe(405);
    expect(events).toEqual([]);
  });
});

describe('the local API Gateway with the real API handler', () => {
  it('serves GET /health', async () => {
    // Prepare
    const real = await startTestStack({ handlers: { ingest: recordingIngest().handler } });
    try {
      // Act
      const response = await fetch(`${real.stack.apiUrl}/health`);

      // Assess
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      await real.dispose();
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('hands over a parameter and a header named %s as any other', async (name) => {
    // Prepare
    reset();

    // Act (fetch would drop a header named __proto__)
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${t.stack.apiUrl}/stories?${name}=1&${name}=2&q=x`, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.setHeader(name, 'h');
      req.on('error', reject);
      req.end();
    });

    // Assess
    expect(status).toBe(200);
    const event = events[0]!;
    expect(Object.getOwnPropertyDescriptor(event.queryStringParameters!, name)?.value).toBe('2');
    expect(Object.getOwnPropertyDescriptor(event.multiValueQueryStringParameters!, name)?.value).toEqual(['1', '2']);
    expect(Object.getOwnPropertyDescriptor(event.headers, name)?.value).toBe('h');
    expect(event.queryStringParameters!['q']).toBe('x');
  });

  it('keeps an idle keep-alive connection open past the 5 s that Node clients assume, like the gateways in front of Lambda', async () => {
    // Prepare
    reset();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () => new Promise<{ reused: boolean }>((resolve, reject) => {
      const req = request(`${t.stack.apiUrl}/health`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve({ reused: req.reusedSocket }));
      });
      req.on('error', reject);
      req.end();
    });

    // Act
    await get();
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const second = await get();
    agent.destroy();

    // Assess
    expect(second.reused).toBe(true);
  }, 15_000);
});
