import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Jobs before names in other languages, and words that look like names' parts but are not. Texts written for the tests. */

const language = (code: string) => ({ bylines: [], contributors: [], language: code });

describe('Function: findEntities (jobs and names in other languages, session 33)', () => {
  it('reads a short scientist\'s noun of the northern languages as the job opening the sentence, not a name', () => {
    // Act
    const norwegian = findEntities(['Hydrolog Sigrun Vatne Aasen sier at elva fortsatt stiger.'], language('nb'));
    const dutch = findEntities(['Volgens geoloog Pieter Hoekstra-Vink zakt de dijk elk jaar verder weg, zei hij.'], language('nl'));

    // Assess
    expect(norwegian.people.map((p) => [p.name, p.title])).toEqual([['Sigrun Vatne Aasen', 'Hydrolog']]);
    expect(dutch.people.map((p) => [p.name, p.title])).toEqual([['Pieter Hoekstra-Vink', 'geoloog']]);
  });

  it('reads `von` or `van` after a given name and a family name as "from", no part of the name', () => {
    // Act
    const german = findEntities(['Der Hang sei nass, sagte Geologe Tobias Gruber von GeoLab Tirol am Montag.'], language('de'));
    // (or after a family name with its particle, the given name one the lists lack)
    const particle = findEntities(['Het bos blijft dicht, zei woordvoerder Wietse de Haan van Staatsbosbeheer op zondag.'], language('nl'));
    // (after a given name alone, or two given names, it opens the family name)
    const dutch = findEntities(['Volgens Anna Maria van der Berg gaat de kering vanavond dicht, zei zij.'], language('nl'));

    // Assess
    expect(german.people.map((p) => p.name)).toEqual(['Tobias Gruber']);
    expect(german.people.map((p) => p.title)).toEqual(['Geologe']);
    expect(particle.people.map((p) => [p.name, p.title])).toEqual([['Wietse de Haan', 'woordvoerder']]);
    expect(dutch.people.map((p) => p.name)).toEqual(['Anna Maria van der Berg']);
  });

  it('keeps `État` after a job\'s elided `d’` out of the name', () => {
    // Act
    const { people } = findEntities(['« Nous avons fait ce qu’il fallait », a déclaré le conseiller d’État Mathieu Favre-Rey.'], language('fr'));

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Mathieu Favre-Rey']);
  });

  it('reads a given name that is also a queen\'s word, before another given name, as the name', () => {
    // Act
    const { people } = findEntities(['Reina Margarita Solís, vecina de la colonia, dijo que oyó crujidos en la noche.'], language('es'));

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([['Reina Margarita Solís', 'vecina de la colonia']]);
  });

  it('reads a job\'s complement in the genitive or as a body\'s letters between the job and the name', () => {
    // Act
    const greek = findEntities(['Ο δήμαρχος Χανίων Ελένη Παπαδάκη είπε ότι το νερό επαρκεί.'], language('el'));
    const slovak = findEntities(['Výkonná riaditeľka OOCR Zuzana Kováčová povedala, že sezóna začne skôr.'], language('sk'));
    // (not a given name the lists lack, in English: the name is whole)
    const english = findEntities(['“We did not sleep,” said spokesperson Binod Raj Thapa-Magar.'], language('en'));

    // Assess
    expect(greek.people.map((p) => [p.name, p.title])).toEqual([['Ελένη Παπαδάκη', 'δήμαρχος Χανίων']]);
    expect(slovak.people.map((p) => [p.name, p.title])).toEqual([['Zuzana Kováčová', 'Výkonná riaditeľka OOCR']]);
    expect(english.people.map((p) => [p.name, p.title])).toEqual([['Binod Raj Thapa-Magar', 'spokesperson']]);
  });

  it('reads a title set off before the name after an article joined to its preposition, or over a list of remits', () => {
    // Act
    const { people } = findEntities([
      'La consejera de Cultura, Irati Goñi, llegó junto a la diputada foral de Movilidad, Turismo y Cohesión Territorial, Nekane Aranburu, y al alcalde de Zumaia, Koldo Arrieta Salaberria, además de cien vecinos.',
    ], language('es'));

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Irati Goñi', 'consejera de Cultura'],
      ['Nekane Aranburu', 'diputada foral de Movilidad, Turismo y Cohesión Territorial'],
      ['Koldo Arrieta Salaberria', 'alcalde de Zumaia'],
    ]);
  });

  it('reads no person in an abstract noun after a title\'s word (`General Coordination`), and `Air` before a place as its airline', () => {
    // Act
    const { people, organisations } = findEntities([
      'Amina Osman Idris, spokesperson for the General Coordination for Returnees in Kordofan, said 300 shelters had collapsed.',
      'Flights on Air Seychelles to Praslin were cancelled, the airline said.',
    ], language('en'));

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Amina Osman Idris']);
    expect(organisations.map((o) => o.name)).toContain('Air Seychelles');
  });

  it('reads inhabited islands and the countries named for two islands as places', () => {
    // Act
    const { places } = findEntities([
      'Ferries between Mahé, Praslin and La Digue were suspended, and flights to Upolu and Savai\'i were delayed.',
      'The storm also hit Antigua and Barbuda and St Kitts and Nevis.',
    ], language('en'));

    // Assess
    expect(places.map((p) => p.name)).toEqual(['Mahé', 'Praslin', 'La Digue', 'Upolu', "Savai'i", 'Antigua and Barbuda', 'St Kitts and Nevis']);
  });

  it('reads a body named by one compound word ending in a body\'s head, alone in Dutch and the Nordic languages, before its place in German', () => {
    // Act
    const swedish = findEntities(['Sjöfartsverket stängde farleden vid Luleå på tisdagen, sade en talesperson.'], language('sv'));
    const german = findEntities(['Die Tourismuskammer Kärnten rechnet mit weniger Gästen, und die Kärntner Seenversicherung zahlt die Schäden.'], language('de'));
    // (a German compound alone is as often a common noun: `das Bundesamt`, `insgesamt`)
    const common = findEntities(['Insgesamt meldete das Bundesamt 40 Fälle, sagte ein Sprecher.'], language('de'));

    // Assess
    expect(swedish.organisations.map((o) => o.name)).toEqual(['Sjöfartsverket']);
    expect(german.organisations.map((o) => o.name)).toEqual(['Tourismuskammer Kärnten', 'Kärntner Seenversicherung']);
    expect(common.organisations).toEqual([]);
  });

  it('reads the Red Cross in other languages as a body, though its words hold a given name', () => {
    // Act
    const { people, organisations } = findEntities(['La Cruz Roja Hondureña atendió a 120 familias, dijo su portavoz.'], language('es'));

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Cruz Roja Hondureña']);
    expect(people).toEqual([]);
  });

  it('reads a name as a person\'s by an age set off after it without `de`, by Spanish `quien`, or by an apposition when it opens the sentence', () => {
    // Act
    const french = findEntities(['Moana Tehei-Roa, 34 ans, était venue de Raiatea pour un rendez-vous. « Mon vol est annulé », raconte-t-elle.'], language('fr'));
    const spanish = findEntities(['Yesenia Portillo Cárcamo, quien vende tortillas en el mercado, dijo que perdió su puesto.'], language('es'));
    const opening = findEntities(['Aminata Diabaté, vendeuse de poisson au marché, a perdu tout son stock, a-t-elle dit.'], language('fr'));
    // (not a body after its article: `la Condroz Cycling Team, 23 ans,` is the team's age, no one's)
    const team = findEntities(['Le coureur de la Namur Cycling Team, 23 ans, a gagné.'], language('fr'));

    // Assess
    expect(french.people.map((p) => p.name)).toEqual(['Moana Tehei-Roa']);
    expect(french.quotes.map((q) => q.speaker)).toEqual(['Moana Tehei-Roa']);
    expect(spanish.people.map((p) => p.name)).toEqual(['Yesenia Portillo Cárcamo']);
    expect(opening.people.map((p) => p.name)).toEqual(['Aminata Diabaté']);
    expect(team.people).toEqual([]);
  });

  it('reads a police rank of abbreviations between a title and a name, a controller as a job, and a title after a possessive set off before the name', () => {
    // Act
    const english = findEntities([
      'Merauke Police Chief Adj. Sr. Comr. Budi Santoso said the road was reopened.',
      'SES incident controller Mia Thornbury said the river had peaked.',
    ], language('en'));
    const french = findEntities(['« Les dégâts sont importants », indique sa porte-parole, Laurence Berthod.'], language('fr'));

    // Assess
    expect(english.people.map((p) => [p.name, p.title])).toEqual([['Budi Santoso', 'Merauke Police Chief'], ['Mia Thornbury', 'SES incident controller']]);
    expect(french.people.map((p) => [p.name, p.title])).toEqual([['Laurence Berthod', 'porte-parole']]);
  });

  it('reads a region of the world\'s table whatever accents the story prints on it', () => {
    // Act
    const { places } = findEntities(['El crucero recorrió las costas de Piura, Lambayeque, Áncash y Lima, y luego las de Zambézia y Nampula.'], language('es'));

    // Assess
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Áncash', 'Zambézia']));
  });

  it('leaves out what the rules above must not take: a company\'s word that refers back, a body\'s age, a king before his number, a surname that is an island\'s', () => {
    // Act
    const swedish = findEntities(['SAS ställde in 40 avgångar. Flygbolaget uppger att trafiken kommer i gång på fredag.'], language('sv'));
    const french = findEntities(['Médecins Sans Frontières, 50 ans après sa fondation, ouvre un hôpital à Bunia, a dit un responsable.'], language('fr'));
    const spanish = findEntities(['El Rey Felipe VI visitó la zona afectada, y el Rey Felipe VI dijo que volvería.'], language('es'));
    const polish = findEntities(['Pomoc wysłał Polski Czerwony Krzyż do Kłodzka w piątek.'], language('pl'));
    const english = findEntities(['Cecil Rhodes founded the company in 1888, and Rhodes said the mines would grow.'], language('en'));

    // Assess
    expect(swedish.organisations.map((o) => o.name)).not.toContain('Flygbolaget');
    expect(french.people).toEqual([]);
    expect(spanish.people.map((p) => [p.name, p.title])).toEqual([['Felipe VI', 'Rey']]);
    expect(polish.organisations.map((o) => o.name)).toEqual(['Polski Czerwony Krzyż']);
    expect(english.people.map((p) => p.name)).toEqual(['Cecil Rhodes']);
  });

  it('reads a capitalised title and the letters it goes by in brackets before a name as the title, not a rank and its corps alone', () => {
    // Act
    const { people } = findEntities([
      'Kullu Deputy Commissioner (DC) Anjali Thakur said the highway would reopen on Sunday.',
      'Civil Defence Force director Col (PA) Hamdan Yusof said 300 people were moved.',
    ], language('en'));

    // Assess
    expect(people.map((p) => [p.name, p.title])[0]).toEqual(['Anjali Thakur', 'Kullu Deputy Commissioner (DC)']);
    expect(people.find((p) => p.name === 'Hamdan Yusof')?.title).not.toBe('Col (PA)');
  });
});
