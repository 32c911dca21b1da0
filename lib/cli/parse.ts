/** `newswire parse FILE [--ninjs]`: see CONTRACT.md §2. */
export async function runParse(_file: string, _opts: { ninjs: boolean }): Promise<number> {
  throw new Error('not yet implemented');
}
