export interface DevOptions { seed: boolean; dataDir: string; apiPort: number; s3Port: number; dynamodbPort: number; chaos: number }
/** `newswire dev`: see CONTRACT.md §4. */
export async function runDev(_opts: DevOptions): Promise<number> {
  throw new Error('not yet implemented');
}
