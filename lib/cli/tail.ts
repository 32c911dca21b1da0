import type { Change } from '../../lambdas/story/index.ts';
import type { Target } from './target.ts';

export interface TailOptions {
  readonly json: boolean;
  /** A cursor from the feed (`nextCursor`, or what an earlier `tail` printed on leaving): go on from there. */
  readonly since?: string;
  /** Ends the follow (Ctrl-C). */
  readonly signal: AbortSignal;
}

export interface TailIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: TailIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** How long one request of the feed waits for a change (the API's most). */
const WAIT_SECONDS = 20;
/** After a failed request, the next after this long, doubling up to half a minute. */
const RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

interface FeedPage {
  readonly items: Change[];
  readonly nextCursor: string;
}

/** One change as a line: time, kind, story (id, version, provider, headline) or upload (key, code, reason). */
export function changeLine(change: Change): string {
  const head = `${change.at}  ${change.kind.padEnd(13)}`;
  if (change.kind === 'rejected') return `${head} ${change.upload.key}  ${change.upload.code}: ${change.upload.reason}`;
  const story = change.story;
  return `${head} ${change.storyId} v${change.version}  ${story.provider ? `${story.provider}: ` : ''}${story.headline ?? '(no headline)'}`;
}

/**
 * `newswire tail [--json] [--since CURSOR]`: follows `GET /feed` and prints each change as it arrives, until the
 * signal (Ctrl-C). Without `--since` it starts at the end of the feed (what is new from now); on leaving it prints
 * the cursor to go on from. A failed request is tried again with backoff: the follow never ends on its own.
 */
export async function runTail(target: Target, opts: TailOptions, io: TailIo = defaultIo): Promise<number> {
  const read = async (after: string | undefined, wait: number): Promise<FeedPage> => {
    const url = new URL(`${target.apiUrl.replace(/\/$/, '')}/feed`);
    if (after !== undefined) url.searchParams.set('after', after);
    url.searchParams.set('limit', '100');
    url.searchParams.set('wait', String(wait));
    const response = await target.fetch(url.toString());
    if (response.status === 400) throw new BadCursor(((await response.json()) as { detail?: string }).detail ?? 'the feed refused the cursor');
    if (!response.ok) throw new Error(`the feed answered ${response.status}`);
    return (await response.json()) as FeedPage;
  };

  let cursor = opts.since;
  let retry = RETRY_MS;
  let atEnd = opts.since !== undefined;
  const following = () => io.err(`following the feed of ${target.description}${opts.since ? ' from the cursor given' : ' from now'}; Ctrl-C stops`);
  if (atEnd) following();
  while (!opts.signal.aborted) {
    try {
      // from now: page to the end of what is kept, printing nothing, then follow
      const page = await untilAborted(read(cursor, atEnd ? WAIT_SECONDS : 0), opts.signal);
      if (page === undefined) break;
      if (atEnd) for (const change of page.items) io.out(opts.json ? JSON.stringify(change) : changeLine(change));
      else if (page.items.length === 0) {
        atEnd = true;
        following();
      }
      cursor = page.nextCursor;
      retry = RETRY_MS;
    } catch (error) {
      if (error instanceof BadCursor) {
        io.err(`error: --since: ${error.message}`);
        return 2;
      }
      if (opts.signal.aborted) break;
      io.err(`warning: ${(error as Error).message}; trying again in ${Math.round(retry / 1000)} s (${target.description})`);
      await new Promise((resolve) => setTimeout(resolve, retry));
      retry = Math.min(retry * 2, MAX_RETRY_MS);
    }
  }
  if (cursor !== undefined) io.err(`to go on from here: newswire tail --since ${cursor}`);
  return 0;
}

class BadCursor extends Error {}

/** The promise's value, or undefined as soon as the signal aborts (a long-poll is not waited out on Ctrl-C). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}
