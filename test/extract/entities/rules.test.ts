import { describe, expect, it } from 'vitest';
import { joinOf, type Reading } from '../../../lambdas/extract/entities/classify.ts';
import { read, RUN_RULES } from '../../../lambdas/extract/entities/run-rules.ts';
import { sentencesOf, spansOf } from '../../../lambdas/extract/entities/text.ts';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';
import { knownPlace } from '../../../lambdas/extract/entities/gazetteer.ts';
import { storyWordsOf } from '../../../lambdas/extract/entities/lexicon.ts';

/** People, organisations, places and quotes of paragraphs in a language, with no byline or credit to set apart. */
const entitiesIn = (paragraphs: string[], language: string) => findEntities(paragraphs, { bylines: [], contributors: [], language });

/** The reading of the run an example marks in [brackets], read with the runs before it as the extractor reads them. */
function readingOf(example: string, language = 'en'): Reading {
  const at = example.indexOf('[');
  const paragraph = example.replace(/[[\]]/g, '');
  let previous: Reading | undefined;
  for (const sentence of sentencesOf([paragraph])) {
    for (const span of spansOf(sentence, joinOf)) {
      previous = read(span, paragraph, previous, storyWordsOf(language));
      if (sentence.tokens[span.from]!.start <= at && at < sentence.tokens[span.to - 1]!.end) return previous;
    }
  }
  throw new Error(`no run at [ in ${example}`);
}

describe('The rules a capitalised run is read by', () => {
  it.each(RUN_RULES.map((rule) => [rule.name, rule] as const))('the rule "%s" decides its own example', (_name, rule) => {
    // Act
    const reading = readingOf(rule.example.text, rule.example.language);

    // Assess: the rule decided it, no earlier one took it, and it made of it what the rule exists for
    expect(reading.rule).toBe(rule.name);
    expect(reading.kind).toBe(rule.example.kind);
  });

  it('leaves a run no rule decides unknown, for a later phase to tie to a name given in full', () => {
    // Act
    const reading = readingOf('Later, [Ilves] arrived.');

    // Assess
    expect(reading).toMatchObject({ kind: 'unknown', rule: '' });
  });
});

describe('Places by the prepositions of the story\'s language', () => {
  it('reads a town after a preposition of place in Spanish, Italian and Swedish copy, and not after the same word in English', () => {
    // Act
    const spanish = entitiesIn(['Las lluvias causaron daños en Pampacancha durante la noche.'], 'es');
    const italian = entitiesIn(['I soccorritori sono arrivati a Sondalo nella notte.'], 'it');
    const swedish = entitiesIn(['Raset inträffade i Lombolo under tisdagen.'], 'sv');
    const english = entitiesIn(['The band played en Pampacancha style all night.'], 'en');

    // Assess
    expect(spanish.places.map((p) => p.name)).toEqual(['Pampacancha']);
    expect(italian.places.map((p) => p.name)).toEqual(['Sondalo']);
    expect(swedish.places.map((p) => p.name)).toEqual(['Lombolo']);
    expect(english.places).toEqual([]);
  });
});

describe('Bodies whose head noun comes first, in the Romance languages', () => {
  it('reads a ministry, an agency and a regional government by their head noun', () => {
    // Act
    const found = entitiesIn(['El anuncio lo hizo el Ministerio de Salud Pública junto a la Agencia Nacional de Aguas.', 'I fondi sono stati stanziati dalla Regione Lombardia.'], 'es');

    // Assess
    expect(found.organisations.map((o) => o.name)).toEqual(['Ministerio de Salud Pública', 'Agencia Nacional de Aguas', 'Regione Lombardia']);
  });
});

describe('Speakers in languages that leave the subject unsaid', () => {
  it('finds a speaker named after a title in the clause of the verb, and gives a bare "dijo" the last one to speak', () => {
    // Act
    const found = entitiesIn([
      '"È una ferita per tutta la comunità", ha detto il sindaco di Tirano, Ilario Bertolini, che ha firmato un\'ordinanza.',
      '"Ringrazio i soccorritori che lavorano da ore", ha aggiunto.',
    ], 'it');

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Ilario Bertolini']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Ilario Bertolini', 'Ilario Bertolini']);
  });
});

