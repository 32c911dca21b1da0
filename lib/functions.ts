import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Architecture, type CfnFunction, type IFunction, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';

/** The repository root: NodejsFunction's `projectRoot`, the folder esbuild resolves imports from. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file in the repository, from a repo-relative path such as `lambdas/api/handler.ts`. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

/** Handler entry files, relative to the repository root. */
export const HANDLER_ENTRIES = {
  ingest: 'lambdas/ingest/handler.ts',
  api: 'lambdas/api/handler.ts',
  publish: 'lambdas/feed/publish-handler.ts',
  embargoClock: 'lambdas/feed/embargo-clock.ts',
  blocks: 'lambdas/blocks/handler.ts',
  /** Only in a stack with `searchExport` (lib/search-export.ts). */
  searchExport: 'lambdas/export/handler.ts',
} as const;

/**
 * The Lambda runtime of every Newswire function: the newest Node.js that aws-cdk-lib knows, so
 * cdk-nag's AwsSolutions-L1 holds without an acknowledgement. Bundles target node22 (below), so
 * moving back to NODEJS_22_X needs no other change.
 */
export const NEWSWIRE_RUNTIME = Runtime.NODEJS_24_X;

/** Every function runs on Graviton: about 20% cheaper per GB-second than x86 at equal or better speed. */
export const NEWSWIRE_ARCHITECTURE = Architecture.ARM_64;

/**
 * ESM output needs `require` for the few CommonJS dependencies esbuild leaves as `require()` calls.
 * The import is aliased so that it cannot clash with a `createRequire` the bundle itself declares.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __newswireCreateRequire } from 'node:module'; const require = __newswireCreateRequire(import.meta.url);";

/**
 * The esbuild settings of every Newswire function, as NodejsFunction takes them. Exported so that
 * the benchmark bundles exactly what is deployed (see also {@link esbuildOptions}).
 *
 * - No source maps: a map roughly doubles the asset, and Node only applies it with
 *   `--enable-source-maps`, which slows every `Error.stack`; errors leave the handlers as
 *   rejection codes and problem documents, not stack traces.
 * - The DynamoDB SDK is bundled: one minified file loads in about 40 ms where the same SDK read from
 *   node_modules (or the runtime's copy) takes about 100 ms of every cold start, and the version
 *   deployed is the exact version the tests ran. `@aws-sdk/client-s3` stays external, provided by
 *   the Lambda Node.js runtime: the API loads it only for the rare record kept in S3 (a dynamic
 *   import), and bundling it would put the API over its 500 KB budget. Locally the bundles resolve it
 *   from the repo's node_modules, which is why bundles are synthesized into folders inside the
 *   repository. A function that reads S3 on every invocation bundles it too
 *   ({@link NewswireFunctionProps.bundleS3Client}).
 */
export const NEWSWIRE_BUNDLING = {
  minify: true,
  sourceMap: false,
  format: OutputFormat.ESM,
  target: 'node22',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  externalModules: ['@aws-sdk/client-s3'],
  // UTF-8 as written: escaping the trigram profiles, gazetteers and Unicode patterns as \uXXXX added 128 KB to ingest.
  // (The `charset` prop is documented but this aws-cdk-lib does not pass it on; the argument is passed as is.)
  esbuildArgs: { '--charset': 'utf8' },
  // Local esbuild from node_modules; there is no Docker on the build machines.
  forceDockerBundling: false,
} as const satisfies BundlingOptions;

/** {@link NEWSWIRE_BUNDLING} with `@aws-sdk/client-s3` bundled as well. */
export const NEWSWIRE_BUNDLING_WITH_S3 = { ...NEWSWIRE_BUNDLING, externalModules: [] } as const satisfies BundlingOptions;

/** The same settings as {@link NEWSWIRE_BUNDLING} (or {@link NEWSWIRE_BUNDLING_WITH_S3}), for calling esbuild's `build()` directly. */
export function esbuildOptions(entry: string, outfile: string, opts: { bundleS3Client?: boolean } = {}): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    minify: NEWSWIRE_BUNDLING.minify,
    sourcemap: NEWSWIRE_BUNDLING.sourceMap,
    format: 'esm',
    target: NEWSWIRE_BUNDLING.target,
    mainFields: [...NEWSWIRE_BUNDLING.mainFields],
    banner: { js: NEWSWIRE_BUNDLING.banner },
    external: opts.bundleS3Client ? [] : [...NEWSWIRE_BUNDLING.externalModules],
    charset: 'utf8',
  };
}

