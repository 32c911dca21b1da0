import { type CfnElement, Duration, RemovalPolicy, Size, Stack, Validations } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  AuthorizationType,
  CognitoUserPoolsAuthorizer,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  type RequestValidator,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { DESK_API_PREFIX } from '../lambdas/api/desk-prefix.ts';
import { BLOCK_CACHE_ENV, blockCacheEntriesFor } from '../lambdas/store/block-cache.ts';
import { ENV } from '../lambdas/store/env.ts';
import { INCOMING_PREFIX, RECORDS_PREFIX } from '../lambdas/store/constants.ts';
import { CHANGES_PARTITION } from '../lambdas/store/keys.ts';
import { HANDLER_ENTRIES, newswireFunction } from './functions.ts';
import { PropsCheck } from './props-check.ts';
import type { StoryTable } from './story-table.ts';

export interface StoryApiProps {
  /** The story table the API reads. */
  readonly stories: StoryTable;
  /**
   * The uploads bucket, from which the API reads records stored under `records/`, and into which it signs
   * presigned POST uploads under `incoming/`.
   */
  readonly bucket: IBucket;
  /**
   * The desk's editors: when given, every route is also served under `/api/…` to holders of an access
   * token of this user pool with one of these scopes (the IAM-authorized routes stay as they are).
   * @default no desk routes: IAM only
   */
  readonly desk?: DeskApiAccess;
  /**
   * Memory of the API function, in MB.
   * @default 1024 MB
   */
  readonly apiMemorySize?: number;
  /**
   * Timeout of one API invocation, at most 29 s (API Gateway's integration timeout).
   * @default 25 seconds: a `GET /feed` long-poll waits up to 20
   */
  readonly apiTimeout?: Duration;
  /**
   * Steady-state requests per second the stage accepts before answering 429.
   * @default 50 requests per second
   */
  readonly throttlingRateLimit?: number;
  /**
   * Requests the stage accepts in a burst above the rate.
   * @default 100 requests
   */
  readonly throttlingBurstLimit?: number;
  /**
   * Name of the deployment stage, the first path segment of the URL.
   * @default 'v1'
   */
  readonly stageName?: string;
  /**
   * Create the account-level role API Gateway needs to write execution logs. It is one per account
   * and region: pass false when another stack of the account already sets it.
   * @default true
   */
  readonly cloudWatchRole?: boolean;
  /**
   * ARN of a regional AWS WAFv2 web ACL to associate with the stage.
   * @default no web ACL: requests are already refused without SigV4 credentials of the account, and
   * the stage is throttled
   */
  readonly webAclArn?: string;
  /**
   * How long access log entries are kept.
   * @default one year
   */
  readonly accessLogRetention?: RetentionDays;
  /**
   * Retention of the API function's log events.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
}

/**
 * One JSON object per request. With the desk, also the editor (`editor`: the Cognito user name, a uuid,
 * of the access token's owner; empty for IAM callers, whom `caller` and `user` name), so that every
 * read and upload through the desk can be traced to a person.
 */
function accessLogFormat(desk: boolean): AccessLogFormat {
  const standard = AccessLogFormat.jsonWithStandardFields({
    caller: true,
    httpMethod: true,
    ip: true,
    protocol: true,
    requestTime: true,
    resourcePath: true,
    responseLength: true,
    status: true,
    user: true,
  });
  if (!desk) return standard;
  const fields = JSON.parse(standard.toString()) as Record<string, string>;
  return AccessLogFormat.custom(JSON.stringify({ ...fields, editor: '$context.authorizer.claims.username' }));
}

/** Who may call the desk's routes: access tokens of a user pool, with one of the scopes. */
export interface DeskApiAccess {
  readonly userPool: IUserPool;
  /** OAuth scopes, one of which the access token must carry, e.g. `newswire/desk`. */
  readonly scopes: readonly string[];
}

/**
 * The read API: a regional REST API whose every method needs IAM (SigV4) authorization, proxying
 * all paths to the API function, with stage throttling, JSON access logs, execution logs for errors
 * and X-Ray tracing; with `desk`, the same routes under `/api` for editors' Cognito access tokens. The
 * function may only read the table and the records in the bucket, and sign uploads under `incoming/`.
 */
export class StoryApi extends Construct {
  /** The REST API; `api.url` is the stage's base URL. */
  public readonly api: RestApi;
  /** The function behind every route. */
  public readonly apiFunction: NodejsFunction;
  /** The key that signs listing cursors; the API function may read it. */
  public readonly cursorSecret: Secret;
  /** The stage's access log group (JSON, one entry per request). */
  public readonly accessLogGroup: LogGroup;
  /** The request validator attached to every method. */
  public readonly requestValidator: RequestValidator;
  /** The stage's base URL, ending in `/`. */
  public readonly url: string;
  /** The authorizer of the desk's routes (`/api/{proxy+}`), when the API has them. */
  public readonly deskAuthorizer?: CognitoUserPoolsAuthorizer;

