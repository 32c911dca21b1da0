import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ENV, type StoreConfig } from '../lambdas/store/index.ts';
import { median, round } from './stats.ts';

/**
 * A fresh Node process imports a bundled handler and handles one event; the figure is the time from
 * the process's start (performance.timeOrigin) to the handler's answer, so Node's own boot counts.
 * The child runs asynchronously: the local servers it talks to live in this process's event loop.
 */
export async function coldStartMs(bundle: string, event: unknown, config: StoreConfig, runs = 5): Promise<number> {
  const script = `
    const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 30000 };
    const result = await handler(${JSON.stringify(event)}, context);
    const ms = performance.now();
    process.stdout.write(JSON.stringify({ ms, result }) + '\\n');
  `;
  const env = {
    ...process.env,
    [ENV.tableName]: config.tableName,
    [ENV.bucketName]: config.bucketName,
    [ENV.s3Endpoint]: config.endpoints!.s3,
    [ENV.dynamodbEndpoint]: config.endpoints!.dynamodb,
    AWS_REGION: config.region,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (!line.startsWith('{')) throw new Error(`cold start of ${bundle} printed no result: ${run.stderr || run.stdout}`);
    const { ms, result } = JSON.parse(line) as { ms: number; result: { statusCode?: number; batchItemFailures?: unknown[] } };
    if ((result.statusCode !== undefined && result.statusCode !== 200) || (result.batchItemFailures?.length ?? 0) > 0) {
      throw new Error(`cold start of ${bundle} handled its event badly: ${JSON.stringify(result)}`);
    }
    times.push(ms);
  }
  return round(median(times), 1);
}
