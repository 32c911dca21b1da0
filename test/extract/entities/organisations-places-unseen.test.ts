import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Organisations and places the held-out stories (49–60) showed missing or misread: bodies with no marker word, names
 * cut at "of" or "in", named structures taken for people, places in lists. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

describe('Function: findEntities (organisations without a marker word)', () => {
  it('reads a company by the industry word that ends its name, and gives its statement no speaker', () => {
    // Act
    const { people, organisations, quotes } = findEntities([
      'Altiplano Minerals said in a statement that the permit was “lawful in every respect”.',
      'Nordvik Futures and Pacifica Derivatives said volumes rose, while Baltic Futures Europe said they fell.',
    ], none);

    // Assess
    expect(people).toEqual([]);
    expect(names(organisations)).toEqual(['Altiplano Minerals', 'Nordvik Futures', 'Pacifica Derivatives', 'Baltic Futures Europe']);
    expect(quotes).toEqual([{ text: 'lawful in every respect', speaker: null }]);
  });

  it('reads a body by a cue before it or a description after it', () => {
    // Act
    const { organisations } = findEntities([
      'The Italian charity Mare Aperto, which runs rescue boats, counted 40 arrivals.',
      'Lumen Verde, a charity that plants mangroves, said the coast was eroding.',
    ], none);

    // Assess
    expect(names(organisations)).toEqual(['Mare Aperto', 'Lumen Verde']);
  });

  it('keeps a person named after a title that ends in an organisation word', () => {
    // Act
    const { people, organisations } = findEntities(['A spokeswoman for the growers’ association, Lotte Brinkmann, said the harvest was late.'], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Lotte Brinkmann']);
    expect(organisations).toEqual([]);
  });

  it('reads embassies, offices named for a post, foreign institutes and the lower-case agency dpa', () => {
    // Act
    const { organisations } = findEntities([
      'The French Embassy in Hanoi and the Prosecutor’s Office said visas were delayed.',
      'Courses are taught with the Cervantes-Instituto and the Confucius-Institut. Weber told dpa the course was full.',
    ], none);

    // Assess
    expect(names(organisations)).toEqual(['French Embassy', 'Prosecutor’s Office', 'Cervantes-Instituto', 'Confucius-Institut', 'dpa']);
  });

  it('keeps "of" inside an administration and a chamber abroad with its acronym', () => {
    // Act
    const { organisations } = findEntities([
      'The State Administration of Taxation said receipts rose.',
      'The British Chamber of Commerce in Japan (BCCJ) said members were cautious. The BCCJ polled 300 firms.',
    ], none);

    // Assess
    expect(organisations).toEqual([
      { name: 'State Administration of Taxation', mentions: 1 },
      { name: 'British Chamber of Commerce in Japan', mentions: 2 },
    ]);
  });
});

describe('Function: findEntities (bodies named by the trade before them)', () => {
  it('reads a firm after the kind of business it is, but a person after a trade that is also a job', () => {
    // Act
    const { people, organisations } = findEntities([
      'The regulator fined copper producer Minera Quebrada Alta and told its contractor Tornquist Obras to stop work.',
      'The state rubber giant Karet Nusantara and the regional gas distributor Volynhaz said prices would rise.',
      'Documentary producer Helena Marsh said the film took four years.',
    ], none);

    // Assess
    expect(names(organisations)).toEqual(['Minera Quebrada Alta', 'Tornquist Obras', 'Karet Nusantara', 'Volynhaz']);
    expect(people).toEqual([{ name: 'Helena Marsh', title: 'Documentary producer', mentions: 1 }]);
  });
});

describe('Function: findEntities (bodies named by their people or their other name)', () => {
  it('reads a body before the lower-case title of someone it employs, but not a person or a sentence-opening adjective', () => {
    // Act
    const { people, organisations } = findEntities([
      'Vantmark Logistik chief executive Ilse Brandvold said the ships were full, and Orrefors Kraft analyst Tomas Berg agreed.',
      'Senior engineer Aino Kallio said the tunnel was safe.',
      'Maria Santos adviser Pedro Alves declined to comment.',
    ], none);

    // Assess
    expect(names(organisations)).toEqual(['Vantmark Logistik', 'Orrefors Kraft']);
    expect(names(people)).toEqual(['Ilse Brandvold', 'Tomas Berg', 'Aino Kallio', 'Maria Santos', 'Pedro Alves']);
  });

  it('reads a body before its officer\'s capitalised title after a possessive, and its first word as the body named in full', () => {
    // Act
    const { people, organisations } = findEntities([
      'Oslo-listed Tidewater Kraft Systems opened a plant, and Berenstad\'s Chief Operating Officer, Hanne Vik Solberg, cut the ribbon.',
      'Tidewater\'s managing director, Per Aune, said output would double.',
    ], none);

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Tidewater Kraft Systems', 'Berenstad']);
    expect(people.map((p) => p.name)).toEqual(['Hanne Vik Solberg', 'Per Aune']);
  });

  it('reads the name a body described in lower case is known as', () => {
    // Act
    const { organisations } = findEntities(['The national seed agency, known as Semillar, said stocks were low.'], none);

    // Assess
    expect(names(organisations)).toEqual(['Semillar']);
  });
});

describe('Function: findEntities (company forms)', () => {
  it('reads a firm by the legal form that ends its name', () => {
    // Act
    const { organisations, people } = findEntities(['Marlow Pike LLP advised Tessaro SA, while Kelvar SE and Bintang Jaya Tbk said nothing.'], none);

    // Assess
    expect(people).toEqual([]);
    expect(organisations.map((o) => o.name)).toEqual(['Marlow Pike LLP', 'Tessaro SA', 'Kelvar SE', 'Bintang Jaya Tbk']);
  });
});

describe('Function: findEntities (news agencies in the story)', () => {
  it('names a news agency as the story first prints it, once', () => {
    // Act
    const { organisations } = findEntities(['The mayor told Yonhap News Agency the road would reopen.', 'Yonhap later confirmed the closure, and an official told Kyodo News the same.'], none);

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Yonhap News Agency', 'Kyodo News']);
  });
});

describe('Function: findEntities (letters that name no body)', () => {
  it('reads letters beside a figure as a unit, a currency or a zone, and letters alone as a body', () => {
    // Act
    const { organisations } = findEntities([
      'The port handled 120,000 TEU, earned 4.5 billion CZK and closed at 14:05 AEDT, KWT said.',
    ], none);

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['KWT']);
  });
});