  constructor(scope: Construct, id: string, props: StoryApiProps) {
    super(scope, id);
    const check = new PropsCheck('StoryApi')
      .integer('apiMemorySize', props.apiMemorySize, 128, 10_240)
      .seconds('apiTimeout', props.apiTimeout, 1, 29)
      .integer('throttlingBurstLimit', props.throttlingBurstLimit, 0, 5000);
    if (props.throttlingRateLimit !== undefined) {
      // 10,000 requests per second is API Gateway's default account quota per region.
      check.require(
        props.throttlingRateLimit > 0 && props.throttlingRateLimit <= 10_000,
        `throttlingRateLimit must be above 0 and at most 10000, got ${props.throttlingRateLimit}`,
      );
    }
    if (props.stageName !== undefined) {
      check.require(/^[A-Za-z0-9_-]{1,128}$/.test(props.stageName), `stageName must be 1–128 characters of A–Z, a–z, 0–9, _ and -, got '${props.stageName}'`);
    }
    if (props.webAclArn !== undefined) {
      check.require(
        /^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/.+/.test(props.webAclArn),
        `webAclArn must be the ARN of a regional WAFv2 web ACL, got '${props.webAclArn}'`,
      );
    }
    check.throwIfAny();

    const memorySize = props.apiMemorySize ?? 1024;
    const fn = newswireFunction(this, 'ApiFunction', {
      entry: HANDLER_ENTRIES.api,
      description: 'Newswire API: story queries from API Gateway',
      memorySize,
      // a `GET /feed` long-poll waits up to 20 s (MAX_FEED_WAIT_SECONDS); API Gateway gives a request 29 s
      timeout: props.apiTimeout ?? Duration.seconds(25),
      // (the posting blocks a warm container keeps take about a fifth of its memory, whatever memory it is given)
      environment: { [ENV.tableName]: props.stories.table.tableName, [ENV.bucketName]: props.bucket.bucketName, [BLOCK_CACHE_ENV]: String(blockCacheEntriesFor(memorySize)) },
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
    });
    this.apiFunction = fn.fn;

    // Listing cursors are HMAC-signed (tamper-evident). The key is a secret of its own, read once per
    // container; only its ARN is in the environment.
    this.cursorSecret = new Secret(this, 'CursorSigningKey', {
      description: 'Newswire API: key that signs listing cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    this.cursorSecret.grantRead(fn.role);
    fn.fn.addEnvironment(ENV.cursorSecret, this.cursorSecret.secretArn);
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating the cursor key would only invalidate the cursors handed out before it (clients start the listing again); it guards no data, so no rotation schedule is kept.',
    });

    // Read only, and only what the routes read: no Scan, no listing of the bucket, no writes but the feed's voids.
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
        resources: [props.stories.table.tableArn],
      }),
    );
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:Query'], resources: props.stories.indexArns() }),
    );
    // The one write a reader makes: marking a place of the feed void that a writer gave up (lambdas/store/changes.ts),
    // a conditional put into the feed's partition and nowhere else.
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW, actions: ['dynamodb:PutItem'], resources: [props.stories.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [CHANGES_PARTITION] } },
      }),
    );
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [props.bucket.arnForObjects(`${RECORDS_PREFIX}*`)] }),
    );
    // `POST /uploads/presigned` signs an S3 POST policy with the function's own credentials: S3 accepts the
    // upload only if this role may put the object, so this grant is the upper bound of every form it signs.
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:PutObject'], resources: [props.bucket.arnForObjects(`${INCOMING_PREFIX}*`)] }),
    );
    const bucketResource = props.bucket.node.defaultChild;
    const defaultPolicy = fn.role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy && bucketResource) {
      const bucketArn = `<${Stack.of(this).getLogicalId(bucketResource as CfnElement)}.Arn>`;
      Validations.of(defaultPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${RECORDS_PREFIX}*]`,
        reason: `The API reads the stored record of any story; record keys under ${RECORDS_PREFIX} derive from story ids, so only the prefix is fixed.`,
      });
      Validations.of(defaultPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${INCOMING_PREFIX}*]`,
        reason: `Presigned uploads get a fresh key under ${INCOMING_PREFIX} each (date, uuid, file name), chosen per request; the signed policy names the one key, and the role allows only PutObject under the prefix ingest reads.`,
      });
    }

    this.accessLogGroup = new LogGroup(this, 'AccessLogs', {
      retention: props.accessLogRetention ?? RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const cloudWatchRole = props.cloudWatchRole ?? true;
    this.api = new RestApi(this, 'Api', {
      description: "Newswire story API (IAM-authorized; the desk's routes under /api take editors' Cognito tokens)",
      endpointTypes: [EndpointType.REGIONAL],
      // The feature flag @aws-cdk/aws-apigateway:disableCloudWatchRole turns the default off; without
      // an account role, a stage with execution logs fails to deploy ("CloudWatch Logs role ARN must
      // be set in account settings", research/serverless-anchors.md §4).
      cloudWatchRole,
      // The account setting outlives this stack: deleting the role would break every other API's
      // logging in the account.
      ...(cloudWatchRole ? { cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN } : {}),
      minCompressionSize: Size.kibibytes(1),
      defaultMethodOptions: { authorizationType: AuthorizationType.IAM },
      deployOptions: {
        stageName: props.stageName ?? 'v1',
        throttlingRateLimit: props.throttlingRateLimit ?? 50,
        throttlingBurstLimit: props.throttlingBurstLimit ?? 100,
        accessLogDestination: new LogGroupLogDestination(this.accessLogGroup),
        accessLogFormat: accessLogFormat(props.desk !== undefined),
        // ERROR, not INFO: access logs already record every request; execution logs are for failures.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        tracingEnabled: true,
      },
    });

    // The routes take no body and only the proxy path and query string, which the function checks
    // itself (problem+json 400 naming the parameter). The validator checks what the methods declare.
    this.requestValidator = this.api.addRequestValidator('RequestValidator', {
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    const integration = new LambdaIntegration(this.apiFunction, { proxy: true, allowTestInvoke: false });
    const methodOptions = { authorizationType: AuthorizationType.IAM, requestValidator: this.requestValidator };
    this.api.root.addMethod('ANY', integration, methodOptions);
    this.api.root
      .addResource('{proxy+}')
      .addMethod('ANY', integration, { ...methodOptions, requestParameters: { 'method.request.path.proxy': true } });
    for (const method of this.api.methods) {
      Validations.of(method).acknowledge({
        id: 'AwsSolutions-COG4',
        reason:
          'These routes are for AWS principals (newsroom services, `newswire --stack`), authorized with IAM SigV4; editors with Cognito identities use the same routes under /api.',
      });
    }

    if (props.desk !== undefined) {
      // API Gateway takes one authorizer per method, so the editors' routes are a tree of their own:
      // `/api/{proxy+}`, the same function, which routes `/api/x` as `/x` (lambdas/api/desk-prefix.ts).
      // With scopes set, the authorizer accepts access tokens only (an ID token carries no scope).
      this.deskAuthorizer = new CognitoUserPoolsAuthorizer(this, 'DeskAuthorizer', {
        cognitoUserPools: [props.desk.userPool],
        identitySource: 'method.request.header.Authorization',
        resultsCacheTtl: Duration.minutes(5),
      });
      this.api.root
        .addResource(DESK_API_PREFIX.slice(1))
        .addResource('{proxy+}')
        .addMethod('ANY', integration, {
          authorizationType: AuthorizationType.COGNITO,
          authorizer: this.deskAuthorizer,
          authorizationScopes: [...props.desk.scopes],
          requestValidator: this.requestValidator,
          requestParameters: { 'method.request.path.proxy': true },
        });
    }

    const stage = this.api.deploymentStage;
    if (props.webAclArn !== undefined) {
      new CfnWebACLAssociation(this, 'WebAcl', { resourceArn: stage.stageArn, webAclArn: props.webAclArn });
    } else {
      Validations.of(stage).acknowledge({
        id: 'AwsSolutions-APIG3',
        reason:
          'No web ACL by default: every method requires SigV4 credentials of the account, so anonymous traffic is refused before the function runs, and the stage is throttled. Pass webAclArn to add WAF.',
      });
    }

    const role = this.api.node.tryFindChild('CloudWatchRole');
    if (role) {
      Validations.of(role).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
        reason:
          "The account-wide API Gateway logging role uses AWS's documented policy for it; execution log groups are named per API and stage, created by API Gateway, and not known to this stack.",
      });
    }

    // RestApi adds an `Endpoint` output of its own; the stack names the URL `ApiUrl` (CONTRACT.md §2),
    // and one output for one value is enough.
    this.api.node.tryRemoveChild('Endpoint');
    this.url = this.api.url;
  }
}
