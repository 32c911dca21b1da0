import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';
import { mastheadZone } from '../../../lambdas/extract/places.ts';

/** What a second read of session 34's change found the new rules did wrongly. Texts written for the tests. */

const found = (text: string, language: string) => findEntities([text], { bylines: [], contributors: [], language });

describe('Function: findEntities (second read of session 34)', () => {
  it('keeps a head before `del` in the title: the adviser of the minister, not the minister', () => {
    // Act
    const { people } = found('El proyecto fue presentado por el asesor del ministro, Juan Pérez Gómez, en Madrid.', 'es');

    // Assess
    expect(people.map((p) => [p.name, p.title])).toEqual([['Juan Pérez Gómez', 'asesor del ministro']]);
  });

  it('leaves a body\'s name that opens on its letters whole after a verb of saying in a Romance language (`a indiqué SNCF Réseau dans …`)', () => {
    // Act
    const { organisations } = found('« La ligne restera fermée jusqu’à lundi », a indiqué SNCF Réseau dans un communiqué.', 'fr');

    // Assess
    expect(organisations.map((o) => o.name)).not.toContain('SNCF');
  });

  it('reads no German noun that a town is named like as a place, after a preposition or beside other such nouns (`bei Regen`, `nach Lage`)', () => {
    // Act
    const { places } = found('Bei Regen und Schnee bleibt die Straße zu. Je nach Lage wird entschieden, die Mauer ist aus Stein gefertigt.', 'de');

    // Assess
    expect(places.map((p) => p.name)).toEqual([]);
  });

  it('still reads a club after German `bei` (`spielt bei Borussia Dortmund`)', () => {
    // Act
    const { organisations } = found('Der Stürmer spielt seit 2022 bei Borussia Dortmund und traf am Samstag zweimal.', 'de');

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Borussia Dortmund']);
  });

  it('reads no person in a thing named for one (`pe Aeroportul Internațional Henri Coandă`)', () => {
    // Act
    const { people } = found('Avionul a aterizat pe Aeroportul Internațional Henri Coandă din Otopeni, a anunțat compania.', 'ro');

    // Assess
    expect(people).toEqual([]);
  });

  it('reads the person after a Catalan article, as Catalan prints names (`ha explicat la Marta Vilalta`)', () => {
    // Act
    const { people, quotes } = found('«La sequera continua», ha explicat la Marta Vilalta aquest dilluns.', 'ca');

    // Assess
    expect(people.map((p) => p.name)).toEqual(['Marta Vilalta']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Marta Vilalta']);
  });

  it('reads no body after an Italian plural of places and an article (`sei comuni del Consorzio`)', () => {
    // Act
    const italian = found('I sei comuni del Consorzio hanno chiesto fondi alla Regione, ha detto il presidente.', 'it');

    // Assess
    expect(italian.places.map((p) => p.name)).not.toContain('Consorzio');
  });
});

describe('Function: mastheadZone (second read of session 34)', () => {
  it('reads the country of a site\'s domain by its ISO code, the small countries\' domains too', () => {
    // Act, Assess
    expect(mastheadZone('nos.nl')).toBe('Europe/Amsterdam');
    expect(mastheadZone('samoaobserver.ws')).toBe('Pacific/Apia');
    expect(mastheadZone('vijesti.me')).toBe('Europe/Podgorica');
    expect(mastheadZone('bbc.co.uk')).toBe('Europe/London');
  });
});
