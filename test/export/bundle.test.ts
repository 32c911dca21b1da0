import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions, HANDLER_ENTRIES, REPO_ROOT, repoPath } from '../../lib/functions.ts';

/** The export's budget: it is no request path, but a lean bundle starts fast after each idle spell of the stream. */
const EXPORT_BUNDLE_BUDGET_BYTES = 800_000;

describe('The search export bundle', () => {
  it('bundles offline with the deployed esbuild settings, below its budget, without the parsers and extractors', async () => {
    // Act
    const result = await build({ ...esbuildOptions(repoPath(HANDLER_ENTRIES.searchExport), '/tmp/newswire-export-bundle/index.mjs'), write: false, absWorkingDir: REPO_ROOT, metafile: true });

    // Assess
    const bundle = result.outputFiles[0]!;
    expect(bundle.contents.byteLength).toBeLessThan(EXPORT_BUNDLE_BUDGET_BYTES);
    expect(bundle.text.startsWith('import { createRequire as __newswireCreateRequire }')).toBe(true);
    const included = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
    expect(included.filter((path) => /^lambdas\/(wire|extract|ingest|api)\//.test(path))).toEqual([]);
    expect(included.some((path) => path.startsWith('lambdas/export/'))).toBe(true);
  });
});
