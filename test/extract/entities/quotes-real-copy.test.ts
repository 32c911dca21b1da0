import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Attributions met in real agency copy (AFP, Reuters, AP, dpa, a syndicated feature), in short texts of our own. */
const none = { bylines: [], contributors: [] };
const quotesOf = (paragraphs: string[]) => findEntities(paragraphs, none).quotes.map((q) => [q.text, q.speaker]);

describe('Function: findEntities (quotes in real copy)', () => {
  it('attributes a quote followed by a comma outside it and the verb: `"…", said X`', () => {
    // Act
    const quotes = quotesOf(['The boys "had no weapons, they threw no stones", said Samir al-Khatib, a neighbour.']);

    // Assess
    expect(quotes).toEqual([['had no weapons, they threw no stones', 'Samir al-Khatib']]);
  });

  it('gives a second quote joined by "and" to the subject of the first', () => {
    // Act
    const quotes = quotesOf(['Agency chairman Anne Rolle said it "backs every reporter in the field" and called on all sides "to let journalists do their work".']);

    // Assess
    expect(quotes).toEqual([
      ['backs every reporter in the field', 'Anne Rolle'],
      ['to let journalists do their work', 'Anne Rolle'],
    ]);
  });

  it('reads "According to X," before a quote, and a curly quote closed by a straight one', () => {
    // Act
    const quotes = quotesOf(['According to brewery chief executive Tom Greer, the new beer “tastes like a campfire at dawn."Sales rose in May.']);

    // Assess
    expect(quotes).toEqual([['tastes like a campfire at dawn.', 'Tom Greer']]);
  });

  it('gives a paragraph that is only a quote to the person named as speaking just before', () => {
    // Act
    const quotes = quotesOf([
      'Leaders abroad will now have to deal with him, said Rami Haddad, a political analyst close to the government.',
      '"The time of isolation is over."',
    ]);

    // Assess
    expect(quotes).toEqual([['The time of isolation is over.', 'Rami Haddad']]);
  });

  it('resolves "he said" to the one person named so far when no one has spoken yet', () => {
    // Act
    const quotes = quotesOf([
      'Omar Tamimi was sworn in for a new term on Wednesday.',
      '"We will restore security to every village," he said in a speech at the palace.',
    ]);

    // Assess
    expect(quotes).toEqual([['We will restore security to every village', 'Omar Tamimi']]);
  });

  it('does not take the object of "called" for a speaker', () => {
    // Act
    const quotes = quotesOf([
      'Anton Weber, 76, has been ill since the spring.',
      'Club president Karl Huber called Weber “one of the greatest we ever had” in a statement.',
      '“Without his goals, we would be nowhere,” he said.',
    ]);

    // Assess
    expect(quotes).toEqual([
      ['one of the greatest we ever had', 'Karl Huber'],
      ['Without his goals, we would be nowhere', 'Karl Huber'],
    ]);
  });

  it('finds the verb after a long appositive for a later "he said"', () => {
    // Act
    const quotes = quotesOf([
      'Ruth Ellery, chief executive of Tallgrass, which runs six plants across the state, including in Kansas, said demand was steady.',
      '“We are not worried about next year,” she said.',
    ]);

    // Assess
    expect(quotes).toEqual([['We are not worried about next year', 'Ruth Ellery']]);
  });

  it('attributes "X of the Y told Reuters" and its continuation', () => {
    // Act
    const quotes = quotesOf(['“This is cut off from reality,” Monzer Akdal of the exiled opposition group told Reuters. “It was a staged vote.”']);

    // Assess
    expect(quotes).toEqual([
      ['This is cut off from reality', 'Monzer Akdal'],
      ['It was a staged vote.', 'Monzer Akdal'],
    ]);
  });

  it('finds quotes in Chinese, Japanese corner brackets and Thai, written without spaces, that no one it knows is said to have said', () => {
    // Act
    const chinese = quotesOf(['“今年春运客流比往年提前了三天，我们每天加开临时列车二十对。”车站负责人说。']);
    const japanese = quotesOf(['同社の担当者は「工事の遅れは想定の範囲内であり、年内の開業を目指す」と述べた。']);
    const thai = quotesOf(['"ปีนี้เราจะไม่ยอมให้เกิดการเผาซ้ำอีกแล้ว" ผู้ว่าราชการจังหวัดกล่าว']);

    // Assess
    expect(chinese).toEqual([['今年春运客流比往年提前了三天，我们每天加开临时列车二十对。', null]]);
    expect(japanese).toEqual([['工事の遅れは想定の範囲内であり、年内の開業を目指す', null]]);
    expect(thai).toEqual([['ปีนี้เราจะไม่ยอมให้เกิดการเผาซ้ำอีกแล้ว', null]]);
  });
});
