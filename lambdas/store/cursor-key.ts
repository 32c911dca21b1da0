import { randomBytes, createHash } from 'node:crypto';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorKey } from './cursor.ts';
import { ENV, type StoreConfig } from './env.ts';
import { CURSOR_KEY_ITEM } from './keys.ts';
import { getSecretString, type SecretFetchOptions } from './secrets.ts';

/**
 * Where the cursor signing key comes from, loaded once per container (the promise is kept; a failed
 * load is retried by the next request):
 *
 * - in the cloud, a Secrets Manager secret whose ARN or name is in NEWSWIRE_CURSOR_SECRET; the key is
 *   derived from the secret string, which never sits in the environment itself;
 * - on the local stack (endpoints configured), a random key made once and kept in the table, so in
 *   the data folder: cursors stay valid across restarts, and every handler of the stack, bundled or
 *   not, signs with the same key;
 * - otherwise there is no key, and a request that needs one fails (500, logged) rather than signing
 *   with something guessable.
 */
export function cursorKeySource(cfg: StoreConfig, ddb: DynamoDBDocumentClient, opts: Pick<SecretFetchOptions, 'fetch'> = {}): CursorKey {
  let loading: Promise<Uint8Array> | undefined;
  const load = async (): Promise<Uint8Array> => {
    if (cfg.cursorSecret) {
      const credentials = ddb.config.credentials;
      const secret = await getSecretString(cfg.cursorSecret, { region: cfg.region, credentials, ...opts });
      return deriveKey(secret);
    }
    if (cfg.endpoints) return localKey(cfg.tableName, ddb);
    throw new Error(`${ENV.cursorSecret} is not set: the API has no key to sign cursors with`);
  };
  return () => (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** A 256-bit key from a secret string, labelled so the same secret could serve another purpose safely. */
export const deriveKey = (secret: string): Uint8Array => new Uint8Array(createHash('sha256').update(`newswire cursor key\n${secret}`).digest());

async function localKey(tableName: string, ddb: DynamoDBDocumentClient): Promise<Uint8Array> {
  try {
    await ddb.send(new PutCommand({
      TableName: tableName, Item: { ...CURSOR_KEY_ITEM, key: randomBytes(32) }, ConditionExpression: 'attribute_not_exists(pk)',
    }));
  } catch (error) {
    if ((error as { name?: string } | null)?.name !== 'ConditionalCheckFailedException') throw error; // made by an earlier run
  }
  const item = (await ddb.send(new GetCommand({ TableName: tableName, Key: CURSOR_KEY_ITEM, ConsistentRead: true }))).Item;
  if (!(item?.key instanceof Uint8Array)) throw new Error('the local cursor key item is malformed');
  return item.key;
}
