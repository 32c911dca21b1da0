import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Speakers the labelled stories showed left without a name (session 28): a role after a country's name, a given name no
 * list holds that an English run read as a German compound's job, and a person named later by a word inside the name.
 * Texts written for the tests.
 */

const found = (paragraphs: string[], language = 'en') => findEntities(paragraphs, { bylines: [], contributors: [], language });
const speakers = (paragraphs: string[], language = 'en') => found(paragraphs, language).quotes.map((q) => q.speaker);

describe('Function: findEntities (speakers, session 28)', () => {
  it('gives a quote to the person a role stands for where a country\'s name stands before the role', () => {
    // Act
    const said = speakers(['Namibia captain Gerhard Tjiueza-Botha said his side had learned a lot.', '“We lost too many wickets in the middle overs,” the Namibia skipper said.']);

    // Assess
    expect(said).toEqual(['Gerhard Tjiueza-Botha']);
  });

  it('reads an English name whose first word ends like a German job as the whole name, and its given name alone as the person', () => {
    // Act
    const story = found(['Deputy governor Kanyarat Wongsakul said the ferries would be replaced.', '“The old boats are loud and they smoke,” Kanyarat told reporters.']);

    // Assess
    expect(story.people.map((p) => p.name)).toEqual(['Kanyarat Wongsakul']);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['Kanyarat Wongsakul']);
  });

  it('gives a quote to the one person whose name holds the word the story later calls them by, not to a family name after its particle', () => {
    // Act
    const said = speakers(['Club Valencia head coach Ahmed Hassan Mohamed praised his players.', 'Eagles coach Ibrahim Fazeel Naseer said his side had been let down by their finishing.', '“Nobody had their head down,” Hassan said.']);
    const basins = found(['Marcelo dos Santos Freitas, the union\'s president, welcomed the order.', 'The ships will serve platforms in the Santos and Campos basins.']);

    // Assess
    expect(said).toEqual(['Ahmed Hassan Mohamed']);
    expect(basins.people.map((p) => p.name)).toEqual(['Marcelo dos Santos Freitas']);
  });

  it('reads who was told after a role in Spanish as no part of the role, a verb told only an outlet as its subject unsaid, and `el técnico` as a role', () => {
    // Act
    // (the outlet that filed the story is the one told: Newswire passes it as the story's outlet)
    const said = findEntities([
      'El alcalde Marvin Estuardo Cifuentes Ajú defendió el aumento de la tarifa.',
      '“Nadie quiere pagar más, pero las tuberías tienen 60 años”, dijo el jefe edil a Prensa Libre.',
      'La bióloga Florencia Irazoqui Méndez explicó que el río está enfermo desde hace años.',
      '“La recuperación llevaría por lo menos una década”, dijo a la diaria.',
      'El entrenador Sebastián Olivera Píriz llegó en enero.',
      '“Hoy demostraron lo contrario delante de su gente”, afirmó el técnico.',
    ], { bylines: [], contributors: [], language: 'es', outlets: ['Prensa Libre'] }).quotes.map((q) => q.speaker);

    // Assess
    expect(said).toEqual(['Marvin Estuardo Cifuentes Ajú', 'Florencia Irazoqui Méndez', 'Sebastián Olivera Píriz']);
  });

  it('gives a quote to the person a role stands for where the clause goes on to say where they spoke', () => {
    // Act
    const french = speakers(['Le ministre de l\'Eau, Salif Ouédraogo, a inauguré le barrage mardi.', '« Ce barrage changera la vie de la région », a déclaré le ministre devant les autorités coutumières de la province.'], 'fr');
    const english = speakers(['Harbour master Tevita Lolohea closed the wharf on Monday.', '“Nobody goes out until the swell drops,” said the harbour master at a briefing on the wharf.']);

    // Assess
    expect(french).toEqual(['Salif Ouédraogo']);
    expect(english).toEqual(['Tevita Lolohea']);
  });

  it('reads a judge\'s `ruled` as saying but not `ruled out`, and `the tactician` as a role', () => {
    // Act
    const judge = speakers(['Justice Margaret Okello sentenced the three men to ten years.', 'Lawyers for the men argued the valuations were lawful.', '“Public servants cannot turn that duty into a harvest,” Justice Okello ruled.']);
    const minister = speakers(['Trade Minister Adaeze Okoro met the cement makers.', 'Analyst Kunle Bamidele called the figures weak.', 'The minister warned that the government "will not allow a few companies to hold the sector to ransom", although she ruled out price controls.']);
    const coach = speakers(['REG coach Amadou Sall Ndiaye said his side lost the title at the line.', '“You cannot miss twelve free throws in a final,” said the Senegalese tactician.']);

    // Assess
    expect(judge).toEqual(['Margaret Okello']);
    expect(minister).toEqual(['Adaeze Okoro']);
    expect(coach).toEqual(['Amadou Sall Ndiaye']);
  });
});
