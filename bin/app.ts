import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../lib/app.ts';

export { buildApp, type BuildAppOptions, STACK_NAME } from '../lib/app.ts';

// The CDK CLI runs this file (`cdk.json`: "npx tsx bin/app.ts") and synthesizes the app when the
// process ends (App autoSynth, since the CLI sets CDK_OUTDIR). Tests import buildApp instead, and
// importing must not build a second app.
const invokedDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) buildApp();
