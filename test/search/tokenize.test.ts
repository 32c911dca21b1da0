import { describe, expect, it } from 'vitest';
import { analysisOf, fold, idf, indexTerms, queryTerms, score, storyTerms, terms, words, IMPACT_SCALE } from '../../lambdas/search/index.ts';

describe('Search: tokenisation', () => {
  it('folds case and diacritics, including letters NFKD leaves whole', () => {
    expect(fold('Zürich ŁÓDŹ Straße Øresund Ærø')).toBe('zurich lodz strasse oresund aero');
  });

  it('drops possessives and closes up other apostrophes', () => {
    expect(words("Biden's O'Brien don't — rock'n'roll")).toEqual(['biden', 'obrien', 'dont', 'rocknroll']);
  });

  it('removes stop words and single characters, and stems English words', () => {
    expect(terms('The ministers said they were running the talks, and a B-52 flew over')).toEqual(['minist', 'run', 'talk', '52', 'flew']);
  });

  it('keeps numbers and words of other scripts as they are', () => {
    expect(terms('Boeing 737 in Москва')).toEqual(['boe', '737', 'москва']);
  });

  it.each([
    ['de', 'Die Bundesregierung will die Häuser bauen', ['bundesregier', 'haus', 'bau']],
    ['fr', "L'armée française a annoncé des élections", ['arme', 'francais', 'annonc', 'elect']],
    ['es', 'El gobierno anunció las elecciones', ['gobiern', 'anunc', 'eleccion']],
    ['sv', 'Regeringen säger att valet blir i höst', ['regering', 'sag', 'valet', 'host']],
    ['nb', 'Regjeringen sier at valget blir i høst', ['regjering', 'sier', 'valg', 'host']],
    ['fi', 'Hallitus kertoi vaaleista Helsingissä', ['hallitus', 'kertoi', 'vaale', 'helsing']],
  ])('analyses %s copy with its Snowball stemmer and stop words, diacritics folded after stemming', (language, text, expected) => {
    expect(storyTerms(text, language)).toEqual(expected);
  });

  it('analyses a language without a stemmer of its own, or none, as English', () => {
    expect(analysisOf('de-CH')).toBe('de');
    expect(analysisOf('nn')).toBe('nb');
    expect(analysisOf('ru')).toBe('en');
    expect(analysisOf(null)).toBe('en');
    expect(storyTerms('The ministers were running', null)).toEqual(terms('The ministers were running'));
  });

  it('gives the distinct query terms, sorted', () => {
    expect(queryTerms('Running runners RUN the run', 8)).toEqual(['run', 'runner']);
  });
});

describe('Search: ranking', () => {
  it('weighs a headline word over the same word in the body', () => {
    const inHeadline = indexTerms({ headline: 'Drought deepens', body: { paragraphs: ['Farmers wait.', 'Nothing grows.'] } }, 100);
    const inBody = indexTerms({ headline: 'Farmers wait', body: { paragraphs: ['Nothing grows.', 'The drought deepens.'] } }, 100);
    const impact = (list: { term: string; impact: number }[]) => list.find((t) => t.term === 'drought')!.impact;
    expect(impact(inHeadline)).toBeGreaterThan(impact(inBody));
  });

  it('saturates term frequency', () => {
    const once = indexTerms({ headline: null, body: { paragraphs: ['x', 'storm'] } }, 10)[0]!.impact;
    const twice = indexTerms({ headline: null, body: { paragraphs: ['x', 'storm storm'] } }, 10)[0]!.impact;
    const tenTimes = indexTerms({ headline: null, body: { paragraphs: ['x', 'storm '.repeat(10)] } }, 10)[0]!.impact;
    expect(twice).toBeGreaterThan(once);
    expect(tenTimes - twice).toBeLessThan(2 * (twice - once) * 8);
  });

  it('keeps the highest-impact terms of a long story within the limit', () => {
    const story = { headline: 'Volcano erupts', body: { paragraphs: ['Volcano ash.', ...Array.from({ length: 200 }, (_, i) => `filler${i}`)] } };
    const kept = indexTerms(story, 20);
    expect(kept).toHaveLength(20);
    expect(kept.map((t) => t.term)).toContain('volcano');
  });

  it('gives rare terms a higher idf and rewards matching more query terms', () => {
    expect(idf(10_000, 5)).toBeGreaterThan(idf(10_000, 5_000));
    const one = score([IMPACT_SCALE, 0], [2, 2]);
    const both = score([IMPACT_SCALE / 2, IMPACT_SCALE / 2], [2, 2]);
    expect(both).toBeGreaterThan(one);
  });
});
