import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runParse } from '../../lib/cli/parse.ts';
import { storyRecordSchema } from '../../lambdas/story/index.ts';
import { withoutEntities } from '../wire/fixtures.ts';

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
    // Entity lists are the entity extractor's, tested with it.
    expect(withoutEntities(JSON.parse(result.stdout))).toEqual(withoutEntities(JSON.parse(readFileSync(join(EXPECTED, 'ap-allcaps-sports-writer.json'), 'utf8'))));
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
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
    ['XML of no known vocabulary', 'story.xml', '<?xml version="1.0"?><rss><channel/></rss>', 'unknown-format'],
    ['NITF without story text', 'story.xml', '<?xml version="1.0"?><nitf/>', 'no-body'],
    ['XML with an entity declaration', 'bomb.xml', '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaa">]><nitf>&a;</nitf>', 'unsafe-xml'],
    ['broken XML', 'broken.xml', '<?xml version="1.0"?><nitf><body></nitf>', 'malformed'],
    ['AP Media metadata without its text', 'ap.json', '{"api_version":"2","data":{"item":{"altids":{"itemid":"x"},"type":"text"}}}', 'no-body'],
    ['a byline without a story', 'byline.txt', 'By Jane Roe, Associated Press\n', 'no-body'],
    ['a stray file of one word', 'stray.txt', 'AAAAAAAAAA\n', 'no-body'],
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

  it('prints the ninjs 3.1 document with --ninjs and exits 0', async () => {
    // Act
    const result = await run(join(WIRES, 'nitf/ap-nitf-namespace-kansas.xml'), true);

    // Assess
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({ type: 'text', version: '2.1', headlines: [{ role: 'main', value: 'Kansas town votes to reopen its freight rail spur' }] });
    expect(doc.uri).toMatch(/^urn:newswire:story:[0-9a-f]{24}$/);
  });

  it('prints the first story of a file of several', async () => {
    // Act
    const result = await run(join(WIRES, 'newsml-g2/stt-g2-newsmessage-two-stories.xml'));

    // Assess
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).headline).toBe('Tampere tram extension opens to passengers');
  });
});
