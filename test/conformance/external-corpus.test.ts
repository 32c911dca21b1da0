import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, storyRecordSchema, type StoryRecord } from '../../lambdas/story/index.ts';
import { describeShared, EXTERNAL_CORPUS } from '../shared-corpus.ts';

/**
 * Every sample of the external corpus (shared/corpus/external/, see its SOURCES.md): each parses to its
 * format with the right status, signals, encoding, bylines and credits, or is rejected with the code
 * expected where it holds no story. The corpus is agency copy kept outside this repository
 * (`test/shared-corpus.ts`: required in CI, skipped only where it truly is not there).
 */
const CORPUS = EXTERNAL_CORPUS.pathname;
const present = existsSync(CORPUS);

interface Expected {
  readonly format?: StoryRecord['format'];
  readonly rejected?: string;
  readonly stories?: number;
  readonly provider?: string | null;
  readonly pubStatus?: StoryRecord['pubStatus'];
  readonly signals?: StoryRecord['signals'];
  readonly encoding?: string;
  readonly bylines?: string[];
  readonly contributors?: string[];
  readonly version?: string;
  readonly embargoedUntil?: string | null;
  readonly dateline?: string | null;
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  'anpa-1312/ap_anpa_china-escape_3rdld_contributors.tst': {
    format: 'anpa-1312', provider: 'Associated Press', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', dateline: 'BEIJING (AP)',
    bylines: ['Gerry Shih'], contributors: ['contributor:Gillian Wong/Beijing', 'contributor:Matthew Pennington/Washington', 'contributor:Grant Peck/Bangkok'],
  },
  'anpa-1312/ap_anpa_ethanol_contributed-from.tst': {
    format: 'anpa-1312', provider: 'Associated Press', pubStatus: 'usable', signals: ['update', 'correction'], encoding: 'UTF-8', dateline: 'ROSCOE, South Dakota (AP)',
    bylines: ['Chet Brokaw', 'Jack Gillum/Washington'], contributors: ['contributor:Dina Cappiello/Washington', 'contributor:Matt Apuzzo/Washington'],
  },
  'anpa-1312/ap_anpa_heat-hawks_1stld-writethru.tst': {
    format: 'anpa-1312', provider: 'Associated Press', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', dateline: 'ATLANTA (AP)',
    bylines: ['Charles Odum|AP Sports Writer'], contributors: [],
  },
  'ap-media-api/ap_media_text_item_baseball.json': { rejected: 'no-body' },
  'iptc-7901/dpa_iptc7901_chiefs-rams_two-bylines.txt': {
    format: 'iptc-7901', provider: 'dpa', pubStatus: 'usable', signals: [], encoding: 'UTF-8', dateline: 'San Diego (tca/dpa)',
    bylines: ['Tom Krasovic|The San Diego Union-Tribune'], contributors: ['reporter:Tom Krasovic', 'editor:John Bagratuni'],
  },
  'iptc-7901/dpa_iptc7901_mueller_latin1.txt': {
    format: 'iptc-7901', provider: 'dpa', pubStatus: 'usable', signals: ['update'], encoding: 'ISO-8859-1', dateline: 'Munich (dpa)',
    bylines: ['Manuel Schwarz'], contributors: ['reporter:Barry Whelan', 'editor:John Bagratuni'],
  },
  'newsml-1.2/afp_newsml12_gaza_advisoryline.xml': {
    format: 'newsml-1.2', provider: 'AFP', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '1',
    dateline: 'Gaza City, Palestinian Territories, May 16, 2021 (AFP)', bylines: ['Adel Zaanoun', 'Guillaume Lavallee/Jerusalem'], contributors: [],
  },
  'newsml-1.2/afp_newsml12_saab_en.xml': {
    format: 'newsml-1.2', provider: 'AFP', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '1', dateline: 'STOCKHOLM, Aug 29, 2014 (AFP)', bylines: [], contributors: [],
  },
  // Declared iso-8859-1, but its bytes are UTF-8 ("procès" is C3 A8): read as what it is (decode.ts).
  'newsml-1.2/afp_newsml12_samu_fr_iso-8859-1.xml': {
    format: 'newsml-1.2', provider: 'AFP', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '1', dateline: 'Strasbourg, 10 juil 2024 (AFP)', bylines: [], contributors: [],
  },
  'newsml-g2/iptc_LISTING_1_news-item_embargo_sig-update.xml': {
    format: 'newsml-g2', provider: 'Reuters', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '11',
    embargoedUntil: '2018-10-23T12:00:00+00:00', bylines: ['Meredith Jameson'], contributors: [],
  },
  'newsml-g2/iptc_LISTING_25_nitf-in-inlineXML.xml': { rejected: 'no-body' },
  'newsml-g2/iptc_LISTING_28_located-vs-dateline_fragment.xml': { rejected: 'no-body' },
  'newsml-g2/iptc_LISTING_2_text-document_nitf-inline.xml': {
    format: 'newsml-g2', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '11', bylines: ['Meredith Jameson'], contributors: [],
  },
  'newsml-g2/iptc_LISTING_6_package_sig-update.xml': { rejected: 'no-body' },
  'newsml-g2/reuters_KBN0FL0NN_v5_assad_additional-reporting.xml': {
    format: 'newsml-g2', provider: 'Reuters', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '5', dateline: 'DAMASCUS (Reuters)',
    bylines: ['Marwan Makdisi'],
    contributors: ['contributor:Sylvia Westall/Beirut', 'contributor:Laila Bassam/Beirut', 'contributor:Oliver Holmes/Beirut', 'contributor:Mariam Karouny/Beirut', 'contributor:Tom Perry/Beirut', 'editor:Peter Graff'],
  },
  'newsml-g2/reuters_L1N14N0FF_v1542761538_canceled.xml': {
    format: 'newsml-g2', provider: 'Reuters', pubStatus: 'canceled', signals: ['kill'], encoding: 'UTF-8', version: '1542761538', bylines: [], contributors: [],
  },
  'newsml-g2/reuters_L1N14N0FF_v978556838_usable_corrected.xml': {
    format: 'newsml-g2', provider: 'Reuters', pubStatus: 'usable', signals: ['update', 'correction'], encoding: 'UTF-8', version: '978556838', dateline: 'Jan 3 (Reuters)',
    bylines: [], contributors: ['reporter:David Bailey/Minneapolis', 'reporter:Erwin Seba/Houston', 'reporter:Tim Ghianni/Nashville', 'editor:Dan Grebler'],
  },
  'newsml-g2/reuters_L4N1FL0N0_gold_preformatted.xml': {
    format: 'newsml-g2', provider: 'Reuters', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '1132689232', dateline: 'Jan 30 (Reuters)',
    bylines: ['Arpan Varghese'], contributors: ['reporter:Arpan Varghese/Bengaluru', 'editor:Joseph Radford', 'editor:Richard Pullin'],
  },
  'newsml-g2/stt_newsitem_v4_sig-update_fi.xml': {
    format: 'newsml-g2', provider: 'STT', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '4', dateline: 'Helsinki', bylines: [], contributors: [],
  },
  'newsml-g2/tt_newsmessage_package_sv.xml': {
    format: 'newsml-g2', provider: 'TT', stories: 1, pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '1', bylines: [], contributors: [],
  },
  'ninjs/ninjs14_ap_costa-concordia.json': {
    format: 'ninjs', provider: 'Associated Press', pubStatus: 'usable', signals: [], encoding: 'UTF-8', dateline: 'GROSSETO, Italy (AP)',
    bylines: ['Paulo Santalucia', "Frances d'Emilio"], contributors: [],
  },
  'ninjs/ninjs1x_superdesk-output_360info_embargoed.json': {
    format: 'ninjs', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '11', embargoedUntil: '2022-06-29T02:30:00+00:00', dateline: null,
    bylines: ['Aaron J. Staples|Michigan State University'], contributors: [],
  },
  // version 6, its ednote "Noe utvidet." (somewhat expanded): an update
  'ninjs/ninjs21_ntb_text_nb.json': { format: 'ninjs', provider: 'NTB', pubStatus: 'usable', signals: ['update'], encoding: 'UTF-8', version: '6', bylines: [], contributors: [] },
  'ninjs/ninjs30_dpa_text_de.json': { format: 'ninjs', provider: 'dpa', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '2', bylines: ['Christian Hollmann'], contributors: [] },
  'ninjs/ninjs31_004_simple_text_article.json': {
    format: 'ninjs', provider: 'Associated Press', pubStatus: 'usable', signals: [], encoding: 'UTF-8', bylines: ['Paulo Santalucia', "Frances d'Emilio"], contributors: [],
  },
  'ninjs/ninjs31_005_complex_text_article.json': {
    format: 'ninjs', provider: 'Associated Press', pubStatus: 'usable', signals: [], encoding: 'UTF-8', bylines: ['Paulo Santalucia', "Frances d'Emilio"], contributors: [],
  },
  'nitf/ap_nitf_cap-and-trade.xml': {
    format: 'nitf', provider: 'Associated Press', pubStatus: 'usable', signals: [], encoding: 'UTF-8', dateline: 'NEW YORK (AP)', bylines: ['Bernard Condon|AP Business Writer'], contributors: [],
  },
  'nitf/iptc-nitf-sample_norfolk-tides_canceled.xml': {
    format: 'nitf', pubStatus: 'canceled', signals: ['kill'], encoding: 'UTF-8', version: '14.1', embargoedUntil: '2002-02-26T09:30:00-05:00', dateline: 'Newport News, VA',
    bylines: ['Alan Karben|NITF Network News Online'], contributors: ['contributor:Stewart Klometers'],
  },
  'nitf/ntb_nitf_india-covid_nb.xml': { format: 'nitf', provider: 'NTB', pubStatus: 'usable', signals: [], encoding: 'UTF-8', version: '1', dateline: 'Unnao', bylines: [], contributors: [] },
  'nitf/pa_nitf_sport-trivia_iso-8859-1.xml': { format: 'nitf', provider: 'PA Media', pubStatus: 'usable', signals: [], encoding: 'ISO-8859-1', bylines: [], contributors: [] },
};

