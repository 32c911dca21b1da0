import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Titles from session 27's development sets: a title set off before a name after a verb of saying. Texts written for the tests. */

const none = { bylines: [], contributors: [] };

describe('Function: findEntities (titles, session 27)', () => {
  it('reads the title after a verb of saying and its article, not the clause before the verb', () => {
    // Act
    const found = findEntities(['The cantonal prosecutor’s office said the mill’s owner, Anel Kovačević, had ignored three warnings.'], none);

    // Assess
    expect(found.people).toEqual([expect.objectContaining({ name: 'Anel Kovačević', title: 'mill’s owner' })]);
  });
});
