import { relative } from 'node:path';
import { DataDirInUseError } from '../local/data-lock.ts';
import { DEFAULT_PORTS, LOCAL_HOST } from '../local/defaults.ts';
import { httpUrl, PortUnavailableError, type LocalService } from '../local/net.ts';
import { seedSamples } from '../local/seed.ts';
import { startLocalStack, type LocalStack } from '../local/stack.ts';

export interface DevOptions { seed: boolean; dataDir: string; apiPort: number; s3Port: number; dynamodbPort: number; chaos: number; webhook?: string }

const DEFAULT_API_URL = httpUrl(LOCAL_HOST, DEFAULT_PORTS.api);
const DEFAULT_S3_ENDPOINT = httpUrl(LOCAL_HOST, DEFAULT_PORTS.s3);
const PORT_FLAGS: Record<LocalService, string> = { api: '--api-port', s3: '--s3-port', dynamodb: '--dynamodb-port' };

/** `newswire dev`: see CONTRACT.md §4. Runs until SIGINT or SIGTERM, then stops cleanly. */
export async function runDev(opts: DevOptions): Promise<number> {
  // the stack prints one readable line per upload; the handlers' info-level JSON lines would repeat it
  process.env.AWS_LAMBDA_LOG_LEVEL ??= 'WARN';
  // metrics in embedded metric format are for CloudWatch; locally they would only bury the log
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  if (opts.webhook !== undefined && !/^https?:\/\/\S+$/.test(opts.webhook)) {
    console.error('error: --webhook takes an http:// or https:// URL');
    return 2;
  }
  if (!(opts.chaos >= 0 && opts.chaos <= 1)) {
    console.error('error: --chaos takes a rate between 0 and 1');
    return 2;
  }
  const log = (line: string) => console.log(`${new Date().toLocaleTimeString('en-GB', { hour12: false })}  ${line}`);
  // Listening from the start: a Ctrl-C during start-up stops the stack once it is up, cleanly.
  const stopped = waitForSignal();
  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      dataDir: opts.dataDir,
      apiPort: opts.apiPort,
      s3Port: opts.s3Port,
      dynamodbPort: opts.dynamodbPort,
      chaos: opts.chaos,
      ...(opts.webhook ? { webhook: opts.webhook } : {}),
      log,
    });
  } catch (err) {
    stopped.dispose();
    console.error(`error: ${startFailure(err)}`);
    return 1;
  }

  console.log(banner(stack));
  if (opts.webhook) console.log(`webhook: every change of the feed is POSTed to ${opts.webhook} (as the detail of its EventBridge event)\n`);
  if (opts.chaos > 0) console.log(`chaos: ${Math.round(opts.chaos * 100)} % of the handlers' S3 and DynamoDB requests fail with a retryable error\n`);
  if (opts.seed) {
    try {
      const keys = await seedSamples(stack);
      console.log(`seed: uploaded ${keys.length} new sample wire${keys.length === 1 ? '' : 's'} under incoming/samples/ (samples already there are kept)\n`);
    } catch (err) {
      console.error(`seed: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  console.log('Watching for uploads. Ctrl-C stops.');

  const signal = await stopped.signal;
  console.log(`\n${signal}: stopping…`);
  try {
    await stack.stop();
  } catch (err) {
    console.error(`error while stopping: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    stopped.dispose();
  }
  console.log('stopped.');
  return 0;
}

/**
 * The first SIGINT, SIGTERM or SIGHUP stops the stack; later ones are ignored until it has stopped
 * (Ctrl-C reaches this process twice: from the terminal, and forwarded by bin/newswire.js).
 */
function waitForSignal(): { signal: Promise<NodeJS.Signals>; dispose(): void } {
  let first: NodeJS.Signals | undefined;
  let resolve: (s: NodeJS.Signals) => void = () => {};
  const signal = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const onSignal = (s: NodeJS.Signals) => {
    if (first) return;
    first = s;
    resolve(s);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  return {
    signal,
    dispose() {
      for (const s of signals) process.off(s, onSignal);
    },
  };
}

function startFailure(err: unknown): string {
  if (err instanceof PortUnavailableError) {
    const why = err.reason === 'in use' ? 'is already in use' : 'needs privileges';
    return `port ${err.port} for the ${err.service === 'api' ? 'API' : err.service === 's3' ? 'S3 endpoint' : 'DynamoDB endpoint'} ${why}; choose another with ${PORT_FLAGS[err.service]} N`;
  }
  if (err instanceof DataDirInUseError) return `${err.message}; stop it or choose another folder with --data DIR`;
  return err instanceof Error ? err.message : String(err);
}

function banner(stack: LocalStack): string {
  const shown = relative(process.cwd(), stack.dataDir);
  const data = shown && !shown.startsWith('..') ? shown : stack.dataDir;
  const flags = [
    ...(stack.s3Endpoint === DEFAULT_S3_ENDPOINT ? [] : [`--s3-endpoint ${stack.s3Endpoint}`]),
    ...(stack.apiUrl === DEFAULT_API_URL ? [] : [`--api-url ${stack.apiUrl}`]),
  ];
  return [
    'Newswire is running on this machine.',
    '',
    `  API                 ${stack.apiUrl}`,
    `  desk                ${stack.deskUrl}   the page editors read the wire on`,
    `  S3 endpoint         ${stack.s3Endpoint}   bucket ${stack.bucket}, uploads under incoming/`,
    `  DynamoDB endpoint   ${stack.dynamodbEndpoint}   table ${stack.tableName}`,
    `  data                ${data}/   kept between runs`,
    '',
    'Upload wire files:',
    `  npx newswire ingest FILE_OR_FOLDER… --wait${flags.map((f) => ` ${f}`).join('')}`,
    `  AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_DEFAULT_REGION=${stack.config.region} \\`,
    `    aws s3 cp FILE s3://${stack.bucket}/incoming/ --endpoint-url ${stack.s3Endpoint}`,
    '',
    'Ask the API:',
    `  curl ${stack.apiUrl}/health`,
    `  curl '${stack.apiUrl}/stories?limit=5'`,
    `  curl ${stack.apiUrl}/uploads`,
    '',
  ].join('\n');
}
