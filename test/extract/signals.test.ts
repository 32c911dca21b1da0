import { describe, expect, it } from 'vitest';
import { statusOf } from '../../lambdas/extract/signals.ts';
import type { WireDocument } from '../../lambdas/wire/index.ts';

const doc = (over: Partial<WireDocument> = {}): WireDocument => ({
  format: 'text', encoding: 'UTF-8', provider: null, providerItemId: null, providerVersion: null, headline: null,
  slugline: null, language: null, pubStatus: 'usable', signals: [], rawSignals: [], marks: [], dialect: null, edNote: null,
  times: { firstCreated: null, versionCreated: null, embargoedUntil: null }, bylineLines: [], authors: [],
  datelineText: null, datelinePlace: null, homeZone: null, masthead: null, located: null, paragraphs: ['Text.'], trailer: [], ...over,
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

  it('reads a correction and an update noted in Polish and Estonian, and a correction for no update when only a NewsML 1.2 revision number says so', () => {
    // Act & Assess
    expect(statusOf(doc(), 'KOREKTA: poprawia kwotę dofinansowania w tytule', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc({ format: 'newsml-1.2', signals: ['update'] }), 'KOREKTA: poprawia kwotę dofinansowania w tytule', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc({ format: 'newsml-g2', signals: ['update'] }), 'KOREKTA: poprawia kwotę dofinansowania w tytule', 'Text.').signals).toEqual(['update', 'correction']);
    expect(statusOf(doc({ format: 'newsml-1.2', signals: ['update'] }), 'Corrects the figure. Updates with reaction.', 'Text.').signals).toEqual(['update', 'correction']);
    expect(statusOf(doc(), 'Täiendatud opositsiooni kommentaariga.', 'Text.').signals).toEqual(['update']);
  });

  it('reads an update noted in French as a desk writes it', () => {
    // Act & Assess
    expect(statusOf(doc(), 'MISE À JOUR : avec la réaction du maire (paragraphes 4 et 5).', 'Text.').signals).toEqual(['update']);
    expect(statusOf(doc(), 'Ajoute les résultats du deuxième tour.', 'Text.').signals).toEqual(['update']);
  });

  it('reads notes in Indonesian, Swahili, Turkish, Hindi, Japanese and Chinese, the CJK ones without spaces around the word', () => {
    // Act & Assess
    expect(statusOf(doc(), 'RALAT: jumlah korban di paragraf kedua', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc(), 'Pembaruan: menambahkan keterangan polisi', 'Text.').signals).toEqual(['update']);
    expect(statusOf(doc(), 'MASAHIHISHO: idadi ya abiria katika aya ya tatu', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc(), 'Güncellendi: valinin açıklaması eklendi', 'Text.').signals).toEqual(['update']);
    expect(statusOf(doc(), 'संशोधित: तीसरे पैराग्राफ में आंकड़ा', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc(), '第2段落の人数を訂正しました', 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc({ marks: ['【配信取り消し】5日配信の記事'] }), null, 'Text.')).toEqual({ signals: ['kill'], pubStatus: 'canceled' });
    expect(statusOf(doc(), '新华社撤稿：此稿作废', 'Text.')).toEqual({ signals: ['kill'], pubStatus: 'canceled' });
  });

  it('reads an update from a writethru take key', () => {
    // Act & Assess
    expect(statusOf(doc({ marks: ['2nd Ld-Writethru'] }), null, 'Text.').signals).toEqual(['update']);
  });

  it('reads a CORRECTED- headline prefix, taken off the headline as a mark', () => {
    // Act & Assess
    expect(statusOf(doc({ headline: 'UK grocer cuts prices', marks: ['CORRECTED-'] }), null, 'Text.').signals).toEqual(['correction']);
    expect(statusOf(doc({ headline: 'Le port de Dakar rouvre ses quais', marks: ['(Corrigé)'] }), null, 'Text.').signals).toEqual(['correction']);
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

describe('Function: statusOf, versions and kills', () => {
  it('reads "Restores" in an Eds note as a correction (AP restores what a version dropped in error)', () => {
    // Act & Assess
    expect(statusOf(doc(), 'Eds: Restores reference in 3rd paragraph.', 'Text.').signals).toEqual(['correction']);
  });

  it('gives a canceled version the kill signal only: the markers it repeats describe the story it kills', () => {
    // Act
    const status = statusOf(doc({ pubStatus: 'canceled', headline: 'CORRECTED-Floods', marks: ['1st Ld-Writethru'], signals: ['update'] }), null, undefined);

    // Assess
    expect(status).toEqual({ signals: ['kill'], pubStatus: 'canceled' });
  });

  it('keeps withheld as the format states it', () => {
    // Act & Assess
    expect(statusOf(doc({ pubStatus: 'withheld' }), null, 'Text.')).toEqual({ signals: [], pubStatus: 'withheld' });
  });
});
