import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // handlers' metrics (EMF lines on stdout) are CloudWatch's to read; tests assert outcomes
      POWERTOOLS_METRICS_DISABLED: 'true',
      // retried failures log at WARN with their stack; tests assert outcomes, and the chaos test has hundreds
      AWS_LAMBDA_LOG_LEVEL: 'ERROR',
    },
  },
});
