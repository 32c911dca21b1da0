import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Places the labelled stories showed missed or cut in Romance copy (session 29). Texts written for the tests. */

const places = (paragraphs: string[], language: string) => findEntities(paragraphs, { bylines: [], contributors: [], language }).places.map((p) => p.name);

describe('Function: findEntities (Romance place nouns, session 29)', () => {
  it('lists a street, river, dam or station whole with its lower-case noun and its `de`, `du`, `del`, `de la`', () => {
    // Act
    const french = places(['Les travaux bloquent la rue du Commerce, la chaussée de Louvain et la gare du Midi, et la place Flagey reste fermée.'], 'fr');
    const spanish = places(['Los regantes del río Yuna piden agua de la presa de Hatillo y del embalse de Rincón, junto a la plaza de la Bandera.'], 'es');

    // Assess
    expect(french).toEqual(['rue du Commerce', 'chaussée de Louvain', 'gare du Midi', 'place Flagey']);
    expect(spanish).toEqual(['río Yuna', 'presa de Hatillo', 'embalse de Rincón', 'plaza de la Bandera']);
  });

  it('keeps the town, not its port or station, and reads French `à la place de` as `instead of`', () => {
    // Act
    const found = places(['Le navire est entré au port de Dakar, près de la gare de Thiès.', 'À la place de Diouf, le maire a parlé.'], 'fr');

    // Assess
    expect(found).toEqual(['Dakar', 'Thiès']);
  });

  it('reads `place`, `station` or `via` before a name as no place noun in English copy', () => {
    // Act
    const found = places(['The convoy travelled via Dubai, and at the station Monday officials met.'], 'en');

    // Assess
    expect(found).toEqual(['Dubai']);
  });
});
