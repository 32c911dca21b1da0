import { readFile } from 'node:fs/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SingleBar } from 'cli-progress';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { INCOMING_PREFIX } from '../../lambdas/store/constants.ts';
import { DEFAULT_PORTS, LOCAL_HOST } from '../local/defaults.ts';
import { filesForArgument, type FoundFile } from '../local/files.ts';
import { httpUrl } from '../local/net.ts';
import { apiRequestUrl, stackOutputs } from './remote.ts';
import { localStoreConfig, localTarget, stackStoreConfig, stackTarget, type Target } from './target.ts';

export interface IngestOptions {
  wait: boolean;
  apiUrl: string;
  s3Endpoint: string;
  /** How long `--wait` waits for all outcomes. @default 60 s */
  timeoutMs?: number;
  /** A deployed stack: its bucket and API from its outputs, AWS credential chain, SigV4. @default the local stack */
  stack?: string;
}

/** Where the files go and whom to ask for outcomes. */
interface Destination {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly target: Target;
}

/** One item of `GET /uploads` (CONTRACT.md §3). */
interface UploadOutcome {
  key: string;
  status: 'stored' | 'duplicate' | 'rejected';
  storyId: string | null;
  /** Every story of the file (absent from a deployed API older than this field). */
  storyIds?: string[];
  code: string | null;
  reason: string | null;
  receivedAt?: string | null;
  etag?: string | null;
  versionId?: string | null;
}

interface Upload {
  readonly file: FoundFile;
  readonly key: string;
  /** When PutObject was sent: an outcome received earlier belongs to an earlier upload of the key. */
  startedAt?: number;
  etag?: string;
  versionId?: string;
  error?: string;
}

const UPLOAD_CONCURRENCY = 4;
const POLL_CONCURRENCY = 8;
const POLL_INTERVAL_MS = 250;
const NOT_RUNNING = 'is `newswire dev` running?';

/** `newswire ingest PATH… [--wait]`: see CONTRACT.md §2. */
export async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  const uploads: Upload[] = [];
  for (const arg of paths) {
    try {
      for (const file of await filesForArgument(arg)) uploads.push({ file, key: `${INCOMING_PREFIX}${file.relative}` });
    } catch (err) {
      console.error(`error: ${arg}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(err)}`);
      return 2;
    }
  }
  const byKey = new Map<string, string>();
  for (const u of uploads) {
    const other = byKey.get(u.key);
    if (other !== undefined) {
      console.error(`error: ${other} and ${u.file.path} would both be uploaded as ${u.key}`);
      return 2;
    }
    byKey.set(u.key, u.file.path);
  }
  if (uploads.length === 0) {
    console.error('error: no files to upload (dotfiles are skipped)');
    return 2;
  }

  const s3Endpoint = opts.s3Endpoint.replace(/\/+$/, '');
  const apiUrl = opts.apiUrl.replace(/\/+$/, '');
  let destination: Destination;
  if (opts.stack) {
    try {
      destination = await stackDestination(opts.stack);
    } catch (error) {
      console.error(`error: stack ${opts.stack}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  } else {
    if (!(await reachable(s3Endpoint))) {
      console.error(`error: cannot reach the S3 endpoint ${s3Endpoint}: ${NOT_RUNNING}`);
      return 1;
    }
    if (opts.wait && !(await reachable(`${apiUrl}/health`))) {
      console.error(`error: cannot reach the API at ${apiUrl}: ${NOT_RUNNING}`);
      return 1;
    }
    destination = localDestination(s3Endpoint, apiUrl);
  }

  await uploadAll(uploads, destination);
  const failed = uploads.filter((u) => u.error);
  for (const u of failed) console.log(`${'failed'.padEnd(9)} ${u.key}  ${u.error}`);
  if (!opts.stack && failed.length === uploads.length && failed.every((u) => isConnectionError(u.error))) {
    console.error(`error: uploads to ${s3Endpoint} failed: ${NOT_RUNNING}`);
    return 1;
  }
  const done = uploads.filter((u) => u.etag !== undefined);
  if (!opts.wait) {
    for (const u of done) console.log(`${'uploaded'.padEnd(9)} ${u.key}`);
    return failed.length > 0 ? 1 : 0;
  }

  const timeoutMs = opts.timeoutMs ?? 60_000;
  const outcomes = await waitForOutcomes(done, destination.target, timeoutMs);
  let rejectedOrMissing = 0;
  for (const u of done) {
    const outcome = outcomes.get(u.key);
    if (!outcome) {
      rejectedOrMissing += 1;
      console.log(`${'pending'.padEnd(9)} ${u.key}  no outcome after ${timeoutMs / 1000} s`);
    } else if (outcome.status === 'rejected') {
      rejectedOrMissing += 1;
      console.log(`${'rejected'.padEnd(9)} ${u.key}  ${outcome.code ?? 'unknown'}: ${outcome.reason ?? ''}`.trimEnd());
    } else {
      console.log(`${outcome.status.padEnd(9)} ${u.key}  → ${(outcome.storyIds?.length ?? 0) > 1 ? `stories ${outcome.storyIds!.join(', ')}` : `story ${outcome.storyId ?? '?'}`}`);
    }
  }
  const missing = done.filter((u) => !outcomes.has(u.key));
  if (missing.length > 0) {
    console.error(`${missing.length} of ${done.length} file(s) had no outcome after ${timeoutMs / 1000} s: ${missing.map((u) => u.file.relative).join(', ')}`);
  }
  if (rejectedOrMissing > 0) return 3;
  return failed.length > 0 ? 1 : 0;
}

function localDestination(s3Endpoint: string, apiUrl: string): Destination {
  // createClients gives local endpoints S3RVER credentials and WHEN_REQUIRED checksums
  const config = localStoreConfig(s3Endpoint, httpUrl(LOCAL_HOST, DEFAULT_PORTS.dynamodb));
  return { s3: createClients(config).s3, bucket: config.bucketName, target: localTarget(apiUrl) };
}

/** A deployed stack: the outputs read once, for the bucket and for the API. */
async function stackDestination(stackName: string): Promise<Destination> {
  const outputs = await stackOutputs(stackName);
  const fromOutputs = async () => outputs;
  const config = await stackStoreConfig(stackName, fromOutputs);
  return { s3: createClients(config).s3, bucket: config.bucketName, target: await stackTarget(stackName, { outputs: fromOutputs }) };
}

/** PutObject per file, a few at a time, with a progress bar on a terminal and plain lines otherwise. */
async function uploadAll(uploads: Upload[], { s3, bucket }: Destination): Promise<void> {
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new SingleBar({ format: 'uploading [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true })
    : undefined;
  bar?.start(uploads.length, 0, { file: '' });
  let next = 0;
  let finished = 0;
  const worker = async () => {
    while (next < uploads.length) {
      const u = uploads[next++] as Upload;
      try {
        const body = await readFile(u.file.path);
        u.startedAt = Date.now();
        const out = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: u.key, Body: body }));
        u.etag = (out.ETag ?? '').replaceAll('"', '');
        if (out.VersionId) u.versionId = out.VersionId;
      } catch (err) {
        u.error = errorText(err);
      }
      finished += 1;
      if (bar) bar.update(finished, { file: u.file.relative });
      else process.stderr.write(`uploaded ${finished}/${uploads.length} ${u.key}${u.error ? ' (failed)' : ''}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(UPLOAD_CONCURRENCY, uploads.length) }, worker));
  } finally {
    bar?.stop();
    s3.destroy();
  }
}

