import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStories } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, storyRecordSchema } from '../../lambdas/story/index.ts';
import { decode, headOf, PARSERS, readWires } from '../../lambdas/wire/index.ts';
import { readWireFixture, wireFixtures } from './fixtures.ts';

// The whole pipeline, entity extraction included: any input a user can upload goes through all of it.

/** Bounded runs, seeded by fast-check (the seed is printed on failure, so a run can be replayed). */
const RUNS = { numRuns: 150 };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** 'record', 'rejected:CODE', or what else happened (which fails the property). */
async function outcome(run: () => unknown): Promise<string> {
  try {
    const result = await run();
    if (Array.isArray(result)) {
      for (const r of result) {
        const check = storyRecordSchema.safeParse(r);
        if (!check.success && 'body' in (r as object)) return `invalid record: ${check.error.message}`;
      }
    }
    return 'ok';
  } catch (error) {
    return error instanceof RejectionError ? `rejected:${error.code}` : `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}
const acceptable = (o: string): boolean => o === 'ok' || o.startsWith('rejected:');

const XML_TOKENS = [
  '<', '>', '</', '/>', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf8"?>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE nitf SYSTEM "x.dtd">',
  '<nitf>', '</nitf>', '<head>', '</head>', '<docdata management-status="canceled">', '</docdata>', '<doc-id id-string="a"/>', '<body>', '</body>',
  '<body.content>', '</body.content>', '<p>', '</p>', '<hl1>', '</hl1>', '<byline>By ', '</byline>', '<newsItem guid="g" version="2">', '</newsItem>',
  '<newsMessage>', '</newsMessage>', '<itemSet>', '</itemSet>', '<itemMeta>', '</itemMeta>', '<itemClass qcode="ninat:text"/>', '<contentSet>', '</contentSet>',
  '<inlineXML>', '</inlineXML>', '<NewsML>', '</NewsML>', '<NewsItem>', '</NewsItem>', '<DataContent>', '</DataContent>', '&amp;', '&#233;', '&#x0;', '&bogus;', '&',
  '"', "'", '=', ' ', '\n', 'WASHINGTON (AP) — ', 'text', 'ns0:', ':', '<packageItem>', '</packageItem>', '<contentMeta>', '</contentMeta>',
];
const JSON_KEYS = ['uri', 'guid', 'version', 'type', 'bodies', 'body_text', 'body_html', 'headlines', 'headline', 'by', 'byline', 'located', 'pubStatus', 'pubstatus',
  'versionCreated', 'versioncreated', 'embargoed', 'descriptions', 'api_version', 'data', 'item', 'altids', 'body_nitf', 'bylines', 'signals', 'editorialtypes'];

const arbitraries = {
  bytes: fc.uint8Array({ maxLength: 1500 }),
  text: fc.string({ maxLength: 1500, unit: 'binary' }),
  xml: fc.array(fc.constantFrom(...XML_TOKENS), { maxLength: 120 }).map((parts) => parts.join('')),
  json: fc.dictionary(fc.constantFrom(...JSON_KEYS), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 10 }).map((o) => JSON.stringify(o)),
  apMedia: fc.dictionary(fc.constantFrom(...JSON_KEYS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 10 }).map((item) => JSON.stringify({ api_version: '2', data: { item: { altids: { itemid: 'x' }, ...item } } })),
  framed: fc.tuple(fc.constantFrom('\u0016\u0016\u0001', '\u0001', ''), fc.string({ maxLength: 200 }), fc.string({ maxLength: 800 }), fc.constantFrom('\u0003AP-WF-09-18-24 1902GMT<', '\u0003121455 GMT Sep 24', ''))
    .map(([start, header, text, end]) => `${start}${header}\u0002${text}${end}`),
};

const fixtures = wireFixtures().map((name) => readWireFixture(name));
/** A fixture cut, with bytes inserted and flipped: near-valid input of every format. */
const mutated = fc.tuple(fc.nat({ max: fixtures.length - 1 }), fc.nat(), fc.nat(), fc.uint8Array({ maxLength: 20 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 }))
  .map(([k, from, length, insert, flips]) => {
    const source = fixtures[k]!;
    const cut = from % (source.length + 1);
    const bytes = new Uint8Array([...source.subarray(0, cut), ...insert, ...source.subarray(cut + (length % 400))]);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });

describe('Property: any input gives records or a RejectionError, never another exception', () => {
  it.each(Object.keys(arbitraries) as (keyof typeof arbitraries)[])('readWires and parseStories, for %s input', async (kind) => {
    const arbitrary = arbitraries[kind];
    await fc.assert(fc.asyncProperty(arbitrary, async (input) => {
      const bytes = typeof input === 'string' ? encode(input) : input;
      const wire = await outcome(() => readWires(bytes));
      const records = await outcome(() => parseStories(bytes, { key: 'incoming/x' }));
      return acceptable(wire) && acceptable(records);
    }), RUNS);
  });

  it('readWires and parseStories, for mutated fixtures of every format', async () => {
    await fc.assert(fc.asyncProperty(mutated, async (bytes) => acceptable(await outcome(() => parseStories(bytes, { key: null })))), { numRuns: 400 });
  });

  it.each(PARSERS.map((p) => p.id))('the %s parser, given any text whatever its detect says', async (id) => {
    const parser = PARSERS.find((p) => p.id === id)!;
    const any = fc.oneof(arbitraries.text, arbitraries.xml, arbitraries.json, arbitraries.apMedia, arbitraries.framed);
    await fc.assert(fc.asyncProperty(any, async (text) => {
      const bytes = encode(text);
      const input = decode(bytes);
      const head = headOf(bytes, input);
      return acceptable(await outcome(() => parser.detect(head)))
        && acceptable(await outcome(() => (parser.parseAll ? parser.parseAll(input, { head }) : [parser.parse(input, { head })])));
    }), RUNS);
  });
});

describe('Property: no input makes a parser hang', () => {
  const big = (unit: string, times: number): Uint8Array => encode(unit.repeat(times));
  it.each([
    ['nested parentheses in text', big('(', 200_000)],
    ['a long run of dashes and spaces', big(' - _ — ', 100_000)],
    ['a long XML attribute without its closing quote', encode(`<nitf a="${'x'.repeat(500_000)}`)],
    ['many unclosed elements', big('<p>', 50_000)],
    ['a deep JSON array', encode(`{"uri":"x","bodies":${'['.repeat(100_000)}`)],
    ['a framed transmission of one long line', encode(`\u0016\u0016\u0001x\u0002^${'By X='.repeat(50_000)}\u0003`)],
    ['HTML in a ninjs body full of unclosed tags', encode(JSON.stringify({ uri: 'u', body_html: '<p'.repeat(100_000) }))],
    ['a Reuters-style preformatted body of many short lines', encode(`<newsItem guid="g"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentSet><inlineXML><html><body><p>${'    * x\ny\n'.repeat(20_000)}</p></body></html></inlineXML></contentSet></newsItem>`)],
  ])('%s gives records or a rejection (its time is the bench\'s parseWorstCaseMs)', async (_what, bytes) => {
    // Act
    const result = await outcome(() => parseStories(bytes, { key: null }));

    // Assess
    expect(acceptable(result)).toBe(true);
  });
});
