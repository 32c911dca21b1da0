import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/**
 * `../shared` beside the checkout: the seed story and the external corpus, agency copy this repository
 * does not hold. Where it is expected (`.ci/run` sets `NEWSWIRE_SHARED=required`) and missing, the tests
 * that read it fail; where it truly is not there and not expected, they skip. With it present, nothing
 * skips.
 */
export const SHARED = new URL('../../shared/', import.meta.url);
export const SEED = new URL('corpus/seed/000_4517ef6bbb3d0375.txt', SHARED);
export const EXTERNAL_CORPUS = new URL('corpus/external/', SHARED);

export const sharedRequired = process.env['NEWSWIRE_SHARED'] === 'required';

/** `describe`, when `path` exists; a failing test when it is required and missing; else skipped. */
export function describeShared(name: string, path: URL, body: () => void): void {
  if (existsSync(path)) describe(name, body);
  else if (sharedRequired) {
    describe(name, () => {
      it(`needs ${path.pathname}, which NEWSWIRE_SHARED=required expects beside the checkout`, () => {
        throw new Error(`${path.pathname} is missing: check out shared/ beside this repository`);
      });
    });
  } else describe.skip(`${name} (${path.pathname} is not here)`, body);
}