describe('Speakers named once in full and then by a short form or a pronoun of their language', () => {
  it('gives "afirmó Benavides" to Álvaro Benavides Torres, "a-t-il déclaré" and "ha assicurato" to the last to speak', () => {
    // Act
    const spanish = entitiesIn([
      'La temporada se abrió el lunes, informó el ministro de la Producción, Álvaro Benavides Torres.',
      '"Es una señal positiva para los trabajadores", afirmó Benavides.',
    ], 'es');
    const french = entitiesIn(['Le président de l\'interprofession, Ibrahima Ndao Faye, a annoncé jeudi une hausse des prix.', '« Nous voulons que l\'arachide profite aux producteurs », a-t-il déclaré.'], 'fr');
    const italian = entitiesIn(['L\'assessore regionale, Giorgio Valenti, ha annunciato un sopralluogo per domani. "La Regione è pronta a fare la sua parte", ha assicurato.'], 'it');

    // Assess
    expect(spanish.quotes.map((q) => q.speaker)).toEqual(['Álvaro Benavides Torres']);
    expect(french.quotes.map((q) => q.speaker)).toEqual(['Ibrahima Ndao Faye']);
    expect(italian.quotes.map((q) => q.speaker)).toEqual(['Giorgio Valenti']);
  });
});

describe('Verbs of saying and pronouns of more languages', () => {
  it('gives a quote to the speaker named after a verb of telling or complaining, and to the woman a German, Danish or Lithuanian pronoun stands for', () => {
    // Act
    const spanish = entitiesIn(['"Ya no alcanza para nada", se quejó Yolanda Mamani Cusi, que vende papas en el mercado.'], 'es');
    const portuguese = entitiesIn(['«O rio subiu em meia hora», contou Josefa Amaral Pinto, de 70 anos.'], 'pt');
    const german = entitiesIn(['Ingrid Wanzenried-Oberli, Leiterin des Tierheims, ist besorgt. «Wir sind voll», sagt sie.'], 'de');
    const danish = entitiesIn(['Borgmester Hanne Sørensen har talt med beboerne.', '- Vi gør, hvad vi kan, siger hun.'], 'da');
    const lithuanian = entitiesIn(['Direktorė Rasa Žemaitienė patvirtino planus. „Darbai prasidės gegužę“, – teigė ji.'], 'lt');
    const plural = entitiesIn(['Die Anwohner Ingrid und Hans Wanzenried sind besorgt. «Wir sind enttäuscht», sagten sie.'], 'de');

    // Assess
    expect(spanish.quotes.map((q) => q.speaker)).toEqual(['Yolanda Mamani Cusi']);
    expect(portuguese.quotes.map((q) => q.speaker)).toEqual(['Josefa Amaral Pinto']);
    expect(german.quotes.map((q) => q.speaker)).toEqual(['Ingrid Wanzenried-Oberli']);
    expect(danish.quotes.map((q) => q.speaker)).toEqual(['Hanne Sørensen']);
    expect(lithuanian.quotes.map((q) => q.speaker)).toEqual(['Rasa Žemaitienė']);
    expect(plural.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a partial quote to who called something so, and the next quote of a paragraph to the speaker named after the first', () => {
    // Act
    const spanish = entitiesIn(['El gobernador regional, Wilmer Quiroz Tantaleán, calificó el puente como “una obra que esperamos veinte años”.'], 'es');
    const french = entitiesIn(['« Les ventes reprennent », a souligné Koffi Agbénou-Lawson, directeur de la coopérative, basée à Kara. « Nous embauchons à nouveau. »'], 'fr');

    // Assess
    expect(spanish.quotes.map((q) => q.speaker)).toEqual(['Wilmer Quiroz Tantaleán']);
    expect(french.quotes.map((q) => q.speaker)).toEqual(['Koffi Agbénou-Lawson', 'Koffi Agbénou-Lawson']);
  });

  it('gives "afirmou o autarca" to the mayor named before under another title', () => {
    // Act
    const found = entitiesIn([
      'O presidente da Câmara Municipal de Ovar, Domingos Vieira Lopes, garantiu que as escolas reabrem na segunda-feira.',
      '«Ninguém ficará sem transporte», afirmou o autarca.',
    ], 'pt');

    // Assess
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Domingos Vieira Lopes']);
  });

  it('keeps the agency a speaker told out of the name after it (`contou à Lusa Fernanda Rosado`)', () => {
    // Act
    const found = entitiesIn(['«A casa tremeu toda», contou à Lusa Amélia Gouveia Prates, de 74 anos, moradora em Sines.'], 'pt');

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Amélia Gouveia Prates']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Amélia Gouveia Prates']);
  });
});

describe('Places known by heart, spelled as printed', () => {
  it('keeps a name printed with diacritics the table holds without, and gives a name printed in capitals its own case', () => {
    expect(knownPlace('Perú')).toBe('Perú');
    expect(knownPlace('FRANCE')).toBe('France');
    expect(knownPlace('Tunisie')).toBe('Tunisie');
    expect(knownPlace('Island')).toBeUndefined();
  });
});

