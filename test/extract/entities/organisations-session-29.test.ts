import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Organisations the labelled stories of session 29 showed missed or read as people (`wire-heldout-36`). Texts written for the tests. */

const read = (paragraphs: string[], outlets: (string | null)[] = []) => findEntities(paragraphs, { bylines: [], contributors: [], language: 'en', outlets });

describe('Function: findEntities (what was told, session 29)', () => {
  it('reads what someone told after its article as a body or newsroom, not a person', () => {
    // Act
    const found = read(['“The water was green for a week,” he told the Drachtster Courant.', 'The ministry told the Senate Finance Committee on Monday that the money was spent.']);

    // Assess
    expect(found.people).toEqual([]);
    expect(found.organisations.map((o) => o.name)).toEqual(['Drachtster Courant', 'Senate Finance Committee']);
  });

  it('reads the story\'s own outlet told something, and its service named with its name, as two newsrooms', () => {
    // Act
    const found = read([
      '“We moved the herd across the lake before dawn,” herder Ante Länsman told Sveriges Sápmi on Friday.',
      '“The fire line held overnight,” rescue chief Olli Harju told Sveriges on Friday morning.',
    ], ['Sveriges News']);

    // Assess
    expect(found.people.map((p) => p.name)).toEqual(['Ante Länsman', 'Olli Harju']);
    expect(found.organisations.map((o) => o.name).sort()).toEqual(['Sveriges', 'Sveriges Sápmi']);
  });
});

describe('Function: findEntities (a heritage listing with its noun, session 29)', () => {
  it('reads the body that lists a World Heritage Site or List, not the listing, as the organisation', () => {
    // Act
    const found = read(['The old harbour was inscribed as a UNESCO World Heritage Site in 2019.', 'It joined the World Heritage List a year later, and the World Heritage Committee praised it.']);

    // Assess
    expect(found.organisations.map((o) => o.name)).toEqual(['UNESCO', 'World Heritage Committee']);
  });
});
