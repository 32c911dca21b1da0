import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../../lambdas/story/index.ts';
import { finishCopy, readWires } from '../../../lambdas/wire/index.ts';
import { newsmlG2 } from '../../../lambdas/wire/formats/newsml-g2.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: newsml-g2', () => {
  describe('Method: detect', () => {
    it.each(['<newsItem guid="g"/>', '<ns0:newsMessage xmlns:ns0="http://iptc.org/std/nar/2006-10-01/"/>', '<packageItem/>'])('is certain of %s', (source) => {
      // Act & Assess
      expect(detectWith(newsmlG2, source)).toBe('certain');
    });

    it('finds a bare fragment likely, so that it is rejected with a clear code', () => {
      // Act & Assess
      expect(detectWith(newsmlG2, '<contentSet><inlineXML/></contentSet>')).toBe('likely');
    });
  });

  describe('Method: parseAll', () => {
    it('gives one document per text item of a newsMessage, skipping the package and the picture', () => {
      // Act
      const docs = parseWith(newsmlG2, readWireFixture('newsml-g2/stt-g2-newsmessage-two-stories.xml'));

      // Assess
      expect(docs.map((d) => d.headline)).toEqual(['Tampere tram extension opens to passengers', 'Oulu bridge repairs to close river crossing for a month']);
      expect(docs[0]).toMatchObject({ providerVersion: '2', rawSignals: ['stat:usable', 'update:append-minor-content'], authors: [{ name: 'Aino Virtanen', title: null }] });
    });

    it('reads the non-IANA label utf8, the embargo, Reuters signals, the byline and ignores a time as dateline', () => {
      // Act
      const [doc] = readWires(readWireFixture('newsml-g2/reuters-g2-corrected-embargo.xml'));

      // Assess
      expect(doc).toMatchObject({
        encoding: 'UTF-8', provider: 'Reuters', dialect: 'reuters', providerItemId: 'tag:reuters.com,2025:newsml_L2N3AB12C', providerVersion: '3',
        signals: ['correction'], times: { embargoedUntil: '2025-04-02T12:00:00Z' }, bylineLines: ['By Ines Carvalho-Reis'], datelineText: 'LISBON, April 2 (Reuters)',
        located: { city: 'Lisbon', region: null, country: 'Portugal' },
      });
    });

    it('takes the city the item was filed from, `located`, as its dateline when it prints no dateline', () => {
      // Act
      const [doc] = parseWith(newsmlG2, '<newsItem guid="urn:x:item-9" version="1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-05-14T12:05:00-04:00</versionCreated></itemMeta><contentMeta><located type="cptype:city"><name>Antofagasta</name></located><headline>Solar plant approved</headline></contentMeta><contentSet><inlineXML><html><body><p>The regulator approved the plant on Thursday.</p></body></html></inlineXML></contentSet></newsItem>');

      // Assess
      expect(doc).toMatchObject({ datelineText: 'Antofagasta', located: { city: 'Antofagasta' } });
    });

    it('reads stat:withdrawn with edStat:D as canceled', () => {
      // Act
      const [doc] = readWires(readWireFixture('newsml-g2/reuters-g2-kill.xml'));

      // Assess
      expect(doc).toMatchObject({ pubStatus: 'canceled', paragraphs: [] });
      expect(doc!.signals).toContain('kill');
    });

    it('takes the message\'s sent time for the version time when the item gives only its first time again', () => {
      // Act
      const [doc] = parseWith(newsmlG2, '<newsMessage><header><sent>2025-12-10T07:31:10Z</sent></header><itemSet><newsItem guid="urn:x:item-8" version="1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2025-12-10T08:30:00+01:00</versionCreated><firstCreated>2025-12-10T08:30:00+01:00</firstCreated></itemMeta><contentSet><inlineXML><p>T.</p></inlineXML></contentSet></newsItem></itemSet></newsMessage>');

      // Assess
      expect(doc!.times).toMatchObject({ firstCreated: '2025-12-10T08:30:00+01:00', versionCreated: '2025-12-10T07:31:10Z' });
    });

    it('takes the version suffix off a guid', () => {
      // Act
      const [doc] = parseWith(newsmlG2, '<newsItem guid="urn:x:item-7:12" version="12"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentSet><inlineXML><p>T.</p></inlineXML></contentSet></newsItem>');

      // Assess
      expect(doc).toMatchObject({ providerItemId: 'urn:x:item-7', providerVersion: '12' });
    });

    it('splits a preformatted Reuters body into paragraphs, lifts the note and byline and keeps the summary bullets as story', () => {
      // Prepare
      const body = '(Adds quote)\n    * Prices up 2 pct\n    * Volumes thin\n\n    By Ana Silva\n    LONDON, May 2 (Reuters) - Copper rose on\nFriday as stocks fell.\n    Traders said demand\nwas firm.';

      // Act
      const [doc] = parseWith(newsmlG2, `<newsItem guid="g" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentSet><inlineXML><html><body><p>${body}</p></body></html></inlineXML></contentSet></newsItem>`);

      // Assess
      expect(doc).toMatchObject({ edNote: 'Adds quote', bylineLines: ['By Ana Silva'] });
      expect(doc!.paragraphs).toEqual(['* Prices up 2 pct', '* Volumes thin', 'LONDON, May 2 (Reuters) - Copper rose on Friday as stocks fell.', 'Traders said demand was firm.']);
    expect(finishCopy(doc!)).toMatchObject({ datelineText: 'LONDON, May 2 (Reuters)', paragraphs: ['Prices up 2 pct', 'Volumes thin', 'Copper rose on Friday as stocks fell.', 'Traders said demand was firm.'] });
    });

    it('takes a byline printed again over the body and a Spanish service\'s note off the story when the item names its writer', () => {
      // Prepare
      const paragraphs = '<p>Por Mariana Quintero</p><p>(Agrega comentarios de analistas)</p><p>BOGOTÁ, 31 oct (Reuters) - El banco central recortó su tasa.</p><p>La próxima reunión será en diciembre.</p>';

      // Act
      const [doc] = parseWith(newsmlG2, `<newsItem guid="g" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><by>Mariana Quintero</by></contentMeta><contentSet><inlineXML><html><body>${paragraphs}</body></html></inlineXML></contentSet></newsItem>`);
      const finished = finishCopy(doc!);

      // Assess
      expect(finished).toMatchObject({ edNote: 'Agrega comentarios de analistas', datelinePlace: 'BOGOTÁ', paragraphs: ['El banco central recortó su tasa.', 'La próxima reunión será en diciembre.'] });
    });

    it.each([
      ['a package', 'newsml-g2/g2-package-only.xml', /package only lists other items/],
      ['a fragment', 'newsml-g2/g2-fragment-contentmeta.xml', /fragment \(<contentMeta> on its own\)/],
    ])('rejects %s as no-body, saying why', (_what, name, message) => {
      // Act
      const run = () => parseWith(newsmlG2, readWireFixture(name));

      // Assess
      expect(run).toThrow(RejectionError);
      expect(run).toThrow(message);
    });
  });
});
