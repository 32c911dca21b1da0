import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What the local S3 endpoint refuses before s3rver sees it (issue 10). s3rver builds file paths from raw
 * keys, so a key is checked the way a path would be: the endpoint runs on developers' laptops, next to a
 * browser, and any page can send it a form POST.
 * - a key with a `.` or `..` segment, an empty segment inside it, or a NUL is refused: it would name a
 *   file outside the bucket's folder, or another key's file;
 * - a key over S3's 1,024 bytes, or with a segment over `MAX_SEGMENT_BYTES`, is refused `KeyTooLongError`:
 *   s3rver adds its own suffix to the last segment, and a file name has 255 bytes at most;
 * - a browser-style form POST upload is refused: Newswire's clients PUT, and a form is what a web page can
 *   send across origins without asking. The one exception is a form that carries a policy signed with the
 *   local stack's own upload key, as the API hands out to the desk (s3-form-post.ts, issue 15).
 */

/** Longest key segment kept as a file name, leaving room for s3rver's `._S3rver_metadata.json` and a temp suffix. */
export const MAX_SEGMENT_BYTES = 200;
/** S3's own limit on a key, in UTF-8 bytes. */
export const MAX_KEY_BYTES = 1024;
/** The POST subresources the SDK uses: multi-object delete and multipart uploads. */
const POST_SUBRESOURCES = ['delete', 'uploads', 'uploadId'];

export interface S3Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Problems of a path (bucket and key), or undefined when it is safe to map onto files. */
function pathProblem(path: string, what: string): S3Refusal | undefined {
  if (path.includes('\0')) return { status: 400, code: 'InvalidArgument', message: `the ${what} holds a NUL character` };
  const segments = path.replace(/^\/+/, '').split('/');
  if (segments.some((s) => s === '.' || s === '..')) {
    return { status: 400, code: 'InvalidArgument', message: `the ${what} has a "." or ".." segment; the local S3 endpoint keeps objects as files and refuses keys that would point outside their folder` };
  }
  if (segments.slice(0, -1).some((s) => s === '')) {
    return { status: 400, code: 'InvalidArgument', message: `the ${what} has an empty segment ("//"); the local S3 endpoint keeps objects as files and cannot tell it from another key` };
  }
  const long = segments.find((s) => bytes(s) > MAX_SEGMENT_BYTES);
  if (long !== undefined) {
    return { status: 400, code: 'KeyTooLongError', message: `a segment of the ${what} has ${bytes(long)} bytes; the local S3 endpoint keeps each segment as a file name and takes at most ${MAX_SEGMENT_BYTES}` };
  }
  // path-style, as every local client is: the bucket, then the key
  const key = path.replace(/^\/*[^/]*\/?/, '');
  if (bytes(key) > MAX_KEY_BYTES) return { status: 400, code: 'KeyTooLongError', message: `the ${what} has ${bytes(key)} bytes, more than S3's ${MAX_KEY_BYTES}` };
  return undefined;
}

/** A path (before any `?`) percent-decoded; undefined when it is not valid percent-encoding. */
function percentDecoded(target: string): string | undefined {
  try {
    return decodeURIComponent(target.split('?')[0]!);
  } catch {
    return undefined;
  }
}

/** A form POST upload: a POST to the bucket itself, with none of the SDK's subresources. */
export function isFormPost(req: Pick<IncomingMessage, 'method' | 'url'>, bucket: string): boolean {
  if (req.method !== 'POST') return false;
  const target = req.url ?? '/';
  const query = new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : '');
  return !POST_SUBRESOURCES.some((name) => query.has(name)) && percentDecoded(target)?.replace(/\/$/, '') === `/${bucket}`;
}

/** Why a key named inside a request (a form's `key` field) is refused, or undefined when it is safe. */
export function keyProblem(bucket: string, key: string): S3Refusal | undefined {
  return pathProblem(`/${bucket}/${key}`, 'key');
}

/** Why this request is refused, or undefined to hand it to s3rver. */
export function screenS3Request(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): S3Refusal | undefined {
  // Not `new URL(…).pathname`: it resolves `..` away, and s3rver's router does not.
  const target = req.url ?? '/';
  const query = new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : '');
  const path = percentDecoded(target);
  if (path === undefined) return { status: 400, code: 'InvalidURI', message: 'the request path is not valid percent-encoding' };
  const problem = pathProblem(path, 'key');
  if (problem) return problem;
  const copySource = req.headers['x-amz-copy-source'];
  if (typeof copySource === 'string') {
    const source = percentDecoded(copySource);
    if (source === undefined) return { status: 400, code: 'InvalidArgument', message: 'x-amz-copy-source is not valid percent-encoding' };
    const sourceProblem = pathProblem(source, 'copy source');
    if (sourceProblem) return sourceProblem;
  }
  if (req.method === 'POST' && !POST_SUBRESOURCES.some((name) => query.has(name))) {
    return { status: 405, code: 'MethodNotAllowed', message: 'the local S3 endpoint refuses form POST uploads, which any web page could send while newswire dev runs; upload with PUT (newswire ingest, aws s3 cp, any S3 client)' };
  }
  return undefined;
}

const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers a refusal the way S3 answers errors: an XML `Error` document. The body of the request is not read. */
export function sendS3Refusal(req: IncomingMessage, res: ServerResponse, refusal: S3Refusal): void {
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${escapeXml(refusal.message)}</Message><RequestId>${requestId}</RequestId></Error>`;
  res.writeHead(refusal.status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(body),
    'x-amz-request-id': requestId,
    // the unread body would be taken for the next request on this connection
    connection: 'close',
  });
  res.end(body);
  req.resume();
}
