import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const NEWSWIRE = new URL('../../bin/newswire.js', import.meta.url).pathname;
const WIRE = new URL('../fixtures/wires/ap-bom-seoul.txt', import.meta.url).pathname;
const FINNISH = new URL('../fixtures/agencies/stt.txt', import.meta.url).pathname;

/**
 * The installed command as users run it: bin/newswire.js starts the build in dist/cli/ (made by npm ci's
 * prepare, rebuilt when a source is newer), without compiling TypeScript (issue 10). Its start time is
 * the bench's; here it must simply work.
 */
describe('Command: newswire (the launcher and its build)', () => {
  it('parses a file from the build and prints the record', async () => {
    // Act
    const { stdout } = await run(process.execPath, [NEWSWIRE, 'parse', WIRE]);

    // Assess
    expect(JSON.parse(stdout)).toMatchObject({ format: 'text', provider: 'Associated Press' });
  });

  it('detects the language of copy that is not English from the build, loading franc on first use', async () => {
    // Act
    const { stdout } = await run(process.execPath, [NEWSWIRE, 'parse', FINNISH]);

    // Assess
    expect(JSON.parse(stdout)).toMatchObject({ language: 'fi' });
  });

  it('exits 2 with one line on stderr for a file it will not accept', async () => {
    // Act
    const failure = await run(process.execPath, [NEWSWIRE, 'parse', NEWSWIRE.replace(/newswire\.js$/, 'no-such-file')]).catch((error: { code: number; stderr: string }) => error);

    // Assess
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/^error: /);
  });

  it('lists every command in its help', async () => {
    // Act
    const { stdout } = await run(process.execPath, [NEWSWIRE, '--help']);

    // Assess
    for (const command of ['parse', 'dev', 'ingest', 'search', 'status', 'redrive', 'reindex']) expect(stdout).toContain(command);
  });
});
