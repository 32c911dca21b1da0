import { describe, expect, it } from 'vitest';
import { nitf } from '../../../lambdas/wire/formats/nitf.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: nitf', () => {
  describe('Method: detect', () => {
    it.each([
      ['without namespace', '<?xml version="1.0"?>\n<nitf version="3.1"><head/></nitf>'],
      ['with the default namespace', '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body/></nitf>'],
      ['behind a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf/>'],
    ])('is certain of NITF %s', (_what, source) => {
      // Act & Assess
      expect(detectWith(nitf, source)).toBe('certain');
    });

    it('leaves NITF inside NewsML-G2 to the G2 parser', () => {
      // Act & Assess
      expect(detectWith(nitf, '<newsItem><contentSet><inlineXML><nitf/></inlineXML></contentSet></newsItem>')).toBeUndefined();
    });
  });

  describe('Method: parse', () => {
    it.each([
      ['AIP', 'AIP'],
      ['XQZ', "Agence Ivoirienne de Presse"],
    ])('names an agency registered as %s by that code only where its name\'s initials make it', (regsrc, provider) => {
      // Prepare
      const source = `<nitf><head><docdata><doc-id regsrc="${regsrc}" id-string="x-1"/></docdata></head><body><body.head><hedline><hl1>Le port d'Abidjan rouvre ses quais</hl1></hedline><distributor>Agence Ivoirienne de Presse</distributor></body.head><body.content><p>Abidjan, 3 mars (AIP) – Le port a rouvert ses quais lundi.</p><p>Les dockers ont repris le travail.</p></body.content></body></nitf>`;

      // Act
      const [doc] = parseWith(nitf, source);

      // Assess
      expect(doc!.provider).toBe(provider);
    });

    it('reads identity, du-key version, status, times, byline with person and title, dateline and trailer (default namespace)', () => {
      // Act
      const [doc] = parseWith(nitf, readWireFixture('nitf/ap-nitf-namespace-kansas.xml'));

      // Assess
      expect(doc).toMatchObject({
        format: 'nitf', provider: 'Associated Press', providerItemId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', providerVersion: '2.1',
        headline: 'Kansas town votes to reopen its freight rail spur', pubStatus: 'usable', edNote: "Eds: Updates with mayor's comments.",
        times: { versionCreated: '20250314T151200Z' }, bylineLines: ['By Marisol Quintero-Hale', 'Associated Press'],
        authors: [{ name: 'Marisol Quintero-Hale', title: 'Associated Press' }], datelineText: 'SALINA, Kan.',
        located: { city: 'SALINA', region: 'Kan.', country: null },
        trailer: ['Associated Press writer Dale Whitcombe in Topeka contributed to this report.'],
      });
      expect(doc!.paragraphs[0]).toMatch(/^SALINA, Kan\. \(AP\) — Voters/);
      expect(doc!.paragraphs[0]).toContain('spend & borrow');
    });

    it('reads a canceled document behind an external DOCTYPE as a kill', () => {
      // Act
      const [doc] = parseWith(nitf, readWireFixture('nitf/nitf-canceled-du-key.xml'));

      // Assess
      expect(doc).toMatchObject({ pubStatus: 'canceled', signals: ['kill'], providerVersion: '4.2', rawSignals: ['management-status:canceled'] });
    });

    it('honours the ISO-8859-1 declaration and keeps inline person and org tags as text', () => {
      // Act
      const [doc] = parseWith(nitf, readWireFixture('nitf/pa-nitf-latin1-no-namespace.xml'));

      // Assess
      expect(doc!.encoding).toBe('ISO-8859-1');
      expect(doc!.paragraphs[0]).toContain('café terraces and the crêpe stalls');
      expect(doc!.paragraphs[1]).toContain('£1.2 million to stage, according to Rhodri Price of the Cardiff Harbour Trust.');
      expect(doc!.paragraphs.at(-1)).not.toBe('ends');
    });

    it('takes a tagline that is only a name, or a name under a label no credit rule reads, for no paragraph, and keeps a credit tagline', () => {
      // Act
      const [signed] = parseWith(nitf, '<nitf><body><body.content><p>The scheme will create jobs.</p></body.content><body.end><tagline>New Ziana</tagline></body.end></body></nitf>');
      const [credited] = parseWith(nitf, '<nitf><body><body.content><p>The scheme will create jobs.</p></body.content><body.end><tagline>Reporting by Tendai Moyo in Masvingo</tagline></body.end></body></nitf>');
      const [labelled] = parseWith(nitf, '<nitf><body><body.content><p>Mradi utaanza mwezi ujao.</p></body.content><body.end><tagline>Mhariri: Zhou Lan</tagline></body.end></body></nitf>');

      // Assess
      expect(signed!.trailer).toEqual([]);
      expect(labelled!.trailer).toEqual([]);
      expect(credited!.trailer).toEqual(['Reporting by Tendai Moyo in Masvingo']);
    });

    it('marks a <correction> as a correction', () => {
      // Act
      const [doc] = parseWith(nitf, '<nitf><head><docdata><doc-id id-string="x"/><correction info="Corrects the score." id-string="w"/></docdata></head><body><body.content><p>Text.</p></body.content></body></nitf>');

      // Assess
      expect(doc).toMatchObject({ signals: ['correction'], edNote: 'Corrects the score.' });
    });
  });

  it.each([
    ['a provider meta', '<meta name="provider" content="Tamarind Wire"/>'],
    ['a publication meta', '<meta name="publication" content="Tamarind Wire"/>'],
    ['the pubdata name', '<pubdata type="web" name="Tamarind Wire"/>'],
  ])('takes the publication the head names in %s as the provider, where nothing else names one', (_, element) => {
    // Act
    const [doc] = parseWith(nitf, `<nitf><head><title>Port reopens</title>${element}</head><body><body.head><hedline><hl1>Port reopens</hl1></hedline></body.head>`
      + '<body.content><p>The port reopened on Tuesday after three days of repairs to the main quay.</p><p>Ships queued outside overnight.</p></body.content></body></nitf>');

    // Assess
    expect(doc!.provider).toBe('Tamarind Wire');
  });
});

