import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import busboy from 'busboy';
import { MAX_UPLOAD_BYTES } from '../../lambdas/store/constants.ts';
import { keyProblem, sendS3Refusal, type S3Refusal } from './s3-guard.ts';
import { checkFormPost, type PostPolicyKey } from './s3-post-policy.ts';

/**
 * Browser form POST uploads on the local S3 endpoint (issue 15), taken only with a policy signed by the local
 * stack's own key (s3-post-policy.ts): the whole form is read (at most the ingest size limit and room for the
 * fields), checked as S3 checks it, and the file is then written with a plain PUT to this same endpoint, so it
 * is stored, versioned and announced exactly like any other upload. A form without such a policy is refused,
 * as before.
 */

export interface FormPostOptions {
  readonly bucket: string;
  readonly key: PostPolicyKey;
  /** The endpoint's own address, for the PUT the verified form becomes. */
  readonly self: () => { readonly host: string; readonly port: number };
  /** Origins whose pages may read the answer (the desk's): CORS headers for them alone. */
  readonly origins: () => readonly string[];
}

/** Room for the form's fields around the file. */
const FIELDS_ALLOWANCE_BYTES = 64 * 1024;
const MAX_FORM_BYTES = MAX_UPLOAD_BYTES + FIELDS_ALLOWANCE_BYTES;

interface ReadForm { fields: Map<string, string>; file: Buffer | undefined; fileType: string | undefined }

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_FORM_BYTES) chunks.push(chunk);
  }
  return size > MAX_FORM_BYTES ? undefined : Buffer.concat(chunks);
}

/** The fields sent before the file (S3 ignores those after it) and the file. */
function parseForm(headers: IncomingMessage['headers'], body: Buffer): Promise<ReadForm | S3Refusal> {
  return new Promise((resolve) => {
    const fields = new Map<string, string>();
    let file: Buffer | undefined;
    let fileType: string | undefined;
    let problem: S3Refusal | undefined;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: { fields: 50, fieldSize: FIELDS_ALLOWANCE_BYTES, files: 1, parts: 60 } });
    } catch (error) {
      resolve({ status: 400, code: 'MalformedPOSTRequest', message: `the body is not multipart/form-data: ${(error as Error).message}` });
      return;
    }
    parser.on('field', (name, value) => {
      const lower = name.toLowerCase();
      if (file !== undefined) return;
      if (fields.has(lower)) problem ??= { status: 400, code: 'InvalidArgument', message: `the form has the field ${name} twice` };
      fields.set(lower, value);
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file !== undefined) {
        stream.resume();
        return;
      }
      const parts: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => parts.push(chunk));
      stream.on('end', () => {
        file = Buffer.concat(parts);
        fileType = info.mimeType;
      });
    });
    parser.on('error', (error: Error) => resolve({ status: 400, code: 'MalformedPOSTRequest', message: `the body is not well-formed multipart/form-data: ${error.message}` }));
    parser.on('close', () => resolve(problem ?? { fields, file, fileType }));
    parser.end(body);
  });
}

/** The verified upload, as a PUT to this endpoint; its answer relayed. */
function put(opts: FormPostOptions, key: string, file: Buffer, contentType: string): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> {
  const { host, port } = opts.self();
  const path = `/${opts.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return new Promise((resolve, reject) => {
    const req = request({ host, port, method: 'PUT', path, headers: { 'content-type': contentType, 'content-length': file.length } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(file);
  });
}

const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers one form POST to the bucket. */
export async function receiveFormPost(req: IncomingMessage, res: ServerResponse, opts: FormPostOptions): Promise<void> {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && opts.origins().includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'etag, x-amz-version-id');
  }
  res.setHeader('vary', 'Origin');
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const body = type === 'multipart/form-data' ? await readBody(req) : Buffer.alloc(0);
  if (body === undefined) return sendS3Refusal(req, res, { status: 400, code: 'EntityTooLarge', message: `Your proposed upload exceeds the maximum allowed size (${MAX_UPLOAD_BYTES} bytes).` });
  const form = type === 'multipart/form-data' ? await parseForm(req.headers, body) : { fields: new Map<string, string>(), file: undefined, fileType: undefined };
  if ('status' in form) return sendS3Refusal(req, res, form);
  const refusal = checkFormPost({ fields: form.fields, fileBytes: form.file?.length ?? 0 }, opts.bucket, opts.key);
  if (refusal) return sendS3Refusal(req, res, refusal);
  const key = form.fields.get('key')!;
  const unsafe = keyProblem(opts.bucket, key);
  if (unsafe) return sendS3Refusal(req, res, unsafe);
  if (form.file === undefined) return sendS3Refusal(req, res, { status: 400, code: 'InvalidArgument', message: 'POST requires exactly one file upload per request.' });
  const stored = await put(opts, key, form.file, form.fields.get('content-type') ?? form.fileType ?? 'application/octet-stream');
  if (stored.status !== 200) {
    res.writeHead(stored.status, { 'content-type': stored.headers['content-type'] ?? 'application/xml' }).end(stored.body);
    return;
  }
  const headers = {
    ...(stored.headers.etag ? { etag: stored.headers.etag } : {}),
    ...(typeof stored.headers['x-amz-version-id'] === 'string' ? { 'x-amz-version-id': stored.headers['x-amz-version-id'] } : {}),
  };
  const status = form.fields.get('success_action_status');
  if (status === '201') {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Bucket>${escapeXml(opts.bucket)}</Bucket><Key>${escapeXml(key)}</Key><ETag>${escapeXml(String(stored.headers.etag ?? ''))}</ETag></PostResponse>`;
    res.writeHead(201, { ...headers, 'content-type': 'application/xml' }).end(xml);
  } else {
    res.writeHead(status === '200' ? 200 : 204, headers).end();
  }
}
