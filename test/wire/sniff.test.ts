import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../lambdas/story/index.ts';
import { MAX_WIRE_BYTES } from '../../lambdas/wire/constants.ts';
import { decode } from '../../lambdas/wire/decode.ts';
import { headOf, sniffBytes, sniffText } from '../../lambdas/wire/sniff.ts';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function rejection(run: () => void): RejectionError {
  try {
    run();
  } catch (error) {
    if (error instanceof RejectionError) return error;
    throw error;
  }
  throw new Error('expected a RejectionError');
}

describe('Function: sniffBytes', () => {
  it('rejects zero bytes as empty', () => {
    // Act
    const error = rejection(() => sniffBytes(new Uint8Array()));

    // Assess
    expect(error.code).toBe('empty');
  });

  it('rejects ASCII whitespace only as empty', () => {
    // Act
    const error = rejection(() => sniffBytes(ascii(' \r\n\t \n')));

    // Assess
    expect(error.code).toBe('empty');
  });

  it('rejects a file over the limit as too-large without reading it', () => {
    // Prepare
    const bytes = new Uint8Array(MAX_WIRE_BYTES + 1).fill(0x41);

    // Act
    const error = rejection(() => sniffBytes(bytes));

    // Assess
    expect(error.code).toBe('too-large');
    expect(error.message).toContain(String(MAX_WIRE_BYTES));
  });

  it('accepts a file of exactly the limit', () => {
    // Prepare
    const bytes = new Uint8Array(MAX_WIRE_BYTES).fill(0x41);

    // Act & Assess
    expect(() => sniffBytes(bytes)).not.toThrow();
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG'],
    ['PDF', [...ascii('%PDF-1.7\n')], 'PDF'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'ZIP'],
    ['GIF', [...ascii('GIF89a')], 'GIF'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'JPEG'],
  ])('rejects a %s file as binary and names it', (_name, bytes, named) => {
    // Act
    const error = rejection(() => sniffBytes(new Uint8Array([...bytes, ...ascii(' some trailing text')])));

    // Assess
    expect(error.code).toBe('binary');
    expect(error.message).toContain(named);
  });

  it('rejects a NUL byte as binary', () => {
    // Act
    const error = rejection(() => sniffBytes(ascii('WASHINGTON (AP) \u0000 text')));

    // Assess
    expect(error.code).toBe('binary');
  });

  it('rejects a NUL byte far after the sniffed head as binary, saying where', () => {
    // Act
    const error = rejection(() => sniffBytes(ascii(`${'WASHINGTON (AP) — text. '.repeat(1000)}\u0000 more text`)));

    // Assess
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/NUL byte \(at byte 26000\)/);
  });

  it('leaves UTF-16 told by its XML declaration, without a byte order mark, to the text check', () => {
    // Prepare
    const le = new Uint8Array([...'<?xml version="1.0" encoding="UTF-16"?><a/>'].flatMap((c) => [c.charCodeAt(0), 0]));

    // Act & Assess
    expect(() => sniffBytes(le)).not.toThrow();
  });

  it('rejects mostly control bytes as binary', () => {
    // Prepare
    const bytes = new Uint8Array(100).map((_, i) => (i % 3 === 0 ? 0x41 : 0x07));

    // Act
    const error = rejection(() => sniffBytes(bytes));

    // Assess
    expect(error.code).toBe('binary');
  });

  it('accepts the few framing bytes of an ANPA header', () => {
    // Prepare
    const bytes = new Uint8Array([0x16, 0x16, 0x01, ...ascii('W2607 asian\nBC-US--Ethanol, 1st Ld-Writethru\n'.repeat(3))]);

    // Act & Assess
    expect(() => sniffBytes(bytes)).not.toThrow();
  });

  it('leaves UTF-16 with a byte order mark to the text check', () => {
    // Prepare
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);

    // Act & Assess
    expect(() => sniffBytes(bytes)).not.toThrow();
  });
});

describe('Function: sniffText', () => {
  it('rejects Unicode whitespace only as empty', () => {
    // Prepare
    const withBom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('\u00a0\n\u2003')]));
    const nbsp = decode(ascii('\u00a0 \u2003\n'));

    // Act & Assess
    expect(rejection(() => sniffText(withBom)).code).toBe('empty');
    expect(rejection(() => sniffText(nbsp)).code).toBe('empty');
  });

  it('rejects a byte order mark alone as empty', () => {
    // Act
    const error = rejection(() => sniffText(decode(new Uint8Array([0xef, 0xbb, 0xbf]))));

    // Assess
    expect(error.code).toBe('empty');
  });

  it('rejects UTF-16 that decodes to control characters as binary', () => {
    // Prepare
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from({ length: 40 }, (_, i) => [i % 2 ? 0x41 : 0x02, 0x00]).flat()]);

    // Act
    const error = rejection(() => sniffText(decode(bytes)));

    // Assess
    expect(error.code).toBe('binary');
  });
});

describe('Function: headOf', () => {
  it('gives detectors the start of the file, raw and decoded', () => {
    // Prepare
    const bytes = ascii(`By Jane Doe\n${'x'.repeat(10_000)}`);

    // Act
    const head = headOf(bytes, decode(bytes));

    // Assess
    expect(head.size).toBe(bytes.length);
    expect(head.bytes.length).toBe(64);
    expect(head.text.startsWith('By Jane Doe\n')).toBe(true);
    expect(head.text.length).toBe(4096);
    expect(head.encoding).toBe('UTF-8');
  });
});