const samples = present
  ? readdirSync(CORPUS, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.parentPath.includes('ninjs-schema') && e.name !== 'SOURCES.md')
    .map((e) => join(e.parentPath, e.name).slice(CORPUS.length).replace(/^\//, ''))
    .sort()
  : [];

const byline = (b: StoryRecord['bylines'][number]): string => `${b.name}${b.title ? `|${b.title}` : ''}${b.location ? `/${b.location}` : ''}`;
const contributor = (c: StoryRecord['contributors'][number]): string => `${c.role}:${c.name}${c.location ? `/${c.location}` : ''}`;

describeShared('Conformance: the external corpus (shared/corpus/external/)', EXTERNAL_CORPUS, () => {
  it('has an expectation for every sample, and a sample for every expectation', () => {
    // Assess
    expect(samples).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(samples)('%s', async (sample) => {
    // Prepare
    const expected = EXPECTED[sample]!;
    const bytes = new Uint8Array(readFileSync(join(CORPUS, sample)));

    // Act
    let records: StoryRecord[];
    try {
      records = await parseStories(bytes, { key: `incoming/${sample}` });
    } catch (error) {
      if (!(error instanceof RejectionError)) throw error;
      expect(error.code).toBe(expected.rejected);
      expect(error.message.length).toBeGreaterThan(20);
      return;
    }

    // Assess
    expect(expected.rejected).toBeUndefined();
    expect(records).toHaveLength(expected.stories ?? 1);
    const record = records[0]!;
    expect(storyRecordSchema.safeParse(record).error).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('\uFFFD');
    expect(record.format).toBe(expected.format);
    expect(record.pubStatus).toBe(expected.pubStatus);
    expect(record.signals).toEqual(expected.signals);
    expect(record.source.encoding).toBe(expected.encoding);
    expect(record.bylines.map(byline)).toEqual(expected.bylines);
    expect(record.contributors.map(contributor)).toEqual(expected.contributors);
    if (expected.provider !== undefined) expect(record.provider).toBe(expected.provider);
    if (expected.version !== undefined) expect(record.version).toBe(expected.version);
    if (expected.embargoedUntil !== undefined) expect(record.embargoedUntil).toBe(expected.embargoedUntil);
    if (expected.dateline !== undefined) expect(record.dateline?.text ?? null).toBe(expected.dateline);
    if (record.pubStatus !== 'canceled' && record.headline === null) expect(record.body.paragraphs.length).toBeGreaterThan(0);
  });

  it('gives the two Reuters versions of one item one story id, and the later kill ranks after the correction', async () => {
    // Act
    const [usable] = await parseStories(new Uint8Array(readFileSync(join(CORPUS, 'newsml-g2/reuters_L1N14N0FF_v978556838_usable_corrected.xml'))), { key: 'incoming/1' });
    const [killed] = await parseStories(new Uint8Array(readFileSync(join(CORPUS, 'newsml-g2/reuters_L1N14N0FF_v1542761538_canceled.xml'))), { key: 'incoming/2' });

    // Assess
    expect(usable!.id).toBe(killed!.id);
    expect(killed!.pubStatus).toBe('canceled');
  });
});
