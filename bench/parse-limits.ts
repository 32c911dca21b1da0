import { parseStories } from '../lambdas/ingest/parse-story.ts';
import { RejectionError } from '../lambdas/story/index.ts';
import { syntheticStories } from './corpus.ts';
import { median, round } from './stats.ts';

/**
 * Parse time at the edges (issue 10): an ordinary story of 5 MB (the size limit), and a set of
 * adversarial 100 KB texts built to find super-linear stages: long capitalised runs, no punctuation, one
 * giant paragraph, thousands of quotes, names, acronyms, "of" chains, markup of every format. Each is
 * parsed warm; the figure is the slowest of the set.
 */

const SIZE = 100 * 1024;
const GREEK = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau';

const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const numbered = (make: (i: number) => string, size = SIZE): string => {
  let out = '';
  for (let i = 0; out.length < size; i++) out += make(i);
  return out;
};

/** name → a file's text (or bytes) of about 100 KB. */
export const ADVERSARIAL: Readonly<Record<string, () => string>> = {
  'capitalised run, no punctuation': () => `WASHINGTON (AP) — ${fill(`${GREEK} `)}`,
  'capitalised sentences in one paragraph': () => `WASHINGTON (AP) — ${fill(`${GREEK}. `)}`,
  'lower-case words, no punctuation': () => `Storm\n\n${fill('word after word ')}`,
  'one giant paragraph of prose': () => `Storm\n\n${fill('The minister said the talks in Geneva would resume on Monday, officials said. ')}`,
  'thousands of quotes': () => `Storm\n\n${fill('“Hello there,” said John Smith. “We go on,” he added. ')}`,
  'thousands of unclosed quotes': () => `Storm\n\n${fill('“Hello there, said John Smith. ')}`,
  'thousands of names': () => `Storm\n\n${numbered((i) => `Minister Amara Okafor${i} met Kenji Tanaka${i} and Priya Raman${i} in Geneva. `)}`,
  'thousands of titled names in one sentence': () => `Storm\n\n${numbered((i) => `Deputy Foreign Minister Tomasz Nowak${i}, `)} said.`,
  'a list of names joined by commas': () => `Storm\n\n${fill('Kirby, ')} said.`,
  '"of" chains': () => `Storm\n\n${fill('Bank of ')}`,
  'acronyms and parentheses': () => `Storm\n\n${numbered((i) => `the National Intelligence Service${i} (NIS${i % 100}) and `)}`,
  'one line per sentence': () => fill('The minister spoke in Rome.\n'),
  'dateline-like lines': () => fill('WASHINGTON (AP) — \n'),
  'byline-like lines': () => fill('By John Smith and Jane Roe, Associated Press\n'),
  'credit-like lines': () => `Storm\n\n${fill('Associated Press writers Kim Tong-hyung in Seoul and Iliya Novikov in Kyiv contributed to this report. ')}`,
  'NITF with thousands of paragraphs': () => `<?xml version="1.0"?><nitf><body><body.content>${'<p>Officials in Geneva said talks would resume, “soon,” said Ana Ruiz.</p>'.repeat(SIZE / 80)}</body.content></body></nitf>`,
  'NITF with deep inline markup': () => `<?xml version="1.0"?><nitf><body><body.content><p>${'<em>'.repeat(60)}${fill('Word ', SIZE - 1000)}${'</em>'.repeat(60)}</p></body.content></body></nitf>`,
  'ninjs HTML with unclosed tags': () => JSON.stringify({ uri: 'urn:x', bodies: [{ role: 'main', contentType: 'text/html', value: fill('<p><b>Ana Ruiz said “go” ') }] }),
  'HTML mail of headings never closed': () => `From: LSM English <english@lsm.lv>\r\nSubject: Storm\r\nDate: Tue, 4 Nov 2025 09:20:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body>${fill('<h1>Riga ')}</body></html>\r\n`,
  'a signature line of spaces before a tag': () => `Storm\n\nThe minister spoke in Rome on Monday about the talks, officials said.\n\nAiga Ozoliņa${' '.repeat(SIZE - 200)}(LETA)\n`,
  'dashes after capitals': () => `Storm\n\n${fill('NATO.- U.S.-backed EU.-Mercosur ')}`,
};

export interface ParseLimits {
  readonly parseLargeMBps: number;
  readonly parseLargeMs: number;
  readonly parseWorstCaseMs: number;
  readonly parseWorstCase: string;
  readonly adversarial: readonly { name: string; ms: number; outcome: string }[];
}

/** An ordinary story of `bytes` bytes: synthetic AP paragraphs, one story, as a long feature or a dump would be. */
export function largeStory(bytes = 5 * 1024 * 1024 - 1024): Uint8Array {
  const parts: string[] = [];
  let size = 0;
  for (const story of syntheticStories(4000, 11)) {
    const body = story.text.split('\n').slice(2, -3).join('\n\n');
    if (size + body.length + 2 > bytes) break;
    parts.push(body);
    size += body.length + 2;
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}

async function timed(bytes: Uint8Array, runs: number): Promise<{ ms: number; outcome: string }> {
  const times: number[] = [];
  let outcome = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    try {
      outcome = `${(await parseStories(bytes, { key: null })).length} record(s)`;
    } catch (error) {
      if (!(error instanceof RejectionError)) throw error;
      outcome = `rejected ${error.code}`;
    }
    times.push(performance.now() - t0);
  }
  return { ms: median(times), outcome };
}

export async function benchParseLimits(): Promise<ParseLimits> {
  const large = largeStory();
  await timed(large, 1); // warm
  const { ms: parseLargeMs } = await timed(large, 3);
  const adversarial: { name: string; ms: number; outcome: string }[] = [];
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const bytes = new TextEncoder().encode(make());
    await timed(bytes, 1); // warm
    adversarial.push({ name, ...(await timed(bytes, 3)) });
  }
  const worst = adversarial.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    parseLargeMBps: round(large.byteLength / 2 ** 20 / (parseLargeMs / 1000), 2),
    parseLargeMs: round(parseLargeMs, 0),
    parseWorstCaseMs: round(worst.ms, 0),
    parseWorstCase: worst.name,
    adversarial: adversarial.map((a) => ({ ...a, ms: round(a.ms, 1) })),
  };
}
