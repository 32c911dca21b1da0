import { Command, InvalidArgumentError, Option } from 'commander';
import type { SearchOptions } from '../lib/cli/search.ts';
import { DEFAULT_DATA_DIR, DEFAULT_PORTS } from '../lib/local/defaults.ts';

// Each command loads its own code when it runs (and the bundle splits there, bin/build-cli.mjs): `parse`
// needs no AWS SDK, `search` no local stand-ins, so a command starts like a compiled tool.
// The AWS SDK warns on every start under Node 20; the deployed functions run Node 22+.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const port = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
};

const program = new Command('newswire')
  .description('Wire ingestion pipeline: agency copy in, searchable story records out.')
  .showHelpAfterError();

program
  .command('parse')
  .description('print the story record for one wire file (no AWS, no network)')
  .argument('<file>', 'a wire file')
  .option('--ninjs', 'print a ninjs 3.1 document instead of the record')
  .action(async (file: string, opts: { ninjs?: boolean }) => {
    const { runParse } = await import('../lib/cli/parse.ts');
    process.exitCode = await runParse(file, { ninjs: opts.ninjs ?? false });
  });

program
  .command('dev')
  .description('run the whole pipeline on this machine until Ctrl-C')
  .option('--seed', 'load the bundled sample wires')
  .option('--data <dir>', 'where the local S3 and DynamoDB keep their data', DEFAULT_DATA_DIR)
  .option('--api-port <n>', 'HTTP API port', port, DEFAULT_PORTS.api)
  .option('--s3-port <n>', 'S3-compatible endpoint port', port, DEFAULT_PORTS.s3)
  .option('--dynamodb-port <n>', 'DynamoDB-compatible endpoint port', port, DEFAULT_PORTS.dynamodb)
  .addOption(new Option('--chaos <rate>', 'share of S3/DynamoDB requests that fail with a retryable error').argParser(parseFloat).default(0))
  .option('--webhook <url>', 'POST every change of the feed to this URL (retried with backoff; ingest never waits for it)')
  .action(async (opts: { seed?: boolean; data: string; apiPort: number; s3Port: number; dynamodbPort: number; chaos: number; webhook?: string }) => {
    const { runDev } = await import('../lib/cli/dev.ts');
    process.exitCode = await runDev({ seed: opts.seed ?? false, dataDir: opts.data, apiPort: opts.apiPort, s3Port: opts.s3Port, dynamodbPort: opts.dynamodbPort, chaos: opts.chaos, ...(opts.webhook ? { webhook: opts.webhook } : {}) });
  });

program
  .command('ingest')
  .description('upload wire files (folders recursively) to the upload bucket')
  .argument('<paths...>', 'files or folders')
  .option('--wait', 'wait until each file is stored or rejected, and print the outcome')
  .option('--api-url <url>', 'the API to ask for outcomes', `http://127.0.0.1:${DEFAULT_PORTS.api}`)
  .option('--s3-endpoint <url>', 'the S3 endpoint to upload to', `http://127.0.0.1:${DEFAULT_PORTS.s3}`)
  .option('--stack <name>', 'a deployed stack: its upload bucket and API from its outputs (AWS credential chain, SigV4)')
  .action(async (paths: string[], opts: { wait?: boolean; apiUrl: string; s3Endpoint: string; stack?: string }) => {
    const { runIngest } = await import('../lib/cli/ingest.ts');
    process.exitCode = await runIngest(paths, { wait: opts.wait ?? false, apiUrl: opts.apiUrl, s3Endpoint: opts.s3Endpoint, ...(opts.stack ? { stack: opts.stack } : {}) });
  });

program
  .command('redrive')
  .description('send the messages in the dead-letter queue back to the ingest queue, once their cause is fixed')
  .option('--api-url <url>', 'the local stack', `http://127.0.0.1:${DEFAULT_PORTS.api}`)
  .option('--stack <name>', 'a deployed stack: an SQS message move task from its dead-letter queue (AWS credential chain)')
  .action(async (opts: { apiUrl: string; stack?: string }) => {
    const [{ runRedrive }, { resolveTarget }] = await Promise.all([import('../lib/cli/redrive.ts'), import('../lib/cli/target.ts')]);
    process.exitCode = await runRedrive(await resolveTarget(opts));
  });

