import { RejectionError } from '../story/index.ts';
import { decodeHTMLStrict } from 'entities';
import { SaxesParser } from 'saxes';
import { MAX_XML_DEPTH, MAX_XML_NODES } from './constants.ts';

/**
 * The one XML reader every XML format goes through (STYLE.md; ARCHITECTURE.md "XML is parsed with DTDs,
 * entity declarations and external entities refused"), on saxes, a conformant non-validating parser that
 * neither reads DTDs nor expands declared entities:
 * - a document type declaration with an internal subset (`<!DOCTYPE x [ … ]>`) anywhere, a second DOCTYPE,
 *   and any `<!ENTITY`, `<!ELEMENT`, `<!ATTLIST` or `<!NOTATION`, is refused `unsafe-xml` before a single
 *   element is read, so no entity is ever declared, let alone expanded (billion laughs, quadratic
 *   blow-up, XXE);
 * - a bare `<!DOCTYPE nitf SYSTEM "…">` naming an external DTD is skipped and never fetched: the IPTC
 *   NITF sample carries one (research/wire-anchors.md §3.2);
 * - the five predefined entities, character references and the fixed HTML5 names are decoded; any other
 *   reference is `malformed`;
 * - nesting deeper than `MAX_XML_DEPTH` and more than `MAX_XML_NODES` nodes are `malformed`; the tree is
 *   built on an explicit stack, so deep input cannot overflow the call stack.
 * Namespaces are kept as written (`ns0:newsItem`); `local` is the name without its prefix, which is
 * what the format parsers match on (Reuters writes `ns0:` prefixes, IPTC a default namespace).
 */

export interface XmlElement {
  /** The name as written, with its prefix (`ns0:newsItem`). */
  readonly name: string;
  /** The name without a namespace prefix (`newsItem`). */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Markup declarations that only a DTD may hold: their presence anywhere is refused. */
const DECLARATION = /<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;
/**
 * A DOCTYPE that opens an internal subset, wherever it stands (after a comment, a processing instruction,
 * a second DOCTYPE), a `>` inside a quoted system id included. Nothing is scanned past the next `<`, and
 * the alternatives start with different characters, so the search stays linear; the DOCTYPE saxes actually reads is checked again in its `doctype` event.
 */
const DOCTYPE_SUBSET = /<!DOCTYPE(?:[^>[<"']|"[^"<]*"|'[^'<]*')*\[/i;
const NAME = /[A-Za-z_:\u00c0-\uffff][\w:.\-\u00b7\u00c0-\uffff]*/y;

/** Line and column of an offset, for messages a person can act on. */
function where(text: string, at: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `line ${line}, column ${at - last}`;
}

const refusedDtd = (text: string, at: number, what: string): RejectionError =>
  new RejectionError('unsafe-xml', `the XML ${what} at ${where(text, at)}; DTDs and entity declarations are refused. Send the document without its DOCTYPE`);

/**
 * Refuses what must never reach a parser: a DTD's internal subset and every markup declaration,
 * anywhere in the text. Cheap (two linear searches), and run first, before anything is parsed.
 * @throws RejectionError `unsafe-xml`
 */
export function refuseUnsafe(text: string): void {
  const decl = DECLARATION.exec(text);
  if (decl) throw refusedDtd(text, decl.index, `declares ${decl[0].slice(2).toUpperCase()}s (a DTD)`);
  const subset = DOCTYPE_SUBSET.exec(text);
  if (subset) throw refusedDtd(text, subset.index, 'has a DOCTYPE with an internal subset');
}

const localOf = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Named references beyond XML's five: the HTML5 set (`&eacute;`, `&nbsp;`), which NITF's external DTD
 * declares and real NITF feeds use without an internal subset. A fixed table, so nothing is declared or
 * expanded from the document; an unknown name stays `malformed`.
 */
const NAMED_REFERENCES: Record<string, string> = new Proxy(Object.create(null) as Record<string, string>, {
  get(cache, name) {
    if (typeof name !== 'string') return undefined;
    if (name in cache) return cache[name];
    const decoded = decodeHTMLStrict(`&${name};`);
    const value = decoded === `&${name};` ? undefined : decoded;
    if (value !== undefined) cache[name] = value;
    return value;
  },
});
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** saxes' terse messages, said so that the sender can find and mend the spot. */
function inWords(message: string, open: string | undefined): string {
  if (message.startsWith('unclosed tag')) return `the file ends before <${open ?? message.slice(14)}> is closed: it is cut short, or an unescaped "&" or "<" swallowed the rest (write them as &amp; and &lt;)`;
  if (message.startsWith('unexpected close tag') || message.startsWith('unmatched closing tag')) return 'a closing tag that does not match the element open at that point';
  if (message.startsWith('undefined entity')) return 'a named reference that is neither one of XML\'s five nor an HTML name; entity declarations are not read';
  if (message.startsWith('documents may contain only one root')) return 'a second root element; a document has exactly one';
  if (message.startsWith('unquoted attribute value')) return 'an attribute value is not quoted';
  if (message.startsWith('text data outside of root node')) return 'text outside the root element';
  if (message.startsWith('malformed character entity') || message.startsWith('disallowed character')) return `a character XML does not allow (${message.replace(/\.$/, '')})`;
  return message.replace(/\.$/, '');
}

interface Open {
  readonly name: string;
  readonly local: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
}

/**
 * Reads a whole XML document (already decoded; the XML declaration's encoding was honoured by `decode`)
 * into its root element, with saxes, a conformant non-validating parser that never reads a DTD: the
 * document type is refused (internal subset) or skipped (external id only) in its `doctype` event, before
 * the root element is opened.
 * @throws RejectionError `unsafe-xml` for DTDs and entity declarations, `malformed` for anything else it cannot read
 */
export function parseXml(text: string): XmlElement {
  refuseUnsafe(text);
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.ENTITIES = new Proxy({ ...PREDEFINED } as Record<string, string>, {
    get: (predefined, name) => (typeof name === 'string' ? predefined[name] ?? NAMED_REFERENCES[name] : undefined),
  });
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let nodes = 0;
  const malformed = (what: string): RejectionError => new RejectionError('malformed', `the XML is not well-formed at line ${parser.line}, column ${parser.column + 1}: ${what}`);
  const add = (node: XmlNode): void => {
    if (++nodes > MAX_XML_NODES) throw malformed(`more than ${MAX_XML_NODES} nodes; the file is too complex to be a wire story`);
    stack[stack.length - 1]?.children.push(node);
  };
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    if (message.startsWith('inappropriately located doctype')) throw refusedDtd(text, parser.position, 'has a second or misplaced DOCTYPE');
    throw malformed(inWords(message, stack[stack.length - 1]?.name));
  });
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) throw refusedDtd(text, parser.position, 'has a DOCTYPE with an internal subset');
  });
  parser.on('text', (t) => {
    if (stack.length > 0) add(t);
  });
  parser.on('cdata', (t) => add(t));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) throw malformed(`elements nested more than ${MAX_XML_DEPTH} deep`);
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = value.replace(/[\t\n\r]/g, ' ');
    stack.push({ name: tag.name, local: localOf(tag.name), attrs, children: [] });
  });
  parser.on('closetag', () => {
    const open = stack.pop()!;
    const element: XmlElement = { name: open.name, local: open.local, attrs: open.attrs, children: open.children };
    if (stack.length === 0) root = element;
    else add(element);
  });
  // Whitespace before the XML declaration is not well-formed, but harmless and common in feeds.
  parser.write(text.trimStart()).close();
  if (!root) throw malformed('no root element');
  return root;
}

