import { readFileSync } from 'node:fs';
import { App, type Environment, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { repoPath } from './functions.ts';
import { NewswireStack, type NewswireStackProps } from './newswire-stack.ts';

/** The stack's name in CloudFormation, and what `newswire --stack` takes by default. */
export const STACK_NAME = 'Newswire';

export interface BuildAppOptions {
  /**
   * Where the cloud assembly is written.
   * @default the CLI's output folder when run by the CLI, else a temporary folder
   */
  readonly outdir?: string;
  /**
   * Context added over the `context` of `cdk.json`.
   * @default none
   */
  readonly context?: Readonly<Record<string, unknown>>;
  /**
   * Run the cdk-nag AwsSolutions pack at synthesis; any unacknowledged finding fails it.
   * @default true
   */
  readonly nag?: boolean;
  /**
   * Account and region of the stack.
   * @default environment-agnostic
   */
  readonly env?: Environment;
  /**
   * Construct settings passed to the stack.
   * @default the constructs' defaults
   */
  readonly stack?: Omit<NewswireStackProps, 'env' | 'stackName'>;
}

/** The `context` block of `cdk.json`: feature flags the app is written for. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(repoPath('cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

/**
 * Context keys that turn on the search export from the command line (`cdk deploy -c searchExportEndpoint=https://…`),
 * when the stack settings passed here do not name one: `searchExportEndpoint`, `searchExportDomainArn`, `searchExportIndex`.
 */
export const SEARCH_EXPORT_CONTEXT = { endpoint: 'searchExportEndpoint', domainArn: 'searchExportDomainArn', index: 'searchExportIndex' } as const;

function searchExportFromContext(app: App): NewswireStackProps['searchExport'] {
  const read = (key: string): string | undefined => {
    const value: unknown = app.node.tryGetContext(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const endpoint = read(SEARCH_EXPORT_CONTEXT.endpoint);
  if (endpoint === undefined) return undefined;
  const domainArn = read(SEARCH_EXPORT_CONTEXT.domainArn);
  const index = read(SEARCH_EXPORT_CONTEXT.index);
  return { endpoint, ...(domainArn ? { domainArn } : {}), ...(index ? { index } : {}) };
}

/**
 * Context key that leaves the desk out from the command line (`cdk deploy -c desk=false`, an API-only
 * deployment), when the stack settings passed here say nothing of it.
 */
export const DESK_CONTEXT = 'desk';

function deskFromContext(app: App): false | undefined {
  const value: unknown = app.node.tryGetContext(DESK_CONTEXT);
  if (value === undefined || value === true || value === 'true') return undefined;
  if (value === false || value === 'false') return false;
  throw new Error(`context ${DESK_CONTEXT} must be true or false, got ${JSON.stringify(value)}`);
}

/**
 * Builds the Newswire CDK app without the CLI. The `cdk.json` context is applied here as well, so
 * that tests and scripts see the same feature flags as `cdk synth` (under the CLI it arrives a
 * second time, with the same values).
 */
export function buildApp(opts: BuildAppOptions = {}): { app: App; stack: NewswireStack } {
  const app = new App({
    ...(opts.outdir === undefined ? {} : { outdir: opts.outdir }),
    context: { ...cdkJsonContext(), ...opts.context },
  });
  const searchExport = opts.stack?.searchExport ?? searchExportFromContext(app);
  const desk = opts.stack?.desk ?? deskFromContext(app);
  const stack = new NewswireStack(app, STACK_NAME, {
    ...opts.stack,
    ...(searchExport ? { searchExport } : {}),
    ...(desk === undefined ? {} : { desk }),
    stackName: STACK_NAME,
    description: 'Newswire: wire-story ingestion pipeline (S3 → SQS → Lambda → DynamoDB ← API Gateway)',
    ...(opts.env === undefined ? {} : { env: opts.env }),
  });
  if (opts.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}