describe('Function: findEntities (places)', () => {
  it('reads a place by the kind of place after it or a town it lies near, but not an adjective before a place word', () => {
    // Act
    const { places } = findEntities([
      'Herders crossed the Khongoryn desert, and boats left the Vorsund fjord.',
      'Traders in the Kelvan and Otusa districts sold rice at Marokwe near Tamale.',
      'Patrols watched the Kashubian coast and the Anglican shrine (Avicennia marina).',
    ], none);

    // Assess
    expect(names(places)).toEqual(['Khongoryn', 'Vorsund', 'Kelvan', 'Otusa', 'Marokwe', 'Tamale']);
  });

  it('reads a country\'s letters before a noun or in a title as an adjective, and as the place where they stand alone', () => {
    // Act
    const adjective = findEntities(['U.S. officials said the U.S. cracker market grew, and U.S. District Judge Ana Ortiz agreed.'], none);
    const noun = findEntities(['Talks between the U.S. and China resumed, and the UK said it would join.'], none);

    // Assess
    expect(adjective.places).toEqual([]);
    expect(names(noun.places)).toEqual(['United States', 'China', 'UK']);
  });

  it('reads places whose names hold lower-case words, and a region named with a compass word', () => {
    // Act
    const { organisations, places } = findEntities([
      'Flights from Dar es Salaam to Port of Spain stopped in Bosnia and Herzegovina.',
      'Ferries sail between Trinidad and Tobago twice a day.',
      'Pipelines cross the South Caucasus, and rain fell on Lake Naivasha and in Reykjavik.',
    ], none);

    // Assess
    expect(organisations).toEqual([]);
    expect(names(places)).toEqual(['Dar es Salaam', 'Port of Spain', 'Bosnia and Herzegovina', 'Trinidad', 'Tobago', 'South Caucasus', 'Lake Naivasha', 'Reykjavik']);
  });

  it('reads a named dam as a place, not a person with a common given name', () => {
    // Act
    const { people, places } = findEntities(['The Daniel Hale dam near Karaj was nearly empty.'], none);

    // Assess
    expect(people).toEqual([]);
    expect(names(places)).toEqual(['Daniel Hale', 'Karaj']);
  });

  it('reads places in lists after plural place nouns and "such as"', () => {
    // Act
    const { places } = findEntities([
      'Floods hit the northern provinces of Tarvana and Orsolo.',
      'Ferries serve islands such as Vela, Ostrica and Luma.',
      'Most conflicts were in the highlands of Ancash, Junin and Pasco.',
    ], none);

    // Assess
    expect(names(places)).toEqual(['Tarvana', 'Orsolo', 'Vela', 'Ostrica', 'Luma', 'Ancash', 'Junin', 'Pasco']);
  });

  it('reads a col at the end of a quote, keeps the printed spelling of a city, and keeps the pronoun I out of a place', () => {
    // Act
    const { places } = findEntities([
      '“We camped at the North Col.” Then the wind rose.',
      'Trains from Düsseldorf and Malmö were late. “In Norway I earn twice as much,” she said.',
    ], none);

    // Assess
    expect(names(places)).toEqual(['North Col', 'Düsseldorf', 'Malmö', 'Norway']);
  });
});

