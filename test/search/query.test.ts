import { describe, expect, it } from 'vitest';
import { highlights, matchesText, parseQuery, QuerySyntaxError } from '../../lambdas/search/index.ts';

describe('Function: parseQuery', () => {
  it.each([
    ['north korea', { required: [['korea'], ['north']], phrases: [], excluded: [], excludedPhrases: [] }],
    ['"fair game" ferry', { required: [['fair'], ['ferri'], ['game']], phrases: [[['fair'], ['game']]], excluded: [], excludedPhrases: [] }],
    ['north korea -Vladivostok', { required: [['korea'], ['north']], phrases: [], excluded: [['vladivostok']], excludedPhrases: [] }],
    ['korea -"fair game"', { required: [['korea']], phrases: [], excluded: [], excludedPhrases: [[['fair'], ['game']]] }],
    ['“curly quotes” too', { required: [['curli'], ['quot']], phrases: [[['curli'], ['quot']]], excluded: [], excludedPhrases: [] }],
  ])('reads %s', (q, parsed) => {
    expect(parseQuery(q)).toEqual(parsed);
  });

  it('reads each word in every language asked for: any of its stems will do, and a stop word of one language is left out', () => {
    // Act
    const parsed = parseQuery('die Häuser "neue Wahlen"', ['de', 'en']);

    // Assess: `die` is a German stop word; `Häuser` is `haus` in German, `hauser` in English
    expect(parsed.required).toEqual([['haus', 'hauser'], ['neu', 'neue'], ['wahl', 'wahlen']]);
    expect(parsed.phrases).toEqual([[['neu', 'neue'], ['wahl', 'wahlen']]]);
  });

  it.each([['"fair game', /not closed/], ['-vladivostok -"fair game"', /only excludes/]])('refuses %s, saying why', (q, why) => {
    expect(() => parseQuery(q)).toThrow(QuerySyntaxError);
    expect(() => parseQuery(q)).toThrow(why);
  });
});

describe('Function: matchesText', () => {
  const text = 'Both sides called it a fair game. Talks go on in Vladivostok.';

  it.each([
    ['"fair game"', true],
    ['"game fair"', false],
    ['talks -vladivostok', false],
    ['talks -"talks game"', true],
    ['talks -"fair game"', false],
  ])('%s → %s', (q, holds) => {
    expect(matchesText(text, parseQuery(q))).toBe(holds);
  });
});

describe('Function: matchesText, in the story\'s language', () => {
  it('checks a phrase against the text as its language reads it', () => {
    const query = parseQuery('"neue Wahlen"', ['de', 'en']);
    expect(matchesText('Die Partei fordert neue Wahlen im Herbst.', query, 'de')).toBe(true);
    expect(matchesText('Die Partei fordert Wahlen, aber keine neuen.', query, 'de')).toBe(false);
  });
});

describe('Function: highlights', () => {
  it('gives snippets with the offsets of the words asked for, headline first, plain text', () => {
    // Act
    const found = highlights(['Ferry <b>terminal</b> opens', 'The city opened a new ferry terminal on Tuesday.'], parseQuery('ferries').required);

    // Assess
    expect(found).toEqual([
      { text: 'Ferry <b>terminal</b> opens', matches: [[0, 5]] },
      { text: 'The city opened a new ferry terminal on Tuesday.', matches: [[22, 27]] },
    ]);
  });

  it('cuts a long paragraph to a window around the first match', () => {
    // Prepare
    const long = `${'Earlier words come first here. '.repeat(20)}Then Kursk appears in the middle of it all. ${'More words follow after. '.repeat(20)}`;

    // Act
    const [snippet] = highlights([long], parseQuery('kursk').required);

    // Assess
    expect(snippet!.text.length).toBeLessThanOrEqual(222);
    expect(snippet!.text.startsWith('…')).toBe(true);
    expect(snippet!.matches.map(([s, e]) => snippet!.text.slice(s, e))).toEqual(['Kursk']);
  });

  it('marks a word behind an elision and one with a diacritic first letter in its own language', () => {
    // Act
    const found = highlights(["Le chef de l'armée parle à Évian."], parseQuery('armées evian', ['fr']).required, 'fr');

    // Assess
    expect(found[0]!.matches.map(([s, e]) => found[0]!.text.slice(s, e))).toEqual(["l'armée", 'Évian']);
  });
});
