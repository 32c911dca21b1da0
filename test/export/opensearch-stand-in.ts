import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { INDEX_BODY } from '../../lambdas/export/index.ts';

/**
 * A small HTTP server standing in for an OpenSearch Service domain's `POST /<index>/_bulk` (and `PUT /<index>`), for tests: it checks
 * the SigV4 signature (service `es`) as the domain would, keeps documents by id with external versions
 * (`external_gte`: a lower version is a 409 `version_conflict_engine_exception`; deletes leave a tombstone with
 * their version), refuses a document that does not fit the strict mapping of INDEX_BODY (a 400 item), and answers
 * in the engine's bulk format. Tests can make the next request fail as a whole, or one document fail as an item.
 */

export const STAND_IN_CREDENTIALS = { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'stand-in-secret' } as const;
export const STAND_IN_REGION = 'eu-west-1';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly status: number;
}

interface ItemError { readonly status: number; readonly type: string; readonly reason: string }

export interface StandInDocument { readonly version: number; readonly source: Record<string, unknown> }

export interface OpenSearchStandIn {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Live documents by id. */
  readonly documents: Map<string, StandInDocument>;
  /** Deleted ids and the version of their delete. */
  readonly tombstones: Map<string, number>;
  /** Indices created with `PUT /<index>`, and the body each was created with. */
  readonly indices: Map<string, unknown>;
  /** The next request (only) is answered with this status and an engine-style error body. */
  failNext(status: number): void;
  /** Every write of this id is answered with this item error until cleared (undefined). */
  itemError(id: string, error: ItemError | undefined): void;
  close(): Promise<void>;
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** Whether a request's Authorization header is the SigV4 signature of exactly this request, by the stand-in's key. */
async function signatureHolds(method: string, host: string, path: string, headers: Record<string, string>, body: string): Promise<boolean> {
  const authorization = headers.authorization ?? '';
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';');
  const amzDate = headers['x-amz-date'];
  if (!signedHeaders || !amzDate || !authorization.includes(`/${STAND_IN_REGION}/es/aws4_request`)) return false;
  const [hostname, port] = host.split(':');
  const signer = new SignatureV4({ service: 'es', region: STAND_IN_REGION, credentials: STAND_IN_CREDENTIALS, sha256: Sha256 });
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const again = await signer.sign({
    method, protocol: 'http:', hostname: hostname!, ...(port ? { port: Number(port) } : {}), path, query: {},
    headers: Object.fromEntries(signedHeaders.filter((h) => h !== 'x-amz-date' && h !== 'x-amz-content-sha256').map((h) => [h, headers[h] ?? ''])), body,
  }, { signingDate });
  return (again.headers as Record<string, string>).authorization === authorization;
}

/** The first field of `source` the mapping does not hold, as a dotted path; undefined when it fits. */
function unmappedField(source: Record<string, unknown>, properties: Record<string, unknown>, prefix = ''): string | undefined {
  for (const [name, value] of Object.entries(source)) {
    const mapping = properties[name] as { properties?: Record<string, unknown>; type?: string } | undefined;
    if (mapping === undefined) return `${prefix}${name}`;
    if (mapping.properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const inner = unmappedField(value as Record<string, unknown>, mapping.properties, `${prefix}${name}.`);
      if (inner) return inner;
    }
    if (mapping.type === 'date' && value !== null && Number.isNaN(Date.parse(String(value)))) return `${prefix}${name} (not a date)`;
  }
  return undefined;
}

