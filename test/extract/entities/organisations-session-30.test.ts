import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Organisations and places from session 30's development sets. Texts written for the tests. */

const found = (paragraphs: string[], language = 'en') => findEntities(paragraphs, { bylines: [], contributors: [], language });
const names = (list: readonly { name: string }[]) => list.map((e) => e.name);

describe('Function: findEntities (organisations and places, session 30)', () => {
  it('keeps a unit\'s ordinal number in its name', () => {
    // Act
    const entities = found(['Soldiers of the 47th Separate Assault Brigade held the village, the general staff said.']);

    // Assess
    expect(names(entities.organisations)).toEqual(['47th Separate Assault Brigade']);
  });

  it('reads a Romance body named in lower case after its capitalised head by the acronym in title case it spells', () => {
    // Act
    const italian = found(['Lo ha detto ieri la Federazione italiana pesca sportiva (Fips), che chiede più controlli.'], 'it');
    const portuguese = found(['O Instituto do Patrimônio Histórico e Artístico Nacional (Iphan) aprovou o projeto.'], 'pt');

    // Assess
    expect(names(italian.organisations)).toEqual(['Federazione italiana pesca sportiva']);
    expect(names(portuguese.organisations)).toEqual(['Instituto do Patrimônio Histórico e Artístico Nacional']);
  });

  it('reads a highway or road abbreviated as a place', () => {
    // Act
    const entities = found(['Police stopped the truck on the Barkly Hwy and searched a car on Gap Rd.']);

    // Assess
    expect(names(entities.places)).toEqual(['Barkly Hwy', 'Gap Rd']);
  });
});

describe('Function: findEntities (a government by its head word, session 30)', () => {
  it('reads a county\'s, state\'s or people\'s government as a body, not as a person or a place', () => {
    // Act
    const entities = found(['The Nakuru County Government said it would fence the lake, and the Tłı̨chǫ Government welcomed the plan.']);

    // Assess
    expect(names(entities.organisations)).toEqual(['Nakuru County Government', 'Tłı̨chǫ Government']);
    expect(entities.people).toEqual([]);
  });
});
