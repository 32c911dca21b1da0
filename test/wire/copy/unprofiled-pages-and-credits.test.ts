import { describe, expect, it } from 'vitest';
import { read } from './read-story.ts';

const PARAGRAPHS = [
  'De gemeenteraad van Amsterdam stemde maandag in met het plan na een debat dat het grootste deel van de middag duurde.',
  'De eerste werkzaamheden beginnen in het najaar en duren naar verwachting ongeveer twee jaar.',
];

describe('Web pages, shared credits and foot lines of outlets read without a profile (issue 11)', () => {
  it('reads a broadcaster page: its section crumbs, a deck over the writer, his job in lower case, a dotted stamp pair and a photo caption', async () => {
    // Act
    const record = await read([
      'NOS Nieuws\nNieuws   Sport   Uitzendingen   Live   Regionaal\nZoeken   Menu',
      'Binnenland · Regionaal nieuws',
      'Veerpont bij Wijhe uit de vaart door hoog water',
      'De rivier stijgt sneller dan verwacht; boeren halen hun vee van het land',
      'Door Pieter van Dam\nregioverslaggever Oost-Nederland',
      'Geplaatst 15 januari 2026 om 09:12 · Aangepast om 14:47',
      'Foto: ANP / Jan de Vries\nDe veerpont ligt stil aan de kade.',
      ...PARAGRAPHS,
      'Dit artikel is tot stand gekomen in samenwerking met RTV Oost.',
      'Delen   WhatsApp   Facebook   X   Link kopiëren',
      'Meer over dit onderwerp:\nHoogwater   Overijssel',
      '© NOS 2026',
    ].join('\n\n'));

    // Assess: the partner's share is no paragraph and names no contributor; the second clock is on the first one's day
    expect(record.headline).toBe('Veerpont bij Wijhe uit de vaart door hoog water');
    expect(record.bylines.map((b) => b.name)).toEqual(['Pieter van Dam']);
    expect([record.firstCreated, record.versionCreated]).toEqual(['2026-01-15T09:12:00+01:00', '2026-01-15T14:47:00+01:00']);
    expect(record.body.paragraphs).toEqual(PARAGRAPHS);
    expect(record.contributors).toEqual([]);
  });

  it('cuts the tags line and the page furniture under it, and a block of links to other stories inside the story', async () => {
    // Arrange
    const story = [
      'Omkring 200 beboere i den lave del af byen blev natten til fredag evakueret, efter at stormen pressede vandet ind i fjorden.',
      'Læs også:\nDigerne ved kysten skal forhøjes for 400 millioner kroner\nNy pumpestation åbner til foråret',
      'De evakuerede er indkvarteret på byens gymnasium, og beredskabet har sendt to pumper fra Herning.',
    ];

    // Act
    const record = await read([
      'Stormflod: beboere evakueret i nat', 'Af Sofie Holm', ...story,
      'Emner:   Stormflod   Vejr   DMI', 'Mest læste\n1. Stormflod: beboere evakueret i nat\n2. Regeringen vil hæve pensionsalderen', '© Avisen 2026. Alle rettigheder forbeholdes.',
    ].join('\n\n'));

    // Assess
    expect(record.body.paragraphs).toEqual([story[0], story[2]]);
  });

  it('takes a name alone under the story for its writer', async () => {
    // Act
    const record = await read([
      'BOBO-DIOULASSO, 15 jan. - La société cotonnière a commencé mercredi à payer les arriérés dus aux producteurs de la région.',
      'Les paiements doivent s’achever avant la fin du mois, selon la direction régionale.',
      'Les producteurs réclament aussi une hausse du prix d’achat pour la prochaine campagne.',
      'Les autorités promettent un calendrier précis la semaine prochaine.',
      'Aminata Ouédraogo-Sawadogo',
    ].join('\n\n'));

    // Assess
    expect(record.bylines.map((b) => b.name)).toEqual(['Aminata Ouédraogo-Sawadogo']);
    expect(record.body.paragraphs.at(-1)).toBe('Les autorités promettent un calendrier précis la semaine prochaine.');
  });

  it('leaves a shared agency credit, a sign-off with its media marks and a desk handle with the site address out of the story', async () => {
    // Act
    const lusa = await read(['MANTEIGAS, 15 jan - A estrada da serra esteve fechada durante a manhã devido à queda de neve.', 'A circulação foi retomada ao início da tarde.', 'Com Lusa'].join('\n\n'));
    const efe = await read(['Riohacha (Colombia), 15 ene (EFE).- La Gobernación declaró la calamidad pública por la sequía.', 'Unas 40.000 familias dependen de carrotanques.', 'amo/joc/lmr (foto) (vídeo)'].join('\n\n'));
    const orf = await read(['Die neue Bahnstrecke ist seit Dezember in Betrieb und die Züge sind in der Früh voll.', 'Die ÖBB wollen ab März längere Garnituren einsetzen.', 'red, kaernten.ORF.at'].join('\n\n'));

    // Assess
    expect(lusa.body.paragraphs.at(-1)).toBe('A circulação foi retomada ao início da tarde.');
    expect(lusa.contributors).toEqual([]);
    expect(efe.body.paragraphs.at(-1)).toBe('Unas 40.000 familias dependen de carrotanques.');
    expect(orf.body.paragraphs.at(-1)).toBe('Die ÖBB wollen ab März längere Garnituren einsetzen.');
  });

  it('reads Slovak and Polish credit lines for their contributors', async () => {
    // Act
    const slovak = await read(['Nemocnica musí zaplatiť pokutu za meškanie stavby.', 'Ministerstvo sa proti rozhodnutiu odvolá.', 'Spolupracovala Jana Kováčová'].join('\n\n'));
    const polish = await read(['Szpital musi zapłacić karę za opóźnienie budowy.', 'Ministerstwo odwoła się od decyzji.', 'Współpraca: Marta Nowak'].join('\n\n'));

    // Assess
    expect(slovak.contributors.map((c) => [c.name, c.role])).toEqual([['Jana Kováčová', 'contributor']]);
    expect(slovak.body.paragraphs.at(-1)).toBe('Ministerstvo sa proti rozhodnutiu odvolá.');
    expect(polish.contributors.map((c) => [c.name, c.role])).toEqual([['Marta Nowak', 'contributor']]);
  });

  it('reads a Hungarian year-first date and a byline with the writer\'s job run on after the name', async () => {
    // Act
    const hungarian = await read(['Éjszakára bezár a sürgősségi osztály', 'Szerző: Kovács Anna', 'Frissítve: 2026. január 15. 18:40', '', 'A kórház vezetése szerdán jelentette be, hogy februártól éjszaka zárva tart a sürgősségi osztály.', 'A betegeket a szegedi klinikára viszik.'].join('\n\n'));
    const herald = await read(['Water allocation raised for farmers', 'Tinashe Kusema-Ncube Senior Reporter', '', 'KARIBA - The authority has raised the water allocation for irrigation farmers for the coming season.', 'Farmers welcomed the move.'].join('\n\n'));

    // Assess
    expect(hungarian.versionCreated).toBe('2026-01-15T18:40:00+01:00');
    expect(hungarian.bylines.map((b) => b.name)).toEqual(['Kovács Anna']);
    expect(herald.bylines.map((b) => [b.name, b.title])).toEqual([['Tinashe Kusema-Ncube', 'Senior Reporter']]);
  });

  it('takes a Swedish correction note at the foot for a correction', async () => {
    // Act
    const record = await read([
      'Tunnelbanan till Nacka försenas till 2032', 'Av Erik Lind', '',
      'Regionen meddelade på tisdagen att tunnelbanan till Nacka blir klar först 2032.', 'Förseningen beror på problem med berget vid Sickla.',
      'Rättelse: I en tidigare version angavs fel år för öppningen.',
    ].join('\n\n'));

    // Assess
    expect(record.signals).toContain('correction');
    expect(record.body.paragraphs.at(-1)).toBe('Förseningen beror på problem med berget vid Sickla.');
  });

  it('names the outlet of a ninjs item from its copyright holder object and a broadcaster from its regional newsroom', async () => {
    // Arrange
    const item = (extra: object) => JSON.stringify({
      uri: 'urn:example:1', type: 'text', language: 'lt', headline: 'Šildymo kainos sausį kils', versioncreated: '2026-01-15T08:00:00+02:00',
      body_text: 'Šilumos kainos sausį Alytuje ir Vilniuje kils apie dešimt procentų, skelbia tiekėjai.\n\nGyventojai sąskaitas gaus vasario pradžioje.',
      ...extra,
    });

    // Act
    const delfi = await read(item({ copyrightHolder: { name: 'UAB „Delfi“' } }), 'test/delfi.json');
    const svt = await read(item({ copyrightholder: 'SVT Nyheter Västmanland', language: 'sv' }), 'test/svt.json');

    // Assess
    expect(delfi.provider).toBe('Delfi');
    expect(svt.provider).toBe('SVT');
  });

  it('names a paper by its publisher in the copyright line, and reads its zone from the country its name opens with', async () => {
    // Act
    const record = await read([
      'Water supply cut in Penal for main repairs', 'Posted Jan 15, 2026 7:40 AM', '',
      'Residents of Penal and Debe will be without a pipe-borne water supply until Friday while the authority repairs a trunk main.', 'Truck-borne supplies will be available on request.',
      '© 2026 Trinidad Express Newspapers Ltd. All rights reserved.',
    ].join('\n\n'));

    // Assess
    expect(record.provider).toBe('Trinidad Express');
    expect(record.firstCreated).toBe('2026-01-15T07:40:00-04:00');
  });
});
