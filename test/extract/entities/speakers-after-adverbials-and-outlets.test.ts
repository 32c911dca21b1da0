import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Quote speakers the labelled stories of session 26 showed missed (`wire-heldout-31`, `-32`): French verbs of saying after
 * their inverted pronoun, a German state governor's title, a subject after an adverbial and its comma, and a teller named
 * after the outlet that was told, in one capitalised run. Texts written for the tests.
 */

const quotes = (paragraphs: string[], language: string, outlets: string[] = []) =>
  findEntities(paragraphs, { bylines: [], contributors: [], language, outlets }).quotes.map((q) => q.speaker);

describe('Function: findEntities (speakers after adverbials and outlets, session 26)', () => {
  it('reads French verbs of saying after their pronoun: soutenu, fait valoir, and écrit joined to it', () => {
    // Act
    const speakers = quotes([
      'Le maire Gilles Arsenault-Poirier a rencontré les parents mardi.',
      '«Chaque classe qu’on ferme, c’est une famille de plus qui part», a-t-il soutenu.',
      'Nadia Cormier, présidente du comité de parents, redoute l’effet sur le village.',
      '«Les enfants feront une heure d’autobus matin et soir», a-t-elle fait valoir.',
      'La juge Hélène Thibault-Roy a annulé la décision.',
      '«Une école qui ne peut pas accueillir ces élèves est condamnée», écrit-elle.',
    ], 'fr');

    // Assess
    expect(speakers).toEqual(['Gilles Arsenault-Poirier', 'Nadia Cormier', 'Hélène Thibault-Roy']);
  });

  it('reads a German governor by his title after his state\'s name, and the quote he spoke of', () => {
    // Act
    const found = findEntities(['Tirols Landeshauptmann Stefan Moosbrugger-Kofler (ÖVP) sprach von einem "Meilenstein für das ganze Land".'], { bylines: [], contributors: [], language: 'de' });

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Stefan Moosbrugger-Kofler', 'Tirols Landeshauptmann']]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Stefan Moosbrugger-Kofler']);
  });

  it('reads the subject after an adverbial and its comma, by the role the story gave the person', () => {
    // Act
    const speakers = quotes([
      'Magistrate Claire Spiteri Bonello fined the contractor €40,000.',
      'In her ruling, the magistrate said: “A building site is no place to gamble with the lives of workers.”',
    ], 'en');

    // Assess
    expect(speakers).toEqual(['Claire Spiteri Bonello']);
  });

  it('reads the teller named after the outlet that was told, in one capitalised run', () => {
    // Act
    const speakers = quotes([
      '"Nunca vi o mar tão alto. Levou o muro e metade do quintal", contou ao Diário Insular Ana Paula Bettencourt, de 64 anos, moradora da Calheta.',
      'A estrada foi reaberta ao fim da tarde.',
    ], 'pt', ['Diário Insular']);

    // Assess
    expect(speakers).toEqual(['Ana Paula Bettencourt']);
  });
});
