import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSamples } from '../../lib/local/seed.ts';
import { startTestStack, type TestStack } from '../local/helpers.ts';
import { ARTEFACTS, buildDeskForTest, launchChromium } from './browser.ts';

/**
 * The desk in a real browser (issue 15, point 8): Debian's Chromium driven by playwright-core, against the
 * whole local stack with the sample wires and stories of the test's own. Every wait is for a condition,
 * never a sleep; each state is kept as a screenshot in test-results/desk/.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// waits for a condition, bounded: long enough for a machine busy with other work (the axe screen once needed over 20 s so)
const WAIT = { timeout: 45_000 };

let t: TestStack;
let desk: Awaited<ReturnType<typeof buildDeskForTest>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

/** A text wire of our own, filed `minutesAgo` before now (so that it tops the wire). */
function wire(opts: { headline: string; body: string[]; minutesAgo: number; lines?: string[]; place?: string }): string {
  const at = new Date(Date.now() - opts.minutesAgo * 60_000);
  const stamp = `${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 16)} GMT`;
  return [...(opts.lines ?? []), stamp, '', opts.headline, '', `${opts.place ?? 'HALIFAX'} (AP) — ${opts.body[0]}`, '', ...opts.body.slice(1).flatMap((p) => [p, ''])].join('\n');
}

