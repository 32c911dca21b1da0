import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';
import { honorificLength } from '../../../lambdas/extract/entities/titles.ts';
import { splitLeadingTitle } from '../../../lambdas/extract/entities/people.ts';

/**
 * People and titles the held-out stories (49–60) showed missing: portfolios joined by "and", honorifics printed with
 * a name, titles after an age or an article, and people introduced only by a description. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const titled = (people: readonly { name: string; title: string | null }[]) => people.map((p) => [p.name, p.title]);

describe('Function: honorificLength', () => {
  it.each([
    [['Datuk', 'Seri', 'Anwar', 'Ibrahim'], 2],
    [['Tan', 'Sri', 'Noor', 'Hisham'], 2],
    [['Mr.', 'Ng'], 1],
    [['Shri', 'Rajan', 'Pillai'], 1],
    [['Sri', 'Mulyani', 'Indrawati'], 0],
    [['Tun', 'Tun', 'Oo'], 0],
    [['Pak', 'Harto'], 1],
    [['Pak', 'Pong', 'Ju'], 0],
    [['Mr.'], 0],
    // Myanmar's honorifics before two names at least (not Ma, a family name, before one), and religious ones
    [['U', 'Aung', 'Zaw', 'Lin'], 1],
    [['Daw', 'Khin', 'Mya', 'Thein'], 1],
    [['Ma', 'Thida', 'Htwe'], 1],
    [['Ma', 'Ying-jeou'], 0],
    [['U', 'Thant'], 0],
    [['Sister', 'Agnes', 'Wanjiru'], 1],
  ])('counts the honorifics of %j as %i', (words, n) => {
    // Act & Assess
    expect(honorificLength(words)).toBe(n);
  });
});

describe('Function: findEntities (titles and honorifics)', () => {
  it('reads the jobs news copy gives people in lower case before their names as titles', () => {
    // Act
    const { people } = findEntities([
      'Rain will ease by Friday, state forecaster Amara Osei said.',
      'Museum curator Ines Halvorsen opened the show, and coroner Peter Lunde read the findings.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([
      ['Amara Osei', 'state forecaster'],
      ['Ines Halvorsen', 'Museum curator'],
      ['Peter Lunde', 'coroner'],
    ]);
  });

  it('keeps portfolios joined by "and" or commas in a capitalised title, but not a name before "and"', () => {
    // Act
    const { people } = findEntities([
      'Fisheries and Oceans Minister Halvard Strand said the quota would fall.',
      'Trade, Industry and Energy Minister Yoo Sang-min met Ortega and Defence Minister Ines Calvo on Friday.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([
      ['Halvard Strand', 'Fisheries and Oceans Minister'],
      ['Yoo Sang-min', 'Trade, Industry and Energy Minister'],
      ['Ines Calvo', 'Defence Minister'],
    ]);
  });

  it('drops honorifics from the name, between title and name too, and links the given name used alone', () => {
    // Act
    const { people, quotes } = findEntities([
      'Rural Development Minister Datuk Seri Azlan Yusof said rubber prices would recover.',
      '“Smallholders cannot wait another season,” Azlan told reporters.',
      'Tan Sri Faridah Osman, who chairs the board, declined to comment. Mr. Okafor said little.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Azlan Yusof', 'Rural Development Minister'], ['Faridah Osman', null], ['Okafor', null]]);
    expect(quotes).toEqual([{ text: 'Smallholders cannot wait another season', speaker: 'Azlan Yusof' }]);
  });

  it('keeps a given name that looks like an honorific, and a hospital named for a knight', () => {
    // Act
    const { people, organisations } = findEntities(['Sri Wahyuni Lestari said nurses at Sir Thomas Rowe Hospital had not been paid.'], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Sri Wahyuni Lestari']);
    expect(organisations.map((o) => o.name)).toEqual(['Sir Thomas Rowe Hospital']);
  });

  it('reads the title after an age, after an article, and before "who", without the place a person comes from', () => {
    // Act
    const { people } = findEntities([
      'Oduya Mensah, 37, a contract welder who left the yard in March, said wages had fallen.',
      '“The wells are empty,” said Parisa Tehrani, a 52-year-old seamstress.',
      'Ilario Bettini, a glaciologist at the University of Padua, told reporters the ice was thinning.',
      'Tomasz Wrona, a ferryman who has crossed the river for decades, said the water was low.',
      'Hanne Lykke, a 45-year-old midwife from Aalborg, said shifts were longer.',
      'Government spokesman Omid Farahani said taps would run at night.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([
      ['Oduya Mensah', 'contract welder'],
      ['Parisa Tehrani', 'seamstress'],
      ['Ilario Bettini', 'glaciologist at the University of Padua'],
      ['Tomasz Wrona', 'ferryman'],
      ['Hanne Lykke', 'midwife'],
      ['Omid Farahani', 'Government spokesman'],
    ]);
  });

  it('finds a person with an uncommon given name from the description after the name, so that quotes go to them', () => {
    // Act
    const { people, quotes } = findEntities([
      'Port director Ansel Brook said cargo volumes had doubled.',
      'Yerlan Dossayev, an agronomist who farms near the border, said the rains came late. “We planted twice,” he said.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Ansel Brook', 'Yerlan Dossayev']);
    expect(quotes).toEqual([{ text: 'We planted twice', speaker: 'Yerlan Dossayev' }]);
  });

  it('gives each name of a list the plural title before it, in the singular, and no title to a plural word before one name', () => {
    // Act
    const { people } = findEntities([
      'Opposition MPs Wekesa Lumumba, Agnes Nakato and Tobias Were walked out.',
      'District councillors Ileana Vrabie and Sorin Talpă voted against, as did regional judges Kateřina Mlynářová, Ondřej Sýkora and Pavla Vodičková.',
      'Les premiers Jeux africains de la jeunesse ont eu lieu à Dakar.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([
      ['Wekesa Lumumba', 'Opposition MP'], ['Agnes Nakato', 'Opposition MP'], ['Tobias Were', 'Opposition MP'],
      ['Ileana Vrabie', 'District councillor'], ['Sorin Talpă', 'District councillor'],
      ['Kateřina Mlynářová', 'regional judge'], ['Ondřej Sýkora', 'regional judge'], ['Pavla Vodičková', 'regional judge'],
    ]);
  });

  it('reads a title without an article set off before a verb of saying, after a word of its own', () => {
    // Act
    const { people, quotes } = findEntities(['“We want the river back,” Mamusu Kallon-Bangura, paramount chief of Nimiyama, told reporters.'], none);

    // Assess
    expect(titled(people)).toEqual([['Mamusu Kallon-Bangura', 'paramount chief of Nimiyama']]);
    expect(quotes).toEqual([{ text: 'We want the river back', speaker: 'Mamusu Kallon-Bangura' }]);
  });

  it('reads full names of six words and more where the custom has them, but not a name run on into where the person works', () => {
    // Act
    const { people, quotes } = findEntities([
      '“The valley will not recover,” presiding judge Ana Beatriz de la Torre Sepúlveda wrote in the ruling.',
      '“Prices will rise,” said Dr. José Antonio Villalba de los Ríos Peña, an economist.',
      '„Der Winter war mild“, sagte Analystin Petra Huber von der Bergtaler Kantonalbank.',
    ], none);

    // Assess
    expect(titled(people).slice(0, 2)).toEqual([['Ana Beatriz de la Torre Sepúlveda', 'presiding judge'], ['José Antonio Villalba de los Ríos Peña', 'economist']]);
    expect(quotes.map((q) => q.speaker).slice(0, 2)).toEqual(['Ana Beatriz de la Torre Sepúlveda', 'José Antonio Villalba de los Ríos Peña']);
    expect(people.filter((p) => p.name.includes('Kantonalbank'))).toEqual([]);
  });

  it('finds the name after a title whose portfolios are joined by "and", and after a ministry named with its remit', () => {
    // Act
    const { people, organisations } = findEntities([
      'Deputy Minister of Roads and Transport Sengphet Vongsavath said the bridge would open in May.',
      'Director General in the Ministry of Fisheries Halima Nyirenda Banda said quotas would fall.',
      'The Ministry of Health said cases had fallen.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Sengphet Vongsavath', 'Halima Nyirenda Banda']);
    expect(people[0]!.title).toBe('Deputy Minister of Roads and Transport');
    expect(organisations.map((o) => o.name)).toEqual(['Ministry of Fisheries', 'Ministry of Health']);
  });

  it('reads a person after a trade noun when an age follows the name, and the clergy\'s job after "the Rev Dr"', () => {
    // Act
    const { people, organisations, quotes } = findEntities([
      'Stall operator Siti Aminah Yusof, 51, from Muar, said the market had flooded twice.',
      'The Rev Dr Aroha Tapsell-Whaanga, curate at Rātana, said her congregation would rebuild. “We have done it before,” she said.',
    ], none);

    // Assess
    expect(organisations).toEqual([]);
    expect(people.map((p) => p.name)).toEqual(['Siti Aminah Yusof', 'Aroha Tapsell-Whaanga']);
    expect(people[1]!.title).toBe('curate at Rātana');
    expect(quotes).toEqual([{ text: 'We have done it before', speaker: 'Aroha Tapsell-Whaanga' }]);
  });

  it('reads a person named attributively after "a" (a Joe Biden appointee), but no name after "the"', () => {
    // Act
    const { people } = findEntities(['Judge Amara Quist, a George Weah appointee, dissented. An El Niño-induced drought followed, and the Nelson Mandela Bridge was closed.'], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Amara Quist', 'George Weah']);
  });

  it('reads no title from a clause about someone else after a place set off by a comma', () => {
    // Act
    const { people } = findEntities(['In Kaikōura, Blenheim retiree Hemi Walker had waited all night. “The road is gone,” said Tom Reid, chief executive of Coastline Freight.'], none);

    // Assess
    expect(titled(people)).toEqual([['Hemi Walker', 'Blenheim retiree'], ['Tom Reid', 'chief executive of Coastline Freight']]);
  });

  it('reads an envoy\'s title with where they are sent, and a person whose job comes before the body they work for', () => {
    // Act
    const { people, organisations, quotes } = findEntities([
      '“Trade will double,” Ghana\'s Ambassador to Morocco Kwesi Boateng said. Permanent Representative to the United Nations Leila Haddad agreed.',
      '“The lake is shrinking,” said Aliya Sarsenova, an ecologist with the institute.',
    ], none);

    // Assess
    expect(titled(people).slice(0, 2)).toEqual([['Kwesi Boateng', 'Ghana\'s Ambassador to Morocco'], ['Leila Haddad', 'Permanent Representative to the United Nations']]);
    expect(people.map((p) => p.name)).toContain('Aliya Sarsenova');
    expect(organisations.map((o) => o.name)).toEqual(['United Nations']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Kwesi Boateng', 'Aliya Sarsenova']);
  });

  it('reads a given name before a double-barrelled family name as a person, but not a city before a port\'s district', () => {
    // Act
    const { people } = findEntities(['The club is represented by Imogen Tate-Hollis and Ravi Okonkwo-Lane of a London firm. Ships queued at Constanța Sud-Agigea.'], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Imogen Tate-Hollis', 'Ravi Okonkwo-Lane']);
  });

  it('reads a capitalised plural title before a list in the singular, a councillor\'s job set off after the name, and no degree as a title', () => {
    // Act
    const { people } = findEntities([
      'Supervisors Hollis Marchetti-Vance and Dolores Quintero-Ash voted no.',
      'Councillor Bethan Lloyd-Powys, cabinet member for housing, said rents would rise.',
      'Regional Director of Health Services, Dr. Imani Odhiambo-Kerr, said so.',
    ], none);

    // Assess
    expect(titled(people).slice(0, 3)).toEqual([['Hollis Marchetti-Vance', 'Supervisor'], ['Dolores Quintero-Ash', 'Supervisor'], ['Bethan Lloyd-Powys', 'cabinet member for housing']]);
    expect(people[3]?.title ?? null).not.toBe('Dr.');
  });

  it('gives no title for a description that says nothing of what a person does', () => {
    // Act
    const { people } = findEntities(['Harriet Quayle, the woman who found the letters, said she had kept them.'], none);

    // Assess
    expect(titled(people)).toEqual([['Harriet Quayle', null]]);
  });
});

describe('People: words before a name that are not the name, and the last words of a name used alone', () => {
  it.each([
    ['Prof. Hakan Özkaya', 'Hakan Özkaya', 'Prof.'],
    ['Parishioner Ron McAllister-Hune', 'Ron McAllister-Hune', 'Parishioner'],
    ['Counsel Datuk R. Thanabalan', 'R. Thanabalan', 'Counsel Datuk'],
    ['Volcanologist Ásdís Björk Halldórsdóttir', 'Ásdís Björk Halldórsdóttir', 'Volcanologist'],
    ['Industry Hiroyuki Tanabe', 'Hiroyuki Tanabe', null],
    ['Sri Wahyuni Lestari', 'Sri Wahyuni Lestari', null],
    ['Dean Elgar Smith', 'Dean Elgar Smith', null],
    ['Justice Tan', 'Justice Tan', null],
    // a long word before a given name of many countries is a title in the story's language; a short one may be a name
    ['Statsminister Jonas Gahr Støre', 'Jonas Gahr Støre', 'Statsminister'],
    ['Burgemeester Femke Halsema', 'Femke Halsema', 'Burgemeester'],
    ['Murad Ali Shah', 'Murad Ali Shah', null],
    ['Nguyen Van Thanh', 'Nguyen Van Thanh', null],
    ['Abdulrahman Mohammed Al Qasimi', 'Abdulrahman Mohammed Al Qasimi', null],
  ])('reads %s as %s', (printed, name, title) => {
    expect(splitLeadingTitle(printed)).toEqual({ name, title });
  });

  it('takes a person named by the last words of their full name for that person, and the quote for theirs', () => {
    // Act
    const { people, quotes } = findEntities([
      'Dr. Aisha Saeed Al Hammadi, director of the Earth Observation Department, said the camera would record hundreds of bands.',
      '“Ghaf will give us a completely new way of reading the land,” Al Hammadi said.',
      'The memorandum was signed by Japan’s Minister of Economy, Trade and Industry Hiroyuki Tanabe.',
      '“We can build a supply chain,” Tanabe told reporters.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Aisha Saeed Al Hammadi', 'Hiroyuki Tanabe']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Aisha Saeed Al Hammadi', 'Hiroyuki Tanabe']);
  });
});

describe('Quotes and speakers in other languages\' copy', () => {
  it.each([
    ['a Swedish dash quote', ['– Det är allvarligt, säger statsmeteorolog Karin Lundqvist till TT.'], 'Det är allvarligt', 'Karin Lundqvist'],
    ['a German low quote', ['„Die Lage bleibt angespannt“, sagte DWD-Meteorologin Katrin Oberleitner in Offenbach.'], 'Die Lage bleibt angespannt', 'Katrin Oberleitner'],
    ['French guillemets', ['« Nous ne pouvons pas prendre le moindre risque », a expliqué la porte-parole de la STIB, Sophie Lambert.'], 'Nous ne pouvons pas prendre le moindre risque', 'Sophie Lambert'],
    ['German guillemets', ['»Wir sehen klare Vorzieheffekte«, sagte FH-Sprecher Thomas Gerber.'], 'Wir sehen klare Vorzieheffekte', 'Thomas Gerber'],
    ['an Icelandic low quote', ['„Við fylgjumst grannt með stöðunni,“ segir Kristín Bergsdóttir.'], 'Við fylgjumst grannt með stöðunni', 'Kristín Bergsdóttir'],
    ['a Tagalog quote', ['“Handa ang ating mga rescue team,” ani Gilbert Bonifacio.'], 'Handa ang ating mga rescue team', 'Gilbert Bonifacio'],
  ])('reads %s and its speaker', (_, paragraphs, text, speaker) => {
    // Act
    const { quotes, people } = findEntities(paragraphs, none);

    // Assess
    expect(quotes).toEqual([{ text, speaker }]);
    expect(people.map((p) => p.name)).toEqual([speaker]);
  });

  it.each([
    ['Swahili', ['DODOMA leo, Waziri wa Kilimo, Mohamed Said Kombo, amesema Serikali itatoa mbolea.', '“Hii ni kwa wakulima wadogo”, amesema Waziri Kombo.'], 'Hii ni kwa wakulima wadogo', 'Mohamed Said Kombo'],
    ['Azerbaijani', ['Assosiasiyanın sədri Rauf Məmmədli bildirib ki, qiymətlər aşağı düşüb.', '“Biz dövlətdən kömək xahiş edirik”, - R.Məmmədli deyib.'], 'Biz dövlətdən kömək xahiş edirik', 'Rauf Məmmədli'],
    ['Malay', ['Menteri Pengangkutan Datuk Seri Azman Hamid berkata ujian itu penting.', '“Ujian ini penting,” ujar Menteri Hamid.'], 'Ujian ini penting', 'Azman Hamid'],
  ])('in %s, takes a title of the language and a family name, or an initial and a family name, for the person named in full', (_, paragraphs, text, speaker) => {
    // Act
    const { quotes, people } = findEntities(paragraphs, none);

    // Assess
    expect(quotes).toEqual([{ text, speaker }]);
    expect(people.map((p) => p.name)).toEqual([speaker]);
  });

  it('leaves a place out of the name: the place a title is of, the place a title of another language governs', () => {
    // Act
    const found = (paragraphs: string[]) => titled(findEntities(paragraphs, none).people);

    // Assess
    expect(found(['"We are ready," said the mayor of Chicago Brandon Johnson.'])).toEqual([['Brandon Johnson', 'mayor of Chicago']]);
    expect(found(['„Сезоната почна порано“, изјави градоначалникот на Охрид Благоја Стефановски.'])).toEqual([['Благоја Стефановски', 'градоначалникот на Охрид']]);
    expect(found(['Градоначелник Приједора Данијел Крунић рекао је да грађани очекују аутопут.'])).toEqual([['Данијел Крунић', 'Градоначелник Приједора']]);
  });

  it('takes a name after an age and a role for a person, the role for the title; a body named with a guard or a programme named with a place for none', () => {
    // Act
    const { people } = findEntities([
      'A fourth crew member, 27-year-old deckhand Tyler Brandt, was pulled from a life raft by a helicopter crew from Coast Guard Sector North Bend.',
      'Speaking on RTHK\'s Hong Kong Today programme, Minister of Land Reform Petrus Haufiku said the boreholes would be ready by March.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Tyler Brandt', 'deckhand'], ['Petrus Haufiku', 'Minister of Land Reform']]);
  });

  it('takes Dr and a family name for the person named in full, a head and General before "for" for one title, a singular relative clause for a person\'s', () => {
    // Act
    const { people, quotes, places } = findEntities([
      'Tanzania Ports Authority acting director general Dr Neema Mollel said the rail link would help.',
      '“We want to bring that down to three days,” said Dr Mollel.',
      'Auditor General for Scotland Fiona McAllister said: “Island residents have been living with an unreliable service.”',
      'At a press conference, Yoshiaki Kanazawa, who chairs the committee, said ferries would run to Prince William Sound.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Neema Mollel', 'Tanzania Ports Authority acting director general'], ['Fiona McAllister', 'Auditor General for Scotland'], ['Yoshiaki Kanazawa', null]]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Neema Mollel', 'Fiona McAllister']);
    expect(places.map((p) => p.name)).toContain('Prince William Sound');
  });

  it('keeps Fijian, Malaysian and Philippine honorifics out of names (Ratu, Ir, Engr.), and reads a boulevard as a place', () => {
    // Act
    const { people, places } = findEntities([
      '“Our villages understand why the ban is needed,” said Ratu Inoke Bolatagici, chairman of the provincial council.',
      'State Works Minister Ir Jaimin Sundang said the last land claims were settled.',
      'Engr. Rolando Dizon said dredging had stopped in June.',
      'Traffic was diverted from Howard Cooke Boulevard on Monday.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Inoke Bolatagici', 'Jaimin Sundang', 'Rolando Dizon']);
    expect(places.map((p) => p.name)).toContain('Howard Cooke Boulevard');
  });

  it('keeps West African copy\'s `Barrister` and `Barr.` before a lawyer\'s name out of the name', () => {
    // Act
    const { people } = findEntities([
      'The family\'s counsel, Barrister Ngozi Eke-Obi, said they would appeal.',
      'Barr. Tunde Fashola-Adeyemi told the court the notice was never served.',
    ], none);

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Ngozi Eke-Obi', 'Tunde Fashola-Adeyemi']);
  });

  it('makes no person of a title of another language and the word it governs', () => {
    expect(findEntities(['Ministrul Agriculturii a anunțat noi subvenții.', 'Mkurugenzi Mtendaji amesema mbolea imefika.'], none).people).toEqual([]);
  });

  it('takes a dash paragraph without a verb of saying whole, and no quote from plain text', () => {
    expect(findEntities(['– Vi har foreløpig ingen meldinger om personskader.'], none).quotes.map((q) => q.text)).toEqual(['Vi har foreløpig ingen meldinger om personskader.']);
    expect(findEntities(['The rate – set in March – stays.'], none).quotes).toEqual([]);
  });
});

describe('Function: findEntities (Brunei and Malay names with bin, binti and honorifics)', () => {
  const none = { bylines: [], contributors: [] };
  const people = (paragraphs: string[]) => findEntities(paragraphs, none).people.map((p) => [p.name, p.title]);

  it.each([
    ['Minister of Home Affairs Dato Seri Paduka Dr Hamid bin Haji Osman, who chaired the meeting, said the border would reopen.', 'Hamid bin Haji Osman', 'Minister of Home Affairs'],
    ['Director of Fisheries Dayang Hajah Rosnah binti Haji Yusof said the catch had doubled.', 'Rosnah binti Haji Yusof', 'Director of Fisheries'],
  ])('takes the name from its given name to its father\'s, and leaves the honorifics between title and name out of both: %s', (sentence, name, title) => {
    expect(people([sentence])).toContainEqual([name, title]);
  });

  it('keeps Awang as a given name where no honorific follows it', () => {
    expect(people(['Former minister Awang Adek Hussin said the port should be sold.']).map(([name]) => name)).toContain('Awang Adek Hussin');
  });
});

describe('Function: findEntities (a title and the last words of a name met in full)', () => {
  it('reads `Justice` and a double family name as the judge named in full before, and gives her the quote', () => {
    // Act
    const found = findEntities([
      'The hearing, chaired by Justice Anne-Sophie Mbarga Atangana, lasted two days.',
      '“This court will not be rushed,” Justice Mbarga Atangana said.',
    ], { bylines: [], contributors: [] });

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Anne-Sophie Mbarga Atangana']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Anne-Sophie Mbarga Atangana']);
  });
});

describe('Function: findEntities (a title and a name set off after a place)', () => {
  it('makes no person of a place that a title and another person\'s name follow between commas', () => {
    // Act
    const found = findEntities(['The ministry\'s officer in Mabvekwe, agronomist Peter Chola-Banda, said yields had fallen.'], { bylines: [], contributors: [] });

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Peter Chola-Banda', 'agronomist']]);
  });
});