export async function startOpenSearchStandIn(): Promise<OpenSearchStandIn> {
  const requests: RecordedRequest[] = [];
  const documents = new Map<string, StandInDocument>();
  const tombstones = new Map<string, number>();
  const itemErrors = new Map<string, ItemError>();
  const indices = new Map<string, unknown>();
  let failNext: number | undefined;
  const properties = INDEX_BODY.mappings.properties as Record<string, unknown>;

  const bulk = (index: string, body: string) => {
    const lines = body.split('\n').filter((line) => line.length > 0);
    const items: Record<string, unknown>[] = [];
    for (let k = 0; k < lines.length; k++) {
      const action = JSON.parse(lines[k]!) as Record<string, { _id: string; version?: number; version_type?: string }>;
      const [op, meta] = Object.entries(action)[0]!;
      const source = op === 'index' ? (JSON.parse(lines[++k]!) as Record<string, unknown>) : undefined;
      const base = { _index: index, _id: meta._id };
      const answer = (status: number, extra: Record<string, unknown>) => items.push({ [op]: { ...base, status, ...extra } });
      const injected = itemErrors.get(meta._id);
      if (injected) { answer(injected.status, { error: { type: injected.type, reason: injected.reason } }); continue; }
      if (meta.version_type !== 'external_gte' || typeof meta.version !== 'number') {
        answer(400, { error: { type: 'action_request_validation_exception', reason: 'the stand-in takes external_gte versions only' } });
        continue;
      }
      const current = documents.get(meta._id)?.version ?? tombstones.get(meta._id);
      if (current !== undefined && meta.version < current) {
        answer(409, { error: { type: 'version_conflict_engine_exception', reason: `[${meta._id}]: version conflict, current version [${current}] is higher than the version provided [${meta.version}]` } });
        continue;
      }
      if (op === 'index') {
        const unmapped = unmappedField(source!, properties);
        if (unmapped) { answer(400, { error: { type: 'strict_dynamic_mapping_exception', reason: `mapping set to strict, field [${unmapped}] not allowed` } }); continue; }
        const existed = documents.has(meta._id);
        documents.set(meta._id, { version: meta.version, source: source! });
        tombstones.delete(meta._id);
        answer(existed ? 200 : 201, { _version: meta.version, result: existed ? 'updated' : 'created' });
      } else if (op === 'delete') {
        const existed = documents.delete(meta._id);
        tombstones.set(meta._id, meta.version);
        answer(existed ? 200 : 404, { _version: meta.version, result: existed ? 'deleted' : 'not_found' });
      } else {
        answer(400, { error: { type: 'illegal_argument_exception', reason: `the stand-in does not do ${op}` } });
      }
    }
    return { took: 1, errors: items.some((item) => Number((Object.values(item)[0] as { status: number }).status) >= 300), items };
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
      const path = request.url ?? '/';
      const reply = (status: number, answer: unknown) => {
        requests.push({ method: request.method ?? '', path, headers, body, status });
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      };
      if (failNext !== undefined) {
        const status = failNext;
        failNext = undefined;
        return reply(status, { error: { type: 'cluster_block_exception', reason: 'the stand-in was told to fail' }, status });
      }
      if (!(await signatureHolds(request.method ?? '', headers.host ?? '', path, headers, body))) {
        return reply(403, { message: 'The request signature we calculated does not match the signature you provided.' });
      }
      const created = /^\/([^/_][^/]*)$/.exec(path);
      if (request.method === 'PUT' && created) {
        const index = decodeURIComponent(created[1]!);
        if (indices.has(index)) return reply(400, { error: { type: 'resource_already_exists_exception', reason: `index [${index}] already exists` }, status: 400 });
        indices.set(index, JSON.parse(body));
        return reply(200, { acknowledged: true, shards_acknowledged: true, index });
      }
      const match = /^\/([^/]+)\/_bulk$/.exec(path);
      if (request.method !== 'POST' || !match) return reply(404, { error: { type: 'no_handler', reason: `no ${request.method} ${path}` } });
      return reply(200, bulk(decodeURIComponent(match[1]!), body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests, documents, tombstones, indices,
    failNext: (status) => { failNext = status; },
    itemError: (id, error) => { if (error) itemErrors.set(id, error); else itemErrors.delete(id); },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