describe('Places and bodies by the words they are made of', () => {
  it("reads a name after a place's head word in the languages English copy borrows it from as a place", () => {
    // Act & Assess
    expect(readingOf('Hikers crossed [Wadi Rum] before dawn.')).toMatchObject({ kind: 'place', rule: 'place by its head word' });
    expect(readingOf('The ferry to [Pulau Ubin] was cancelled.')).toMatchObject({ kind: 'place', rule: 'place by its head word' });
    expect(readingOf('Ash rose from [Gunung Rinjani] on Monday.')).toMatchObject({ kind: 'place', rule: 'place by its head word' });
  });

  it('reads a street named for a person as a place, not as the person', () => {
    // Act & Assess
    expect(readingOf('Crews dug up [Ellis Mwangi Road] on Monday.')).toMatchObject({ kind: 'place', rule: 'place by its head word' });
    expect(readingOf('Shops on [Harbour Lane] reopened after the flood.')).toMatchObject({ kind: 'place', rule: 'place by its head word' });
  });

  it("reads a place's noun that speaks as the body that runs it, but not a place where others speak", () => {
    // Act & Assess
    expect(readingOf('[Kelso Municipality] told residents to boil water.')).toMatchObject({ kind: 'organisation', rule: 'a place that speaks is its body' });
    expect(readingOf('Floods hit the coast, and [Kelso Municipality] said roads were shut.')).toMatchObject({ kind: 'organisation', rule: 'a place that speaks is its body' });
    expect(readingOf('Boat owners in [Kelso Harbour] say the season is lost.').kind).not.toBe('organisation');
    expect(readingOf('Boat owners near [Kelso Harbour] said the season was lost.').rule).not.toBe('a place that speaks is its body');
  });
});

describe('Bodies named for their country', () => {
  it("reads a remit before a country or one of the United Kingdom's nations as a body, at a sentence's start too", () => {
    // Act & Assess
    expect(readingOf('[Tourism Ireland] said bookings rose.')).toMatchObject({ kind: 'organisation', name: 'Tourism Ireland' });
    expect(readingOf('The grant came from [Heritage Wales] last year.')).toMatchObject({ kind: 'organisation', name: 'Heritage Wales' });
    expect(readingOf('[Fire Scotland] crews were called out.')).toMatchObject({ kind: 'organisation', name: 'Fire Scotland' });
    expect(readingOf('Storms hit [North Wales] overnight.')).toMatchObject({ kind: 'place' });
  });
});

describe('The outlet that filed the story', () => {
  const outletStory = (paragraphs: string[], outlets: string[]) =>
    findEntities(paragraphs, { bylines: [], contributors: [], language: 'en', outlets }).organisations.map((o) => o.name);

  it('is an organisation where its body names it, whatever its words would read as alone', () => {
    // Act
    const named = outletStory(['The mayor told The Harbour Courier on Monday that the ferry plan would go ahead.', 'Rivermouth Post reported the vote was close, citing two councillors.'], ['The Harbour Courier', 'Rivermouth Post']);

    // Assess
    expect(named).toEqual(['The Harbour Courier', 'Rivermouth Post']);
  });

  it('is not one where it only signs the story off or credits its dateline', () => {
    // Act
    const named = outletStory(['KELSO (HARBOURWIRE) - The council voted on Monday to close the old ferry pier for repairs.', 'HarbourWire - news for the coast'], ['HarbourWire']);

    // Assess
    expect(named.filter((name) => /harbourwire/i.test(name))).toEqual([]);
  });
});

describe('A body named by the acronym after it', () => {
  const orgsOf = (text: string) => entitiesIn([text], 'en').organisations.map((o) => o.name);

  it('is one organisation over its small words, the acronym spelling all its initials or their first ones', () => {
    // Act & Assess
    expect(orgsOf('Members of the Baltic Federation of Port Workers (BFPW) walked out on Monday.')).toEqual(['Baltic Federation of Port Workers']);
    expect(orgsOf('The Kenya Institute for Water Research and Training (KIWR) said levels were falling.')).toEqual(['Kenya Institute for Water Research and Training']);
  });

  it('is no body where the words its acronym spells hold no head word of one', () => {
    // Act & Assess
    expect(orgsOf('Prices rose after the Fuel and Carbon Levy (FCL) came into force.')).not.toContain('Fuel and Carbon Levy');
  });
});

describe('Bodies by the words that end their names', () => {
  it('reads a run ending in a trade or a transport operator as a body, not a person who speaks', () => {
    // Act & Assess
    expect(readingOf('[Kelso Metro] said trains would run normally.')).toMatchObject({ kind: 'organisation' });
    expect(readingOf('The contract went to [Harbour Valley Builders] in May.')).toMatchObject({ kind: 'organisation' });
    expect(readingOf('[Norland Electric] said it would cut prices.')).toMatchObject({ kind: 'organisation' });
    expect(readingOf('Crews from [Eastmoor Public Works] cleared the road.')).toMatchObject({ kind: 'organisation' });
  });
});
