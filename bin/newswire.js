#!/usr/bin/env node
// The `newswire` command. Runs bin/newswire.ts under tsx, with OpenSSL's legacy provider loaded:
// s3rver (the local S3) encrypts listing continuation tokens with DES, which OpenSSL 3 only has there
// (research/local-emulators.md). Ctrl-C reaches both processes; this one waits for the child to finish.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./newswire.ts', import.meta.url));
const args = ['--openssl-legacy-provider', '--import', import.meta.resolve('tsx'), entry, ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
