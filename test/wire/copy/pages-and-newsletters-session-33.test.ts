import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../lambdas/wire/copy/index.ts';
import { read } from './read-story.ts';

const STORY = [
  'The regional council voted on Monday to close the old harbour bridge to lorries after engineers found cracks in two of its piers.',
  'Cars and buses may still cross at walking pace while the council seeks money for repairs, the council’s roads manager said.',
  '“We cannot take the risk of a heavy load on those piers,” said Moana Tehei-Leclerc, who chairs the council’s works committee.',
];
const SPANISH = [
  'El ayuntamiento cerró el lunes el viejo puente del puerto a los camiones después de que los ingenieros hallaran grietas en dos pilas.',
  'Los coches y los autobuses podrán cruzar a paso lento mientras se buscan fondos para las obras, dijo la concejala de Obras.',
];

/** An e-mail of one text part, from the sender named. */
const mail = (from: string, address: string, subject: string, lines: readonly string[]) => [
  `From: ${from} <${address}>`, 'To: wire-in@newswire.example', `Subject: ${subject}`, 'Date: Wed, 10 Dec 2025 06:45:00 +1000',
  'MIME-Version: 1.0', 'Content-Type: text/plain; charset="UTF-8"', '', ...lines,
].join('\r\n');

describe('Page tops, feet and newsletters of outlets read without a profile (issue 11, session 33)', () => {
  it('takes a name in capitals over a dated newsletter title for the masthead, and the headline under the section label', async () => {
    // Act
    const record = await read(['HARBOUR HERALD', 'Evening Brief | Monday, March 9, 2026', '', 'TOP STORY', '', 'Council shuts harbour bridge to lorries', '', 'By Teva Marchand', '', ...STORY].join('\n'));

    // Assess
    expect(record.headline).toBe('Council shuts harbour bridge to lorries');
    expect(record.bylines.map((b) => b.name)).toEqual(['Teva Marchand']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('leaves a newsletter\'s foot out of the story: the link\'s label over its address, the other headlines of the edition', async () => {
    // Act
    const record = await read(mail('Harbour Herald', 'brief@harbourherald.example', 'Council shuts harbour bridge to lorries', [
      'Council shuts harbour bridge to lorries', '', ...STORY.flatMap((p) => [p, '']),
      'Read the whole story and today\'s other news on our site:', 'https://harbourherald.example/news/bridge-lorries', '',
      'Also in this edition', '- Ferry fares to rise in April', '- School netball final goes to extra time', '',
      '--', 'You are receiving this because you signed up for the Harbour Herald Evening Brief.',
    ]));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('still names a newsletter by the name its address spells when its masthead, now read, is the sender\'s whole name and an edition\'s word', async () => {
    // Act
    const online = await read(mail('Harbour Herald Online', 'alerts@harbourherald.example', 'Council shuts harbour bridge to lorries', [
      'HARBOUR HERALD ONLINE', 'News | Monday, March 9, 2026 - 17:05', '', 'Council shuts harbour bridge to lorries', '', ...STORY.flatMap((p) => [p, '']),
    ]));
    // (or a country's name: `Harbour Herald Fiji`)
    const country = await read(mail('Harbour Herald Fiji', 'alerts@harbourherald.example', 'Council shuts harbour bridge to lorries', [
      'HARBOUR HERALD FIJI', 'News | Monday, March 9, 2026 - 17:05', '', 'Council shuts harbour bridge to lorries', '', ...STORY.flatMap((p) => [p, '']),
    ]));

    // Assess
    expect(online.provider).toBe('Harbour Herald');
    expect(country.provider).toBe('Harbour Herald');
  });

  it('reads a page\'s first line as the site\'s name over a bar of links, and a name in capitals joined by `&` whole', async () => {
    // Act
    const site = await read(['The Lagoon Courier', 'Papeete, Tahiti | Subscribe | Log in', '', 'News | Local | Transport', '', 'Council shuts harbour bridge to lorries', '', 'By Teva Marchand', 'March 9, 2026 - 5:05pm', '', ...STORY].join('\n'));
    const joined = await read(mail('Sun & Tide', 'news@sunandtide.example', 'Council shuts harbour bridge to lorries', [
      'SUN & TIDE', 'Daily | Monday, March 9, 2026', '', 'Council shuts harbour bridge to lorries', '', ...STORY.flatMap((p) => [p, '']),
    ]));

    // Assess
    expect(site.provider).toBe('The Lagoon Courier');
    expect(site.headline).toBe('Council shuts harbour bridge to lorries');
    expect(joined.provider).toBe('Sun & Tide');
  });

  it('leaves the page\'s feet out: the outlet named as its parent\'s service, a call to join its channel, related topics', async () => {
    // Act
    const english = await read(['Council shuts harbour bridge to lorries', ...STORY, 'Lagoon Radio News is a service of Lagoon Public Broadcasting, a unit of the Territorial Assembly.', '© 2026 Lagoon Public Broadcasting'].join('\n\n'));
    const spanish = await read(['El ayuntamiento cierra el puente del puerto a los camiones', ...SPANISH, 'Temas relacionados: Puerto · Obras públicas · Tráfico', 'Únete a nuestro canal de WhatsApp y recibe las noticias del día.', '© 2026 Diario del Puerto'].join('\n\n'));

    // Assess
    expect(english.body.paragraphs).toEqual(STORY);
    expect(spanish.body.paragraphs).toEqual(SPANISH);
  });

  it('drops the mark where an advertisement stood, in the story and at its foot', async () => {
    // Act
    const record = await read(['Council shuts harbour bridge to lorries', STORY[0], 'Advertisement', STORY[1], 'ANZEIGE', STORY[2], 'Story continues below advertisement'].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual(STORY);
    expect(lineKind('Publicidad')).toBe('contact');
    expect(lineKind('An advertisement for the ferry ran in the paper.')).toBeUndefined();
  });

  it('reads the writer\'s name and job over a line on what she covers, at the foot, as the byline', async () => {
    // Act
    const record = await read(['Council shuts harbour bridge to lorries', ...STORY, 'Moerani Faatau', 'Reporter', 'Moerani covers local government for The Lagoon Courier. Got a tip? Email moerani@lagooncourier.example'].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Moerani Faatau']);
    expect(record.body.paragraphs).toEqual(STORY);
  });

  it('reads dates set off by middle dots, and an update\'s own date and clock after the first', async () => {
    // Act
    const record = await read(['El ayuntamiento cierra el puente del puerto a los camiones', 'Itziar Goikoetxea', '09·03·26 | 17:05 | Actualizado a 09·03·26 | 18:40', '', ...SPANISH].join('\n\n'));

    // Assess
    expect(record.firstCreated).toMatch(/^2026-03-09T17:05:00/);
    expect(record.versionCreated).toMatch(/^2026-03-09T18:40:00/);
    expect(record.bylines.map((b) => b.name)).toEqual(['Itziar Goikoetxea']);
  });

  it('reads a byline and its time on one line in French, beside a count of readers, and the writer\'s name without its verb', async () => {
    // Act
    const record = await read(['Le conseil ferme le pont du port aux camions', 'Écrit par Teva Marchand le Lundi 9 Mars 2026 à 17:05 | Lu 1250 fois', '',
      'Le conseil régional a voté lundi la fermeture du vieux pont du port aux camions après la découverte de fissures dans deux piles.',
      'Les voitures et les bus pourront encore traverser au pas pendant les travaux, a indiqué le responsable des routes.'].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Teva Marchand']);
    expect(record.firstCreated).toMatch(/^2026-03-09T17:05:00/);
  });

  it('reads a photo\'s caption as a caption when its credit closes it in parentheses or as outlet and photographer', () => {
    // Assess
    expect(lineKind('Des camions attendent devant le pont fermé, lundi matin. (Photo : Hinano Tetuanui)')).toBe('photo');
    expect(lineKind('Lorries queue before the closed bridge on Monday (9/3/2026). – Courier/Teva Marchand')).toBe('photo');
    // (a sentence of the story with a dash and a slash in it is none)
    expect(lineKind('The bridge will reopen to lorries in June – or July at the latest/ the council said.')).toBeUndefined();
  });

  it('reads a zone-less time on the clock of the region of another federation the story is about (Tasmania)', async () => {
    // Act
    const record = await read(['Bushfire warning for the Fingal Valley', 'By Isla Burke', 'February 12 2026 - 4:30pm',
      'Residents of Tasmania’s north-east were told on Thursday to shelter in place as a bushfire near Fingal jumped the river.',
      'Crews from Fingal and Mathinna fought the fire through the night, and the road to Fingal stayed closed.'].join('\n\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-02-12T16:30:00+11:00');
  });

  it('takes a site\'s name over its tagline beside account links for the provider', async () => {
    // Act
    const record = await read(['La Voz del Valle', 'Noticias de El Salvador | Suscríbete | Iniciar sesión', '', 'Evacúan a 30 familias por una cárcava', '', 'Por Ana Lemus', '14 de junio de 2026 - 21:35', '',
      'Treinta familias fueron evacuadas el domingo por una cárcava junto al río, informaron las autoridades del distrito.',
      'Las familias fueron trasladadas a un albergue y los vecinos no podrán volver hasta que el terreno sea estable.'].join('\n'));

    // Assess
    expect(record.provider).toBe('La Voz del Valle');
  });

  it('reads a neighbourhood named like a country among another country\'s places as no clock of its own', async () => {
    // Act
    const record = await read(['La Voz del Valle', 'Noticias de El Salvador | Suscríbete | Iniciar sesión', '', 'Noticias / Nacionales', '',
      'Evacúan a 30 familias por una cárcava en Soyapango', '', 'Por Ana Lemus', '14 de junio de 2026 - 21:35', '',
      'Treinta familias de la colonia Santa Lucía, en Soyapango, fueron evacuadas el domingo por una cárcava junto al río Acelhuate.',
      'Protección Civil trasladó a las familias a un albergue en Ilopango y pidió a los vecinos de San Salvador no acercarse a la zona.'].join('\n'));

    // Assess
    expect(record.firstCreated).toBe('2026-06-14T21:35:00-06:00');
  });

  it('keeps the story\'s own lines that only look like feet: a body\'s one-word beat, a list after `Also on`, a parent named with more said, a credit with no photographer', async () => {
    // Act
    const beat = await read(['El agua llega a menos hogares', ...SPANISH, 'Sedapal cubre el 80 % de la demanda de agua para Lima Metropolitana.'].join('\n\n'));
    const ballot = await read(['Council shuts harbour bridge to lorries', ...STORY, 'Also on the ballot:', '- A measure to extend the council\'s term limits to three terms', '- A bond for the new ferry terminal'].join('\n\n'));
    const parent = await read(['Council shuts harbour bridge to lorries', ...STORY, 'Lagoon Radio News is a unit of Lagoon Holdings, which also owns the island\'s two newspapers.'].join('\n\n'));

    // Assess
    expect(beat.body.paragraphs.at(-1)).toBe('Sedapal cubre el 80 % de la demanda de agua para Lima Metropolitana.');
    expect(ballot.body.paragraphs.slice(-3)).toEqual(['Also on the ballot:', '- A measure to extend the council\'s term limits to three terms', '- A bond for the new ferry terminal']);
    expect(parent.body.paragraphs.at(-1)).toMatch(/^Lagoon Radio News is a unit of Lagoon Holdings/);
    expect(lineKind('The ministry confirmed the toll on Tuesday. – Xinhua/AFP')).not.toBe('photo');
  });

  it('reads a posting line\'s writer whole when a particle of the name looks like the word before the date', async () => {
    // Act
    const record = await read(['Le conseil ferme le pont du port aux camions', 'Rédigé par Yann Le Gall le Mercredi 4 Mars 2026 à 17:48 | Lu 812 fois', '',
      'Le conseil régional a voté lundi la fermeture du vieux pont du port aux camions après la découverte de fissures dans deux piles.',
      'Les voitures et les bus pourront encore traverser au pas pendant les travaux, a indiqué le responsable des routes.'].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Yann Le Gall']);
  });

  it('reads a Greek page\'s caption label, tags and related heading as furniture, and the agency by its Greek name', async () => {
    // Prepare
    const greek = [
      'Στο 12% της χωρητικότητάς του έχει πέσει το φράγμα της Αγιάς, το χαμηλότερο ποσοστό των τελευταίων ετών.',
      'Η δημοτική επιχείρηση ύδρευσης ανακοίνωσε διακοπές νερού τις νυχτερινές ώρες σε όλες τις συνοικίες της πόλης.',
    ];

    // Act
    const record = await read(['Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων', '', 'Χανιά: Στο 12% το φράγμα της Αγιάς', '', '12/05/2026 14:37', '',
      'Φωτογραφία αρχείου: ΑΠΕ-ΜΠΕ', '', ...greek.flatMap((p) => [p, '']), 'Ετικέτες: ΚΡΗΤΗ · ΧΑΝΙΑ · ΛΕΙΨΥΔΡΙΑ', '',
      'ΣΧΕΤΙΚΑ ΑΡΘΡΑ', 'Λειψυδρία: Σε κατάσταση έκτακτης ανάγκης τρεις δήμοι', '', '© 2026 Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων Α.Ε.'].join('\n'));

    // Assess
    expect(record.provider).toBe('ANA-MPA');
    expect(record.dateline).toBeNull();
    expect(record.body.paragraphs).toEqual(greek);
  });
});
