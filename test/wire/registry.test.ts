import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../lambdas/story/index.ts';
import { PARSERS, pickParser } from '../../lambdas/wire/registry.ts';
import type { FormatParser, SniffedHead, Verdict } from '../../lambdas/wire/types.ts';

const head = (text: string): SniffedHead => ({ size: text.length, bytes: new TextEncoder().encode(text).subarray(0, 64), text, encoding: 'UTF-8' });

const fake = (id: FormatParser['id'], verdict: Verdict): FormatParser => ({
  id,
  detect: () => verdict,
  parse: () => {
    throw new Error('not used');
  },
});

describe('Function: pickParser', () => {
  it('takes the first certain parser over an earlier likely one', () => {
    // Prepare
    const parsers = [fake('text', 'likely'), fake('nitf', 'certain')];

    // Act
    const parser = pickParser(head('<nitf/>'), parsers);

    // Assess
    expect(parser.id).toBe('nitf');
  });

  it('takes the first likely parser when none is certain', () => {
    // Prepare
    const parsers = [fake('ninjs', undefined), fake('nitf', 'likely'), fake('text', 'likely')];

    // Act
    const parser = pickParser(head('x'), parsers);

    // Assess
    expect(parser.id).toBe('nitf');
  });

  it('rejects content no parser recognises as unknown-format', () => {
    // Act
    const run = () => pickParser(head('x'), [fake('ninjs', undefined)]);

    // Assess
    expect(run).toThrow(RejectionError);
    expect(run).toThrow(/no parser recognised/);
  });

  it('lists plain text last, since it accepts any printable input', () => {
    // Assess
    expect(PARSERS.at(-1)?.id).toBe('text');
  });

  it('lists each format once', () => {
    // Assess
    expect(new Set(PARSERS.map((p) => p.id)).size).toBe(PARSERS.length);
  });
});

describe('Constant: PARSERS', () => {
  it('asks the XML vocabularies, then AP Media before ninjs, then ANPA before IPTC 7901, then plain text', () => {
    // Assess
    expect(PARSERS.map((p) => p.id)).toEqual(['newsml-g2', 'nitf', 'newsml-1.2', 'ap-media', 'ninjs', 'anpa-1312', 'iptc-7901', 'text']);
  });
});
