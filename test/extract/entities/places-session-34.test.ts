import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/** Places named in lists after a noun of places, in other languages. Texts written for the tests. */

const language = (code: string) => ({ bylines: [], contributors: [], language: code });
const places = (text: string, code: string) => findEntities([text], language(code)).places.map((p) => p.name);

describe('Function: findEntities (lists of places, session 34)', () => {
  it('reads every name of a list after a plural noun of places and a bare `de`, joined by commas and the language\'s `and`', () => {
    // Act
    const french = places('Dès lundi, les quartiers de Nkomba, Essok-Ndong et Mvoutessi recevront de l’eau tous les jours, a indiqué la mairie.', 'fr');
    const spanish = places('Las lluvias dejaron sin luz a los barrios de Cerro Grande, Las Tapias y Ojojona durante la noche, informó la empresa.', 'es');
    const english = places('Crews restored power to the hamlets of Kelsby, Ardrowan and Tullagh on Sunday, the utility said.', 'en');

    // Assess
    expect(french).toEqual(expect.arrayContaining(['Nkomba', 'Essok-Ndong', 'Mvoutessi']));
    expect(spanish).toEqual(expect.arrayContaining(['Cerro Grande', 'Las Tapias', 'Ojojona']));
    expect(english).toEqual(expect.arrayContaining(['Kelsby', 'Ardrowan', 'Tullagh']));
  });

  it('reads no place in a plural noun of places before an article (`six villes du Royaume`), nor in two names joined by `and` as one', () => {
    // Act
    const kingdom = places('La compétition se déroulera du 21 décembre au 18 janvier dans six villes du Royaume, a annoncé le comité.', 'fr');
    const joined = places('Unos 300 pueblos quedaron sin acceso por carretera en las provincias de Saltavera y Morrocán, informó el centro.', 'es');

    // Assess
    expect(kingdom).not.toContain('Royaume');
    expect(joined).not.toContain('Saltavera y Morrocán');
  });

  it('reads no German noun after `und` as a place listed after one (`Bund, Länder und Kommunen`)', () => {
    // Act
    const german = places('Die Stiftung fordert Bund, Länder und Kommunen auf, das Programm zu verlängern, sagte die Sprecherin.', 'de');

    // Assess
    expect(german).not.toContain('Kommunen');
  });

  it('reads two places that open on their article, joined by `y` at the end of a list, as two, and no person in `El` and a name', () => {
    // Act
    const listed = places('Seis provincias siguen en alerta: Santo Domingo, Monte Plata, El Jobo y La Cumbre, informó el centro.', 'es');
    const reservoirs = findEntities(['Las presas Valle del Sol y El Encino aportan la mayor parte del agua del sistema, explicó el ingeniero.'], language('es'));

    // Assess
    expect(listed).toEqual(expect.arrayContaining(['El Jobo', 'La Cumbre']));
    expect(reservoirs.people.map((p) => p.name)).toEqual([]);
  });

  it('reads a word after a German preposition of its own as a place only where the tables know it, a village too (`nach Galtür`, not `nach Angaben`)', () => {
    // Act
    const german = places('Gesperrt ist die Verbindung nach Galtür, sagte ein Winzer aus Gamlitz, nach Angaben der Polizei bis Montag.', 'de');

    // Assess
    expect(german).toEqual(expect.arrayContaining(['Galtür', 'Gamlitz']));
    expect(german).not.toContain('Angaben');
  });

  it('reads the continents and seas in the languages that name them otherwise, as printed (`Europa`, `Caribe`)', () => {
    // Act
    const spanish = places('Las exportaciones hacia Europa cayeron un 12 % mientras crecieron las ventas en el Caribe, informó la cámara.', 'es');

    // Assess
    expect(spanish).toEqual(expect.arrayContaining(['Europa', 'Caribe']));
  });

  it('reads a body\'s name spelled by its letters with a small word\'s letter among them (`CAFyM`)', () => {
    // Act
    const { organisations } = findEntities(['Varias empresas suspendieron sus viajes, informó el Centro de Armadores Fluviales y Marítimos (CAFyM) el martes.'], language('es'));
    // (not a plural's letters: `Permanent Voter Cards (PVCs)`)
    const plural = findEntities(['Officials began handing out Permanent Voter Cards (PVCs) in Ado-Ekiti on Monday, the commission said.'], language('en'));

    // Assess
    expect(organisations.map((o) => o.name)).toEqual(['Centro de Armadores Fluviales y Marítimos']);
    expect(plural.organisations.map((o) => o.name)).not.toContain('Permanent Voter Cards');
  });
});
