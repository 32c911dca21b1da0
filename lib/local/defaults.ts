/** The local stack's defaults (CONTRACT.md §4): every server on 127.0.0.1 only. */
export const LOCAL_HOST = '127.0.0.1';
export const DEFAULT_PORTS = { api: 3000, s3: 4569, dynamodb: 4567 } as const;
export const LOCAL_BUCKET = 'newswire-uploads';
export const LOCAL_REGION = 'us-east-1';
export const DEFAULT_DATA_DIR = '.newswire';
