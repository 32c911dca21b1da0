#!/usr/bin/env node
// Builds the desk page (desk/, issue 15) into dist/desk/: index.html, desk.js and desk.css, everything bundled
// (no CDN), minified. npm ci runs it (npm's `prepare`); the local stack serves the folder at /desk/, the cloud
// stack deploys it behind CloudFront. Written to a temporary folder and renamed into place, so that a page being
// served never sees half a build.
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DESK_SRC = join(ROOT, 'desk');
export const DESK_OUT = join(ROOT, 'dist', 'desk');

/** Builds the page into `outDir`; the gzipped sizes of its script and style sheet. */
export async function buildDesk(outDir = DESK_OUT) {
  const { build } = await import('esbuild');
  const temp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(temp, { recursive: true });
  try {
    await build({
      entryPoints: { desk: join(DESK_SRC, 'src', 'main.tsx'), 'desk-style': join(DESK_SRC, 'src', 'style.css') },
      outdir: temp,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['chrome110', 'firefox115', 'safari16'],
      minify: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
      tsconfig: join(DESK_SRC, 'tsconfig.json'),
    });
    await rename(join(temp, 'desk-style.css'), join(temp, 'desk.css'));
    await copyFile(join(DESK_SRC, 'index.html'), join(temp, 'index.html'));
    await rm(outDir, { recursive: true, force: true });
    await rename(temp, outDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return deskBundleSizes(outDir);
}

/** The desk's JavaScript and CSS as served, raw and gzipped (CONTRACT.md §5 `deskBundleBytes`: the gzipped sum). */
export function deskBundleSizes(outDir = DESK_OUT) {
  const sizes = {};
  for (const name of ['desk.js', 'desk.css']) {
    const bytes = readFileSync(join(outDir, name));
    sizes[name] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return { ...sizes, gzipTotal: sizes['desk.js'].gzip + sizes['desk.css'].gzip };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildDesk();
  console.log(`desk: dist/desk/ (js ${sizes['desk.js'].gzip} B, css ${sizes['desk.css'].gzip} B gzipped)`);
}
