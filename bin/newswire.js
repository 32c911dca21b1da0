#!/usr/bin/env node
// The `newswire` command: runs the build in dist/cli/ (bin/build-cli.mjs, made by `npm ci`), rebuilding it
// first when a source is newer. `dev` runs in a child process with OpenSSL's legacy provider loaded:
// s3rver (the local S3) encrypts listing continuation tokens with DES, which OpenSSL 3 only has there
// (research/local-emulators.md); Ctrl-C reaches both processes, and this one waits for the child.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli, newestSource, OUT_DIR } from './build-cli.mjs';

const bundle = join(OUT_DIR, 'newswire.mjs');
const builtAt = (() => {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return 0;
  }
})();
if (builtAt < (await newestSource())) await buildCli();

const legacyProvider = process.execArgv.includes('--openssl-legacy-provider') || (process.env.NODE_OPTIONS ?? '').includes('--openssl-legacy-provider');
if (process.argv[2] === 'dev' && !legacyProvider) {
  const child = spawn(process.execPath, ['--openssl-legacy-provider', bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
  });
} else {
  await import(pathToFileURL(bundle).href);
}
