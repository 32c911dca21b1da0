export * from './constants.ts';
export * from './errors.ts';
export { budgetOf, UNLIMITED, type ParseBudget } from './budget.ts';
export * from './schema.ts';
export { contentHash, storyId, versionFromHash } from './identity.ts';
export { excerpt, summarize } from './summary.ts';
export { listingTime, versionRank } from './ordering.ts';
export { ninjsUri, toNinjs, type NinjsDocument } from './ninjs.ts';
