import { execFileSync } from 'node:child_process';
import { median, round } from './stats.ts';

const NEWSWIRE = new URL('../bin/newswire.js', import.meta.url).pathname;
const WIRE = new URL('../test/fixtures/wires/ap-washington-two-bylines.txt', import.meta.url).pathname;

/** Wall time of one command, a fresh process each time: median of `runs`. */
function wallMs(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return round(median(times), 0);
}

/** `newswire parse` of a story from a fresh process, against a bare `node -e 0` (issue 10: within about 6×). */
export function benchCliStart(runs = 7): { cliParseMs: number; nodeBareMs: number } {
  wallMs([NEWSWIRE, '--help'], 1); // builds dist/cli if a source is newer
  return { cliParseMs: wallMs([NEWSWIRE, 'parse', WIRE], runs), nodeBareMs: wallMs(['-e', '0'], runs) };
}
