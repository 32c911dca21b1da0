import { describe, expect, it } from 'vitest';
import { statusOf } from '../../lambdas/extract/signals.ts';
import type { WireDocument } from '../../lambdas/wire/index.ts';

const doc = (over: Partial<WireDocument> = {}): WireDocument => ({
  format: 'text', encoding: 'UTF-8', provider: null, providerItemId: null, providerVersion: null, headline: null,
  slugline: null, takeKey: null, language: null, pubStatus: 'usable', signals: [], edNote: null,
  times: { firstCreated: null, versionCreated: null, embargoedUntil: null }, bylineLines: [], authors: [],
  datelineText: null, located: null, paragraphs: ['Text.'], trailer: [], ...over,
});

describe('Function: statusOf', () => {
  it('finds nothing in a plain story', () => {
    // Act & Assess
    expect(statusOf(doc(), null, 'Text.')).toEqual({ signals: [], pubStatus: 'usable' });
  });

  it('reads a correction and an update from the Eds note', () => {
    // Act & Assess
    expect(statusOf(doc(), 'Eds: Corrects spelling of name. Updates with new figures.', 'Text.').signals).toEqual(['update', 'correction']);
  });

  it('reads an update from a writethru take key', () => {
    // Act & Assess
    expect(statusOf(doc({ takeKey: '2nd Ld-Writethru' }), null, 'Text.').signals).toEqual(['update']);
  });

  it('reads a CORRECTED- headline prefix', () => {
    // Act & Assess
    expect(statusOf(doc({ headline: 'CORRECTED-UK grocer cuts prices' }), null, 'Text.').signals).toEqual(['correction']);
  });

  it('cancels a story that opens with a kill advisory', () => {
    // Act & Assess
    expect(statusOf(doc(), null, 'KILL KILL KILL. Please kill item dpa 157.')).toEqual({ signals: ['kill'], pubStatus: 'canceled' });
  });

  it('does not read an Eds note about a killing as a kill', () => {
    // Act & Assess
    expect(statusOf(doc(), 'EDITOR’S NOTE _ This story describes how two men were killed.', 'Text.').signals).toEqual([]);
  });

  it('keeps the signals and status the format carries', () => {
    // Act & Assess
    expect(statusOf(doc({ signals: ['correction'], pubStatus: 'withheld' }), null, 'Text.')).toEqual({ signals: ['correction'], pubStatus: 'withheld' });
  });
});
