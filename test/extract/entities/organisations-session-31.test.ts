import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Councils printed in lower case after their town's name, and the head words that close bodies' names (counted over the
 * gold of every set). Texts written for the tests.
 */

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

  it('does not make a council of a person\'s full name before a lower-case kind', () => {
    // Act
    const { organisations } = findEntities(['The report was sent to Anna Borg local council members on Friday.'], none);

    // Assess
    expect(organisations.map((o) => o.name)).not.toContain('Anna Borg local council');
  });

  it('reads a name closed by Limited, Sdn Bhd, Shipyard or Division as a body, and a compass word\'s Division as none', () => {
    // Act
    const { organisations, people } = findEntities([
      'The tender went to Kestrel Haulage Limited and Borneo Quarry Works Sdn Bhd, the ministry said.',
      'Welders at Zelenodolsk Shipyard stopped work on Monday.',
      'The Forest Protection Division said the fires were out, but the Eastern Division has closed its schools.',
    ], none);

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Kestrel Haulage Limited', 'Borneo Quarry Works Sdn Bhd', 'Zelenodolsk Shipyard', 'Forest Protection Division']);
    expect(people).toEqual([]);
  });
});
