import type { Change, ChangeDraft, RejectionCode, StoryRecord, StorySummary, UploadStatus, VersionEntry } from '../story/index.ts';

/** The uploaded object a story came from, as the S3 event names it. */
export interface UploadRef {
  readonly key: string;
  readonly etag: string | null;
  readonly versionId: string | null;
  /** S3's per-key event order (hex); later writes of one key carry larger sequencers. */
  readonly sequencer: string | null;
  readonly size: number;
  /** When S3 received the object (the event time), UTC ISO 8601. */
  readonly receivedAt: string;
}

export type SaveResult =
  | {
    readonly status: 'stored'; readonly storyId: string; readonly version: string; readonly current: boolean;
    /** The version's rank (`versionRank`), which orders it among the story's versions. */
    readonly rank: string;
    /** No version of the story ranks below this one: its first (as far as the table knows). */
    readonly firstVersion: boolean;
  }
  | { readonly status: 'duplicate'; readonly storyId: string; readonly version: string; readonly reason: string };

/** What became of one upload (CONTRACT.md §3 `/uploads`). */
export interface UploadOutcome {
  readonly key: string;
  readonly status: UploadStatus;
  /** The first story stored from the file (or, for a duplicate, the first it repeats); null when rejected. */
  readonly storyId: string | null;
  /** Every story of the file, in file order (a NewsML-G2 newsMessage holds several); empty when rejected. */
  readonly storyIds: readonly string[];
  readonly code: RejectionCode | null;
  readonly reason: string | null;
  readonly receivedAt: string;
  readonly etag: string | null;
  readonly versionId: string | null;
}

export interface StoryFilters {
  readonly provider?: string;
  readonly author?: string;
  readonly contributor?: string;
  readonly person?: string;
  readonly organisation?: string;
  readonly place?: string;
  /** Inclusive bounds on the listing time, UTC ISO 8601. */
  readonly from?: string;
  readonly to?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export type StoryLookup =
  | { readonly status: 'found'; readonly record: StoryRecord }
  | { readonly status: 'killed' }
  | { readonly status: 'missing' };

export type VersionsLookup =
  | { readonly status: 'found'; readonly versions: VersionEntry[] }
  | { readonly status: 'killed' }
  | { readonly status: 'missing' };

/** What the API needs: reads only (its bundle carries no write path, its role no write permission). */
export interface ReadStore {
  /** The current version of a story, or with `version` that stored version (while the story may be seen). */
  getStory(id: string, now: string, version?: string): Promise<StoryLookup>;
  /** The versions of a story a reader may see (killed, withheld and embargoed stories hide theirs). */
  listVersions(id: string, now: string): Promise<VersionsLookup>;
  listStories(query: { filters: StoryFilters; limit: number; cursor?: string; now: string }): Promise<Page<StorySummary>>;
  /** Keyword search, ranked; summaries carry `score`. NoSearchTermsError when `q` has nothing to search for. */
  searchStories(query: { q: string; filters: StoryFilters; limit: number; cursor?: string; now: string; lang?: string }): Promise<Page<StorySummary>>;
  listUploads(query: { status?: UploadStatus; keyPrefix?: string; limit: number; cursor?: string }): Promise<Page<UploadOutcome>>;
  /** Uploads by outcome; `complete` false when a figure is a lower bound (very many uploads). */
  countUploads(): Promise<{ counts: Record<UploadStatus, number>; complete: boolean }>;
  /**
   * The feed: changes after place `after` (0: from the oldest kept), in commit order, at most `limit`. It may
   * mark a place void that a writer gave up (changes.ts): the one write a reader makes, to the feed only.
   */
  readChanges(query: { after: number; limit: number; now: string }): Promise<ChangePage>;
  /** `readChanges` behind an opaque cursor (`GET /feed`): InvalidCursorError for one it did not hand out. */
  readFeed(query: { after?: string; limit: number; now: string }): Promise<{ items: Change[]; nextCursor: string }>;
}

export interface ChangePage {
  readonly items: Change[];
  /** The place of the last change read or passed: where the next read starts. */
  readonly last: number;
}

/** Everything: the reads, and what ingest and reindex write. */
export interface Store extends ReadStore {
  /** Stores one version; idempotent for redeliveries of the same upload. */
  saveStory(record: StoryRecord, upload: UploadRef, opts?: { readonly replace?: boolean }): Promise<SaveResult>;
  /** One stored version's record by story id and version rank (`versionRank`); null when absent. */
  getVersionRecord(id: string, rank: string): Promise<StoryRecord | null>;
  /**
   * Takes away the versions of story `id` that came from upload `key`, but those of the ranks in
   * `keep` (a reindex found the upload no longer gives them); the story falls back to its newest
   * remaining version, or is gone.
   */
  retireUpload(id: string, key: string, keep?: readonly string[]): Promise<boolean>;
  /** One upload's outcome and the sequencer it stands under; null when it has none yet. */
  getUpload(key: string): Promise<{ outcome: UploadOutcome; sequencer: string | null } | null>;
  /** Records what became of an upload; a later write of the same key wins over an earlier one. */
  recordOutcome(outcome: UploadOutcome, sequencer: string | null): Promise<void>;
  /** Puts a change in the feed once, however often it is asked (by its `key`); its place. `now` is the writer's clock. */
  appendChange(draft: ChangeDraft, now: string): Promise<number>;
  /** Keeps a stored version out of the feed until its embargo ends (`releaseEmbargoes`). */
  holdForEmbargo(held: { id: string; rank: string; embargoedUntil: string }): Promise<void>;
  /** Puts the stories whose embargo ended by `now` into the feed; how many. */
  releaseEmbargoes(now: string): Promise<number>;
  /** Builds the posting blocks of the common terms queued for one (posting-blocks.ts); how many terms and postings. */
  buildPostingBlocks(now: string): Promise<{ terms: number; postings: number }>;
}
