import { RejectionError, type StoryRecord } from '../story/index.ts';
import { MAX_UPLOAD_BYTES, type Store, type UploadOutcome, type UploadRef } from '../store/index.ts';
import type { Log } from './log.ts';

export interface IngestDeps {
  readonly store: Store;
  readonly readObject: (upload: UploadRef) => Promise<Uint8Array>;
  readonly parse: (bytes: Uint8Array, opts: { key: string }) => StoryRecord;
  readonly log: Log;
}

/**
 * One upload, start to finish: every path ends in a recorded outcome (stored, duplicate, rejected),
 * except a transient failure, which is thrown so that the queue delivers the message again.
 */
export async function ingestUpload(upload: UploadRef, deps: IngestDeps): Promise<UploadOutcome> {
  const base = { key: upload.key, receivedAt: upload.receivedAt, etag: upload.etag, versionId: upload.versionId };
  let outcome: UploadOutcome;
  try {
    if (upload.size > MAX_UPLOAD_BYTES) {
      // decided from the event alone: the object is never read into memory
      throw new RejectionError('too-large', `the file is ${upload.size} bytes; the limit is ${MAX_UPLOAD_BYTES} bytes (split it into one story per file)`);
    }
    const record = deps.parse(await deps.readObject(upload), { key: upload.key });
    const saved = await deps.store.saveStory(record, upload);
    outcome = saved.status === 'stored'
      ? { ...base, status: 'stored', storyId: saved.storyId, code: null, reason: null }
      : { ...base, status: 'duplicate', storyId: saved.storyId, code: null, reason: saved.reason };
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
    outcome = { ...base, status: 'rejected', storyId: null, code: error.code, reason: error.message };
  }
  await deps.store.recordOutcome(outcome, upload.sequencer);
  deps.log('info', 'upload ingested', { key: upload.key, status: outcome.status, storyId: outcome.storyId, code: outcome.code });
  return outcome;
}
