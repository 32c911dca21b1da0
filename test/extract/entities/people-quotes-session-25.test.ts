import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * People and quotes the labelled stories of session 25 showed missed (`wire-heldout-30`): direct speech in single
 * quotation marks, a nickname in quotation marks inside a name, a person brought in by age and job at a workplace,
 * sports and stage jobs before a name, and a clause between a name and another's job. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const entities = (paragraphs: string[]) => findEntities(paragraphs, none);
const people = (paragraphs: string[]) => entities(paragraphs).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (people and quotes, session 25)', () => {
  it('reads direct speech in single quotation marks, an apostrophe inside it and a plural possessive outside it', () => {
    // Act
    const found = entities([
      'Shirin Akter, a 28-year-old machine operator at Rupsha Knitwear, said the workers’ dues had been owed since March.',
      '‘We don’t ask for more than we earned. Is that wrong?’ she told reporters at the gate.',
    ]);

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Shirin Akter', 'machine operator']]);
    expect(found.quotes.map((q) => [q.text, q.speaker])).toEqual([['We don’t ask for more than we earned. Is that wrong?', 'Shirin Akter']]);
  });

  it('leaves a nickname in quotation marks out of the name and out of the quotes', () => {
    // Act
    const found = entities([
      'Fisherman Delroy “Scoops” McKenzie-Grant said the catch had halved.',
      '“The reef is empty,” McKenzie-Grant said.',
    ]);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Delroy McKenzie-Grant']);
    expect(found.quotes.map((q) => [q.text, q.speaker])).toEqual([['The reef is empty', 'Delroy McKenzie-Grant']]);
  });

  it.each([
    ['Choreographer Lualhati Dizon-Reyes said the dancers had rehearsed for months.', 'Lualhati Dizon-Reyes', 'Choreographer'],
    ['Opener Dipendra Thapa-Magar hit 71 off 64 balls.', 'Dipendra Thapa-Magar', 'Opener'],
    ['Fly-half Sefa Naufahu-Tonga kicked four penalties.', 'Sefa Naufahu-Tonga', 'Fly-half'],
  ])('reads a sports or stage job before a name as its title: %s', (sentence, name, title) => {
    expect(people([sentence])).toContainEqual([name, title]);
  });

  it('reads no body before a job when a verb stands between: the first name is a person\'s', () => {
    // Act
    const found = entities(['De Paor confirmed that goalkeeper Darragh Bhriain-Walsh would miss the final.']);

    // Assess
    expect(found.organisations).toEqual([]);
  });

  it('keeps a given name no list knows in the name after a body\'s title, when a verb of saying follows', () => {
    expect(people(['Inspector General of Police Khadga Raj Thapa said the search would go on.'])).toContainEqual(['Khadga Raj Thapa', 'Inspector General of Police']);
  });

  it('gives a quote to a police officer named later by the initials of the rank and the family name', () => {
    // Act
    const found = entities([
      'Kamal Prasad Adhikari, chief of the district police, said the driver had fled.',
      '“We found the bus at the bottom of the gorge,” DSP Adhikari said.',
      '“Services will resume on Monday,” NHS Grampian said.',
    ]);

    // Assess
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Kamal Prasad Adhikari', null]);
    expect(found.people.map((p) => p.name)).toEqual(['Kamal Prasad Adhikari']);
  });

  it('gives a quote to the person named after it with "according to"', () => {
    // Act
    const found = entities([
      'Tamsin Achterberg-Kealoha, a lawyer for the harbour board, spoke after the hearing.',
      '"Without a survey, every new berth is a guess," according to Achterberg-Kealoha.',
      'It was "the best season the club has had in a decade", according to club president Rangi Whaanga-Booth.',
    ]);

    // Assess
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Tamsin Achterberg-Kealoha', 'Rangi Whaanga-Booth']);
  });

  it('reads a trader named after a trade noun and set off before "who" as a person, not a firm', () => {
    // Act
    const found = entities(['"The trucks waited two days at the border," said coffee exporter Souksavanh Phommachanh, who ships from Pakse.']);

    // Assess
    expect(found.organisations).toEqual([]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Souksavanh Phommachanh']);
  });

  it.each([
    ['Health Minister Javiera Andrea Cifuentes Mardones opened the clinic.', '"The doors are open," Cifuentes said.', 'Javiera Andrea Cifuentes Mardones'],
    ['The ruling was read by Judge Juan Carlos Mejía Rosario.', '"The evidence is clear," Mejía said.', 'Juan Carlos Mejía Rosario'],
    ['Dr. Luis Manuel Almánzar de la Cruz runs the fever ward.', '"Come at the first sign," Almánzar said.', 'Luis Manuel Almánzar de la Cruz'],
    ['The case was heard by Claudia Inés de la Roca Mejía, the presiding judge.', '"The evidence shows a structure," de la Roca said.', 'Claudia Inés de la Roca Mejía'],
  ])('gives a quote to a person with two family names named later by the first: %s', (first, second, speaker) => {
    expect(entities([first, second]).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    ['fr', 'La ministre Amina Bouzid-Laroche a inauguré la station mardi.', '« Nous ne pouvions plus attendre », a déclaré la ministre.', 'Amina Bouzid-Laroche'],
    ['pt', 'O ministro das Pescas, Augusto Mabjaia Cossa, visitou o porto na quarta-feira.', '“Não podemos esperar mais”, afirmou o governante.', 'Augusto Mabjaia Cossa'],
    ['es', 'El alcalde, Ramón Iglesias Varela, visitó la lonja el martes.', '«Hay que actuar ya», dijo el responsable municipal.', 'Ramón Iglesias Varela'],
  ])('gives a quote in %s to the person named before, whom the verb of saying calls by role', (language, first, second, speaker) => {
    expect(findEntities([first, second], { ...none, language }).quotes.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('ends a German name before "von der" and a body of two capitalised words, and keeps "von der" inside a name', () => {
    // Act
    const split = findEntities(['„Der Takt muss dichter werden“, sagte der Verkehrsplaner Hauke Johannsen-Reiter von der Hochschule Bremen.'], { ...none, language: 'de' });
    const whole = findEntities(['„Das ist ein guter Tag“, sagte Ursula von der Leyen in Brüssel.'], { ...none, language: 'de' });

    // Assess
    expect(split.people.map((p) => [p.name, p.title])).toEqual([['Hauke Johannsen-Reiter', 'Verkehrsplaner']]);
    expect(split.quotes.map((q) => q.speaker)).toEqual(['Hauke Johannsen-Reiter']);
    expect(whole.people.map((p) => p.name)).toEqual(['Ursula von der Leyen']);
  });
});
