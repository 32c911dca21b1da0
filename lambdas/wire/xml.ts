import { RejectionError } from '../story/index.ts';
import { MAX_XML_DEPTH, MAX_XML_NODES } from './constants.ts';

/**
 * The one XML reader every XML format goes through (STYLE.md; ARCHITECTURE.md "XML is parsed with DTDs,
 * entity declarations and external entities refused"). A small non-validating reader, written for wire
 * XML, so that safety holds by construction rather than by options:
 * - a document type declaration with an internal subset (`<!DOCTYPE x [ … ]>`), and any `<!ENTITY`,
 *   `<!ELEMENT`, `<!ATTLIST` or `<!NOTATION`, is refused `unsafe-xml` before a single element is read,
 *   so no entity is ever declared, let alone expanded (billion laughs, quadratic blow-up, XXE);
 * - a bare `<!DOCTYPE nitf SYSTEM "…">` naming an external DTD is skipped and never fetched: the IPTC
 *   NITF sample carries one (research/wire-anchors.md §3.2), and without an internal subset it can
 *   declare nothing this reader would honour;
 * - only the five predefined entities and character references are decoded; any other reference is
 *   `malformed`;
 * - nesting deeper than `MAX_XML_DEPTH` and more than `MAX_XML_NODES` nodes are `malformed`; the reader
 *   keeps its own stack, so deep input cannot overflow the call stack.
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

/** Markup declarations that only a DTD may hold: their presence alone is refused. */
const DECLARATION = /<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i;
const DOCTYPE = /<!DOCTYPE\b/i;
const NAME = /[A-Za-z_:\u00c0-\uffff][\w:.\-\u00b7\u00c0-\uffff]*/y;
const SPACE = /\s*/y;
const ATTR_VALUE = /"([^"<]*)"|'([^'<]*)'/y;
const TEXT_END = /[<]/g;
const REFERENCE = /&([^;&\s<]{0,12})(;?)/g;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

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

const malformed = (text: string, at: number, what: string): RejectionError =>
  new RejectionError('malformed', `the XML is not well-formed at ${where(text, at)}: ${what}`);

function decodeReferences(raw: string, source: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, name: string, semi: string) => {
    if (semi !== ';') throw malformed(source, at, `"${whole}" is a bare "&"; write it as &amp;`);
    const predefined = PREDEFINED[name];
    if (predefined !== undefined) return predefined;
    let code = Number.NaN;
    if (/^#x[0-9a-f]{1,6}$/i.test(name)) code = Number.parseInt(name.slice(2), 16);
    else if (/^#[0-9]{1,7}$/.test(name)) code = Number.parseInt(name.slice(1), 10);
    else throw malformed(source, at, `the entity "&${name};" is not one of XML's five predefined entities, and entity declarations are not read`);
    const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw malformed(source, at, `"&${name};" is not a character XML allows`);
    return String.fromCodePoint(code);
  });
}

/**
 * Refuses what must never reach a parser: a DTD's internal subset and every markup declaration.
 * Cheap, and run first, before anything is parsed or expanded.
 * @throws RejectionError `unsafe-xml`
 */
export function refuseUnsafe(text: string): void {
  const decl = DECLARATION.exec(text);
  if (decl) {
    throw new RejectionError('unsafe-xml', `the XML declares ${decl[0].slice(2).toUpperCase()}s (a DTD) at ${where(text, decl.index)}; DTDs and entity declarations are refused. Send the document without its DOCTYPE`);
  }
  const doctype = DOCTYPE.exec(text);
  if (doctype) {
    const end = text.indexOf('>', doctype.index);
    const body = end < 0 ? text.slice(doctype.index) : text.slice(doctype.index, end);
    if (body.includes('[')) {
      throw new RejectionError('unsafe-xml', `the XML has a DOCTYPE with an internal subset at ${where(text, doctype.index)}; DTDs and entity declarations are refused. Send the document without its DOCTYPE`);
    }
  }
}

interface Open {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  at: number;
}

const localOf = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Reads a whole XML document (already decoded; the XML declaration's encoding was honoured by
 * `decode`) into its root element.
 * @throws RejectionError `unsafe-xml` for DTDs and entity declarations, `malformed` for anything else it cannot read
 */
