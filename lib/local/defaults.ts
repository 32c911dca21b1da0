/** The local stack's defaults (CONTRACT.md §4): every server on 127.0.0.1 only. */
export const LOCAL_HOST = '127.0.0.1';
export const DEFAULT_PORTS = { api: 3000, s3: 4569, dynamodb: 4567 } as const;
export const LOCAL_BUCKET = 'newswire-uploads';
export const LOCAL_REGION = 'us-east-1';
export const DEFAULT_DATA_DIR = '.newswire';
/** Account id in local ARNs; dynalite uses the same one in its table ARNs. */
export const LOCAL_ACCOUNT = '000000000000';
/** Names the local stack gives what the cloud stack creates, for ARNs and log lines. */
export const LOCAL_QUEUE_NAME = 'newswire-ingest';
export const LOCAL_FUNCTIONS = {
  ingest: { name: 'newswire-ingest', timeoutMs: 60_000 },
  // API Gateway gives up on an integration after 29 s
  api: { name: 'newswire-api', timeoutMs: 29_000 },
} as const;
