import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStory } from '../lambdas/ingest/parse-story.ts';
import { syntheticStories } from './corpus.ts';
import { percentile, round } from './stats.ts';

const FIXTURES = new URL('../test/fixtures/wires/', import.meta.url).pathname;

/** The bench corpus: every fixture wire of 2–10 KB, plus synthetic stories to make up the numbers. */
export function parseCorpus(): { name: string; bytes: Uint8Array }[] {
  const fixtures = readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({ name: entry.name, bytes: new Uint8Array(readFileSync(join(entry.parentPath, entry.name))) }))
    .filter(({ bytes }) => bytes.byteLength >= 2048 && bytes.byteLength <= 10240);
  const synthetic = syntheticStories(40, 7).map((s) => ({ name: s.name, bytes: new TextEncoder().encode(s.text) }));
  return [...fixtures, ...synthetic];
}

/** sniff → decode → parse → extract of one story, warm, on this one core. */
export async function benchParse(iterations = 3000): Promise<{ parseMedianMs: number; parseP99Ms: number; parseStoriesPerSecond: number; corpusSize: number }> {
  const corpus: { name: string; bytes: Uint8Array }[] = [];
  for (const entry of parseCorpus()) {
    try {
      await parseStory(entry.bytes, { key: null });
      corpus.push(entry);
    } catch {
      // a fixture that is rejected on purpose measures nothing here
    }
  }
  for (let i = 0; i < 500; i++) await parseStory(corpus[i % corpus.length]!.bytes, { key: `warm/${i}` });
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await parseStory(corpus[i % corpus.length]!.bytes, { key: `bench/${i}` });
    times.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  return {
    parseMedianMs: round(percentile(times, 50), 3),
    parseP99Ms: round(percentile(times, 99), 3),
    parseStoriesPerSecond: Math.round((iterations / total) * 1000),
    corpusSize: corpus.length,
  };
}
