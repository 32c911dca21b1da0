import { describe, expect, it } from 'vitest';
import { readWires } from '../../../lambdas/wire/index.ts';
import { newsml12 } from '../../../lambdas/wire/formats/newsml-1.2.ts';
import { readWireFixture } from '../fixtures.ts';
import { detectWith, parseWith } from './helpers.ts';

describe('Parser: newsml-1.2', () => {
  it('is certain of a NewsML root', () => {
    // Act & Assess
    expect(detectWith(newsml12, '<?xml version="1.0"?><NewsML Version="1.2"/>')).toBe('certain');
  });

  it('reads identity, revision, advisory line, creator, dateline and the NITF body; the AFP sign-off goes', () => {
    // Act
    const [doc] = readWires(readWireFixture('newsml-1.2/afp-newsml12-advisory.xml'));

    // Assess
    expect(doc).toMatchObject({
      provider: 'AFP', dialect: 'afp', providerItemId: 'urn:newsml:afp.com:20250611T080000Z:TX-PAR-QRT55', providerVersion: '2',
      signals: ['update'], edNote: "UPDATES with minister's comments, ADDS background", bylineLines: ['Claire Dumoulin with Paul Henrion in Paris'],
      datelineText: 'Lyon, France, June 11, 2025 (AFP) -', located: { city: 'Lyon', region: null, country: null },
      times: { firstCreated: '20250611T080000+0000', versionCreated: '20250611T094500+0000', embargoedUntil: null },
    });
    expect(doc!.paragraphs.at(-1)).not.toBe('cd-ph/tgb');
  });

  it('reads Status Embargoed that will change to usable as usable copy under an embargo until that time (as NITF\'s embargoed)', () => {
    // Act
    const [doc] = parseWith(newsml12, '<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>p.example</ProviderId><DateId>20250101</DateId><NewsItemId>n1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsManagement><Status FormalName="Embargoed"/><StatusWillChange><FutureStatus FormalName="Usable"/><DateAndTime>20250102T090000Z</DateAndTime></StatusWillChange></NewsManagement><NewsComponent><ContentItem><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>');

    // Assess
    expect(doc).toMatchObject({ pubStatus: 'usable', times: { embargoedUntil: '20250102T090000Z' }, providerItemId: 'urn:newsml:p.example:20250101:n1', paragraphs: ['Text.'] });
  });

  it('takes the envelope\'s send time for the version time when the item gives only its first time again', () => {
    // Prepare
    const item = (revision: string) => `<NewsML><NewsEnvelope><DateAndTime>20251210T084530Z</DateAndTime></NewsEnvelope><NewsItem><Identification><NewsIdentifier><ProviderId>p.example</ProviderId><DateId>20251210</DateId><NewsItemId>n1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsManagement><FirstCreated>20251210T114500+0300</FirstCreated><ThisRevisionCreated>${revision}</ThisRevisionCreated><Status FormalName="Usable"/></NewsManagement><NewsComponent><ContentItem><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`;

    // Act
    const [again] = parseWith(newsml12, item('20251210T114500+0300'));
    const [revised] = parseWith(newsml12, item('20251210T120000+0300'));

    // Assess
    expect(again!.times).toMatchObject({ firstCreated: '20251210T114500+0300', versionCreated: '20251210T084530Z' });
    expect(revised!.times).toMatchObject({ firstCreated: '20251210T114500+0300', versionCreated: '20251210T120000+0300' });
  });

  it('reads Status Embargoed with no end in sight as withheld', () => {
    // Act
    const [doc] = parseWith(newsml12, '<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>p.example</ProviderId><DateId>20250101</DateId><NewsItemId>n1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification><NewsManagement><Status FormalName="Embargoed"/></NewsManagement><NewsComponent><ContentItem><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>');

    // Assess
    expect(doc).toMatchObject({ pubStatus: 'withheld', times: { embargoedUntil: null } });
  });

  it.each([
    ['UAQ-MANGROVES', 'UAQ-MANGROVES'],
    ['Harbour dredging plan approved by board', null],
  ])('takes a NameLabel that is a keyword as the slugline, not one that reads as a phrase: %s', (label, slugline) => {
    // Act
    const [doc] = parseWith(newsml12, `<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>p.example</ProviderId><DateId>20250101</DateId><NewsItemId>n1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier><NameLabel>${label}</NameLabel></Identification><NewsManagement><Status FormalName="Usable"/></NewsManagement><NewsComponent><ContentItem><DataContent><p>Text.</p></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`);

    // Assess
    expect(doc!.slugline).toBe(slugline);
  });
});

