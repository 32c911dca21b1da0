import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
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
 * Resolves with the keys written.
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
      await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: await readFile(file.path) }));
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
