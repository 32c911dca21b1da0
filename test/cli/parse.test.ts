import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runParse } from '../../lib/cli/parse.ts';
import { storyRecordSchema } from '../../lambdas/story/index.ts';

const WIRES = new URL('../fixtures/wires/', import.meta.url).pathname;
const EXPECTED = new URL('../fixtures/expected/', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'newswire-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function run(file: string, ninjs = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runParse(file, { ninjs }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function scratchFile(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

describe('Command: newswire parse', () => {
  it('prints the record as 2-space JSON and exits 0', async () => {
    // Act
    const result = await run(join(WIRES, 'ap-allcaps-sports-writer.txt'));

    // Assess
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(readFileSync(join(EXPECTED, 'ap-allcaps-sports-writer.json'), 'utf8'));
    expect(storyRecordSchema.safeParse(JSON.parse(result.stdout)).success).toBe(true);
    expect(result.stdout).toMatch(/^\{\n {2}"id": /);
  });

  it('records no upload key for a parsed file', async () => {
    // Act
    const result = await run(join(WIRES, 'ap-bom-seoul.txt'));

    // Assess
    expect(JSON.parse(result.stdout).source.key).toBeNull();
  });

  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(), 'empty'],
    ['whitespace', 'blank.txt', ' \n\r\n\t', 'empty'],
    ['a PNG image', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['XML while no XML parser exists', 'story.xml', '<?xml version="1.0"?><nitf/>', 'unknown-format'],
    ['a byline without a story', 'byline.txt', 'By Jane Roe, Associated Press\n', 'no-body'],
  ])('rejects %s with exit 2 and one line "error: CODE: message"', async (_what, name, bytes, code) => {
    // Prepare
    const file = scratchFile(name, bytes);

    // Act
    const result = await run(file);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^error: ${code}: [^\\n]+\\n$`));
  });

  it('reports a missing file as not-found with exit 2', async () => {
    // Prepare
    const file = join(scratch, 'nope.txt');

    // Act
    const result = await run(file);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: not-found: cannot read ${file}: no such file\n`);
  });

  it('reports a folder as unreadable with exit 2', async () => {
    // Act
    const result = await run(scratch);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: unreadable: cannot read ${scratch}: it is a folder\n`);
  });

  it('says --ninjs is not available yet and exits 1', async () => {
    // Act
    const result = await run(join(WIRES, 'ap-bom-seoul.txt'), true);

    // Assess
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'error: --ninjs is not available yet\n' });
  });
});
