import { describe, expect, it } from 'vitest';
import { parseStories } from '../../../lambdas/ingest/parse-story.ts';
import { read } from './read-story.ts';

const STORY = [
  'The city council approved a new water tariff on Wednesday after a long debate and protests outside the town hall.',
  'The first bills at the new rate will be sent in August, the water company said.',
];
const HISTORIA = [
  'El Concejo Municipal aprobó este miércoles un aumento de la tarifa del agua, el primero en catorce años, en medio de protestas.',
  '“Nadie quiere subir tarifas. ¿Cómo vamos a pagar las obras sin ingresos?”, dijo el alcalde a los periodistas en Canelones.',
];

/** A NITF document whose publication data and issue date are given. */
const nitf = (published: string, issued: string): Uint8Array => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Water tariff approved</title><docdata><date.issue norm="${issued}"/></docdata>
<pubdata type="web" name="Island Guardian" date.publication="${published}"/></head>
<body><body.head><hedline><hl1>Water tariff approved</hl1></hedline></body.head><body.content>${STORY.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`);

describe('Sites, stamps and feet of outlets read without a profile (issue 11)', () => {
  it('names an outlet by its web address when its story says someone told it, and cuts a site\'s reuse terms and a read-also block', async () => {
    // Act
    const record = await read(['KAVKAZ.am', 'Water tariff approved', ...STORY, 'The mayor told KAVKAZ.am the money would go to new pipes.', 'Read also', 'Bus fares to rise in spring', 'Materials on this site may be reproduced only with a hyperlink to KAVKAZ.am'].join('\n\n'));

    // Assess
    expect(record.provider).toBe('KAVKAZ.am');
    expect(record.body.paragraphs.at(-1)).toBe('The mayor told KAVKAZ.am the money would go to new pipes.');
  });

  it('reads a country in capitals after a dateline\'s city as the dateline\'s, not an agency\'s tag: the sender of the mail is the provider', async () => {
    // Act
    const mail = ['From: Island Radio <desk@islandradio.example>', 'To: desk@newswire.example', 'Subject: Water tariff approved', 'Date: Thu, 11 Jun 2026 18:47:03 -0400', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset="utf-8"', '', 'Water tariff approved', '', `BRIDGETOWN, BARBADOS — ${STORY[0]}`, '', STORY[1]!].join('\r\n');
    const [record] = await parseStories(new TextEncoder().encode(mail), { key: 'test/mail.eml' });

    // Assess
    expect(record!.provider).toBe('Island Radio');
    expect(record!.dateline?.city).toBe('Bridgetown');
    expect(record!.body.paragraphs[0]).toBe(STORY[0]);
  });

  it('reads a NITF publication time earlier than the issue time as the story\'s first time', async () => {
    // Act
    const [record] = await parseStories(nitf('20260616T081500-0400', '20260616T131000-0400'), { key: 'test/guardian.xml' });

    // Assess
    expect(record!.firstCreated).toBe('2026-06-16T08:15:00-04:00');
    expect(record!.versionCreated).toBe('2026-06-16T13:10:00-04:00');
  });

  it('reads a Spanish page: the stamp under its section\'s name, its tags and newsletter lines, and no place in a question word', async () => {
    // Act
    const page = await read(['el observador', 'Ciudad', 'Canelones aprueba un aumento de la tarifa del agua tras meses de protestas', 'Martina Olivera Sosa', 'Escrito en Ciudad el 17 de junio de 2026 · Actualizado a las 19:45.', ...HISTORIA, 'Temas en este artículo: agua, Canelones, tarifas', '¿Te interesa la ciudad? Suscribite y recibí el boletín de Ciudad.'].join('\n\n'));
    const filed = await read(['Prensa del Sur', 'Canelones aprueba un aumento de la tarifa del agua', 'Por Martina Olivera Sosa', ...HISTORIA, 'Archivado en:', 'Canelones | Agua | Concejo Municipal'].join('\n\n'));

    // Assess
    expect(page.bylines.map((b) => b.name)).toEqual(['Martina Olivera Sosa']);
    expect(page.versionCreated ?? page.firstCreated).toMatch(/^2026-06-17T19:45:00/);
    for (const record of [page, filed]) expect(record.body.paragraphs).toEqual(HISTORIA);
    expect(filed.places.map((p) => p.name)).toEqual(['Canelones']);
  });

  it('takes a writer\'s sign-off with the agency\'s tag off the foot, and reads the editors of a contact block whose line breaks were lost', async () => {
    // Act
    const signed = await read(['Water tariff approved', ...STORY, 'Z Gdańska Anna Nowicka (PAP)'].join('\n\n'));
    const [bloomberg] = await parseStories(new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Water tariff approved</title></head><body><body.head><hedline><hl1>Water tariff approved</hl1></hedline></body.head>
<body.content>${STORY.map((p) => `<p>${p}</p>`).join('')}<p>To contact the editors responsible for this story:<br/>Maria Jones Ortega at mjones12@bloomberg.net<br/>Peter Lindqvist</p></body.content></body></nitf>`), { key: 'test/bloomberg.xml' });

    // Assess
    expect(signed.body.paragraphs).toEqual(STORY);
    expect(bloomberg!.contributors).toEqual([{ name: 'Maria Jones Ortega', location: null, role: 'editor' }, { name: 'Peter Lindqvist', location: null, role: 'editor' }]);
  });
});
