import { describe, expect, it } from 'vitest';
import { byteOrderMark, decode } from '../../lambdas/wire/decode.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('Function: decode', () => {
  it('reads UTF-8 without a byte order mark', () => {
    // Act
    const input = decode(new Uint8Array(utf8('SEOUL, South Korea (AP) — “fair game”')));

    // Assess
    expect(input).toEqual({ text: 'SEOUL, South Korea (AP) — “fair game”', encoding: 'UTF-8', bom: false });
  });

  it('drops a UTF-8 byte order mark and records it', () => {
    // Act
    const input = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv')]));

    // Assess
    expect(input).toEqual({ text: 'Kyiv', encoding: 'UTF-8', bom: true });
  });

  it('reads UTF-16LE and UTF-16BE with a byte order mark', () => {
    // Prepare
    const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x1c, 0x20, 0x69, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x20, 0x1c, 0x00, 0x69]);

    // Act & Assess
    expect(decode(le)).toEqual({ text: 'K“i', encoding: 'UTF-16LE', bom: true });
    expect(decode(be)).toEqual({ text: 'K“i', encoding: 'UTF-16BE', bom: true });
  });

  it('falls back to windows-1252 for bytes that are not UTF-8, curly quotes included', () => {
    // Prepare: “Café” — in windows-1252
    const bytes = new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x97, 0x20, 0x80, 0x92]);

    // Act
    const input = decode(bytes);

    // Assess
    expect(input).toEqual({ text: '“Café” — €’', encoding: 'windows-1252', bom: false });
  });

  it('normalises CRLF and CR line endings to LF', () => {
    // Act
    const input = decode(new Uint8Array(utf8('one\r\ntwo\rthree\n')));

    // Assess
    expect(input.text).toBe('one\ntwo\nthree\n');
  });

  it('honours an XML declaration that names iso-8859-1', () => {
    // Prepare
    const bytes = new Uint8Array([...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><p>'), 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, ...utf8('</p>')]);

    // Act
    const input = decode(bytes);

    // Assess
    expect(input.encoding).toBe('ISO-8859-1');
    expect(input.text).toContain('<p>Müller</p>');
  });

  it('reads an XML declaration of utf8 as UTF-8', () => {
    // Act
    const input = decode(new Uint8Array(utf8("<?xml version='1.0' encoding='utf8'?><p>Zürich</p>")));

    // Assess
    expect(input.encoding).toBe('UTF-8');
    expect(input.text).toContain('Zürich');
  });
});

describe('Function: byteOrderMark', () => {
  it('finds no mark in plain ASCII', () => {
    // Act & Assess
    expect(byteOrderMark(new Uint8Array(utf8('By')))).toBeUndefined();
  });
});

describe('Function: decode, declarations and legacy bytes', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

  it('reads the non-IANA label utf8 (Reuters) as UTF-8', () => {
    // Act
    const input = decode(bytes("<?xml version='1.0' encoding='utf8'?><a>caf", [0xc3, 0xa9], '</a>'));

    // Assess
    expect(input).toMatchObject({ encoding: 'UTF-8', text: "<?xml version='1.0' encoding='utf8'?><a>café</a>" });
  });

  it('honours a declared ISO-8859-1 for bytes that are not UTF-8', () => {
    // Act
    const input = decode(bytes('<?xml version="1.0" encoding="iso-8859-1"?><a>M', [0xfc], 'ller</a>'));

    // Assess
    expect(input).toMatchObject({ encoding: 'ISO-8859-1', text: '<?xml version="1.0" encoding="iso-8859-1"?><a>Müller</a>' });
  });

  it('reads a file declared ISO-8859-1 but saved as UTF-8 as UTF-8, rather than printing mojibake', () => {
    // Act
    const input = decode(bytes('<?xml version="1.0" encoding="iso-8859-1"?><a>proc', [0xc3, 0xa8], 's</a>'));

    // Assess
    expect(input).toMatchObject({ encoding: 'UTF-8', text: '<?xml version="1.0" encoding="iso-8859-1"?><a>procès</a>' });
  });

  it('records undeclared Latin-1 text as ISO-8859-1, and as windows-1252 when it needs 0x80–0x9F', () => {
    // Act
    const latin1 = decode(bytes('M', [0xfc], 'nchen'));
    const cp1252 = decode(bytes([0x93], 'Hi', [0x94]));

    // Assess
    expect(latin1).toMatchObject({ encoding: 'ISO-8859-1', text: 'München' });
    expect(cp1252).toMatchObject({ encoding: 'windows-1252', text: '“Hi”' });
  });

  it('never emits U+FFFD for bytes a legacy encoding decodes, even after a UTF-8 byte order mark', () => {
    // Act
    const input = decode(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]));

    // Assess
    expect(input.text).toBe('café');
    expect(input.text).not.toContain('\uFFFD');
  });

  it('keeps a UTF-8 file with two stray bytes as UTF-8, the strays read as windows-1252, and says so', () => {
    // Prepare: curly quotes and é in UTF-8, then a stray windows-1252 é (0xE9) and ’ (0x92)
    const input = decode(bytes('“Café” — ', [0xe9], 't', [0x92], 's “fair game” Zürich'));

    // Assess
    expect(input.text).toBe('“Café” — ét’s “fair game” Zürich');
    expect(input.encoding).toBe('UTF-8 (2 invalid bytes read as windows-1252)');
  });

  it('still reads a legacy file whose accents happen to form one valid UTF-8 sequence as legacy', () => {
    // Prepare: windows-1252 "Ã©" (C3 A9, valid UTF-8 by accident) among other accented bytes
    const input = decode(bytes('Fran', [0xe7], 'ois M', [0xfc], 'ller ', [0xc3, 0xa9], ' ', [0xe9], 't', [0xe9]));

    // Assess
    expect(input.encoding).toBe('ISO-8859-1');
    expect(input.text).toBe('François Müller Ã© été');
  });

  it.each([
    ['little-endian', 'UTF-16LE', (u: number) => [u & 0xff, u >> 8]],
    ['big-endian', 'UTF-16BE', (u: number) => [u >> 8, u & 0xff]],
  ] as const)('reads %s UTF-16 without a byte order mark when its XML declaration says UTF-16', (_order, encoding, unit) => {
    // Prepare
    const xml = '<?xml version="1.0" encoding="UTF-16"?><p>Zürich “Ω”</p>';
    const encoded = new Uint8Array([...xml].flatMap((c) => unit(c.charCodeAt(0))));

    // Act
    const input = decode(encoded);

    // Assess
    expect(input).toEqual({ text: xml, encoding, bom: false });
  });
});
