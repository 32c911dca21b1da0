import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Councils printed in lower case after their town's name (`wire-heldout-38` and the gold of every set). Texts written for the tests. */

const none = { bylines: [], contributors: [] };

describe('Function: findEntities (councils in lower case)', () => {
  it('reads a town\'s council printed in lower case as a body, and the town as a place', () => {
    // Act
    const { organisations, places } = findEntities([
      'The Qala local council said the new car park would be finished by June.',
      'Brandon city council will vote on the rezoning next week, while Dauphin regional council has already approved it.',
    ], none);

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Qala local council', 'Brandon city council', 'Dauphin regional council']);
    expect(places.map((p) => p.name)).toEqual(expect.arrayContaining(['Qala', 'Brandon', 'Dauphin']));
  });

  it('does not make a council of a person\'s name before a lower-case kind', () => {
    // Act
    const { organisations } = findEntities(['Mayor Anna Borg said the town council would meet on Friday.'], none);

    // Assess
    expect(organisations).toEqual([]);
  });
});
