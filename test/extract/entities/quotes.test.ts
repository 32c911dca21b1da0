import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

const none = { bylines: [], contributors: [] };
const quotesOf = (paragraphs: string[]) => findEntities(paragraphs, none).quotes.map((q) => [q.text, q.speaker]);

describe('Function: findEntities (quotes)', () => {
  it('attributes after the quote, before it, and by pronoun to the last named speaker', () => {
    // Act
    const quotes = quotesOf([
      'White House spokesman John Kirby said the troops had arrived.',
      '“They are training,” Kirby said. “We are watching.”',
      'Defense Secretary Lloyd Austin told reporters in Rome that it was serious.',
      'He added: “It is a very, very serious problem.”',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['They are training', 'John Kirby'],
      ['We are watching.', 'John Kirby'],
      ['It is a very, very serious problem.', 'Lloyd Austin'],
    ]);
  });

  it('attributes inverted attribution with an appositive, and continuation paragraphs', () => {
    // Act
    const quotes = quotesOf([
      '“The roof flew away,” said Nguyen Thi Hoa, 52, who sells fishing gear. “Everyone ran.”',
      '“We had nowhere to go.”',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['The roof flew away', 'Nguyen Thi Hoa'],
      ['Everyone ran.', 'Nguyen Thi Hoa'],
      ['We had nowhere to go.', 'Nguyen Thi Hoa'],
    ]);
  });

  it('gives null for an institution, keeps attributed partial quotes and drops scare quotes', () => {
    // Act
    const quotes = quotesOf([
      'The State Department said it was "closely monitoring" the situation.',
      'Districts could designate "quiet zones" around hospitals.',
      'NATO Secretary General Mark Rutte said the deployment would mark a “significant escalation.”',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['closely monitoring', null],
      ['significant escalation.', 'Mark Rutte'],
    ]);
  });

  it('reads straight quotes as dpa and AFP print them', () => {
    // Act
    const quotes = quotesOf(['"Berlin lives from its nightlife," senator Friederike Hansen said. "But people need to sleep."']);

    // Assess
    expect(quotes).toEqual([
      ['Berlin lives from its nightlife', 'Friederike Hansen'],
      ['But people need to sleep.', 'Friederike Hansen'],
    ]);
  });

  it('keeps a quote that runs on into the next paragraph as one entry, with the speaker named at its end', () => {
    // Act
    const quotes = quotesOf([
      'The deal was signed in Islamabad on Tuesday.',
      '"Karachi handles more than half of the country\'s trade. We will double capacity within four years.',
      '"We are also bringing our own shipping lines," said Saeed Khalfan al-Mazrouei, the group\'s chief executive.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['Karachi handles more than half of the country\'s trade. We will double capacity within four years. We are also bringing our own shipping lines', 'Saeed Khalfan al-Mazrouei'],
    ]);
  });

  it('reads "the retired builder said" as the person named before, but not a described person the story never names', () => {
    // Act
    const quotes = quotesOf([
      'Parishioner Ron McAllister-Hune, 82, said he had attended the church for six decades.',
      '"I was married in that church," the retired builder said.',
      'An official of the shipping company, speaking on condition of anonymity, said it had ordered new ferries. "We will need twice as many ships," the official said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['I was married in that church', 'Ron McAllister-Hune'],
      ['We will need twice as many ships', null],
    ]);
  });

  it('reads "the Union Minister said" as the person whose title holds the whole role, and "a government official said" as no one named', () => {
    // Act
    const quotes = quotesOf([
      'Union Minister for Transport Thura Min Aung visited the port with Chief Minister of Bago Region Khin Maung Lwin.',
      '“We will finish before the monsoon,” the Union Minister said.',
      '“The money is there,” a government official said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['We will finish before the monsoon', 'Thura Min Aung'],
      ['The money is there', null],
    ]);
  });

  it('finds the speaker of a partial quote past an appositive and a relative clause after the name', () => {
    // Act
    const quotes = quotesOf(['Dr Thiri Aung, a lecturer in hydrology at Mandalay University, who chaired the review, said the dam “needs a second spillway”.']);

    // Assess
    expect(quotes).toEqual([['needs a second spillway', 'Thiri Aung']]);
  });

  it('gives "he" and "she" to a speaker of that gender, and to the voice the story has just brought in', () => {
    // Act
    const quotes = quotesOf([
      '"It is not just the paddocks that are under stress," Jacinta Mauger said.',
      'Grain producers\' chief executive Tom Haigh welcomed the loans but warned they would not be enough.',
      '"Loans help, but you cannot borrow your way out of a drought," he said.',
      '"We will keep farming," she said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['It is not just the paddocks that are under stress', 'Jacinta Mauger'],
      ['Loans help, but you cannot borrow your way out of a drought', 'Tom Haigh'],
      ['We will keep farming', 'Jacinta Mauger'],
    ]);
  });

  it('finds the verb after a long appositive, and reads "the Minister said" as the minister named before', () => {
    // Act
    const quotes = quotesOf([
      '"I waited for two trains this morning," Ananya Hegde, a software engineer who travels from Jayanagar to the Electronics City campus every day, told IANS.',
      'Minister of Agriculture Dwayne Clarke-Mitchell made the announcement on Tuesday.',
      '"These pumps will allow farmers to irrigate reliably," the Minister said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['I waited for two trains this morning', 'Ananya Hegde'],
      ['These pumps will allow farmers to irrigate reliably', 'Dwayne Clarke-Mitchell'],
    ]);
  });

  it('reads Swedish quotes opened with the closing mark and Danish speech opened with a hyphen, but not a list', () => {
    // Act
    const quotes = findEntities([
      '”Vi ser kraftigt ökade kostnader”, säger Anna Sundqvist, gruvchef i Kiruna.',
      '- Vi er klar over, at det er en stor gene, siger kommunikationschef Mette Holm Sørensen.',
      '- Tre nye linjer åbner i 2027',
    ], { ...none, language: 'sv' }).quotes.map((q) => [q.text, q.speaker]);

    // Assess
    expect(quotes).toEqual([
      ['Vi ser kraftigt ökade kostnader', 'Anna Sundqvist'],
      ['Vi er klar over, at det er en stor gene', 'Mette Holm Sørensen'],
    ]);
  });

  it('gives "the 71-year-old said" to the person of that age, and "he said" to the man the paragraph before was about', () => {
    // Act
    const quotes = quotesOf([
      'Among those who spoke were Jaypeetee Kunuk, 71, a hunter from Pond Inlet, and Elisapee Killiktee, an elder who chairs the hunters\' organisation.',
      '"When I was a boy we could hear them breathing at the floe edge," the 71-year-old said.',
      '"The lads will regroup tonight," Graham Whitlock-Hale, the assistant coach, told reporters.',
      'Jerome Alleyne-Forde scored a century. Alleyne-Forde, who grew up near the ground, dedicated the innings to his grandmother.',
      '"She used to sit in the stands with a flask of tea," he said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['When I was a boy we could hear them breathing at the floe edge', 'Jaypeetee Kunuk'],
      ['The lads will regroup tonight', 'Graham Whitlock-Hale'],
      ['She used to sit in the stands with a flask of tea', 'Jerome Alleyne-Forde'],
    ]);
  });

  it('takes no title alone for a person, and no part of a ministry\'s list for a speaker', () => {
    // Act
    const found = findEntities([
      'Briefing journalists today, Director General Tolosa Gemechu Bayisa said earnings exceeded the target.',
      '"The improvement in quality control has started to pay off," the Director General noted.',
      'A spokesperson for the Ministry of Housing, Communities and Local Government said: "We are delivering the biggest boost in a generation."',
    ], none);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Tolosa Gemechu Bayisa']);
    expect(found.organisations.map((o) => o.name)).toEqual(['Ministry of Housing, Communities and Local Government']);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Tolosa Gemechu Bayisa', null]);
  });

  it('gives a quote inside a sentence to its subject when a participle of saying follows the quote', () => {
    // Act
    const quotes = quotesOf(['Port director Sione Havili-Tupou called the new berth “a turning point for the north”, adding that two more were planned.']);

    // Assess
    expect(quotes).toEqual([['a turning point for the north', 'Sione Havili-Tupou']]);
  });

  it('gives a quote attributed to "the Frenchman" or "the Spaniard" to the person named before, as a pronoun', () => {
    // Act
    const quotes = quotesOf([
      'Coach Lucien Marchetti-Roux, who arrived in June, said the win was deserved.',
      '“We suffered for ninety minutes,” the Frenchman told reporters.',
      'Midfielder Iker Sagasta-Bilbao said little. “It was hard,” the Spaniard said.',
    ]);

    // Assess
    expect(quotes).toEqual([['We suffered for ninety minutes', 'Lucien Marchetti-Roux'], ['It was hard', 'Iker Sagasta-Bilbao']]);
  });

  it('gives a partial quote to the one who affirmed or emphasised it (session 24)', () => {
    // Act
    const found = quotesOf([
      'Foreign Minister Layla Al-Mansouri affirmed on Tuesday that the new corridor had become "a strategic priority for the whole region."',
      'Port director Karim Haddad-Ouali emphasised that the terminal was "ready for the first ships by June."',
    ]);

    // Assess
    expect(found).toContainEqual(['a strategic priority for the whole region.', 'Layla Al-Mansouri']);
    expect(found).toContainEqual(['ready for the first ships by June.', 'Karim Haddad-Ouali']);
  });

  it('gives "he said" to the one who spoke, not to a person his words brought in (session 24)', () => {
    // Act
    const found = quotesOf([
      'Rovers manager Gareth Llewellyn-Price said the striker would start on Saturday alongside winger Tomasz Kowalczyk-Bury.',
      '"He is fit, he is sharp, and he has earned it," he said.',
    ]);

    // Assess
    expect(found).toEqual([['He is fit, he is sharp, and he has earned it', 'Gareth Llewellyn-Price']]);
  });

  it('reads sports positions before a name as titles, and no word before a preposition into them (session 24)', () => {
    const people = findEntities([
      'Rookie goaltender Eemeli Saarinen-Koski made 41 saves, and defenseman Jonas Berglund-Aho scored twice.',
      'The striker will start on Saturday alongside winger Tomasz Kowalczyk-Bury.',
    ], none).people.map((p) => [p.name, p.title]);
    expect(people).toEqual(expect.arrayContaining([['Eemeli Saarinen-Koski', 'Rookie goaltender'], ['Jonas Berglund-Aho', 'defenseman'], ['Tomasz Kowalczyk-Bury', 'winger']]));
  });

  it('gives a partial quote to the subject before it when the sentence goes on with "and" after it (session 24)', () => {
    // Act
    const found = quotesOf(['Councillor Ilir Dervishi-Kola wrote on Facebook that the tender was “a gift to the usual friends,” and called for an audit.']);

    // Assess
    expect(found).toEqual([['a gift to the usual friends', 'Ilir Dervishi-Kola']]);
  });

  it('gives a quote to the one named after a possessive, not to its owner (session 24)', () => {
    // Act
    const found = quotesOf([
      'Dylan Arsenault-Vail, 31, was charged on Friday.',
      'Arsenault-Vail’s lawyer, Claire Doucet-Ferris, said outside the courthouse that her client “will plead not guilty.”',
    ]);

    // Assess
    expect(found).toEqual([['will plead not guilty.', 'Claire Doucet-Ferris']]);
  });
});