describe('Function: findEntities (a body\'s name over its remit and its country)', () => {
  it.each([
    ['a clinic named for what it treats', 'Doctors at the Regional Clinic for Nephrology said the new wing would open in May.', 'Regional Clinic for Nephrology'],
    ['an air force named with its country', 'A helicopter of the Royal Air Force of Jordan flew the injured to Amman.', 'Royal Air Force of Jordan'],
    ['an office named for a post and the post\'s remit', 'The talks will resume in May, according to the Office of the Commissioner on International Fisheries Agreements.', 'Office of the Commissioner on International Fisheries Agreements'],
    ['a committee\'s remits listed after `on`', 'The Committee on Housing, Transport and Regional Planning will hear the bill next week.', 'Committee on Housing, Transport and Regional Planning'],
    ['an office for two remits joined by `and`', 'The Special Office for Customs Fraud and Smuggling opened an inquiry on Monday.', 'Special Office for Customs Fraud and Smuggling'],
    ['an army named with its country', 'Fighters of the National Liberation Army of Colombia freed the hostages.', 'National Liberation Army of Colombia'],
    ['a church\'s diocese', 'The Archdiocese of Port Moresby said the school would reopen.', 'Archdiocese of Port Moresby'],
    ['a forum with a plural possessive inside its name, which its acronym spells', 'The Coastal Fishers\' Forum (CFF) rejected the quota.', 'Coastal Fishers\' Forum'],
  ])('reads %s whole', (_, sentence, name) => {
    // Act
    const { organisations } = findEntities([sentence], none);

    // Assess
    expect(names(organisations)).toContain(name);
  });

  it('counts the name up to its head word as the body named in full with its remit', () => {
    // Act
    const { organisations } = findEntities([
      'The Abu Dhabi Fund for Regional Development signed a loan for a new port on Monday.',
      'The Abu Dhabi Fund has lent to 40 countries since 1971.',
    ], none);

    // Assess
    expect(organisations).toEqual([{ name: 'Abu Dhabi Fund for Regional Development', mentions: 2 }]);
  });
});

describe('Function: findEntities (a place as printed)', () => {
  it('lists a place by the spelling the story first prints, counted with its other spellings', () => {
    // Act
    const { places } = findEntities(['The United Kingdom remains the largest buyer of the fruit.', 'Shipments to the UK have doubled since 2020.'], none);

    // Assess
    expect(places).toEqual([{ name: 'United Kingdom', mentions: 2 }]);
  });

  it('lists the United States so whatever its abbreviation', () => {
    expect(findEntities(['Exporters shipped more to the U.S. in March and less to Canada.'], none).places).toEqual([{ name: 'United States', mentions: 1 }, { name: 'Canada', mentions: 1 }]);
  });
});

