/**
 * Feeding a search engine (issue 13 point 5): story records to OpenSearch documents, written with `_bulk` from the
 * table's stream (stream.ts) or by `newswire export-search` (export.ts), in the index INDEX_BODY describes.
 */
export { DEFAULT_INDEX, INDEX_BODY, LANGUAGE_ANALYZERS, analyzedLanguage, toSearchDocument, type SearchDocument } from './document.ts';
export { MAX_BULK_BYTES, bulkBodies, bulkLines, outcomeOf, outcomesOf, type BulkAction, type BulkResponse, type ItemOutcome } from './bulk.ts';
export { endpointProblems, parseDomainArn, parseDomainEndpoint, INDEX_NAME } from './endpoint.ts';
export { EXPORT_ENV, exportConfigFromEnv, type ExportConfig } from './env.ts';
export { ExportConfigError, SearchUnavailableError } from './errors.ts';
export { actionFor, exportStories, type ExportDeps, type ExportFailure, type ExportResult, type ExportTarget } from './export.ts';
export { bulkSender, ensureIndex, type BulkSender, type BulkTarget } from './opensearch.ts';
export { consistentReads } from './consistent-reads.ts';
export { STORY_CHANGE_KINDS, makeExportHandler, storyChangesOf, type RejectedExport, type StreamChange, type StreamExportDeps } from './stream.ts';
