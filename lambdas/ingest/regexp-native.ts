import { setFlagsFromString } from 'node:v8';

/**
 * V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to machine
 * code only when it is used again (its "tier-up"), so a pattern used twice is compiled twice. The copy
 * and entity rules are several hundred patterns, many with Unicode classes, and the first story after a
 * cold start runs most of them once or twice: it paid both compilations, about 170 of the 370 ms the
 * bench's cold ingest spent handling its event on the machine of record. Compiling each pattern to
 * machine code when it first runs removes the first of them; warm parses are unchanged (their patterns
 * were compiled to machine code long before). V8 reads the flag whenever it compiles a pattern and it
 * changes nothing else (`node:v8` documents the call; the flag cannot be given in NODE_OPTIONS).
 * Imported first by the entries that parse copy: the ingest Lambda and `newswire parse`.
 */
setFlagsFromString('--no-regexp-tier-up');
