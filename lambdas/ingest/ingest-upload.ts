import { RejectionError, rejectionChangeKey, storyChangeKind, summarize, versionChangeKey, type StoryRecord } from '../story/index.ts';
import { MAX_UPLOAD_BYTES, outcomeOfSaves, type SaveResult, type Store, type UploadOutcome, type UploadRef } from '../store/index.ts';
import { INGEST_METRICS, MetricUnit, type Observability } from './observability.ts';

export interface IngestDeps extends Observability {
  readonly store: Store;
  /** The time now, ISO 8601: when a change is committed, and whether an embargo still runs. */
  readonly clock: () => string;
  readonly readObject: (upload: UploadRef) => Promise<Uint8Array>;
  /** Every story in the file: a NewsML-G2 newsMessage carries several, other formats one. */
  readonly parse: (bytes: Uint8Array, opts: { key: string }) => Promise<StoryRecord[]>;
}

/**
 * One upload, start to finish: every path ends in a recorded outcome (stored, duplicate, rejected),
 * except a transient failure, which is thrown so that the queue delivers the message again.
 */
export async function ingestUpload(upload: UploadRef, deps: IngestDeps): Promise<UploadOutcome> {
  const { logger, metrics } = deps;
  const base = { key: upload.key, receivedAt: upload.receivedAt, etag: upload.etag, versionId: upload.versionId };
  let outcome: UploadOutcome;
  try {
    if (upload.size > MAX_UPLOAD_BYTES) {
      // decided from the event alone: the object is never read into memory
      throw new RejectionError('too-large', `the file is ${upload.size} bytes; the limit is ${MAX_UPLOAD_BYTES} bytes (split it into one story per file)`);
    }
    const bytes = await deps.readObject(upload);
    const started = performance.now();
    const records = await deps.parse(bytes, { key: upload.key });
    metrics.addMetric(INGEST_METRICS.parseTime, MetricUnit.Milliseconds, performance.now() - started);
    const saves: SaveResult[] = [];
    for (const record of records) {
      const saved = await deps.store.saveStory(record, upload);
      saves.push(saved);
      if (saved.status === 'stored' && saved.current) await publishVersion(deps, record, saved);
      if (saved.status === 'stored' && !saved.current) metrics.addMetric(INGEST_METRICS.late, MetricUnit.Count, 1);
      if (saved.status === 'stored' && record.pubStatus === 'canceled') metrics.addMetric(INGEST_METRICS.kills, MetricUnit.Count, 1);
    }
    outcome = outcomeOfSaves(base, saves);
  } catch (error) {
    if (!(error instanceof RejectionError)) throw error;
    outcome = { ...base, status: 'rejected', storyId: null, storyIds: [], code: error.code, reason: error.message };
    metrics.singleMetric().addDimension('code', error.code).addMetric(INGEST_METRICS.rejectedByCode, MetricUnit.Count, 1);
  }
  await deps.store.recordOutcome(outcome, upload.sequencer);
  if (outcome.status === 'rejected') {
    await deps.store.appendChange({
      key: rejectionChangeKey(upload.key, upload.versionId ?? upload.sequencer ?? upload.etag), kind: 'rejected', at: deps.clock(),
      upload: { key: upload.key, code: outcome.code!, reason: outcome.reason! },
    }, deps.clock());
  }
  metrics.addMetric(INGEST_METRICS[outcome.status], MetricUnit.Count, 1);
  logger.info('upload ingested', { key: upload.key, status: outcome.status, storyId: outcome.storyId, storyIds: outcome.storyIds, code: outcome.code, reason: outcome.reason });
  return outcome;
}

/**
 * A version that became the story's current one goes into the feed (issue 14): as a kill, a correction, the
 * story's first version or a new one; one under embargo waits for the embargo clock instead. A version that
 * arrived late and stayed behind a newer one changes nothing a reader sees: no change. Each change has the
 * version's key, so a redelivered upload puts nothing in the feed twice.
 */
async function publishVersion(deps: IngestDeps, record: StoryRecord, saved: Extract<SaveResult, { status: 'stored' }>): Promise<void> {
  const now = deps.clock();
  if (record.pubStatus === 'usable' && record.embargoedUntil !== null && Date.parse(record.embargoedUntil) > Date.parse(now)) {
    await deps.store.holdForEmbargo({ id: record.id, rank: saved.rank, embargoedUntil: record.embargoedUntil });
    return;
  }
  if (record.pubStatus === 'withheld') return;
  await deps.store.appendChange({
    key: versionChangeKey(record.id, saved.rank), kind: storyChangeKind(record, saved.firstVersion), at: now,
    storyId: record.id, version: record.version, story: summarize(record),
  }, now);
}
