import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Places the labelled stories showed missed for want of their head word (session 30). Texts written for the tests. */

const found = (paragraphs: string[]) => findEntities(paragraphs, { bylines: [], contributors: [], language: 'en' });
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

describe('Function: findEntities (places by their head word, session 30)', () => {
  it('reads a delta, range, ridge, causeway, oval or temple by its last word as a place', () => {
    // Act
    const entities = found(['Rice growers in the Irrawaddy Delta and herders below the Aberdare Range met at the Karura Oval, near the Kailasanathar Temple.',
      'Trucks queued on the Sitra Causeway while rangers patrolled the Makuyu Ridge.']);

    // Assess
    expect(names(entities.places)).toEqual(['Irrawaddy Delta', 'Aberdare Range', 'Karura Oval', 'Kailasanathar Temple', 'Sitra Causeway', 'Makuyu Ridge']);
    expect(entities.people).toEqual([]);
  });

  it('reads a park as a place after a name, but a person whose family name is Park as a person', () => {
    // Act
    const entities = found(['Rangers at Nyungwe National Park counted the chimpanzees, said Grace Park, a biologist.', 'Park Ji-won, a guide, said numbers were stable.']);

    // Assess
    expect(names(entities.places)).toEqual(['Nyungwe National Park']);
    expect(names(entities.people)).toEqual(['Grace Park', 'Park Ji-won']);
  });

  it('reads a place after `in the` before a verb of speaking as the place, not its body', () => {
    // Act
    const entities = found(['Fishermen in the Volta Delta said catches were falling.']);

    // Assess
    expect(names(entities.places)).toEqual(['Volta Delta']);
    expect(entities.organisations).toEqual([]);
  });
});

describe('Function: findEntities (markets, plants, halls and reserves, session 30)', () => {
  it('reads a market, treatment plant, sports complex, hall or reserve by its last word as a place, a hall not after a given name', () => {
    // Act
    const entities = found(['Traders at the Kisumu Central Market blamed the Dunga Water Treatment Plant, and fans left the Kasarani Sports Complex for the Moi Hall.',
      'Poachers entered the Ruma Game Reserve, said Stuart Hall, a warden.']);

    // Assess
    expect(names(entities.places)).toEqual(['Kisumu Central Market', 'Dunga Water Treatment Plant', 'Kasarani Sports Complex', 'Moi Hall', 'Ruma Game Reserve']);
    expect(names(entities.people)).toEqual(['Stuart Hall']);
  });
});

describe('Function: findEntities (towns of 3,000 people or more, session 30)', () => {
  it('reads a small town the story\'s country vouches for as a place, and leaves it out where the story names no place of its country', () => {
    // Act
    const vouched = found(['A Sortland fisherman and a Volda teacher said the cuts would hurt Norway.']);
    const alone = found(['A Sortland fisherman said the cuts would hurt.']);

    // Assess
    expect(names(vouched.places)).toEqual(['Sortland', 'Volda', 'Norway']);
    expect(names(alone.places)).toEqual([]);
  });
});
