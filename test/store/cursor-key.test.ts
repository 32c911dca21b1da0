import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorKeySource, deriveKey } from '../../lambdas/store/cursor-key.ts';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { configFromEnv, type StoreConfig } from '../../lambdas/store/index.ts';
import { getSecretString } from '../../lambdas/store/secrets.ts';
import { startStoreServers } from './local-servers.ts';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'SESSION' };

describe('Store: cursor signing key', () => {
  let config: StoreConfig;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ config, stop } = await startStoreServers());
  });
  afterAll(async () => stop());

  it('makes one key per local table and keeps it', async () => {
    const a = await cursorKeySource(config, createClients(config).ddb)();
    const b = await cursorKeySource(config, createClients(config).ddb)();
    expect(a).toHaveLength(32);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('has no key in the cloud without a secret, rather than a guessable one', async () => {
    const cloud = { region: 'eu-west-1', tableName: 't', bucketName: 'b' };
    await expect(cursorKeySource(cloud, createClients(config).ddb)()).rejects.toThrow(/NEWSWIRE_CURSOR_SECRET is not set/);
  });

  it('reads the secret name from the environment', () => {
    expect(configFromEnv({ NEWSWIRE_TABLE: 't', NEWSWIRE_BUCKET: 'b', NEWSWIRE_CURSOR_SECRET: 'arn:aws:secretsmanager:eu-west-1:1:secret:x' }).cursorSecret)
      .toBe('arn:aws:secretsmanager:eu-west-1:1:secret:x');
  });

  it('derives the key from a Secrets Manager secret, fetched once per container with a signed request', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(JSON.stringify({ SecretString: 'a-long-random-secret-string' }));
    }) as unknown as typeof fetch;
    const cloud = { region: 'eu-west-1', tableName: 't', bucketName: 'b', cursorSecret: 'newswire/cursor-key' };
    const ddb = createClients({ ...cloud, endpoints: config.endpoints! }).ddb;
    Object.assign(ddb.config, { credentials: async () => credentials });
    const source = cursorKeySource(cloud, ddb, { fetch: fakeFetch });
    const [a, b] = await Promise.all([source(), source()]);
    expect(Buffer.from(a).equals(Buffer.from(deriveKey('a-long-random-secret-string')))).toBe(true);
    expect(b).toBe(a);
    expect(requests).toHaveLength(1);
    const headers = requests[0]!.init.headers as Record<string, string>;
    expect(requests[0]!.url).toBe('https://secretsmanager.eu-west-1.amazonaws.com/');
    expect(JSON.parse(String(requests[0]!.init.body))).toEqual({ SecretId: 'newswire/cursor-key' });
    expect(headers).toMatchObject({ 'x-amz-target': 'secretsmanager.GetSecretValue', 'content-type': 'application/x-amz-json-1.1', 'x-amz-security-token': 'SESSION' });
    expect(headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/secretsmanager\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-target[a-z0-9;-]*, Signature=[0-9a-f]{64}$/);
  });

  it('signs GetSecretValue deterministically for a fixed clock, and reports a refusal', async () => {
    const seen: Record<string, string>[] = [];
    const refuse = (async (_url: string, init: RequestInit) => {
      seen.push(init.headers as Record<string, string>);
      return new Response('{"__type":"AccessDeniedException"}', { status: 400 });
    }) as unknown as typeof fetch;
    const opts = { region: 'us-east-1', credentials, fetch: refuse, signingDate: new Date('2026-01-01T00:00:00Z') };
    await expect(getSecretString('s', opts)).rejects.toThrow(/HTTP 400/);
    await expect(getSecretString('s', opts)).rejects.toThrow(/AccessDenied/);
    expect(seen[0]!['x-amz-date']).toBe('20260101T000000Z');
    expect(seen[1]!.authorization).toBe(seen[0]!.authorization);
  });
});
