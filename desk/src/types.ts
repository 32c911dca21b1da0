/** The API's shapes the desk reads (CONTRACT.md §1 and §3); the desk is a client of the API, nothing more. */

export interface Byline { name: string; title: string | null; location: string | null }
export interface Dateline { text: string; city: string | null; region: string | null; country: string | null }
export interface Highlight { text: string; matches: [number, number][] }

export interface StorySummary {
  id: string;
  version: string;
  headline: string | null;
  provider: string | null;
  language: string | null;
  bylines: Byline[];
  dateline: Dateline | null;
  firstCreated: string | null;
  versionCreated: string | null;
  pubStatus: 'usable' | 'withheld' | 'canceled';
  excerpt: string | null;
  score?: number;
  highlights?: Highlight[];
}

export interface StoryRecord extends Omit<StorySummary, 'excerpt' | 'score' | 'highlights'> {
  format: string;
  slugline: string | null;
  signals: string[];
  edNote: string | null;
  embargoedUntil: string | null;
  byline: string | null;
  contributors: { name: string; location: string | null; role: 'reporter' | 'contributor' | 'editor' }[];
  body: { paragraphs: string[]; wordCount: number };
  people: { name: string; title: string | null; mentions: number }[];
  organisations: { name: string; mentions: number }[];
  places: { name: string; mentions: number }[];
  quotes: { text: string; speaker: string | null }[];
  source: { key: string | null; encoding: string; contentHash: string };
}

export interface VersionEntry { version: string; versionCreated: string | null; pubStatus: string; signals: string[] }

export type ChangeKind = 'stored' | 'version' | 'correction' | 'kill' | 'embargo-ended' | 'rejected';
export type Change =
  | { seq: number; key: string; kind: Exclude<ChangeKind, 'rejected'>; at: string; storyId: string; version: string; story: StorySummary }
  | { seq: number; key: string; kind: 'rejected'; at: string; upload: { key: string; code: string; reason: string } };

export interface UploadOutcome {
  key: string;
  status: 'stored' | 'duplicate' | 'rejected';
  storyId: string | null;
  storyIds: string[];
  code: string | null;
  reason: string | null;
  receivedAt: string;
}

export interface Page<T> { items: T[]; nextCursor: string | null }

export interface Presigned { url: string; fields: Record<string, string>; key: string; maxBytes: number; expiresAt: string }

export interface DeskConfig {
  apiBase: string;
  auth: null | { domain: string; clientId: string; redirectUri: string; scopes: string[] };
}
