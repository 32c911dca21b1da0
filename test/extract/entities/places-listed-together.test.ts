import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Names listed together are things of one kind: towns the gazetteers lack, listed with a known place or with the kind
 * of place they are, are places (session 27, from `wire-heldout-33`). Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const places = (paragraphs: string[]): string[] => findEntities(paragraphs, none).places.map((p) => p.name);

describe('Function: findEntities (places listed together, session 27)', () => {
  it('reads unknown names listed before a known place as places', () => {
    // Act & Assess
    expect(places(['Buses stopped running between Kalâa Sghira, Msaken and Sousse on Monday after drivers walked out.'])).toEqual(['Kalâa Sghira', 'Msaken', 'Sousse']);
  });

  it('reads names listed after or before the kind of place they are as places', () => {
    // Act & Assess
    expect(places(['The hardest-hit woredas are Gog, Abobo and Dimma, where clinics have run out of test kits.'])).toEqual(['Gog', 'Abobo', 'Dimma']);
    expect(places(['Floodwater had reached Pakwach, Panyimur and Wadelai payams by Sunday night.'])).toEqual(['Pakwach', 'Panyimur', 'Wadelai']);
  });

  it('leaves people, bodies, a place and its country, and possessives out of such lists', () => {
    // Act
    const found = findEntities([
      'The divers came from Lisbon, Portugal, and Tama Ngata, a free-diving instructor, joined them.',
      'The turbines will be built by Norway’s Aker Solutions and Germany’s Vestas Wind.',
      'Pupils at SK Long Lama and SMK Tinjar in Miri will get solar panels first.',
    ], none);

    // Assess
    expect(found.places.map((p) => p.name)).not.toContain('Tama Ngata');
    expect(found.places.map((p) => p.name)).not.toContain('Aker Solutions');
    expect(found.places.map((p) => p.name)).not.toContain('SMK Tinjar');
  });

  it('reads a street, square or stadium named after someone, its Romance noun in lower case before it, as a place with its noun', () => {
    // Act
    const found = findEntities(['Los hinchas se concentraron sobre la avenida Eusebio Ayala y en el estadio Manuel Ferreira antes del partido.'], { ...none, language: 'es' });

    // Assess
    expect(found.people).toEqual([]);
    expect(found.places.map((p) => p.name)).toEqual(['avenida Eusebio Ayala', 'estadio Manuel Ferreira']);
  });

  it('reads two places joined by Spanish `y` after a preposition of place or at a list\'s end as two, and a quarter named like a club after `en` as a place', () => {
    // Act
    const found = findEntities([
      'Las cisternas llegan dos veces por semana en Chuimequená y Xetuj, según los vecinos.',
      'El embalse abastece a Riohacha, Uribia y Manaure.',
      'Se detectaron larvas en Villa Lugano y Barracas.',
    ], { ...none, language: 'es' });

    // Assess
    expect(found.people).toEqual([]);
    expect(found.organisations).toEqual([]);
    expect(found.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Chuimequená', 'Xetuj', 'Uribia', 'Manaure', 'Villa Lugano', 'Barracas']));
  });
});
