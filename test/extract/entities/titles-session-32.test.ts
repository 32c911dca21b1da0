import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Posts printed before a name after their county or district, and given names before a town's name. Texts written for the tests. */

const none = { bylines: [], contributors: [], language: 'en' };

describe('Function: findEntities (posts and given names, session 32)', () => {
  it('reads a coroner, a collector and a clerk as posts before the name, after the county, district or city they serve', () => {
    // Act
    const { people } = findEntities([
      'Baldwin County Coroner Ana Whitfield-Moss said the driver died at the scene.',
      'Thrissur District Collector Meera Krishnan ordered the schools closed.',
      'City Clerk Tomasz Wielgosz said the count would finish on Friday.',
    ], none);

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Ana Whitfield-Moss', 'Baldwin County Coroner'],
      ['Meera Krishnan', 'Thrissur District Collector'],
      ['Tomasz Wielgosz', 'City Clerk'],
    ]);
  });

  it('reads a given name before a town\'s name as a person with the title set off after it, not as a club from that town', () => {
    // Act
    const { people, organisations } = findEntities(['Lupe Cárdenas, harbour master at the port, said the ferry would sail at noon.'], none);

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([['Lupe Cárdenas', 'harbour master at the port']]);
    expect(organisations).toEqual([]);
  });

  it('reads a title that opens the sentence and closes on its body\'s acronym in brackets, set off before the name', () => {
    // Act
    const { people } = findEntities(['Chairman of the Coconut Growers Cooperative of Samar (CGCS), Teodulo M. Abanes, said prices had halved.'], none);

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([['Teodulo M. Abanes', 'Chairman of the Coconut Growers Cooperative of Samar (CGCS)']]);
  });

  it('reads a job in lower case and its `of` before a body\'s name and a person\'s as the person\'s title, the body named in it', () => {
    // Act
    const spanish = findEntities(['La sismóloga del Ingemmet Carmen Rosa Huamaní Soto explicó que el enjambre sísmico continuará.'], { ...none, language: 'es' });
    const french = findEntities(["L'échevin des Finances Paul-Henri Delvaux a défendu le budget."], { ...none, language: 'fr' });

    // Assess
    expect(spanish.people.map((p) => [p.name, p.title])).toEqual([['Carmen Rosa Huamaní Soto', 'sismóloga del Ingemmet']]);
    expect(spanish.organisations.map((o) => o.name)).toEqual(['Ingemmet']);
    expect(french.people.map((p) => [p.name, p.title])).toEqual([['Paul-Henri Delvaux', 'échevin des Finances']]);
    expect(french.organisations).toEqual([]);
  });

  it('reads a scientist\'s noun in -olog, -oloog, -ologe as a job in the Nordic languages, Dutch and German', () => {
    // Act
    const swedish = findEntities(['– Vi väntar mer snö i natt, säger meteorolog Karin Lindqvist-Berg.'], { ...none, language: 'sv' });
    const dutch = findEntities(['Volgens hydroloog Pieter van der Wal stijgt het water nog.'], { ...none, language: 'nl' });
    const german = findEntities(['Der Glaziologe Jonas Berger warnte vor weiteren Abbrüchen.'], { ...none, language: 'de' });

    // Assess
    expect(swedish.people.map((p) => [p.name, p.title])).toEqual([['Karin Lindqvist-Berg', 'meteorolog']]);
    expect(dutch.people.map((p) => [p.name, p.title])).toEqual([['Pieter van der Wal', 'hydroloog']]);
    expect(german.people.map((p) => [p.name, p.title])).toEqual([['Jonas Berger', 'Glaziologe']]);
  });

  it('reads no field of study, no monologue and no prologue as a job before a name', () => {
    // Act
    const indonesian = findEntities(['Perkembangan teknologi di Jakarta Budi Santoso menilai pasar masih tumbuh.'], { ...none, language: 'id' });
    const swedish = findEntities(['Hans monolog Anna Svensson läste upp i går fick stående ovationer.'], { ...none, language: 'sv' });
    const spanish = findEntities(['Los prólogos Carmen Laforet y Ana María Matute escribieron en 1952 siguen vigentes.'], { ...none, language: 'es' });

    // Assess
    for (const found of [indonesian, swedish, spanish]) expect(found.people.map((p) => p.title)).not.toContainEqual(expect.stringMatching(/teknologi|monolog|prólogos/));
  });
});