program
  .command('status')
  .description('what the pipeline is doing: outcomes by status, queue depth, dead letters, newest story')
  .option('--json', 'print one JSON object')
  .option('--api-url <url>', 'the local stack', `http://127.0.0.1:${DEFAULT_PORTS.api}`)
  .option('--stack <name>', 'a deployed stack: its outputs, signed API requests and SQS attributes (AWS credential chain)')
  .action(async (opts: { json?: boolean; apiUrl: string; stack?: string }) => {
    const [{ runStatus }, { resolveTarget }] = await Promise.all([import('../lib/cli/status.ts'), import('../lib/cli/target.ts')]);
    process.exitCode = await runStatus(await resolveTarget(opts), { json: opts.json ?? false });
  });

const limit = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('a limit is a whole number from 1 to 100');
  return n;
};

program
  .command('search')
  .description('search stories by keywords, ranked, with any filters; prints a table')
  .argument('<query>', 'keywords')
  .option('--author <name>', 'only stories with this byline')
  .option('--contributor <name>', 'only stories with this contributor')
  .option('--person <name>', 'only stories naming this person')
  .option('--organisation <name>', 'only stories naming this organisation')
  .option('--place <name>', 'only stories naming this place')
  .option('--provider <name>', 'only stories from this agency')
  .option('--from <date>', 'only stories from this date or date-time on (ISO 8601)')
  .option('--to <date>', 'only stories up to this date or date-time (ISO 8601)')
  .option('--lang <tag>', 'read the keywords in this language only (BCP 47, e.g. de); by default in every language the index holds')
  .option('--limit <n>', 'how many stories (1–100)', limit)
  .option('--json', "print the API's JSON instead of a table")
  .option('--stack <name>', 'ask a deployed stack (its ApiUrl output; requests signed with SigV4 from the AWS credential chain)')
  .option('--api-url <url>', 'the API to ask', `http://127.0.0.1:${DEFAULT_PORTS.api}`)
  .action(async (query: string, opts: SearchOptions) => {
    const { runSearch } = await import('../lib/cli/search.ts');
    process.exitCode = await runSearch(query, opts);
  });

program
  .command('tail')
  .description('follow the feed of changes (stored, versions, corrections, kills, embargoes ended, rejections) until Ctrl-C')
  .option('--json', 'print one JSON object per change')
  .option('--since <cursor>', 'go on from a cursor (`nextCursor`, or what tail printed on leaving) instead of from now')
  .option('--stack <name>', 'follow a deployed stack (its ApiUrl output; requests signed with SigV4 from the AWS credential chain)')
  .option('--api-url <url>', 'the API to follow', `http://127.0.0.1:${DEFAULT_PORTS.api}`)
  .action(async (opts: { json?: boolean; since?: string; stack?: string; apiUrl: string }) => {
    const [{ runTail }, { resolveTarget }] = await Promise.all([import('../lib/cli/tail.ts'), import('../lib/cli/target.ts')]);
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    process.once('SIGTERM', () => stop.abort());
    const code = await runTail(await resolveTarget(opts), { json: opts.json ?? false, ...(opts.since ? { since: opts.since } : {}), signal: stop.signal });
    process.exit(code); // a long-poll may still be open: leave now, not when it answers
  });

program
  .command('reindex')
  .description('run every stored upload through the current parsers and extractors again (idempotent, resumable)')
  .option('--restart', 'start from the first upload, not where an interrupted run stopped')
  .option('--s3-endpoint <url>', 'the local S3 endpoint', `http://127.0.0.1:${DEFAULT_PORTS.s3}`)
  .option('--dynamodb-endpoint <url>', 'the local DynamoDB endpoint', `http://127.0.0.1:${DEFAULT_PORTS.dynamodb}`)
  .option('--stack <name>', 'a deployed stack: its bucket and table from its outputs (AWS credential chain)')
  .action(async (opts: { restart?: boolean; s3Endpoint: string; dynamodbEndpoint: string; stack?: string }) => {
    const [{ runReindex }, { localStoreConfig, stackStoreConfig }, { createStore }, { createClients }] = await Promise.all([
      import('../lib/cli/reindex.ts'), import('../lib/cli/target.ts'), import('../lambdas/store/index.ts'), import('../lambdas/store/all-clients.ts'),
    ]);
    const { config, name } = opts.stack
      ? { config: await stackStoreConfig(opts.stack), name: `stack ${opts.stack}` }
      : { config: localStoreConfig(opts.s3Endpoint, opts.dynamodbEndpoint), name: 'the local stack' };
    const clients = createClients(config);
    process.exitCode = await runReindex(
      { s3: clients.s3, bucket: config.bucketName, store: createStore(config, clients) },
      { restart: opts.restart ?? false, checkpointFile: `${DEFAULT_DATA_DIR}/reindex-${opts.stack ?? 'local'}.json`, description: name },
    );
  });

