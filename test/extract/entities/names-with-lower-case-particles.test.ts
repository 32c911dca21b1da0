import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Names whose particles are printed in lower case: Faroese `á`, `í` and `við` between a given name and a place-name
 * surname, and an Arabic name's `al` after a degree that opens it. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const titled = (people: readonly { name: string; title: string | null }[]) => people.map((p) => [p.name, p.title]);

describe('Function: findEntities (lower-case particles)', () => {
  it('keeps Faroese particles inside the names, and the speakers named in full', () => {
    // Act
    const { people, quotes } = findEntities([
      'The harbour master, Sámal í Dímun, said the quay in Klaksvík would be closed for a week.',
      '“The repairs cannot wait any longer,” said Bárður á Heygum, a fisherman from Hvannasund.',
      'Jóna við Ánna, the mayor, said the town would pay for a temporary pontoon.',
    ], { ...none, language: 'en' });

    // Assess
    expect(titled(people)).toEqual([['Sámal í Dímun', 'harbour master'], ['Bárður á Heygum', 'fisherman'], ['Jóna við Ánna', 'mayor']]);
    expect(quotes).toEqual([{ text: 'The repairs cannot wait any longer', speaker: 'Bárður á Heygum' }]);
  });

  it('takes the degree off an Arabic name whose `al` is printed in lower case, spaced or hyphenated', () => {
    // Act
    const { people } = findEntities([
      'Dr Khamis bin Nasser al Harthy, the director of the fisheries centre, said catches had fallen by a third.',
      'Dr Badriya bint Rashid al-Kindi, a marine biologist, said the reef was recovering.',
    ], none);

    // Assess
    expect(titled(people)).toEqual([['Khamis bin Nasser al Harthy', 'director of the fisheries centre'], ['Badriya bint Rashid al-Kindi', 'marine biologist']]);
  });
});
