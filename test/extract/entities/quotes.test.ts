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
});
