import { describe, expect, it } from 'vitest';
import { authorizeUrl, beginSignIn, codeChallenge, currentToken, finishSignIn, tokenRequestBody, type SessionStore } from '../../desk/src/auth.ts';
import { entityPatterns, markEntities } from '../../desk/src/entities.ts';
import { highlightSegments } from '../../desk/src/highlight.ts';
import { filedTime, readerTime } from '../../desk/src/time.ts';
import { EMPTY_SCREEN, isWire, listQuery, parseScreen, screenSearch, withFilter } from '../../desk/src/url-state.ts';
import { diffStats, versionText, wordDiff } from '../../desk/src/word-diff.ts';

describe('desk: URL state', () => {
  it('reads the API\'s parameters, story and view, and writes them back the same', () => {
    const search = '?view=uploads&q=%22fair+game%22+-vladivostok&provider=Associated+Press&person=Lloyd+Austin&from=2024-01-01&story=0123456789abcdef01234567';
    const screen = parseScreen(search);
    expect(screen).toEqual({ q: '"fair game" -vladivostok', filters: { provider: 'Associated Press', person: 'Lloyd Austin', from: '2024-01-01' }, story: '0123456789abcdef01234567', view: 'uploads' });
    expect(parseScreen(screenSearch(screen))).toEqual(screen);
  });

  it('leaves out what it does not know, and a story id that is not one', () => {
    expect(parseScreen('?story=../../etc&bogus=1&q=')).toEqual(EMPTY_SCREEN);
    expect(screenSearch(EMPTY_SCREEN)).toBe('');
  });

  it('gives the /stories query of a screen, and tells the wire from a search', () => {
    const screen = withFilter({ ...EMPTY_SCREEN, q: 'drought', story: 'a'.repeat(24) }, 'place', 'Kenya');
    expect(listQuery(screen).toString()).toBe('q=drought&place=Kenya');
    expect(isWire(EMPTY_SCREEN)).toBe(true);
    expect(isWire(screen)).toBe(false);
    expect(withFilter(screen, 'place', null).filters).toEqual({});
  });
});

describe('desk: highlights', () => {
  it('cuts the text at the matches, as text only', () => {
    expect(highlightSegments('Port strike <b>ends</b>', [[5, 11]])).toEqual([
      { text: 'Port ', mark: false }, { text: 'strike', mark: true }, { text: ' <b>ends</b>', mark: false },
    ]);
  });

  it('joins overlapping matches, sorts them and clamps offsets out of range', () => {
    expect(highlightSegments('abcdef', [[4, 99], [0, 2], [1, 3], [5, 5]])).toEqual([
      { text: 'abc', mark: true }, { text: 'd', mark: false }, { text: 'ef', mark: true },
    ]);
  });
});

describe('desk: word diff', () => {
  it('marks the words added and removed between two versions', () => {
    const older = versionText({ headline: 'Terminal opens', body: { paragraphs: ['The first in forty years.'] } });
    const newer = versionText({ headline: 'Terminal opens', body: { paragraphs: ['The first in fifty years.'] } });
    const parts = wordDiff(older, newer);
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text.trim())).toEqual(['forty']);
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['fifty']);
    expect(parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe(older);
    expect(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe(newer);
    expect(diffStats(parts)).toEqual({ added: 1, removed: 1 });
  });
});

describe('desk: entities in the text', () => {
  it('marks full names and people\'s short references, longest first, on word boundaries', () => {
    const patterns = entityPatterns({ people: [{ name: 'Lloyd Austin' }], organisations: [{ name: 'Pentagon' }], places: [{ name: 'Washington' }] });
    const runs = markEntities('Lloyd Austin left the Pentagon; Austin said, Austintown aside.', patterns);
    expect(runs.filter((r) => r.kind).map((r) => [r.text, r.kind, r.name])).toEqual([
      ['Lloyd Austin', 'person', 'Lloyd Austin'], ['Pentagon', 'organisation', 'Pentagon'], ['Austin', 'person', 'Lloyd Austin'],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('Lloyd Austin left the Pentagon; Austin said, Austintown aside.');
  });
});

describe('desk: times', () => {
  it('shows the time as filed with its own offset, and in the reader\'s zone', () => {
    expect(filedTime('2024-10-23T07:34:00-04:00')).toBe('2024-10-23 07:34 UTC−04:00');
    expect(filedTime('2024-10-23T11:34:00Z')).toBe('2024-10-23 11:34 UTC');
    expect(readerTime('2024-10-23T07:34:00-04:00', new Date('2024-10-23T12:00:00Z'), 'Europe/Berlin')).toMatch(/13:34/);
    expect(readerTime('2024-10-23T07:34:00-04:00', new Date('2025-01-01T12:00:00Z'), 'Asia/Tokyo')).toMatch(/20:34/);
  });
});

describe('desk: sign-in (authorization code with PKCE)', () => {
  const auth = { domain: 'newswire-desk.auth.eu-west-1.amazoncognito.com', clientId: 'client-1', redirectUri: 'https://desk.example/desk/', scopes: ['openid', 'newswire/desk'] };
  const memory = (): SessionStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  };

  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('sends the editor to the hosted UI with the challenge, and trades the code for a token', async () => {
    // Prepare
    const store = memory();
    const url = new URL(await beginSignIn(auth, store, '/desk/?q=drought'));
    const state = url.searchParams.get('state')!;
    const sent: { url: string; body: string }[] = [];
    const post = (async (target: string, init: RequestInit) => {
      sent.push({ url: target, body: String(init.body) });
      return new Response(JSON.stringify({ access_token: 'token-1', expires_in: 3600 }), { status: 200 });
    }) as typeof fetch;

    // Act
    const returnTo = await finishSignIn(auth, store, `?code=code-1&state=${state}`, post, 1_000_000);

    // Assess
    expect(`${url.origin}${url.pathname}`).toBe('https://newswire-desk.auth.eu-west-1.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ response_type: 'code', client_id: 'client-1', redirect_uri: auth.redirectUri, scope: 'openid newswire/desk', code_challenge_method: 'S256' });
    expect(returnTo).toBe('/desk/?q=drought');
    expect(sent[0]!.url).toBe('https://newswire-desk.auth.eu-west-1.amazoncognito.com/oauth2/token');
    const body = new URLSearchParams(sent[0]!.body);
    expect(body.get('grant_type')).toBe('authorization_code');
    expect(await codeChallenge(body.get('code_verifier')!)).toBe(url.searchParams.get('code_challenge'));
    expect(currentToken(store, 1_000_000)).toBe('token-1');
    expect(currentToken(store, 1_000_000 + 3_600_000)).toBeNull();
  });

  it('refuses an answer whose state is not this tab\'s, and takes the domain as a URL too', async () => {
    const store = memory();
    await beginSignIn(auth, store, '/desk/');
    await expect(finishSignIn(auth, store, '?code=c&state=forged', fetch)).rejects.toThrow(/does not belong/);
    expect(await finishSignIn(auth, store, '?q=x', fetch)).toBeNull();
    expect(authorizeUrl({ ...auth, domain: 'https://login.example/' }, 's', 'c')).toMatch(/^https:\/\/login\.example\/oauth2\/authorize\?/);
    expect(tokenRequestBody(auth, 'c', 'v').get('redirect_uri')).toBe(auth.redirectUri);
  });
});
