import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it): nothing downloads a browser. */
export const CHROMIUM = process.env.NEWSWIRE_CHROMIUM ?? '/usr/bin/chromium';

/** Where the screenshots of the desk's states are kept (gitignored). */
export const ARTEFACTS = join(process.cwd(), 'test-results', 'desk');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  await mkdir(ARTEFACTS, { recursive: true });
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** The desk built into a folder of the test's own (bin/build-desk.mjs), so that no other run can replace it mid-test. */
export async function buildDeskForTest(): Promise<{ dir: string; sizes: { gzipTotal: number }; remove(): Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'newswire-desk-'));
  const dir = join(parent, 'desk');
  const { buildDesk } = await import('../../bin/build-desk.mjs');
  const sizes = await buildDesk(dir);
  return { dir, sizes, remove: () => rm(parent, { recursive: true, force: true }) };
}
