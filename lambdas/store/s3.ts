import type { S3Client } from '@aws-sdk/client-s3';
import { s3ClientConfig } from './clients.ts';
import type { StoreConfig } from './env.ts';

export type S3Sdk = typeof import('@aws-sdk/client-s3');
/** The S3 client and the SDK module, loaded on first use. */
export type LazyS3 = () => Promise<{ readonly client: S3Client; readonly sdk: S3Sdk }>;

/**
 * The API reads S3 only for the rare record too large for an item, so it loads the S3 SDK (about
 * 40 ms of a cold start) only then. A dynamic import of the SDK stays lazy in the bundle too.
 */
export function lazyS3(cfg: StoreConfig, existing?: S3Client): LazyS3 {
  let loading: ReturnType<LazyS3> | undefined;
  return () => (loading ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: existing ?? new sdk.S3Client(s3ClientConfig(cfg)) })));
}