export function parseXml(text: string): XmlElement {
  refuseUnsafe(text);
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let nodes = 0;
  let i = 0;
  const n = text.length;

  const addChild = (node: XmlNode, at: number) => {
    if (++nodes > MAX_XML_NODES) throw malformed(text, at, `more than ${MAX_XML_NODES} nodes; the file is too complex to be a wire story`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
  };

  while (i < n) {
    if (text.charCodeAt(i) !== 0x3c /* < */) {
      TEXT_END.lastIndex = i;
      const next = TEXT_END.exec(text);
      const end = next ? next.index : n;
      const raw = text.slice(i, end);
      if (stack.length === 0) {
        if (raw.trim() !== '') throw malformed(text, i, root ? 'text after the root element' : 'text before the root element');
      } else {
        if (raw.includes(']]>')) throw malformed(text, i + raw.indexOf(']]>'), '"]]>" outside a CDATA section');
        addChild(decodeReferences(raw, text, i), i);
      }
      i = end;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) throw malformed(text, i, 'a comment that is never closed with -->');
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw malformed(text, i, 'a CDATA section outside the root element');
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) throw malformed(text, i, 'a CDATA section that is never closed with ]]>');
      addChild(text.slice(i + 9, end), i);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) throw malformed(text, i, 'a processing instruction that is never closed with ?>');
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!', i)) {
      // refuseUnsafe let only a DOCTYPE without internal subset through: skip it, never fetch it.
      if (!/^<!DOCTYPE\b/i.test(text.slice(i, i + 10)) || root || stack.length > 0) throw malformed(text, i, 'a markup declaration where an element was expected');
      const end = text.indexOf('>', i);
      if (end < 0) throw malformed(text, i, 'a DOCTYPE that is never closed');
      i = end + 1;
      continue;
    }
    if (text.charCodeAt(i + 1) === 0x2f /* / */) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) throw malformed(text, i, 'a closing tag without a name');
      const open = stack.pop();
      if (!open) throw malformed(text, i, `the closing tag </${m[0]}> has no opening tag`);
      if (open.name !== m[0]) throw malformed(text, i, `expected </${open.name}> (opened at ${where(text, open.at)}) but found </${m[0]}>`);
      SPACE.lastIndex = NAME.lastIndex;
      SPACE.exec(text);
      if (text.charCodeAt(SPACE.lastIndex) !== 0x3e /* > */) throw malformed(text, i, `the closing tag </${m[0]}> is not closed with ">"`);
      i = SPACE.lastIndex + 1;
      const element: XmlElement = { name: open.name, local: open.local, attrs: open.attrs, children: open.children };
      if (stack.length === 0) root = element;
      else addChild(element, open.at);
      continue;
    }
    // An opening tag.
    if (root) throw malformed(text, i, 'a second root element; a document has exactly one');
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m) throw malformed(text, i, 'a "<" that opens no tag; write it as &lt;');
    const name = m[0];
    const attrs: Record<string, string> = {};
    let j = NAME.lastIndex;
    let selfClosing = false;
    for (;;) {
      SPACE.lastIndex = j;
      SPACE.exec(text);
      const spaced = SPACE.lastIndex > j;
      j = SPACE.lastIndex;
      const c = text.charCodeAt(j);
      if (c === 0x3e /* > */) {
        j++;
        break;
      }
      if (c === 0x2f /* / */ && text.charCodeAt(j + 1) === 0x3e) {
        selfClosing = true;
        j += 2;
        break;
      }
      if (!spaced) throw malformed(text, j, `the tag <${name}> is not closed properly`);
      NAME.lastIndex = j;
      const a = NAME.exec(text);
      if (!a) throw malformed(text, j, `a broken attribute in <${name}>`);
      SPACE.lastIndex = NAME.lastIndex;
      SPACE.exec(text);
      if (text.charCodeAt(SPACE.lastIndex) !== 0x3d /* = */) throw malformed(text, j, `the attribute ${a[0]} of <${name}> has no value`);
      SPACE.lastIndex++;
      SPACE.exec(text);
      ATTR_VALUE.lastIndex = SPACE.lastIndex;
      const v = ATTR_VALUE.exec(text);
      if (!v) throw malformed(text, SPACE.lastIndex, `the value of ${a[0]} in <${name}> is not quoted, or holds a "<"`);
      if (Object.hasOwn(attrs, a[0])) throw malformed(text, j, `the attribute ${a[0]} appears twice in <${name}>`);
      attrs[a[0]] = decodeReferences(v[1] ?? v[2] ?? '', text, j).replace(/[\t\n\r]/g, ' ');
      j = ATTR_VALUE.lastIndex;
    }
    if (stack.length >= MAX_XML_DEPTH) throw malformed(text, i, `elements nested more than ${MAX_XML_DEPTH} deep`);
    if (selfClosing) {
      const element: XmlElement = { name, local: localOf(name), attrs, children: [] };
      if (stack.length === 0) root = element;
      else addChild(element, i);
    } else {
      stack.push({ name, local: localOf(name), attrs, children: [], at: i });
    }
    i = j;
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    throw malformed(text, n, `the file ends before <${open.name}> (opened at ${where(text, open.at)}) is closed; it may be cut short`);
  }
  if (!root) throw malformed(text, 0, 'no root element');
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
