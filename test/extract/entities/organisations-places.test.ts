import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

const none = { bylines: [], contributors: [] };
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

describe('Function: findEntities (organisations and places)', () => {
  it('ties an acronym to the full name the story gives, and to a name in parentheses', () => {
    // Act
    const { organisations } = findEntities([
      'South Korea’s National Intelligence Service said the troops had arrived. The NIS gave no numbers.',
      'Stockholm was accused of harbouring members of the Kurdistan Workers’ Party (PKK). The PKK denied it.',
    ], none);

    // Assess
    expect(organisations).toEqual([
      { name: 'National Intelligence Service', mentions: 2 },
      { name: 'Kurdistan Workers’ Party', mentions: 2 },
    ]);
  });

  it('finds outlets with ordinary-word names, companies by their cue words, and well-known acronyms', () => {
    // Act
    const { organisations } = findEntities(['Budanov told online military news outlet The War Zone that NATO would meet. Supermarket chain Aeon said prices would fall.'], none);

    // Assess
    expect(names(organisations)).toEqual(['The War Zone', 'NATO', 'Aeon']);
  });

  it('counts places, not demonyms, and reads "the North" as North Korea where the story names it', () => {
    // Act
    const { places } = findEntities(['North Korean troops are in Russia, and North Korea denies it.', 'The move came after the North sent shells to eastern Russia.'], none);

    // Assess
    expect(places).toEqual([{ name: 'Russia', mentions: 2 }, { name: 'North Korea', mentions: 2 }]);
  });

  it('knows regions, US state abbreviations, and places by the words around them', () => {
    // Act
    const { places } = findEntities(['The storm hit Black Mountain, N.C., and the port city of Wonsan, before reaching the Kursk region and the Indo-Pacific.'], none);

    // Assess
    expect(names(places)).toEqual(['Black Mountain', 'North Carolina', 'Wonsan', 'Kursk', 'Indo-Pacific']);
  });

  it('names a body after its country as an organisation, not a person or a place', () => {
    // Act
    const { people, organisations } = findEntities(['Greenpeace Indonesia said in a statement that forests had been cleared.'], none);

    // Assess
    expect(people).toEqual([]);
    expect(names(organisations)).toEqual(['Greenpeace Indonesia']);
  });

  it('knows the world\'s provinces and states by name, and a country after a sentence-opening adjective', () => {
    // Act
    const { places, organisations } = findEntities([
      'Floods cut roads across Kelantan and Pahang, while farmers in Pernambuco and Lazio counted losses.',
      'Neighboring Kenya remains the largest exporter.',
    ], none);

    // Assess
    expect(names(places)).toEqual(['Kelantan', 'Pahang', 'Pernambuco', 'Lazio', 'Kenya']);
    expect(organisations).toEqual([]);
  });

  it('reads a ministry of several portfolios whole, but not a minister\'s title before a name', () => {
    // Act
    const found = findEntities([
      'The Ministry of Energy and Mines said it was reviewing the decision with the Ministry of Agriculture, Fisheries and Mining.',
      'It was signed by State Minister of Economy, Trade and Industry Hiroyuki Tanabe. Tanabe said supplies would grow.',
    ], none);

    // Assess
    expect(names(found.organisations)).toEqual(['Ministry of Energy and Mines', 'Ministry of Agriculture, Fisheries and Mining']);
    expect(found.people.map((p) => p.name)).toEqual(['Hiroyuki Tanabe']);
  });

  it('leaves the article or preposition that opens a sentence in the story\'s language out of the name after it', () => {
    // Act
    const spanish = findEntities(['Según Statistik Austria, los precios subieron.', 'La Secretaría de Turismo informó el lunes.'], { ...none, language: 'es' });
    const german = findEntities(['Laut Statistik Austria stiegen die Preise.'], { ...none, language: 'de' });

    // Assess
    expect(names(spanish.organisations)).toEqual(['Statistik Austria', 'Secretaría de Turismo']);
    expect(names(german.organisations)).toEqual(['Statistik Austria']);
  });

  it('reads a body\'s name across "e", "y", "et" and "und"', () => {
    // Act
    const spanish = findEntities(['Según el Servicio Nacional de Meteorología e Hidrología (Senamhi), el río superó los 11 metros.'], { ...none, language: 'es' });

    // Assess
    expect(names(spanish.organisations)).toEqual(['Servicio Nacional de Meteorología e Hidrología']);
  });

  it('reads a court of the King\'s Bench and a national railway whole', () => {
    // Act
    const { organisations } = findEntities(['The Court of King\'s Bench heard the case, and the State Railway of Thailand said trains would run.'], none);

    // Assess
    expect(names(organisations)).toEqual(['Court of King\'s Bench', 'State Railway of Thailand']);
  });

  it('reads a place after a word that says where it lies, and a power utility named for its province', () => {
    // Act
    const found = findEntities(['Fishermen in neighboring Iwanai were more cautious, and Manitoba Hydro said the line would be built.'], none);

    // Assess
    expect(names(found.places)).toEqual(['Iwanai']);
    expect(names(found.organisations)).toEqual(['Manitoba Hydro']);
  });

  it('reads bodies named with a utility\'s, a customs house\'s or a railway\'s head word, not people who speak', () => {
    // Act
    const found = findEntities(['Wellington Water said the pipes were old. Haikou Customs said exports rose, and Deutsche Bahn said trains would run.'], { ...none, language: 'en' });

    // Assess
    expect(found.people).toEqual([]);
    expect(names(found.organisations)).toEqual(['Wellington Water', 'Haikou Customs', 'Deutsche Bahn']);
  });

  it('reads a body that lists its fields over commas before its head word, but not places listed so', () => {
    // Act
    const found = findEntities([
      'The Wetlands, Forests and Rangelands Agency and the Retail, Wholesale and Warehouse Workers\' Union signed the accord.',
      'Voters in Mombasa, Kilifi and Kwale County Assembly wards queued early.',
    ], none);

    // Assess
    expect(names(found.organisations)).toEqual(['Wetlands, Forests and Rangelands Agency', 'Retail, Wholesale and Warehouse Workers\' Union', 'Kilifi and Kwale County Assembly']);
    expect(names(found.places)).toEqual(['Mombasa']);
  });

  it('reads a gulf or a bay before "of" and its name as a place, not a port so named (the body that runs it)', () => {
    // Act
    const found = findEntities(['Ice closed the Gulf of St. Brendan and the Bay of Seals to fishing boats, the Port of Hallsby said.'], none);

    // Assess
    expect(names(found.places)).toEqual(['Gulf of St. Brendan', 'Bay of Seals']);
  });

  it('reads a department named for its remits and the country it serves whole across "and"', () => {
    // Act
    const found = findEntities(['Agriculture and Agri-Food Canada and Health and Social Services Canada will share the costs.'], none);

    // Assess
    expect(names(found.organisations)).toEqual(['Agriculture and Agri-Food Canada', 'Health and Social Services Canada']);
  });

  it('reads a company named by one word and its trade as a body, and the word alone as its short name, not a person or a place', () => {
    // Act
    const found = findEntities([
      'Taniwha Biologics says its vaccine candidate cut infections by half in a phase 2 trial.',
      'Shares in Taniwha rose 12%.',
    ], none);

    // Assess
    expect(found.people).toEqual([]);
    expect(found.places).toEqual([]);
    expect(found.organisations).toEqual([{ name: 'Taniwha Biologics', mentions: 2 }]);
  });

  it('reads a country behind a word that says which part of it as a place, not a body named for the country', () => {
    // Act
    const found = findEntities(['Logging rose in Peninsular Malaysia while arrivals from Mainland China fell.'], none);

    // Assess
    expect(found.organisations).toEqual([]);
    expect(names(found.places)).toEqual(['Peninsular Malaysia', 'Mainland China']);
  });

  it('reads a body named for the people it serves in the possessive whole, and a coast along which money goes as a place', () => {
    // Act
    const found = findEntities([
      'The Tenants’ Rights Association and the Nurses\' Union of Tasmania backed the plan.',
      'The money will go to harbours along the North Shore, where storms tore away pilings.',
    ], none);

    // Assess
    expect(names(found.organisations)).toEqual(['Tenants’ Rights Association', 'Nurses\' Union of Tasmania']);
    expect(names(found.places)).toEqual(['North Shore']);
  });

  it('reads a body whose head word opens it and another ending in the same head, joined by "and", as two bodies', () => {
    // Act
    const found = findEntities(['Scientists from the University of Fiji and Pacific Technical University counted the fish.', 'The Ministry of Trade and Industry agreed.'], none);

    // Assess
    expect(names(found.organisations)).toEqual(['University of Fiji', 'Pacific Technical University', 'Ministry of Trade and Industry']);
  });

  it('names a country\'s Red Cross society with the country', () => {
    // Act
    const found = findEntities(['Volunteers from the Malawi Red Cross handed out tents near Chikwawa.'], none);

    // Assess
    expect(names(found.organisations)).toEqual(['Malawi Red Cross']);
  });
});