export interface NewswireFunctionProps {
  /** Handler entry file, relative to the repository root (one of {@link HANDLER_ENTRIES}). */
  readonly entry: string;
  /** What the function does, shown in the Lambda console. */
  readonly description: string;
  /** Memory; CPU share grows with it. */
  readonly memorySize: number;
  /** Timeout of one invocation. */
  readonly timeout: Duration;
  /** Environment variables, names from `lambdas/store/env.ts`. */
  readonly environment: Readonly<Record<string, string>>;
  /**
   * How long the function's log events are kept.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
  /**
   * Why the function needs no Lambda dead-letter queue, for a function invoked asynchronously.
   * @default it is invoked synchronously (an event source mapping or API Gateway)
   */
  readonly noDeadLetterQueue?: string;
  /**
   * Bundle `@aws-sdk/client-s3` instead of taking the runtime's copy, for a function that reads S3 on every
   * invocation: the minified client in the bundle loads about 70 ms faster on a cold start than the
   * runtime's CommonJS files (BENCHMARKS.md), for about 200 KB of bundle.
   * @default false
   */
  readonly bundleS3Client?: boolean;
  /**
   * Run the function in these subnets of a VPC, to reach a service only the VPC reaches (a VPC search domain).
   * @default outside any VPC
   */
  readonly vpc?: {
    readonly vpc: IVpc;
    /** @default the VPC's private subnets */
    readonly subnets?: SubnetSelection;
    /** @default a security group of its own, all outbound traffic allowed, no inbound */
    readonly securityGroups?: readonly ISecurityGroup[];
  };
}

/** A function built by {@link newswireFunction}, with the role and log group made for it. */
export interface NewswireFunction {
  readonly fn: NodejsFunction;
  /** The function's own role; grants go here, and nothing else uses it. */
  readonly role: Role;
  readonly logGroup: LogGroup;
}

/**
 * One Newswire Lambda function with the shared settings: Node.js on arm64, ESM bundle from the
 * local esbuild, JSON logs to its own log group with retention, active X-Ray tracing, and a role of
 * its own with no AWS-managed policy (only write access to its log group and the X-Ray calls).
 */
export function newswireFunction(scope: Construct, id: string, props: NewswireFunctionProps): NewswireFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    // Retention bounds what is kept; a deleted stack should not leave empty groups behind.
    removalPolicy: RemovalPolicy.DESTROY,
  });

  // Not AWSLambdaBasicExecutionRole: that managed policy lets the function write to every log group
  // in the account (cdk-nag AwsSolutions-IAM4). This role may write to its own group only.
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Execution role of ${id}: ${props.description}`,
  });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, id, {
    entry: repoPath(props.entry),
    handler: 'handler',
    projectRoot: REPO_ROOT,
    depsLockFilePath: repoPath('package-lock.json'),
    runtime: NEWSWIRE_RUNTIME,
    architecture: NEWSWIRE_ARCHITECTURE,
    memorySize: props.memorySize,
    timeout: props.timeout,
    description: props.description,
    environment: { ...props.environment },
    role,
    logGroup,
    loggingFormat: LoggingFormat.JSON,
    bundling: props.bundleS3Client ? NEWSWIRE_BUNDLING_WITH_S3 : NEWSWIRE_BUNDLING,
    ...(props.vpc ? {
      vpc: props.vpc.vpc,
      ...(props.vpc.subnets ? { vpcSubnets: props.vpc.subnets } : {}),
      ...(props.vpc.securityGroups ? { securityGroups: [...props.vpc.securityGroups] } : {}),
    } : {}),
  });
  if (props.vpc) {
    // What AWSLambdaVPCAccessExecutionRole grants, which the function's own role does not get from CDK (only a role
    // CDK makes does): Lambda creates and removes the function's network interfaces in the VPC as the role.
    const eni = new Policy(scope, `${id}Vpc`, {
      roles: [role],
      statements: [new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
        resources: ['*'],
      })],
    });
    fn.node.addDependency(eni);
    Validations.of(eni).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: `Lambda manages ${id}'s network interfaces in the VPC with these EC2 actions, which take no resource-level scope when they describe, and name interfaces Lambda has not created yet; this policy holds nothing else.`,
    });
  }

  // Tracing is switched on through the L1 property rather than the `tracing` prop: the prop would
  // add the X-Ray statement (Resource "*") to the role's default policy, next to the data grants, and
  // acknowledging IAM5 `Resource::*` there would also hide any future accidental wildcard grant. In a
  // policy of its own, the acknowledgement covers these two actions and nothing else.
  (fn.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
  const xray = new Policy(scope, `${id}XRay`, {
    roles: [role],
    statements: [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        resources: ['*'],
      }),
    ],
  });
  fn.node.addDependency(xray);
  Validations.of(xray).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      `xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level permissions (Service Authorization Reference, AWS X-Ray); this policy of ${id} holds nothing else.`,
  });

  Validations.of(fn).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason: props.noDeadLetterQueue ??
      `A Lambda dead-letter queue catches failed asynchronous invocations only; ${id} is invoked synchronously (an event source mapping or the API Gateway proxy), and what fails there is kept by the mapping's own dead-letter queue.`,
  });

  return { fn, role, logGroup };
}

/**
 * Invokes a function on a schedule (EventBridge rule, two retries). A schedule's target needs no dead-letter queue
 * where what a failed run left is still in the table for the next run: `nextRunCatchesUp` says why, and is the
 * acknowledgement's reason.
 */
export function onSchedule(scope: Construct, id: string, props: { fn: IFunction; every: Duration; description: string; nextRunCatchesUp: string }): Rule {
  const rule = new Rule(scope, id, {
    description: props.description,
    schedule: Schedule.rate(props.every),
    targets: [new LambdaFunction(props.fn, { retryAttempts: 2 })],
  });
  Validations.of(rule).acknowledge({ id: 'Serverless-EventBusDLQ', reason: props.nextRunCatchesUp });
  return rule;
}
