import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createClients } from '../../lambdas/store/all-clients.ts';
import { INCOMING_PREFIX } from '../../lambdas/store/constants.ts';
import { listFiles, type FoundFile } from './files.ts';
import type { LocalStack } from './stack.ts';

/** The project's test wires, every file of them (paths from this file up to the repository root). */
export const FIXTURE_WIRES_DIR = fileURLToPath(new URL('../../test/fixtures/wires/', import.meta.url));
/** The story Newswire was built from, in `../shared` beside the repository (ARCHITECTURE.md). */
export const SHARED_SEED_DIR = fileURLToPath(new URL('../../../shared/corpus/seed/', import.meta.url));
export const SAMPLES_PREFIX = `${INCOMING_PREFIX}samples/`;

/**
 * Uploads the sample wires to `incoming/samples/…` through the stack's S3 endpoint, so that they are
 * ingested like any upload: `test/fixtures/wires/**` as `incoming/samples/<path>`, and the shared seed
 * stories (`../shared/corpus/seed/*.txt`, when that folder exists) as `incoming/samples/seed/<name>`.
 * A sample already in the bucket with the same bytes is left alone, so that starting again with
 * `--seed` does not turn yesterday's `stored` outcomes into `duplicate`. Resolves with the keys written.
 */
export async function seedSamples(stack: Pick<LocalStack, 'config' | 'bucket'>): Promise<string[]> {
  const files: FoundFile[] = [
    ...(await listIfExists(FIXTURE_WIRES_DIR, '')),
    ...(await listIfExists(SHARED_SEED_DIR, 'seed')).filter((f) => /^seed\/[^/]+\.txt$/.test(f.relative)),
  ];
  const { s3 } = createClients(stack.config);
  const keys: string[] = [];
  try {
    for (const file of files) {
      const key = `${SAMPLES_PREFIX}${file.relative}`;
      const body = await readFile(file.path);
      if (await holds(s3, stack.bucket, key, body)) continue;
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
      keys.push(key);
    }
  } finally {
    s3.destroy();
  }
  return keys;
}

async function listIfExists(dir: string, base: string): Promise<FoundFile[]> {
  try {
    return await listFiles(dir, base);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Whether the bucket already holds these bytes under this key (a single-part ETag is the MD5). */
async function holds(s3: S3Client, bucket: string, key: string, body: Buffer): Promise<boolean> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag?.replaceAll('"', '') === createHash('md5').update(body).digest('hex');
  } catch (err) {
    if ((err as { name?: string }).name === 'NotFound') return false;
    throw err;
  }
}
