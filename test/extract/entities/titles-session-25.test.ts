import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lambdas/extract/entities/index.ts';

/**
 * Titles the labelled stories of session 25 showed lost (`wire-heldout-29`): a title set off before a name after the
 * clause's article mid-sentence, police and council ranks abbreviated without and with a point, two ranks in a row,
 * and a council rank in the plural over a list. Texts written for the tests.
 */

const none = { bylines: [], contributors: [] };
const entities = (paragraphs: string[]) => findEntities(paragraphs, none);
const people = (paragraphs: string[]) => entities(paragraphs).people.map((p) => [p.name, p.title]);

describe('Function: findEntities (titles, session 25)', () => {
  it.each([
    ['The new levy was announced on Monday by the Minister of Finance, Paulo Tavita-Lemalu, after a long Cabinet meeting.', 'Paulo Tavita-Lemalu', 'Minister of Finance'],
    ['The plan was welcomed in Dunedin by the harbour master, Keri Ruawai, who said the channel was ready.', 'Keri Ruawai', 'harbour master'],
    ['Cr Hemi Waaka-Potae said the rates rise was too steep.', 'Hemi Waaka-Potae', 'Cr'],
    ['Supt. Gordon Bailey-Hines said the road would stay closed.', 'Gordon Bailey-Hines', 'Supt.'],
    ['Const. Maryse Leblanc-Tardif said the driver had fled on foot.', 'Maryse Leblanc-Tardif', 'Const.'],
    ['La decisión fue anunciada el martes por el director del puerto, Ignacio Barreiro Lema, tras una reunión.', 'Ignacio Barreiro Lema', 'director del puerto'],
    ['Port of Tauranga chief executive Leonie Waaka-Harris said the new berth would open in March.', 'Leonie Waaka-Harris', 'Port of Tauranga chief executive'],
    ['City of Cape Town spokesperson Thandeka Mokoena-Adams said water would be restored by Friday.', 'Thandeka Mokoena-Adams', 'City of Cape Town spokesperson'],
    ['The crossing was opened by Indonesian Consul-General in Kuching Siti Rahmawati Hasan on Monday.', 'Siti Rahmawati Hasan', 'Indonesian Consul-General in Kuching'],
    ['Lock Tane Whaanga-Rewi was sent off in the 60th minute.', 'Tane Whaanga-Rewi', 'Lock'],
  ])('reads the title and keeps it out of the name: %s', (sentence, name, title) => {
    expect(people([sentence])).toContainEqual([name, title]);
  });

  it('reads a council rank in the plural, written without a point, as each councillor\'s', () => {
    expect(people(['Crs Aroha Mita-Kemp and Tom Bryce-Hale voted against the rates rise.'])).toEqual([['Aroha Mita-Kemp', 'Cr'], ['Tom Bryce-Hale', 'Cr']]);
  });

  it('gives a quote to a detective known by two abbreviated ranks', () => {
    // Act
    const found = entities(['“We have taken a large amount of cocaine off the street,” Det. Insp. Rowan Okafor-Bell told reporters.']);

    // Assess
    expect(found.people.map((p) => [p.name, p.title])).toEqual([['Rowan Okafor-Bell', 'Det. Insp.']]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(['Rowan Okafor-Bell']);
  });

  it('reads no remit listed after a title\'s first remit as a person', () => {
    // Act
    const found = people(['«Seguiremos trabajando», ha señalado el consejero de Agricultura, Pesca, Agua y Desarrollo Rural, Jacinto Morales Ortega.']);

    // Assess
    expect(found.map(([name]) => name)).toEqual(['Jacinto Morales Ortega']);
  });

  it('leaves a common noun set off before a name, with no title head, out of the title', () => {
    expect(people(['The award was handed over by the winner of last year, Sina Tuala-Fepuleai, who said it was heavy.'])).toContainEqual(['Sina Tuala-Fepuleai', null]);
  });
});
