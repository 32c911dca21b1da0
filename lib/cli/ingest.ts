export interface IngestOptions { wait: boolean; apiUrl: string; s3Endpoint: string }
/** `newswire ingest PATH… [--wait]`: see CONTRACT.md §2. */
export async function runIngest(_paths: string[], _opts: IngestOptions): Promise<number> {
  throw new Error('not yet implemented');
}
