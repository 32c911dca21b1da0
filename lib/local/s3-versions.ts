import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Object versions for the local S3 endpoint (issue 10). The cloud bucket is versioned and each event
 * names the version it is about; s3rver keeps one file per key, so two PUTs back to back would both be
 * read as the second. This store writes every object to a temporary file and renames it into place (a
 * reader never sees half an object, a write error is an error and not a crash), then hard-links the file
 * under `<versions>/<sha256 of bucket/key>/<versionId>`: later writes replace the key's file, the link
 * keeps this version's bytes. Events get the version id, and a GET with `?versionId=` is answered from
 * the link. Versions are kept for the life of the data folder, as a versioned bucket keeps them.
 */

interface StoredObject {
  readonly bucket: string;
  readonly key: string;
  readonly content: Readable | Buffer;
  readonly metadata: Record<string, string>;
}

interface FilesystemStoreBase {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5?: string): Promise<void>;
}

const require = createRequire(import.meta.url);
// s3rver ships no declarations and no exports map; its store is a plain CommonJS class.
const FilesystemStore = require('s3rver/lib/stores/filesystem.js') as new (root: string) => FilesystemStoreBase;

interface VersionInfo {
  readonly versionId: string;
  readonly md5: string;
  readonly size: number;
  readonly contentType: string;
  readonly lastModified: string;
}

/** Sortable and unique: the time, then randomness (S3's own ids are opaque; ours only need to differ). */
/** Set on a PUT's request by the store, so that the answer can carry `x-amz-version-id` as S3's does. */
export const VERSION_OF_REQUEST = Symbol('newswire.s3.versionId');

const newVersionId = (): string => `${Date.now().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
const keyDir = (root: string, bucket: string, key: string): string => join(root, createHash('sha256').update(`${bucket}/${key}`).digest('hex'));

export class VersionedStore extends FilesystemStore {
  /** Versions written but not yet claimed by their event, per bucket/key, oldest first. */
  private readonly unclaimed = new Map<string, VersionInfo[]>();

  constructor(root: string, private readonly versionsRoot: string) {
    super(root);
  }

  async putObject(object: StoredObject): Promise<{ size: number; md5: string }> {
    const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const temp = `${objectPath}.${randomBytes(4).toString('hex')}.tmp`;
    const md5Context = createHash('md5');
    let size = 0;
    try {
      if (Buffer.isBuffer(object.content)) {
        md5Context.update(object.content);
        size = object.content.length;
        await writeFile(temp, object.content);
      } else {
        const count = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            md5Context.update(chunk);
            size += chunk.length;
            callback(null, chunk);
          },
        });
        await pipeline(object.content, count, createWriteStream(temp));
      }
      await rename(temp, objectPath);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const md5 = md5Context.digest('hex');
    await this.putMetadata(object.bucket, object.key, object.metadata, md5);
    const info: VersionInfo = {
      versionId: newVersionId(), md5, size,
      contentType: object.metadata['content-type'] ?? 'binary/octet-stream', lastModified: new Date().toUTCString(),
    };
    const dir = keyDir(this.versionsRoot, object.bucket, object.key);
    await mkdir(dir, { recursive: true });
    const file = join(dir, info.versionId);
    await link(objectPath, file).catch(() => copyFile(objectPath, file));
    await writeFile(`${file}.json`, JSON.stringify(info));
    const id = `${object.bucket}/${object.key}`;
    this.unclaimed.set(id, [...(this.unclaimed.get(id) ?? []), info]);
    if (!Buffer.isBuffer(object.content)) (object.content as Readable & { [VERSION_OF_REQUEST]?: string })[VERSION_OF_REQUEST] = info.versionId;
    return { size, md5 };
  }

  /**
   * The version a write event speaks of, by its ETag: s3rver emits the event right after the write, so
   * the oldest unclaimed version with these bytes is this event's (two writes of the same bytes are
   * interchangeable). Undefined for an object this store did not write.
   */
  claimVersion(bucket: string, key: string, eTag: string | undefined): string | undefined {
    const id = `${bucket}/${key}`;
    const list = this.unclaimed.get(id);
    if (!list) return undefined;
    const k = list.findIndex((v) => v.md5 === eTag?.replaceAll('"', ''));
    if (k < 0) return undefined;
    const [found] = list.splice(k, 1);
    if (list.length === 0) this.unclaimed.delete(id);
    return found!.versionId;
  }

  /** A stored version's bytes and facts; undefined when there is no such version. */
  async version(bucket: string, key: string, versionId: string): Promise<{ file: string; info: VersionInfo } | undefined> {
    if (!/^[0-9a-z]{9}[0-9a-f]{12}$/.test(versionId)) return undefined;
    const file = join(keyDir(this.versionsRoot, bucket, key), versionId);
    try {
      const info = JSON.parse(await readFile(`${file}.json`, 'utf8')) as VersionInfo;
      await stat(file);
      return { file, info };
    } catch {
      return undefined;
    }
  }
}

/**
 * Answers `GET`/`HEAD /<bucket>/<key>?versionId=…` from the stored version, as S3 does; false (not
 * answered) for any other request or an unknown version, which s3rver then answers itself.
 */
export async function serveVersion(store: VersionedStore, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const target = req.url ?? '/';
  const versionId = new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : '').get('versionId');
  if (!versionId) return false;
  const [bucket, ...rest] = decodeURIComponent(target.split('?')[0]!).replace(/^\//, '').split('/');
  if (!bucket || rest.length === 0) return false;
  const found = await store.version(bucket, rest.join('/'), versionId);
  if (!found) return false;
  res.writeHead(200, {
    'content-type': found.info.contentType,
    'content-length': found.info.size,
    etag: `"${found.info.md5}"`,
    'last-modified': found.info.lastModified,
    'x-amz-version-id': found.info.versionId,
  });
  if (req.method === 'HEAD') res.end();
  else await pipeline(createReadStream(found.file), res);
  return true;
}