const upload = (key: string, body: string | Buffer) => t.s3.send(new PutObjectCommand({ Bucket: t.stack.bucket, Key: key, Body: body }));

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${t.stack.apiUrl}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Waits until every upload so far has an outcome. */
async function ingested(count: number): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const c = await api<{ stored: number; duplicate: number; rejected: number }>('/uploads/counts');
    if (c.stored + c.duplicate + c.rejected >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${c.stored + c.duplicate + c.rejected} of ${count} uploads have an outcome`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The browser's globals, inside page.evaluate (the tests are type-checked without the DOM library). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Browserish = any;

const shot = (name: string) => page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: false });

const FERRY = { headline: 'Harbour authority opens new ferry terminal', body: ['The harbour authority opened a new ferry terminal on Tuesday, the first in the city for forty years.', 'Officials said the terminal would handle two million passengers a year once the new routes start in the spring.'] };
const QUOKKA = { headline: 'Island rangers count record number of quokkas', body: ['Rangers on the island counted more quokkas than in any survey since counting began, the wildlife service said on Monday.', 'Signs such as x < y && y > z, "quotes" and R&D\'s stay text on the desk.'] };

beforeAll(async () => {
  desk = await buildDeskForTest();
  t = await startTestStack({ deskDir: desk.dir, embargoClockMs: 500 });
  const samples = await seedSamples(t.stack);
  await upload('incoming/desk/ferry.txt', wire({ ...FERRY, minutesAgo: 30 }));
  await upload('incoming/desk/quokka.txt', wire({ ...QUOKKA, minutesAgo: 20, place: 'PERTH, Australia' }));
  await upload('incoming/desk/newest.txt', wire({ headline: 'Lighthouse keepers return to Sable Island', body: ['Two lighthouse keepers returned to Sable Island on Wednesday after a winter on the mainland.', 'The island has had no keeper since the storm.'], minutesAgo: 5 }));
  await ingested(samples.length + 3);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 180_000);

afterAll(async () => {
  // the page's long-poll ends with the browser, before the stack stops
  await browser?.close();
  await t?.dispose();
  await desk?.remove();
});

/** The headlines on the wire, top first. */
const headlines = () => page.locator('.stories > li .headline').allTextContents();

describe('The desk in Chromium', { timeout: 120_000 }, () => {
  it('shows the newest stories first on the wire, as the API lists them, with times in the reader\'s zone', async () => {
    // Prepare
    const newest = await api<{ items: { headline: string | null; versionCreated: string | null }[] }>('/stories?limit=5');

    // Act
    await page.goto(t.stack.deskUrl);
    await page.locator('.stories > li').nth(4).waitFor(WAIT);

    // Assess
    expect((await headlines()).slice(0, 5)).toEqual(newest.items.map((s) => s.headline));
    const ours = (await headlines()).filter((h) => [QUOKKA.headline, FERRY.headline, 'Lighthouse keepers return to Sable Island'].includes(h));
    expect(ours).toEqual(['Lighthouse keepers return to Sable Island', QUOKKA.headline, FERRY.headline]);
    const time = page.locator('.stories > li', { hasText: 'Lighthouse keepers' }).locator('time');
    expect(await time.getAttribute('title')).toMatch(/UTC as filed; shown in Europe\/Berlin/);
    await page.locator('.live.on').waitFor(WAIT);
    await shot('wire');
  });

  it('searches by a rare word and by a phrase, marking the matched words as text', async () => {
    // Act: "/" focuses the search box
    await page.keyboard.press('/');
    await page.keyboard.type('quokkas');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=quokkas$/, WAIT);
    await expect.poll(headlines, WAIT).toEqual([QUOKKA.headline]);
    const marked = await page.locator('.stories .highlights mark').allTextContents();
    await shot('search-word');

    await page.fill('#q', '"new ferry terminal"');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=%22new\+ferry\+terminal%22/, WAIT);
    await expect.poll(async () => (await headlines())[0], WAIT).toBe(FERRY.headline);
    await shot('search-phrase');

    // Assess
    expect(marked.map((m) => m.toLowerCase())).toContain('quokkas');
    expect(await page.locator('.stories mark').first().textContent()).not.toBe('');
  });

  it('keeps the highlights of a search once the live feed has caught up with what the results already show', async () => {
    // Act: a search opened by its address; the feed catches up with every change since the wire began, then goes live
    await page.goto(`${t.stack.deskUrl}?q=quokkas`);
    await expect.poll(headlines, WAIT).toEqual([QUOKKA.headline]);
    await page.locator('.live.on').waitFor(WAIT);

    // Assess: the catch-up put no older summary (without score and highlights) in place of the result
    expect(await headlines()).toEqual([QUOKKA.headline]);
    expect((await page.locator('.stories .highlights mark').allTextContents()).map((m) => m.toLowerCase())).toContain('quokkas');
  });

  it('keeps story text as text, never markup', async () => {
    // Act
    await page.goto(`${t.stack.deskUrl}?q=quokkas`);
    await page.locator('.stories > li > a').first().click();
    await page.locator('.story .body p').nth(1).waitFor(WAIT);
    const id = new URL(page.url()).searchParams.get('story')!;
    const record = await api<{ body: { paragraphs: string[] } }>(`/stories/${id}`);

    // Assess: the paragraph is the record's text, character for character, and holds no element but entity links
    expect(await page.locator('.story .body p').nth(1).textContent()).toBe(record.body.paragraphs[1]);
    expect(record.body.paragraphs[1]).toContain('x < y && y > z');
    expect(await page.locator('.story .body p *:not(a.entity)').count()).toBe(0);
  });

  it('opens a story from a facet, and with the keyboard', async () => {
    // Act: the provider facet narrows the list, j moves, Enter opens
    await page.goto(t.stack.deskUrl);
    await page.locator('.facets a', { hasText: /^Reuters/ }).click();
    await page.waitForURL(/\?provider=Reuters$/, WAIT);
    await expect.poll(async () => new Set(await page.locator('.stories .provider').allTextContents()), WAIT).toEqual(new Set(['Reuters']));
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?provider=Reuters&story=[0-9a-f]{24}$/, WAIT);
    await page.locator('.story h2#story-title').waitFor(WAIT);
    await shot('story');

    // Assess: the URL opens the same screen
    const url = page.url();
    const title = await page.locator('.story h2#story-title').textContent();
    await page.goto(url);
    await expect.poll(() => page.locator('.story h2#story-title').textContent(), WAIT).toBe(title);
    expect(await page.locator('.story .meta a', { hasText: 'Reuters' }).count()).toBe(1);
  });

  it('narrows the list to a person marked in a story, and opens a story from there', async () => {
    // Prepare
    await page.goto(`${t.stack.deskUrl}?q=rooftop`);
    await page.locator('.stories > li > a', { hasText: 'rooftop bars' }).click();
    const person = page.locator('.story .body a.entity-person').first();
    await person.waitFor(WAIT);
    const name = (await person.getAttribute('title'))!.replace(/^person: /, '');

    // Act
    await person.click();
    await page.waitForURL((url) => url.searchParams.get('person') === name && !url.searchParams.has('story'), WAIT);
    await page.locator('.facets .chips', { hasText: name }).waitFor(WAIT);
    await page.locator('.stories > li > a', { hasText: 'rooftop bars' }).click();

    // Assess
    await page.locator('.story h2#story-title', { hasText: 'rooftop bars' }).waitFor(WAIT);
    expect(new URL(page.url()).searchParams.get('person')).toBe(name);
    expect(await page.locator('.story section[aria-labelledby="entities-people"] a', { hasText: name }).count()).toBe(1);
  });

  it('shows a correction arriving while the story is open, with what changed', async () => {
    // Prepare
    await page.goto(`${t.stack.deskUrl}?q=${encodeURIComponent('"new ferry terminal"')}`);
    await page.locator('.stories > li > a').first().click();
    await page.locator('.story h2#story-title', { hasText: FERRY.headline }).waitFor(WAIT);

    // Act: the provider corrects the story while the page is open
    await upload('incoming/desk/ferry.txt', wire({ ...FERRY, minutesAgo: 10, lines: ['Eds: CORRECTS years since the last terminal in 1st graf'], body: [FERRY.body[0]!.replace('forty', 'fifty'), FERRY.body[1]!] }));

    // Assess
    await page.locator('.story .body p', { hasText: 'fifty years' }).waitFor(WAIT);
    await page.locator('.story .meta .mark-correction').waitFor(WAIT);
    await expect.poll(() => page.locator('.timeline li').count(), WAIT).toBe(2);
    await page.locator('.diff ins', { hasText: 'fifty' }).waitFor(WAIT);
    expect(await page.locator('.diff del').allTextContents()).toContain('forty');
    await page.locator('.diff').scrollIntoViewIfNeeded();
    await shot('correction');
  });

  it('turns an open story into a notice when it is killed', async () => {
    // Act
    await upload('incoming/desk/ferry.txt', wire({ ...FERRY, minutesAgo: 1, lines: ['KILL KILL KILL', 'Eds: The story is withdrawn. There will be no substitute.'] }));

    // Assess
    await page.locator('.story .notice.killed').waitFor(WAIT);
    expect(await page.locator('.story .body').count()).toBe(0);
    await shot('killed');
  });

  it('uploads files dropped on the page and shows what became of each', async () => {
    // Prepare
    await page.goto(`${t.stack.deskUrl}?view=uploads`);
    await page.locator('.dropzone').waitFor(WAIT);
    const story = wire({ headline: 'Dropped story reaches the wire', body: ['A story dropped on the desk reached the wire within seconds, the desk said.', 'It was the first of the day.'], minutesAgo: 2 });

    // Act: a drop, as the browser delivers it, of a wire and of a binary file
    const files = await page.evaluateHandle(([text]) => {
      const { DataTransfer, File } = globalThis as Browserish;
      const data = new DataTransfer();
      data.items.add(new File([text!], 'dropped story.txt', { type: 'text/plain' }));
      data.items.add(new File([new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7])], 'image.bin', { type: 'application/octet-stream' }));
      return data;
    }, [story]);
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: files });

    // Assess
    await page.locator('.sent li', { hasText: 'dropped story.txt' }).locator('.status-stored').waitFor(WAIT);
    await page.locator('.sent li', { hasText: 'image.bin' }).locator('.status-rejected').waitFor(WAIT);
    expect(await page.locator('.sent li', { hasText: 'image.bin' }).textContent()).toMatch(/binary:/);
    const key = await page.locator('.sent li', { hasText: 'dropped story.txt' }).getAttribute('data-key');
    expect(key).toMatch(/^incoming\/\d{4}-\d{2}-\d{2}\/[0-9a-f-]{36}-dropped-story.txt$/);
    await page.locator('.outcomes tr', { hasText: 'image.bin' }).waitFor(WAIT);
    await page.locator('#queue-title + p', { hasText: 'dead letters' }).waitFor(WAIT);
    await shot('uploads');
  });

  it('puts a story stored while the wire is open in its place on it, marked new', async () => {
    // Prepare
    await page.goto(t.stack.deskUrl);
    await page.locator('.live.on').waitFor(WAIT);

    // Act
    await upload('incoming/desk/breaking.txt', wire({ headline: 'Breaking: harbour bridge reopens', body: ['The harbour bridge reopened on Wednesday after repairs.', 'Traffic was light.'], minutesAgo: 0 }));

    // Assess: where the API lists it (newest first by story time), without a reload
    const item = page.locator('.stories > li', { hasText: 'Breaking: harbour bridge reopens' });
    await item.locator('.mark-new').waitFor(WAIT);
    const listed = await api<{ items: { headline: string | null }[] }>('/stories?limit=50');
    expect((await headlines()).indexOf('Breaking: harbour bridge reopens')).toBe(listed.items.findIndex((s) => s.headline === 'Breaking: harbour bridge reopens'));
  });

  it('has no serious or critical accessibility violation (axe-core) on any screen', async () => {
    // axe is injected into a context that lets it run despite the page's CSP; the page is the same
    const axeContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const axePage = await axeContext.newPage();
    const story = (await api<{ items: { id: string }[] }>('/stories?limit=1')).items[0]!.id;
    const found: string[] = [];
    try {
      for (const [screen, ready] of [['', '.stories > li'], ['?q=quokkas', '.highlights mark'], [`?story=${story}`, '.story h2#story-title'], ['?view=uploads', '.outcomes tbody tr']] as const) {
        await axePage.goto(`${t.stack.deskUrl}${screen}`);
        await axePage.locator(ready).first().waitFor(WAIT);
        await axePage.addScriptTag({ content: AXE_SOURCE });
        const violations = await axePage.evaluate(async () => {
          const { axe, document } = globalThis as Browserish;
          const result: { violations: { id: string; impact: string | null; nodes: unknown[] }[] } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${screen || 'wire'}: ${v.id} (${v.impact}, ${v.nodes} nodes)`));
      }
    } finally {
      await axeContext.close();
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
