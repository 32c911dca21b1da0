import { describe, expect, it } from 'vitest';
import { ANALYSES } from '../../lambdas/search/index.ts';
import { INDEX_BODY, LANGUAGE_ANALYZERS, analyzedLanguage, toSearchDocument } from '../../lambdas/export/index.ts';
import { makeRecord } from '../factories.ts';

describe('Function: toSearchDocument', () => {
  it('maps a record to one document of its current version, names as keywords', () => {
    // Prepare
    const record = makeRecord({
      id: 'story-1', version: '3', language: 'de', headline: 'Häuser am Hafen', signals: ['correction'],
      bylines: [{ name: 'Jane Roe', title: null, location: null }, { name: 'Jane Roe', title: 'Reporter', location: null }],
      contributors: [{ name: 'Max Muster', location: 'Berlin', role: 'contributor' }],
      people: [{ name: 'Olaf Scholz', title: 'Chancellor', mentions: 2 }],
      organisations: [{ name: 'Bundestag', mentions: 1 }],
      places: [{ name: 'Hamburg', mentions: 3 }],
      body: { paragraphs: ['Erster Absatz.', 'Zweiter Absatz.'], wordCount: 4 },
    });

    // Act
    const document = toSearchDocument(record);

    // Assess
    expect(document).toEqual({
      id: 'story-1', version: '3', provider: 'Associated Press', language: 'de', format: 'text', pubStatus: 'usable', signals: ['correction'],
      headline: 'Häuser am Hafen', slugline: null, byline: 'By Jane Roe, Associated Press',
      body: 'Erster Absatz.\n\nZweiter Absatz.', wordCount: 4,
      text: { de: { headline: 'Häuser am Hafen', body: 'Erster Absatz.\n\nZweiter Absatz.' } },
      authors: ['Jane Roe'], contributors: ['Max Muster'], people: ['Olaf Scholz'], organisations: ['Bundestag'], places: ['Hamburg'],
      dateline: { text: 'WASHINGTON', city: 'Washington', region: null, country: null },
      firstCreated: '2024-10-23T07:34:00-04:00', versionCreated: '2024-10-23T07:34:00-04:00', embargoedUntil: null,
    });
  });

  it('leaves out the language field for a language the engine has no analyzer for', () => {
    // Act
    const document = toSearchDocument(makeRecord({ language: 'pl' }));

    // Assess
    expect(document.text).toEqual({});
    expect(document.language).toBe('pl');
    expect(document.body).toBe('The first paragraph.\n\nThe second paragraph.');
  });

  it('reads regional and Norwegian tags as their analysed language', () => {
    expect(['de-CH', 'nn', 'no', 'NB', 'pt_BR', 'en-GB', null, 'xx'].map(analyzedLanguage)).toEqual(['de', 'nb', 'nb', 'nb', 'pt', 'en', null, null]);
  });

  it('gives only fields the strict mapping holds, whatever the record', () => {
    // Prepare
    const properties = INDEX_BODY.mappings.properties as Record<string, { properties?: Record<string, unknown> }>;

    // Act
    const document = toSearchDocument(makeRecord({ language: 'fr' })) as unknown as Record<string, unknown>;

    // Assess
    expect(Object.keys(document).filter((field) => !(field in properties))).toEqual([]);
    expect(Object.keys(document.dateline as object).filter((field) => !(field in properties.dateline!.properties!))).toEqual([]);
    expect(Object.keys((properties.text!.properties as Record<string, unknown>).fr as object)).toEqual(['properties']);
  });
});

describe('The index mapping', () => {
  it('has an analyzer for every language Newswire\'s own search stems', () => {
    expect(ANALYSES.filter((language) => analyzedLanguage(language) === null)).toEqual([]);
  });

  it('maps each analysed language\'s headline and body with its analyzer', () => {
    // Prepare
    const text = INDEX_BODY.mappings.properties.text.properties as Record<string, { properties: Record<string, { analyzer: string }> }>;

    // Assess
    for (const [language, analyzer] of Object.entries(LANGUAGE_ANALYZERS)) {
      expect(text[language]!.properties.headline?.analyzer).toBe(analyzer);
      expect(text[language]!.properties.body?.analyzer).toBe(analyzer);
    }
  });

  it('is written out as schemas/search-index.json, the body that creates the index', async () => {
    // Prepare
    const { readFileSync } = await import('node:fs');

    // Assess
    expect(JSON.parse(readFileSync(new URL('../../schemas/search-index.json', import.meta.url), 'utf8'))).toEqual(INDEX_BODY);
  });

  it('is strict and folds name keywords', () => {
    expect(INDEX_BODY.mappings.dynamic).toBe('strict');
    expect(INDEX_BODY.mappings.properties.people).toEqual({ type: 'keyword', normalizer: 'folded' });
    expect(INDEX_BODY.settings.analysis.normalizer.folded.filter).toEqual(['lowercase', 'asciifolding']);
  });
});
