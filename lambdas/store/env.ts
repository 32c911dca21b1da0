/**
 * Environment variable names shared by the CDK stack (which sets them) and the handlers (which read
 * them). Local and cloud differ only in these values.
 */
export const ENV = {
  tableName: 'NEWSWIRE_TABLE',
  bucketName: 'NEWSWIRE_BUCKET',
  /** Set only on the local stack: the S3- and DynamoDB-compatible endpoints. */
  s3Endpoint: 'NEWSWIRE_S3_ENDPOINT',
  dynamodbEndpoint: 'NEWSWIRE_DYNAMODB_ENDPOINT',
  region: 'AWS_REGION',
  /** ARN or name of the Secrets Manager secret the API derives its cursor signing key from (cloud only). */
  cursorSecret: 'NEWSWIRE_CURSOR_SECRET',
} as const;

export interface StoreConfig {
  readonly region: string;
  readonly tableName: string;
  readonly bucketName: string;
  /** Present only on the local stack. */
  readonly endpoints?: { readonly s3: string; readonly dynamodb: string };
  /** Secrets Manager secret (ARN or name) of the cursor signing key; the local stack needs none. */
  readonly cursorSecret?: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is required`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const s3 = env[ENV.s3Endpoint];
  const dynamodb = env[ENV.dynamodbEndpoint];
  const cursorSecret = env[ENV.cursorSecret];
  return {
    region: env[ENV.region] ?? 'us-east-1',
    tableName: required(env, ENV.tableName),
    bucketName: required(env, ENV.bucketName),
    ...(s3 && dynamodb ? { endpoints: { s3, dynamodb } } : {}),
    ...(cursorSecret ? { cursorSecret } : {}),
  };
}
