import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../../lambdas/story/index.ts';
import { readWire, readWireFile, readWires } from '../../../lambdas/wire/index.ts';

/** Shapes of real feeds that the format parsers read (issue 11, "Other shapes" and "Smaller misses"). */
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const STORY = 'Officials said the bridge would reopen on Monday after repairs, the transport ministry said.';

function rejection(run: () => unknown): RejectionError {
  try {
    run();
  } catch (error) {
    if (error instanceof RejectionError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('AP Media API shapes', () => {
  it('reads the story text from a top-level nitf or body_html field beside the item', () => {
    // Prepare
    const item = { altids: { itemid: 'abc' }, version: 1, type: 'text', headline: 'Bridge reopens' };
    const withNitf = JSON.stringify({ api_version: '2', data: { item }, nitf: `<nitf><body><body.content><p>${STORY}</p></body.content></body></nitf>` });
    const withHtml = JSON.stringify({ api_version: '2', data: { item: { ...item, body_html: `<p>${STORY}</p><p>Second paragraph here.</p>` } } });

    // Act & Assess
    expect(readWire(encode(withNitf)).paragraphs).toEqual([STORY]);
    expect(readWire(encode(withHtml)).paragraphs).toEqual([STORY, 'Second paragraph here.']);
  });

  it('reads a feed listing item by item, and refuses one without text as a listing', () => {
    // Prepare
    const listing = (items: object[]) => JSON.stringify({ api_version: '2', data: { current_item_count: items.length, next_page: 'x', items: items.map((item) => ({ item })) } });
    const a = { altids: { itemid: 'a1' }, type: 'text', headline: 'One', body_html: `<p>${STORY}</p>` };
    const b = { altids: { itemid: 'b2' }, type: 'text', headline: 'Two', body_html: `<p>${STORY} Again.</p>` };
    const bare = { altids: { itemid: 'c3' }, type: 'text', headline: 'Three', renditions: { nitf: { href: 'https://x' } } };

    // Act & Assess
    expect(readWires(encode(listing([a, bare, b]))).map((d) => d.providerItemId)).toEqual(['a1', 'b2']);
    expect(rejection(() => readWires(encode(listing([bare])))).message).toMatch(/feed listing of 1 item without story text/);
  });
});

describe('ninjs shapes', () => {
  it('reads every item of a {total, item: […]} wrapper', () => {
    // Prepare
    const wrapper = JSON.stringify({ total: 2, item: [{ uri: 'u1', type: 'text', headline: 'One', body_text: STORY }, { uri: 'u2', type: 'text', headline: 'Two', body_text: STORY }] });

    // Act & Assess
    expect(readWires(encode(wrapper)).map((d) => d.providerItemId)).toEqual(['u1', 'u2']);
  });
});

describe('NITF shapes', () => {
  it('takes the inline <title> as the headline and keeps the byline\'s words apart (Scoop)', () => {
    // Prepare
    const xml = `<nitf><head><title>Council backs new cycleway</title></head><body><body.head><byline>By<person>Staff Reporter</person></byline></body.head><body.content><p>${STORY}</p></body.content></body></nitf>`;

    // Act
    const doc = readWire(encode(xml));

    // Assess
    expect(doc.headline).toBe('Council backs new cycleway');
    expect(doc.bylineLines).toEqual(['By Staff Reporter']);
  });

  it('reads HTML paragraphs inside a CDATA section as paragraphs, and a <pre> table a line a paragraph', () => {
    // Prepare
    const xml = `<nitf><body><body.content><![CDATA[<p>${STORY}</p><p>Second paragraph here.</p>]]><pre>Team   W  L\nLions  3  1\nBears  2  2</pre></body.content></body></nitf>`;

    // Act & Assess
    expect(readWire(encode(xml)).paragraphs).toEqual([STORY, 'Second paragraph here.', 'Team W L', 'Lions 3 1', 'Bears 2 2']);
  });

  it('reads management-status="embargoed" with a release time as usable under embargo, and keeps story.date out of the dateline', () => {
    // Prepare
    const xml = `<nitf><head><docdata management-status="embargoed"><date.release norm="20250311T000100Z"/></docdata></head><body><body.head><dateline><story.date norm="20250310T180000Z">March 10, 2025</story.date></dateline></body.head><body.content><p>${STORY}</p></body.content></body></nitf>`;

    // Act
    const doc = readWire(encode(xml));

    // Assess
    expect(doc.pubStatus).toBe('usable');
    expect(doc.times.embargoedUntil).toBe('20250311T000100Z');
    expect(doc.datelineText).toBeNull();
  });
});

describe('NewsML-G2 shapes', () => {
  const g2 = (contentMeta: string, body: string) => `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g2:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta>${contentMeta}</contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet></newsItem>`;

  it('takes no staff id in <creator> for a byline, and reads contentCreated and contentModified', () => {
    // Act
    const doc = readWire(encode(g2('<creator literal="wenzel.anna"/><contentCreated>2025-03-03T09:00:00+01:00</contentCreated><contentModified>2025-03-03T10:00:00+01:00</contentModified>', `<p>${STORY}</p>`)));

    // Assess
    expect(doc.authors).toEqual([]);
    expect(doc.times).toMatchObject({ firstCreated: '2025-03-03T09:00:00+01:00', versionCreated: '2025-03-03T10:00:00+01:00' });
  });

  it('leaves dpa\'s XHTML <header> (subjects, place, keywords, the headline again) out of the story', () => {
    // Act
    const doc = readWire(encode(g2('', `<header><p>Politics</p><p>Berlin</p><h1>Headline again</h1></header><p>${STORY}</p>`)));

    // Assess
    expect(doc.paragraphs).toEqual([STORY]);
  });
});

describe('ANPA 1312 shapes', () => {
  const anpa = (lines: string[]) => encode(`\u0016\u0016\u0001a0100\u001f-----\nr s\u0013\u0011 BC-BBA--AL Standings   07-01 0180\r\n\u0002${lines.join('\r\n')}\r\n\u0003AP-WF-07-01-25 0300GMT`);

  it('reads an agate table a row a paragraph, without its ^ and < codes', () => {
    // Act
    const doc = readWire(anpa(['^BC-BBA--AL Standings,0180<', '^AL Standings<', '^By The Associated Press<', '^East Division<', '^;W;L;Pct;GB<', 'New York;52;30;.634;_', 'Boston;48;34;.585;4', '^West Division<', 'Houston;50;32;.610;_']));

    // Assess
    expect(doc.headline).toBe('AL Standings');
    expect(doc.paragraphs).toEqual(['East Division', 'W L Pct GB', 'New York 52 30 .634 —', 'Boston 48 34 .585 4', 'West Division', 'Houston 50 32 .610 —']);
    expect(JSON.stringify(doc.paragraphs)).not.toMatch(/[\^<=;]/);
  });

  it('reads a digest of ^-headlined items as one story with its items\' headlines', () => {
    // Act
    const doc = readWire(anpa(['^BC-Today in History,0300<', '^Today in History<', '^First item headline<', 'The first item tells what happened on this day in 1925 in Ohio.', '^Second item headline<', 'The second item tells another story from the same day.']));

    // Assess
    expect(doc.paragraphs).toEqual(['First item headline', 'The first item tells what happened on this day in 1925 in Ohio.', 'Second item headline', 'The second item tells another story from the same day.']);
  });
});

describe('E-mail', () => {
  const message = (headers: string, body: string) => encode(`From: Kyodo News <english@kyodonews.jp>\r\nTo: desk@example.com\r\nSubject: ${headers}\r\nDate: Sun, 01 Mar 2026 17:42:00 +0900\r\nMIME-Version: 1.0\r\n${body}`);

  it('reads the Subject as the headline, the sender as the agency, the Date as the time, the text part as the story', async () => {
    // Act
    const [doc] = await readWireFile(message('Re: [wires] Japan to raise lodging tax in Kyoto', `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(`KYOTO, March 1 Kyodo - ${STORY}\n\nSecond paragraph here.\n\n==Kyodo\n`).toString('base64')}\r\n`));

    // Assess
    expect(doc).toMatchObject({ format: 'email', headline: 'Japan to raise lodging tax in Kyoto', provider: 'Kyodo', datelinePlace: 'KYOTO', paragraphs: [STORY, 'Second paragraph here.'] });
    expect(doc!.times.versionCreated).toBe('2026-03-01T17:42:00+09:00');
  });

  it('reads a NITF file attached to a cover note as the story', async () => {
    // Arrange
    const nitf = `<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Attached headline</title></head><body><body.head><hedline><hl1>Attached headline</hl1></hedline></body.head><body.content><p>${STORY}</p></body.content></body></nitf>`;
    const body = `Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease find the story attached.\r\n--b\r\nContent-Type: application/xml\r\nContent-Disposition: attachment; filename="story.xml"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(nitf).toString('base64')}\r\n--b--\r\n`;

    // Act
    const docs = await readWireFile(message('Fwd: story', body));

    // Assess
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ format: 'nitf', headline: 'Attached headline', paragraphs: [STORY] });
  });

  it('reads an HTML mail laid out in a table, without its footer, the tag alone as the sender\'s, its times in the sender\'s zone', async () => {
    // Prepare
    const html = `<html><head><style>p{color:red}</style></head><body><table><tr><td><div class="category">Lebanon News</div><h2>Civil Defense battles wildfires in Akkar</h2><div class="date">Tue 19 Aug 2025 at 13:05</div><p>NNA - ${STORY}</p><p>Second paragraph here.</p><div class="footer"><p>You are receiving this message because you subscribed to NNA alerts.</p></div></td></tr></table></body></html>`;
    const mail = encode(`From: "National News Agency - English" <english@nna-leb.gov.lb>\r\nTo: desk@example.com\r\nSubject: Civil Defense battles wildfires in Akkar\r\nDate: Tue, 19 Aug 2025 13:09:40 +0300\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);

    // Act
    const [doc] = await readWireFile(mail);

    // Assess
    expect(doc).toMatchObject({ provider: 'NNA', datelinePlace: null, homeZone: 'Etc/GMT-3', paragraphs: [STORY, 'Second paragraph here.'] });
  });

  it('reads a newsletter\'s first heading as the headline, drops its banner and its footer, keeps its byline and date paragraphs', async () => {
    // Prepare
    const html = `<html><body><table><tr><td><strong>LSM English</strong> &middot; News from Latvia</td></tr></table><div class="article"><h1>Riga opens a new tram line</h1><p class="byline">By Aiga Ozoliņa</p><p class="date">4 November 2025 at 09:15 GMT</p><p>${STORY}</p><p>Second paragraph here.</p></div><hr><p>LSM English &middot; Doma laukums 8, Riga<br>You are receiving this e-mail because you subscribed.</p></body></html>`;
    const mail = encode(`From: LSM English <english@lsm.lv>\r\nTo: desk@example.com\r\nSubject: Riga opens a new tram line\r\nDate: Tue, 4 Nov 2025 09:20:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);

    // Act
    const [doc] = await readWireFile(mail);

    // Assess
    expect(doc).toMatchObject({ provider: 'LSM', headline: 'Riga opens a new tram line', bylineLines: ['By Aiga Ozoliņa'], paragraphs: [STORY, 'Second paragraph here.'] });
    expect(doc!.times.firstCreated).toBe('2025-11-04T09:15:00 GMT');
  });

  it('reads a windows-1252 text part\'s dashes and quotes as such, so that a masthead with its dash is no headline', async () => {
    // Arrange: "Frétta – Útgáfa" with windows-1252's en dash (0x96), quoted-printable
    const body = 'Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nRVN =96 Fr=E9ttir\r\n\r\nBridge to reopen on Monday\r\n\r\n=93The repairs are done,=94 the ministry said on Sunday.\r\n\r\nTraffic will be light.\r\n';

    // Act
    const [doc] = await readWireFile(message('RVN: Bridge to reopen on Monday', body));

    // Assess
    expect(doc!.headline).toBe('Bridge to reopen on Monday');
    expect(doc!.paragraphs).toEqual(['“The repairs are done,” the ministry said on Sunday.', 'Traffic will be light.']);
  });

  it('refuses a message without a text or HTML part as unknown-format, saying why', async () => {
    // Act
    const run = readWireFile(message('Photos attached', 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename="a.jpg"\r\nContent-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n'));

    // Assess
    await expect(run).rejects.toThrow(expect.objectContaining({ code: 'unknown-format', message: expect.stringMatching(/e-mail without a text or HTML part/) }));
  });
});