/**
 * The name of the root element, from the head of a file, without parsing it: what `detect` looks at.
 * Skips an XML declaration, comments, processing instructions and a DOCTYPE.
 */
export function rootName(head: string): string | undefined {
  let i = 0;
  for (let guard = 0; guard < 50; guard++) {
    while (i < head.length && /\s|\ufeff/.test(head[i]!)) i++;
    if (head.charCodeAt(i) !== 0x3c) return undefined;
    if (head.startsWith('<?', i)) {
      const end = head.indexOf('?>', i);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (head.startsWith('<!--', i)) {
      const end = head.indexOf('-->', i);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (head.startsWith('<!', i)) {
      const end = head.indexOf('>', i);
      if (end < 0) return undefined;
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(head);
      return m ? m[0] : undefined;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Reading the tree. Elements are matched by local name, so prefixes and default namespaces do not matter.

export const isElement = (node: XmlNode | undefined): node is XmlElement => typeof node === 'object' && node !== null;

/** The first child element with this local name. */
export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (isElement(c) && c.local === local) return c;
  return undefined;
}

/** Every child element with this local name (all child elements without a name). */
export function children(el: XmlElement | undefined, local?: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (isElement(c) && (local === undefined || c.local === local)) out.push(c);
  return out;
}

/** Follows a path of local names, first match at each step: `path(item, 'itemMeta', 'pubStatus')`. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let current = el;
  for (const local of locals) current = child(current, local);
  return current;
}

/** The first descendant with this local name, depth first (iterative: depth is bounded, but still). */
export function find(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (let k = current.children.length - 1; k >= 0; k--) {
      const c = current.children[k];
      if (isElement(c)) stack.push(c);
    }
    if (current !== el && current.local === local) return current;
  }
  return undefined;
}

/** Every descendant with this local name, in document order. */
export function findAll(el: XmlElement | undefined, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current !== el && current.local === local) out.push(current);
    for (let k = current.children.length - 1; k >= 0; k--) {
      const c = current.children[k];
      if (isElement(c)) stack.push(c);
    }
  }
  return out;
}

/** An attribute by local name (`xml:lang` is found as `lang` too). */
export function attr(el: XmlElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  const direct = el.attrs[local];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(el.attrs)) if (localOf(key) === local) return value;
  return undefined;
}

/** All text inside, in document order, with runs of whitespace folded to one space and trimmed. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return rawTextOf(el).replace(/\s+/g, ' ').trim();
}

/** All text inside, as written (whitespace kept). */
export function rawTextOf(el: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]!);
  }
  return out;
}

/** Trimmed text, or null when empty. */
export function textOrNull(el: XmlElement | undefined): string | null {
  const t = textOf(el);
  return t === '' ? null : t;
}
