import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// One scratch folder for the whole run, removed when it ends (test/scratch-teardown.ts): CDK apps synthesized
// without an outdir, browser profiles and the tests' own temporary files go under it instead of piling up in /tmp.
const scratch = process.env.NEWSWIRE_TEST_SCRATCH ?? mkdtempSync(join(tmpdir(), 'newswire-test-'));
process.env.NEWSWIRE_TEST_SCRATCH = scratch;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/scratch-teardown.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      TMPDIR: scratch,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // handlers' metrics (EMF lines on stdout) are CloudWatch's to read; tests assert outcomes
      POWERTOOLS_METRICS_DISABLED: 'true',
      // retried failures log at WARN with their stack; tests assert outcomes, and the chaos test has hundreds
      AWS_LAMBDA_LOG_LEVEL: 'ERROR',
    },
  },
});
