/** Closed sets from CONTRACT.md; each array is the one source of its union type. */

/** Wire formats, as detected by content (CONTRACT.md §1 `format`). */
export const FORMATS = ['text', 'nitf', 'newsml-g2', 'newsml-1.2', 'ninjs', 'ap-media', 'anpa-1312', 'iptc-7901', 'email'] as const;
export type FormatId = (typeof FORMATS)[number];

/** Why an upload can never be accepted (CONTRACT.md §2). */
export const REJECTION_CODES = ['empty', 'binary', 'too-large', 'malformed', 'unsafe-xml', 'unknown-format', 'no-body', 'parse-timeout'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const PUB_STATUSES = ['usable', 'withheld', 'canceled'] as const;
export type PubStatus = (typeof PUB_STATUSES)[number];

export const SIGNALS = ['update', 'correction', 'kill'] as const;
export type Signal = (typeof SIGNALS)[number];

export const CONTRIBUTOR_ROLES = ['reporter', 'contributor', 'editor'] as const;
export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

/** What became of one uploaded object (CONTRACT.md §3 `/uploads`). */
export const UPLOAD_STATUSES = ['stored', 'duplicate', 'rejected'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];
