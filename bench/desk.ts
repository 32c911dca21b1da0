import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDesk } from '../bin/build-desk.mjs';
import { createClients } from '../lambdas/store/all-clients.ts';
import { bulkLoadStories } from '../lambdas/store/index.ts';
import { startLocalStack } from '../lib/local/stack.ts';
import { CHROMIUM } from '../test/desk/browser.ts';
import { searchCorpus } from './corpus.ts';
import { percentile, round } from './stats.ts';

export interface DeskBench {
  /** The desk's JavaScript and CSS, gzipped (CONTRACT.md §5). */
  readonly deskBundleBytes: number;
  /** Navigation to the first 20 stories on screen, median of the loads; null without Chromium. */
  readonly deskFirstListMs: number | null;
  readonly deskFirstListP95Ms: number | null;
  readonly deskStories: number;
  readonly deskLoadSeconds: number;
}

/**
 * The desk (issue 15): its bundle size, and the time from navigating to `/desk/` to the first list on screen, in
 * Debian's Chromium, over a table of `stories` stories. The stories are short (their first sentence), written
 * straight into the table with `bulkLoadStories`: the wire's first list reads the listing and the feed, which
 * hold every story whatever its length, while full-length stories would take the search bench's three minutes
 * to load again.
 */
export async function benchDesk(opts: { stories?: number; loads?: number } = {}): Promise<DeskBench> {
  const count = opts.stories ?? 10_000;
  const parent = await mkdtemp(join(tmpdir(), 'newswire-bench-desk-'));
  const deskDir = join(parent, 'desk');
  const sizes = await buildDesk(deskDir);
  const stack = await startLocalStack({ dataDir: join(parent, 'data'), deskDir });
  try {
    const started = performance.now();
    const corpus = searchCorpus(count, 5);
    await bulkLoadStories(stack.config, createClients(stack.config), corpus.map(({ record, receivedAt }, i) => {
      const first = record.body.paragraphs[0] ?? '';
      const short = { ...record, body: { paragraphs: [first.split('. ')[0]!], wordCount: 20 }, people: [], organisations: [], places: [], quotes: [] };
      return { record: short, upload: { key: record.source.key!, etag: `desk-${i}`, versionId: null, sequencer: i.toString(16).padStart(12, '0'), size: 0, receivedAt } };
    }));
    const deskLoadSeconds = round((performance.now() - started) / 1000, 1);
    if (!existsSync(CHROMIUM)) return { deskBundleBytes: sizes.gzipTotal, deskFirstListMs: null, deskFirstListP95Ms: null, deskStories: count, deskLoadSeconds };

    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    const times: number[] = [];
    try {
      for (let i = 0; i < (opts.loads ?? 7); i++) {
        // a fresh context each time: nothing cached, as a reader's first visit
        const context = await browser.newContext();
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(stack.deskUrl);
        await page.locator('.stories > li').nth(19).waitFor({ timeout: 30_000 });
        if (i > 0) times.push(performance.now() - t0); // the first load warms the API and the browser up
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return {
      deskBundleBytes: sizes.gzipTotal,
      deskFirstListMs: round(percentile(times, 50), 0),
      deskFirstListP95Ms: round(percentile(times, 95), 0),
      deskStories: count,
      deskLoadSeconds,
    };
  } finally {
    await stack.stop();
    await rm(parent, { recursive: true, force: true });
  }
}
