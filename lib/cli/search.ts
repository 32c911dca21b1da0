import Table from 'cli-table3';
import { DEFAULT_PORTS, LOCAL_HOST } from '../local/defaults.ts';
import { httpUrl } from '../local/net.ts';
import { apiRequestUrl, regionOfApiUrl, signedFetcher, stackOutputs, type Fetcher } from './remote.ts';
import { retrying } from './retrying-fetch.ts';
import { localFetcher } from './target.ts';

/** The `/stories` parameters `newswire search` passes on as options: the filters, and `lang`. */
export const SEARCH_PARAMS = ['author', 'contributor', 'person', 'organisation', 'place', 'provider', 'from', 'to', 'lang'] as const;
export type SearchParam = (typeof SEARCH_PARAMS)[number];

export interface SearchOptions extends Partial<Record<SearchParam, string>> {
  readonly limit?: number;
  readonly json?: boolean;
  /** A deployed stack: its `ApiUrl` output, requests signed with SigV4. */
  readonly stack?: string;
  /** @default the local stack's API */
  readonly apiUrl?: string;
}

export interface SearchIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** For tests: how the API is reached; @default fetch, signed for a stack */
  readonly fetcher?: Fetcher;
  /** For tests: a stack's outputs; @default CloudFormation DescribeStacks */
  readonly outputs?: (stack: string) => Promise<Record<string, string>>;
}

/** One story summary as `GET /stories` returns it (CONTRACT.md §3). */
interface Summary {
  id: string;
  headline: string | null;
  provider: string | null;
  bylines: { name: string }[];
  firstCreated: string | null;
  versionCreated: string | null;
  score?: number;
}

const defaultIo: SearchIo = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

/** `newswire search QUERY [filters] [--json] [--stack NAME]`: exit 0, 2 for a bad parameter, 1 when the API cannot be asked. */
export async function runSearch(query: string, opts: SearchOptions, io: SearchIo = defaultIo): Promise<number> {
  let base: string;
  let fetcher: Fetcher;
  if (opts.stack) {
    let outputs: Record<string, string>;
    try {
      outputs = await (io.outputs ?? stackOutputs)(opts.stack);
    } catch (error) {
      io.err(`error: cannot read the outputs of stack ${opts.stack}: ${(error as Error).message}`);
      return 1;
    }
    if (!outputs.ApiUrl) {
      io.err(`error: stack ${opts.stack} has no ApiUrl output: is it a Newswire stack?`);
      return 1;
    }
    base = outputs.ApiUrl;
    const region = regionOfApiUrl(base) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (!region) {
      io.err(`error: cannot tell the region of ${base}; set AWS_REGION`);
      return 1;
    }
    fetcher = io.fetcher ?? retrying(signedFetcher({ region }));
  } else {
    base = opts.apiUrl ?? httpUrl(LOCAL_HOST, DEFAULT_PORTS.api);
    fetcher = io.fetcher ?? localFetcher;
  }

  const params: Record<string, string> = { q: query };
  for (const name of SEARCH_PARAMS) if (opts[name] !== undefined) params[name] = opts[name]!;
  if (opts.limit !== undefined) params.limit = String(opts.limit);
  const url = apiRequestUrl(base, '/stories', params);

  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    const hint = opts.stack ? '' : ': is `newswire dev` running?';
    io.err(`error: cannot reach the API at ${base}${hint} (${(error as Error).cause ?? (error as Error).message})`);
    return 1;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    io.err(`error: the API answered ${response.status} with something that is not JSON`);
    return 1;
  }
  if (!response.ok) {
    const problem = body as { detail?: string; title?: string; message?: string };
    io.err(`error: ${problem.detail ?? problem.message ?? problem.title ?? `HTTP ${response.status}`}`);
    return response.status === 400 ? 2 : 1;
  }
  if (opts.json) {
    io.out(JSON.stringify(body, null, 2));
    return 0;
  }
  const page = body as { items: Summary[]; nextCursor: string | null };
  io.out(resultsTable(page.items));
  io.out(page.items.length === 0 ? 'no stories match' : `${page.items.length} ${page.items.length === 1 ? 'story' : 'stories'}${page.nextCursor ? ', more match (raise --limit, up to 100)' : ''}`);
  return 0;
}

/** The readable table: headline, provider, time (as filed, with its offset), byline, score, and the id to fetch it by. */
export function resultsTable(items: readonly Summary[]): string {
  const columns = [20, 25, 28, 8, 26]; // provider, time (`2024-10-23 07:34 -04:00`), byline, score, id
  const width = Math.max(120, Math.min(process.stdout.columns ?? 160, 200));
  const headlineWidth = Math.max(24, width - columns.reduce((a, b) => a + b, 0) - columns.length - 2);
  const table = new Table({
    head: ['Headline', 'Provider', 'Time', 'Byline', 'Score', 'Id'],
    colWidths: [headlineWidth, ...columns],
    wordWrap: true,
    style: { head: [], border: [] }, // no colours: the output may be piped or read by a script
  });
  for (const item of items) {
    table.push([
      item.headline ?? '(no headline)',
      item.provider ?? '',
      formatTime(item.versionCreated ?? item.firstCreated),
      item.bylines.map((b) => b.name).join(', '),
      { hAlign: 'right', content: item.score === undefined ? '' : item.score.toFixed(2) },
      item.id,
    ]);
  }
  return table.toString();
}

/** `2024-10-23T07:34:00-04:00` → `2024-10-23 07:34 -04:00`: the time as filed, offset kept. */
function formatTime(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  return match ? `${match[1]} ${match[2]} ${match[3] === 'Z' ? 'UTC' : match[3]}` : iso;
}
