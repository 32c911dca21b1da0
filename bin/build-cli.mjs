#!/usr/bin/env node
// Builds the `newswire` command into dist/cli/ (npm's `prepare`, so `npm ci` does it; bin/newswire.js
// rebuilds it when a source is newer). One ES module per command, split where bin/newswire.ts imports
// a command's code, packages left to node_modules: a command starts without compiling TypeScript and
// loads only what it uses (issue 10: `newswire parse` within a few times a bare `node -e 0`).
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist', 'cli');
export const ENTRY = join(ROOT, 'bin', 'newswire.ts');
/** Where the command's sources live: a file here newer than the build makes it stale. */
const SOURCES = ['bin', 'lib', 'lambdas'];

/** The newest modification time of a TypeScript source the command is built from. */
export async function newestSource() {
  let newest = 0;
  for (const dir of SOURCES) {
    for (const entry of await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { newswire: ENTRY },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // `require` for the packages loaded on first use (franc, by language detection), as the Lambda bundles have it
    banner: { js: "import { createRequire as __newswireCreateRequire } from 'node:module'; const require = __newswireCreateRequire(import.meta.url);" },
    outExtension: { '.js': '.mjs' },
    // chunks beside the entry, two folders down like lib/local/: paths made from import.meta.url (the seed
    // wires in test/fixtures/) resolve the same from the build as from the sources
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
