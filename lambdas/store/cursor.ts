import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from './errors.ts';

/**
 * Cursors: opaque to clients and tamper-evident. A cursor is `<payload>.<mac>`, both base64url: the
 * payload is a small JSON state (where the last page ended, and for a ranked query the statistics it
 * was ranked with), bound to a hash of the query's parameters; the mac is HMAC-SHA256 over the
 * payload with the API's signing key (see cursor-key.ts). A changed byte, a cursor from another
 * query or one signed with another key is refused, never misread.
 */
export type CursorKey = () => Promise<Uint8Array>;

const VERSION = 2;
const MAC_BYTES = 16; // 128 bits of HMAC-SHA256: forging one is out of reach, and cursors stay short

/** A short, stable fingerprint of a query's parameters. */
export const queryFingerprint = (query: unknown): string =>
  createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);

const mac = (key: Uint8Array, payload: string): Buffer => createHmac('sha256', key).update(payload).digest().subarray(0, MAC_BYTES);

export async function encodeCursor<T extends object>(key: CursorKey, query: string, state: T): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ v: VERSION, q: query, s: state })).toString('base64url');
  return `${payload}.${mac(await key(), payload).toString('base64url')}`;
}

/** The state inside a cursor this API signed for this very query; InvalidCursorError otherwise. */
export async function decodeCursor(key: CursorKey, cursor: string, query: string): Promise<unknown> {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new InvalidCursorError();
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(await key(), payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidCursorError('the cursor was altered, or was not handed out by this API');
  }
  let parsed: { v?: unknown; q?: unknown; s?: unknown } | null;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof parsed;
  } catch (cause) {
    throw new InvalidCursorError(undefined, { cause });
  }
  if (!parsed || parsed.v !== VERSION || typeof parsed.q !== 'string' || typeof parsed.s !== 'object' || parsed.s === null) throw new InvalidCursorError();
  if (parsed.q !== query) throw new InvalidCursorError('the cursor belongs to a query with other parameters');
  return parsed.s;
}
