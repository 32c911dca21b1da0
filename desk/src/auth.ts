import type { DeskConfig } from './types.ts';

/**
 * Sign-in for the cloud desk: OAuth 2.0 authorization code with PKCE (RFC 7636) against Cognito's hosted UI
 * (`/oauth2/authorize`, `/oauth2/token`). Tokens live in sessionStorage, for this tab only. Locally the
 * config has no `auth` and none of this runs.
 */

export type Auth = NonNullable<DeskConfig['auth']>;

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A fresh code verifier: 32 random bytes, base64url (43 characters, RFC 7636 §4.1). */
export function codeVerifier(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier (RFC 7636 §4.2). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** `https://domain` whether the config gives the domain bare or as a URL. */
export const authOrigin = (auth: Auth): string => (/^https?:\/\//.test(auth.domain) ? auth.domain.replace(/\/+$/, '') : `https://${auth.domain}`);

/** Where to send the editor to sign in. */
export function authorizeUrl(auth: Auth, state: string, challenge: string): string {
  const params = new URLSearchParams({
    response_type: 'code', client_id: auth.clientId, redirect_uri: auth.redirectUri, scope: auth.scopes.join(' '),
    state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  return `${authOrigin(auth)}/oauth2/authorize?${params}`;
}

/** The token request's form body for a code the hosted UI sent back. */
export function tokenRequestBody(auth: Auth, code: string, verifier: string): URLSearchParams {
  return new URLSearchParams({ grant_type: 'authorization_code', client_id: auth.clientId, code, redirect_uri: auth.redirectUri, code_verifier: verifier });
}

/** The part of sessionStorage the flow uses. */
export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PENDING = 'newswire.desk.pending';
const TOKEN = 'newswire.desk.token';

interface Token { accessToken: string; expiresAt: number }

/** The access token, while it has more than a minute left. */
export function currentToken(store: SessionStore, now = Date.now()): string | null {
  try {
    const token = JSON.parse(store.getItem(TOKEN) ?? 'null') as Token | null;
    return token && token.expiresAt - 60_000 > now ? token.accessToken : null;
  } catch {
    return null;
  }
}

/** Starts sign-in: remembers the verifier, the state and where the editor was; the URL to go to. */
export async function beginSignIn(auth: Auth, store: SessionStore, returnTo: string): Promise<string> {
  const verifier = codeVerifier();
  const state = codeVerifier();
  store.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  return authorizeUrl(auth, state, await codeChallenge(verifier));
}

/**
 * Finishes sign-in when the URL carries the hosted UI's answer: checks the state, trades the code for tokens,
 * keeps the access token. The page to show next (where the editor was), or null when there was nothing to finish.
 */
export async function finishSignIn(auth: Auth, store: SessionStore, search: string, post: typeof fetch, now = Date.now()): Promise<string | null> {
  const params = new URLSearchParams(search);
  const code = params.get('code');
  const state = params.get('state');
  if (!code || !state) return null;
  const pending = JSON.parse(store.getItem(PENDING) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  store.removeItem(PENDING);
  if (!pending || pending.state !== state) throw new Error('the sign-in answer does not belong to this tab; sign in again');
  const response = await post(`${authOrigin(auth)}/oauth2/token`, {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: tokenRequestBody(auth, code, pending.verifier).toString(),
  });
  if (!response.ok) throw new Error(`sign-in failed: the token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { access_token?: string; expires_in?: number };
  if (!tokens.access_token) throw new Error('sign-in failed: no access token');
  store.setItem(TOKEN, JSON.stringify({ accessToken: tokens.access_token, expiresAt: now + (tokens.expires_in ?? 3600) * 1000 } satisfies Token));
  return pending.returnTo;
}

export const signOut = (store: SessionStore): void => store.removeItem(TOKEN);