/** Polls `GET /uploads?key=…` until every upload has an outcome for the very bytes sent (same ETag). */
async function waitForOutcomes(uploads: Upload[], target: Target, timeoutMs: number): Promise<Map<string, UploadOutcome>> {
  const outcomes = new Map<string, UploadOutcome>();
  const deadline = Date.now() + timeoutMs;
  let pending = uploads;
  while (pending.length > 0 && Date.now() < deadline) {
    let next = 0;
    const worker = async () => {
      while (next < pending.length) {
        const u = pending[next++] as Upload;
        const outcome = await outcomeOf(u, target);
        if (outcome) outcomes.set(u.key, outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(POLL_CONCURRENCY, pending.length) }, worker));
    pending = pending.filter((u) => !outcomes.has(u.key));
    if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(POLL_INTERVAL_MS, Math.max(0, deadline - Date.now()))));
  }
  return outcomes;
}

async function outcomeOf(u: Upload, target: Target): Promise<UploadOutcome | undefined> {
  try {
    const response = await target.fetch(apiRequestUrl(target.apiUrl, '/uploads', { key: u.key }));
    if (!response.ok) return undefined;
    const { items = [] } = (await response.json()) as { items?: UploadOutcome[] };
    return items.find((i) => i.key === u.key && isOutcomeOf(i, u));
  } catch {
    return undefined;
  }
}

/**
 * Whether an outcome is that of this very upload. A versioned bucket names each write; without
 * versions (s3rver), the same bytes uploaded again have the same ETag, so the outcome must also
 * have been received after this upload began (S3 event time; s3rver stamps it on this machine's clock).
 */
function isOutcomeOf(outcome: UploadOutcome, u: Upload): boolean {
  if (u.versionId) return outcome.versionId === u.versionId;
  if ((outcome.etag ?? '').replaceAll('"', '') !== u.etag) return false;
  const receivedAt = Date.parse(outcome.receivedAt ?? '');
  return Number.isNaN(receivedAt) || u.startedAt === undefined || receivedAt >= u.startedAt;
}

/** Any HTTP answer means something listens there; the S3 endpoint answers `/` without credentials. */
async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as { name?: string }).name;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

function isConnectionError(text: string | undefined): boolean {
  return /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|socket hang up/i.test(text ?? '');
}
