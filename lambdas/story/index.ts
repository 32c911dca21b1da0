export * from './constants.ts';
export * from './errors.ts';
export { budgetOf, UNLIMITED, type ParseBudget } from './budget.ts';
export * from './schema.ts';
export { contentHash, storyId, versionFromHash } from './identity.ts';
export { excerpt, summarize } from './summary.ts';
export { listingTime, versionRank } from './ordering.ts';
export { ninjsUri, toNinjs, type NinjsDocument } from './ninjs.ts';
export { CHANGE_DETAIL_TYPES, CHANGE_KINDS, CHANGE_SOURCE, changeEventJsonSchema, changeSchema, embargoChangeKey, rejectionChangeKey, storyChangeKind, versionChangeKey, type Change, type ChangeDraft, type ChangeKind } from './change.ts';
