import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * People from `wire-heldout-34` (session 27): names no list of given names knows, read by the ending of their family name
 * (`-ov`, `-uly`, `-shvili`, `-yan`, `-escu`) or by an age set off after them; a title of a body before such a name; a
 * ship named after someone is no person; a Romanian sentence's opening word is no name. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const people = (paragraphs: string[], language = 'en'): string[] => findEntities(paragraphs, { ...none, language }).people.map((p) => p.name);

describe('Function: findEntities (names by their family name\'s ending, session 27)', () => {
  it('reads a name whose family name has a Central Asian, Caucasian or Slavic ending as a person\'s', () => {
    // Act & Assess
    expect(people(['The talks in Almaty were led by Nurlan Zhaksylykov and Tamaz Gogoladze, officials said.'])).toEqual(['Nurlan Zhaksylykov', 'Tamaz Gogoladze']);
  });

  it('splits a person\'s name off the title of a body before it by the family name\'s ending', () => {
    // Act
    const found = findEntities(['Minister of Emergency Situations Yerzhan Kassymbayuly flew to Semey on Tuesday night.'], none);

    // Assess
    expect(found.people).toEqual([expect.objectContaining({ name: 'Yerzhan Kassymbayuly', title: 'Minister of Emergency Situations' })]);
  });

  it('reads a name with an age set off after it as a person\'s', () => {
    // Act & Assess
    expect(people(['Jasurbek Toirov, a 29-year-old from Fergana who picked apples in Chungju last year, hopes to return.'])).toEqual(['Jasurbek Toirov']);
  });

  it('reads no person in a ship named after someone, an Arabic article\'s club, or a Romanian sentence\'s opening word', () => {
    // Act & Assess
    expect(people(['The survey was made aboard the research vessel Grigore Antipa in the Black Sea.'])).toEqual([]);
    expect(people(['Al Gharafa beat the champions 3-1 in Doha on Friday.'])).toEqual([]);
    expect(people(['Potrivit Ministerului Sănătății, secția a fost renovată cu fonduri europene.'], 'ro')).toEqual([]);
  });

  it('reads a village chief\'s title, Toshao, before the name', () => {
    // Act
    const found = findEntities(['Annai Toshao Michael Williams said the road would be finished by March.'], none);

    // Assess
    expect(found.people).toEqual([expect.objectContaining({ name: 'Michael Williams' })]);
  });

  it('reads a Mongolian initial of two letters glued to the name as part of it, not as a sentence\'s end', () => {
    // Act
    const found = findEntities(['The museum’s director, Ts.Enkhbayar, said the skull would go on display in May.'], none);

    // Assess
    expect(found.people).toEqual([expect.objectContaining({ name: 'Ts.Enkhbayar' })]);
  });
});
