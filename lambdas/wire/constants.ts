/** Limits on untrusted input (named, after file-type's `maximum…InBytes` constants; STYLE.md). */

/** Largest wire file read at all; anything bigger is rejected `too-large` before decoding. */
export const MAX_WIRE_BYTES = 5 * 1024 * 1024;

/** How many leading bytes the binary check looks at: enough to see a header, cheap on any file. */
export const SNIFF_BYTES = 8 * 1024;

/** Share of control bytes in the sniffed bytes above which a file is taken as binary. */
export const MAX_CONTROL_SHARE = 0.1;

/** How much of the decoded text a parser's `detect` sees. */
export const HEAD_CHARS = 4 * 1024;

/** How many leading raw bytes a parser's `detect` sees (for framing and magic numbers). */
export const HEAD_BYTES = 64;

/** Deepest element nesting an XML wire may have; NewsML-G2 with inline NITF or XHTML needs about 15. */
export const MAX_XML_DEPTH = 64;

/** Most nodes (elements and text runs) an XML wire may have: a long story with rich markup has a few thousand. */
export const MAX_XML_NODES = 200_000;

/** Deepest nesting of arrays and objects a JSON wire may have, checked before `JSON.parse`. */
export const MAX_JSON_DEPTH = 64;
