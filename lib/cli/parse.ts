import { readFile } from 'node:fs/promises';
import { parseBudget } from '../../lambdas/ingest/parse-budget.ts';
import { parseStory } from '../../lambdas/ingest/parse-story.ts';
import { RejectionError, toNinjs } from '../../lambdas/story/index.ts';

export interface ParseOptions {
  /** Print a ninjs 3.1 document instead of the record. */
  readonly ninjs: boolean;
}

/** Where `runParse` writes; the process's streams unless a test passes its own. */
export interface ParseOutput {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processOutput: ParseOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Why a file could not be read, in words: the `code` of a Node file-system error. */
function unreadable(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `not-found: cannot read ${file}: no such file`;
  if (code === 'EISDIR') return `unreadable: cannot read ${file}: it is a folder`;
  if (code === 'EACCES' || code === 'EPERM') return `unreadable: cannot read ${file}: permission denied`;
  return `unreadable: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * `newswire parse FILE [--ninjs]` (CONTRACT.md §2): prints the story record (or, with `--ninjs`, the ninjs
 * 3.1 document) as JSON and returns 0. For a file of several stories (a NewsML-G2 `newsMessage`) it
 * prints the first. A file
 * that cannot be read (`not-found`, `unreadable`) or will not be accepted (a rejection code) gives one
 * line `error: CODE: message` on stderr and 2; anything unexpected gives `error: message` and 1.
 */
export async function runParse(file: string, opts: ParseOptions, out: ParseOutput = processOutput): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    out.stderr(`error: ${unreadable(file, error)}\n`);
    return 2;
  }
  try {
    const record = await parseStory(bytes, { key: null, budget: parseBudget() });
    out.stdout(`${JSON.stringify(opts.ninjs ? toNinjs(record) : record, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof RejectionError) {
      out.stderr(`error: ${error.code}: ${error.message}\n`);
      return 2;
    }
    out.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
