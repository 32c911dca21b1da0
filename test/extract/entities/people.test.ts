import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';
import { shortForms } from '../../../lambdas/extract/entities/people.ts';

const none = { bylines: [], contributors: [] };
/** The names of the people found in one paragraph of a story in this language. */
const read = (language: string, paragraph: string): string[] => findEntities([paragraph], { ...none, language }).people.map((p) => p.name);

describe('Function: shortForms', () => {
  it.each([
    ['Lloyd Austin', ['Austin']],
    ['Cho Tae-yong', ['Tae-yong', 'Cho']],
    ['Lee Seong Kweun', ['Kweun', 'Lee']],
    ['Yeom Kyung-yup', ['Kyung-yup', 'Yeom']],
    ['Ursula von der Leyen', ['Leyen', 'von der Leyen', 'Von der Leyen']],
    ['Ana Celia Epiayú Uriana', ['Uriana', 'Epiayú Uriana', 'Epiayú']],
    ['Jonathan Lee Wei Jie', ['Jie', 'Lee']],
  ])('gives the short references of %s', (name, forms) => {
    expect(shortForms(name)).toEqual(forms);
  });
});

describe('Function: findEntities (people)', () => {
  it('splits a capitalised title from the name and counts the family name as a mention', () => {
    // Act
    const { people, places } = findEntities(['Defense Secretary Lloyd Austin said on Monday the talks would go on.', 'Austin spoke in Rome.'], none);

    // Assess
    expect(people).toEqual([{ name: 'Lloyd Austin', title: 'Defense Secretary', mentions: 2 }]);
    expect(places.map((p) => p.name)).toEqual(['Rome']);
  });

  it('reads titles before, in apposition before and after a name, without article or age', () => {
    // Act
    const { people } = findEntities([
      'The head of the bureau, Choi Eun-young, said the routes would open.',
      '“It is cheaper,” said Kang Ha-neul, a 29-year-old bartender who lives in Seoul.',
      'Its president, Joe Ajaero, told a news conference that workers would strike.',
      'Lebanese army commander Gen. Joseph Aoun said troops would deploy.',
    ], none);

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Choi Eun-young', 'head of the bureau'],
      ['Kang Ha-neul', 'bartender'],
      ['Joe Ajaero', 'president'],
      ['Joseph Aoun', 'Lebanese army commander'],
    ]);
  });

  it('keeps hyphenated and multi-part names whole and "Sheikh Hasina" as a name', () => {
    // Act
    const { people } = findEntities([
      'Water Resources Minister Aoun Diab Abdullah said the rivers were low.',
      'Bangladesh Prime Minister Sheikh Hasina won a fourth term. Hasina thanked voters.',
      'Deputy Secretary of State Helena Marsh-Cobb told reporters the data would be shared.',
    ], none);

    // Assess
    expect(people.map((p) => [p.name, p.title, p.mentions])).toEqual([
      ['Aoun Diab Abdullah', 'Water Resources Minister', 1],
      ['Sheikh Hasina', 'Bangladesh Prime Minister', 2],
      ['Helena Marsh-Cobb', 'Deputy Secretary of State', 1],
    ]);
  });

  it('does not take "Park" in a place name for the lawmaker Park', () => {
    // Act
    const { people } = findEntities(['Lawmaker Park Sun-won said the briefing ended early.', 'Protesters gathered in Central Park on Sunday.', 'Park told reporters nothing more.'], none);

    // Assess
    expect(people).toEqual([{ name: 'Park Sun-won', title: 'Lawmaker', mentions: 2 }]);
  });

  it('leaves byline authors and contributors out unless the story gives them a title', () => {
    // Act
    const { people } = findEntities(['Kim Tong-hyung said the report was filed.'], { bylines: [], contributors: ['Kim Tong-hyung'] });

    // Assess
    expect(people).toEqual([]);
  });

  it('leaves letters after a name out of it, reads Dutch particles, and finds a speaker after a long appositive', () => {
    // Act
    const people = findEntities([
      'Opening the case, their barrister, Sarah Oyelaran-Brooks KC, told the court the dam was unsafe.',
      '"They knew for years," Ms Oyelaran-Brooks said.',
      'Defence lawyer Joost van \'t Hek said his client would appeal. Van \'t Hek told reporters the court had erred.',
      '"We are not asking for charity," Grace Koroma-Turay, paramount chief of Kholifa Rowala, told reporters.',
    ], none).people.map((p) => [p.name, p.mentions]);

    // Assess
    expect(people).toEqual([['Sarah Oyelaran-Brooks', 2], ['Joost van \'t Hek', 2], ['Grace Koroma-Turay', 1]]);
  });

  it('takes a run the rules read by one word of it for a name where a given name and a verb of saying say so', () => {
    // Act
    const found = findEntities([
      'Lorraine Medina, 67, said she had watched the smoke for hours before a deputy knocked on her door.',
      'Farmers sell to a new distillery near Medina, in the neighbouring state.',
    ], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Lorraine Medina']);
    expect(found.places.map((p) => p.name)).toContain('Medina');
  });

  it('takes the name after a verb of saying and a lower-case role, and leaves an employer\'s acronym out of it', () => {
    // Act
    const people = findEntities([
      '"Elke ton die verdwijnt, kost banen op de kade", zegt bestuurder Jeroen Bakker.',
      '»Vi forventer, at vinden topper omkring middag«, siger vagthavende meteorolog i DMI Lene Vestergaard.',
    ], { ...none, language: 'nl' }).people.map((p) => p.name);

    // Assess
    expect(people).toEqual(['Jeroen Bakker', 'Lene Vestergaard']);
  });

  it('takes the name after a verb of saying and a role that names its place or is set off by a comma, in other languages', () => {
    // Act

    // Assess
    expect(read('lt', '„Neringa nėra didmiestis“, – sakė Neringos meras Vaidotas Kairys.')).toEqual(['Vaidotas Kairys']);
    expect(read('nb', '– Søvn er helt grunnleggende, sier seniorforsker Hilde Aasland i FHI til NTB.')).toEqual(['Hilde Aasland']);
    expect(read('ro', '„Pierderile depășesc 70%”, a declarat ministrul Agriculturii, Florin Bărbulescu.')).toEqual(['Florin Bărbulescu']);
    expect(read('pt', '“Estamos correndo contra o tempo”, disse o secretário de Obras Públicas, Ruy Cabral Neto, durante vistoria.')).toEqual(['Ruy Cabral Neto']);
  });

  it('takes no name from a verb of saying when a preposition, a body\'s remits or a company stands between', () => {
    // Act

    // Assess
    expect(read('en', 'Forest officials said a separate count in Pobitora Wildlife Sanctuary and Orang National Park would follow.')).toEqual([]);
    expect(read('es', '"No vamos a descansar", afirmó el ministro de Vivienda, Construcción y Saneamiento, Rodolfo Aguirre Salas, durante una visita.')).toEqual(['Rodolfo Aguirre Salas']);
    expect(read('en', 'The court said the developer, Tjålme Vind, had not shown how herding could continue.')).toEqual([]);
  });

  it('takes the name after the title of a body with its remits when a verb of saying follows, whatever the given name', () => {
    // Act
    const people = findEntities(['Federal Minister for National Food Security and Research Asif Kakar said aerial spraying would begin on Thursday.'], none).people;

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Asif Kakar']);
    expect(people[0]!.title).toMatch(/Minister for National Food Security and Research$/);
  });

  it('splits the title of a body from the name that follows it, and takes a Chinese name family name first', () => {
    // Act
    const people = findEntities([
      'Minister of Industry and Tourism Jordi Hereu said the data showed growth.',
      'Liu Yichen led the way with victories in the men\'s 500m, ahead of the Park Avenue Skating Club.',
    ], none).people.map((p) => [p.name, p.title]);

    // Assess
    expect(people).toEqual([['Jordi Hereu', 'Minister of Industry and Tourism'], ['Liu Yichen', null]]);
  });

  it('reads a name after a job that usually names a company as a person\'s where a verb of saying follows', () => {
    // Act
    const found = findEntities(['Trucking operator Joseph Wani said his drivers had been waiting since 4am.', 'Grid operator Ukrenergo said power was back.'], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Joseph Wani']);
    expect(found.organisations.map((o) => o.name)).toEqual(['Ukrenergo']);
  });

  it('keeps honorifics and their abbreviations out of names, and finds the name after a long title of a body', () => {
    // Act
    const people = findEntities([
      'The agreement was signed by H.E. Eng. Saleh bin Nasser al-Jasser, Saudi Minister of Transport, in Abu Dhabi.',
      'Kuwait will import electricity, Undersecretary of the Ministry of Electricity, Water and Renewable Energy Eng. Fahad Al-Otaibi said on Sunday.',
      'The programme was launched by Ma. Consuelo T. Abellana, who heads the regional office.',
    ], none).people.map((p) => [p.name, p.title]);

    // Assess
    expect(people).toEqual([
      ['Saleh bin Nasser al-Jasser', 'Saudi Minister of Transport'],
      ['Fahad Al-Otaibi', 'Undersecretary of the Ministry of Electricity, Water and Renewable Energy'],
      ['Ma. Consuelo T. Abellana', null],
    ]);
  });

  it('keeps a generation in the name, leaves Nigerian honorifics out, and joins Welsh, Iban, Kalenjin and Swedish particles', () => {
    // Act
    const people = findEntities([
      'DA Undersecretary for High-Value Crops Rodolfo Macaraeg Jr. said on Tuesday that exports would grow.',
      '"We cannot compete on volume," said Emmanuel Sebastian Tiu III, president of the growers\' association.',
      '"Our members planted more groundnut," said Alhaji Abubakar Sani Dambatta, chairman of the association.',
      'Finance spokesperson Siôn ap Dafydd said the figures were stark, and longhouse chief Jerip anak Ngumbang said villagers were worried.',
      '"We are disappointed," said Johan af Ekenstam, and Jeremiah Kiprono arap Sang said the lake kept rising.',
    ], none).people.map((p) => p.name);

    // Assess
    expect(people).toEqual(['Rodolfo Macaraeg Jr.', 'Emmanuel Sebastian Tiu III', 'Abubakar Sani Dambatta', 'Siôn ap Dafydd', 'Jerip anak Ngumbang', 'Johan af Ekenstam', 'Jeremiah Kiprono arap Sang']);
  });

  it('reads the name after a qualified title of a body, given names and all, and Mauritanian and German particles', () => {
    // Act
    const people = findEntities([
      'Vice Minister of Collective Health Rosa Elena Peña Almonte said the country had recorded 14,260 cases.',
      'Deputy Minister of Agriculture and Rural Development Jacek Czerwiński, who met the protesters, said the government would act.',
      '"This is the project that will turn the country," said Sidi Mohamed ould Cheikh Ahmed, and Benedikt zu Solms-Hohenfeld said the merger was fair.',
    ], none).people.map((p) => [p.name, p.title]);

    // Assess
    expect(people).toEqual([
      ['Rosa Elena Peña Almonte', 'Vice Minister of Collective Health'],
      ['Jacek Czerwiński', 'Deputy Minister of Agriculture and Rural Development'],
      ['Sidi Mohamed ould Cheikh Ahmed', null],
      ['Benedikt zu Solms-Hohenfeld', null],
    ]);
  });

  it('reads "y" before a given name as "and", not as the particle of Ortega y Gasset', () => {
    // Act
    const people = findEntities(['Rosa Peña Almonte y Juan Mejía Rosario dijeron que no.', '"Es un acuerdo justo", dijo José Ortega y Gasset.'], { ...none, language: 'es' }).people.map((p) => p.name);

    // Assess
    expect(people).toEqual(['Rosa Peña Almonte', 'Juan Mejía Rosario', 'José Ortega y Gasset']);
  });
});