program
  .command('export-search')
  .description('write every story a reader may see to an OpenSearch index: the search export\'s backfill (idempotent, resumable)')
  .requiredOption('--endpoint <url>', 'the OpenSearch Service domain endpoint, https://search-<name>-<id>.<region>.es.amazonaws.com')
  .option('--index <name>', 'the index (create it first with the body README "Feeding a search engine" gives)', 'newswire-stories')
  .option('--region <region>', 'the region requests are signed for (default: the endpoint\'s, else AWS_REGION)')
  .option('--create-index', 'create the index with its mapping first, unless it exists (needs es:ESHttpPut on it)')
  .option('--restart', 'start from the newest story, not where an interrupted run stopped')
  .option('--s3-endpoint <url>', 'the local S3 endpoint', `http://127.0.0.1:${DEFAULT_PORTS.s3}`)
  .option('--dynamodb-endpoint <url>', 'the local DynamoDB endpoint', `http://127.0.0.1:${DEFAULT_PORTS.dynamodb}`)
  .option('--stack <name>', 'a deployed stack: its bucket and table from its outputs (AWS credential chain)')
  .action(async (opts: { endpoint: string; index: string; region?: string; createIndex?: boolean; restart?: boolean; s3Endpoint: string; dynamodbEndpoint: string; stack?: string }) => {
    const [{ runExportSearch, feedPositionOf }, { localStoreConfig, stackStoreConfig }, { createReadStore }, { createClients }, exporter, { fromNodeProviderChain }] = await Promise.all([
      import('../lib/cli/export-search.ts'), import('../lib/cli/target.ts'), import('../lambdas/store/index.ts'), import('../lambdas/store/all-clients.ts'),
      import('../lambdas/export/index.ts'), import('@aws-sdk/credential-providers'),
    ]);
    const problems = exporter.endpointProblems({ endpoint: opts.endpoint, index: opts.index }).filter((problem) => !problem.includes('give domainArn'));
    const region = opts.region ?? exporter.parseDomainEndpoint(opts.endpoint)?.region ?? process.env.AWS_REGION;
    if (!region) problems.push('--region is needed: the endpoint names no region and AWS_REGION is not set');
    if (problems.length > 0) {
      for (const problem of problems) console.error(`error: ${problem}`);
      process.exitCode = 2;
      return;
    }
    const { config, name } = opts.stack
      ? { config: await stackStoreConfig(opts.stack), name: `stack ${opts.stack}` }
      : { config: localStoreConfig(opts.s3Endpoint, opts.dynamodbEndpoint), name: 'the local stack' };
    const clients = createClients(config);
    exporter.consistentReads(clients.ddb);
    const target = { endpoint: opts.endpoint, index: opts.index, region: region! };
    const credentials = fromNodeProviderChain();
    if (opts.createIndex) {
      try {
        console.log(`index ${opts.index}: ${await exporter.ensureIndex(target, exporter.INDEX_BODY, { credentials })}`);
      } catch (error) {
        console.error(`error: ${(error as Error).message}`);
        process.exitCode = 1;
        return;
      }
    }
    const bulk = exporter.bulkSender(target, { credentials });
    process.exitCode = await runExportSearch((cursorKey) => ({
      store: createReadStore(config, clients, { cursorKey: async () => cursorKey }),
      bulk, clock: () => new Date().toISOString(), feedPosition: feedPositionOf(clients.ddb, config.tableName),
    }), { restart: opts.restart ?? false, checkpointFile: `${DEFAULT_DATA_DIR}/export-search-${opts.stack ?? 'local'}-${opts.index}.json`, description: name });
  });

await program.parseAsync(process.argv);
