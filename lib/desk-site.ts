import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnElement, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  GeoRestriction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { DESK_API_PREFIX } from '../lambdas/api/desk-prefix.ts';
import type { DeskAuth } from './desk-auth.ts';
import { repoPath } from './functions.ts';
import { PropsCheck } from './props-check.ts';
import type { StoryApi } from './story-api.ts';

/** Where the page is served on the distribution, as on the local stack (CONTRACT.md §3, `GET /desk/`). */
export const DESK_PATH = '/desk/';

/** The page's build output (`bin/build-desk.mjs`, run by `npm ci`'s prepare), relative to the repository root. */
export const DESK_BUILD_DIR = 'dist/desk';

/** What the page reads from `./config.json` next to its `index.html` (issue 15). */
export interface DeskConfig {
  /** Base of the API's routes, same origin: `/api`. */
  readonly apiBase: string;
  readonly auth: {
    /** The hosted sign-in's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
    readonly domain: string;
    readonly clientId: string;
    /** Where the hosted sign-in returns: the page's own URL. */
    readonly redirectUri: string;
    readonly scopes: readonly string[];
  };
}

export interface DeskSiteProps {
  /** The editors' sign-in; the site adds the page's app client to it. */
  readonly auth: DeskAuth;
  /** The API, whose Cognito-authorized `/api/…` routes the page calls through the distribution. */
  readonly storyApi: StoryApi;
  /** The uploads bucket the page sends presigned POSTs to (the CSP allows it, CORS lets the page read the answer). */
  readonly uploadBucket: Bucket;
  /** The bucket that keeps S3 server access logs (the stack's one). */
  readonly accessLogBucket: IBucket;
  /**
   * The folder holding the built page (`index.html` and its assets).
   * @default `dist/desk` in the repository; when it holds no `index.html`, a placeholder page is deployed
   * that says how to build the desk
   */
  readonly pageDirectory?: string;
  /**
   * ID (ARN) of an AWS WAFv2 web ACL of scope CLOUDFRONT (created in us-east-1) for the distribution.
   * @default no web ACL: the page is static, and its API answers editors' tokens only
   */
  readonly webAclId?: string;
  /**
   * ISO 3166-1 alpha-2 codes of the only countries the desk may be opened from.
   * @default no geographic restriction
   */
  readonly allowedCountries?: readonly string[];
  /**
   * Edge locations the distribution uses.
   * @default PriceClass.PRICE_CLASS_100 (North America and Europe): a few editors, not a public audience
   */
  readonly priceClass?: PriceClass;
  /**
   * How long the distribution's access logs are kept.
   * @default 365 days
   */
  readonly logExpiration?: Duration;
  /**
   * What CloudFormation does with the distribution's log bucket when it leaves the stack.
   * @default retained, as the stack's other logs
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * The desk in the cloud: the page in a private bucket that only the distribution may read (origin access
 * control), served over HTTPS with strict security headers under `/desk/`, the API's Cognito-authorized
 * routes under `/api/` of the same origin, the page's `config.json` written at deploy time with the real
 * sign-in and API values, and access logs for both bucket and distribution.
 */
export class DeskSite extends Construct {
  /** The page's bucket: private, read by the distribution only. */
  public readonly bucket: Bucket;
  /** The distribution's access logs (CloudFront standard logging needs a bucket with ACLs). */
  public readonly logBucket: Bucket;
  public readonly distribution: Distribution;
  /** The security headers of every answer, page and API. */
  public readonly responseHeadersPolicy: ResponseHeadersPolicy;
  /** The page's app client in the editors' user pool. */
  public readonly client: UserPoolClient;
  /** `https://<distribution domain>/desk/`: the page, and where the sign-in returns. */
  public readonly url: string;
  /** Whether the built page was found and deployed (else a placeholder is). */
  public readonly pageBuilt: boolean;
  /** The `config.json` deployed next to the page (tokens resolved at deploy time). */
  public readonly config: DeskConfig;

  constructor(scope: Construct, id: string, props: DeskSiteProps) {
    super(scope, id);
    const check = new PropsCheck('DeskSite').days('logExpiration', props.logExpiration, 1, 36_500);
    if (props.webAclId !== undefined) {
      check.require(
        /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/.+/.test(props.webAclId),
        `webAclId must be the ARN of a WAFv2 web ACL of scope CLOUDFRONT (global, in us-east-1), got '${props.webAclId}'`,
      );
    }
    if (props.allowedCountries !== undefined) {
      const bad = props.allowedCountries.filter((c) => !/^[A-Z]{2}$/.test(c));
      check.require(props.allowedCountries.length > 0 && bad.length === 0, `allowedCountries must be one or more ISO 3166-1 alpha-2 codes, got ${JSON.stringify(props.allowedCountries)}`);
    }
    check.throwIfAny();

    const stack = Stack.of(this);
    const pageDirectory = props.pageDirectory ?? repoPath(DESK_BUILD_DIR);
    this.pageBuilt = existsSync(join(pageDirectory, 'index.html'));

    this.bucket = new Bucket(this, 'Page', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'desk/',
      // A build output, deployed again by every `cdk deploy`: the deployment below empties it when it
      // leaves the stack (retainOnDelete false), so the bucket can go with it.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const logRemovalPolicy = props.logRemovalPolicy ?? RemovalPolicy.RETAIN;
    this.logBucket = new Bucket(this, 'DistributionLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // CloudFront standard logging writes with the awslogsdelivery account's ACL grant: the one bucket of
      // the stack with ACLs enabled, and it holds nothing but these logs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: 'desk-distribution-logs/',
      lifecycleRules: [{ id: 'expire-distribution-logs', expiration: props.logExpiration ?? Duration.days(365) }],
      removalPolicy: logRemovalPolicy,
    });

    // connect-src: the page's own origin (its API under /api), the hosted sign-in's token endpoint and the
    // uploads bucket's POST endpoint (lambdas/api/uploads.ts cloudUploadUrl); nothing else, so an injected
    // script has nowhere to send what it reads. No inline script or style: the page is bundled files.
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "manifest-src 'self'",
      `connect-src 'self' ${props.auth.domainUrl} https://${props.uploadBucket.bucketRegionalDomainName}`,
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      'upgrade-insecure-requests',
    ].join('; ');
    this.responseHeadersPolicy = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Newswire desk: CSP, HSTS, no framing, no sniffing, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        // The legacy XSS auditor is off in browsers that still have it (it could be abused); CSP does its work.
        xssProtection: { protection: false, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    // S3 through OAC has no index documents and no redirects: `/` and `/desk` go to `/desk/`, a folder
    // URL to its index.html. Deep links keep their query string (CONTRACT.md §3).
    const paths = new CloudFrontFunction(this, 'PagePaths', {
      comment: 'Newswire desk: / and /desk to /desk/, folders to index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(PAGE_PATHS_FUNCTION),
    });

    const apiOrigin = new RestApiOrigin(props.storyApi.api);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Newswire desk: the page and its API',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeadersPolicy,
        functionAssociations: [{ function: paths, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        // The page's API calls, same origin: nothing cached (answers depend on the editor's token and
        // change by the second), every header but Host (so Authorization, which an origin request policy
        // forwards only when nothing is cached), every query string. A token is never sent over plain
        // HTTP, not even to be redirected. The stage compresses answers itself (Accept-Encoding arrives).
        [`${DESK_API_PREFIX}/*`]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.responseHeadersPolicy,
          compress: false,
        },
      },
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass ?? PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'distribution/',
      ...(props.webAclId === undefined ? {} : { webAclId: props.webAclId }),
      ...(props.allowedCountries === undefined ? {} : { geoRestriction: GeoRestriction.allowlist(...props.allowedCountries) }),
    });
    this.acknowledgeDistribution(props);

    this.url = `https://${this.distribution.distributionDomainName}${DESK_PATH}`;
    this.client = props.auth.addPageClient(this.url);

    // The page POSTs its uploads to the bucket's own endpoint, another origin: without this rule S3 takes
    // the file but the browser hides S3's answer from the page. The rule cannot name the distribution's
    // domain: the CSP above names the bucket, so the bucket may not depend on the distribution (a cycle).
    // CORS does not guard the bucket anyway: S3 accepts only a form whose policy the API signed.
    props.uploadBucket.addCorsRule({
      allowedMethods: [HttpMethods.POST],
      allowedOrigins: ['https://*.cloudfront.net'],
      allowedHeaders: ['*'],
      maxAge: 3600,
    });

    this.config = {
      apiBase: DESK_API_PREFIX,
      auth: { domain: props.auth.domainUrl, clientId: this.client.userPoolClientId, redirectUri: this.url, scopes: props.auth.pageScopes },
    };
    const page: ISource = this.pageBuilt ? Source.asset(pageDirectory) : Source.data('index.html', PLACEHOLDER_PAGE);
    this.deployPage([page, Source.jsonData('config.json', this.config)], stack);
  }

  /** Copies the page and its config.json under desk/ and invalidates the distribution's copies. */
  private deployPage(sources: ISource[], stack: Stack): void {
    // A role of its own with no AWS-managed policy (as every function of the stack), writing to its own log group.
    const logGroup = new LogGroup(this, 'DeployLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    const role = new Role(this, 'DeployRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the Newswire desk page into its bucket at deploy time',
    });
    logGroup.grantWrite(role);
    new BucketDeployment(this, 'Deploy', {
      // config.json last: it wins over any config.json a build may hold.
      sources,
      destinationBucket: this.bucket,
      destinationKeyPrefix: DESK_PATH.slice(1),
      prune: true,
      retainOnDelete: false,
      distribution: this.distribution,
      distributionPaths: [`${DESK_PATH}*`],
      // Revalidated on every load (a 304 when unchanged): a deploy is seen at once, and the page is small.
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 256,
      role,
      logGroup,
    });
    this.acknowledgeDeployment(role, stack);
  }

  private acknowledgeDistribution(props: DeskSiteProps): void {
    const distribution = Validations.of(this.distribution);
    distribution.acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The distribution has no custom domain, so it serves the default *.cloudfront.net certificate, for which CloudFront allows TLSv1 whatever the security policy says; TLSv1.2_2021 applies as soon as a domain and certificate are set.',
    });
    if (props.webAclId === undefined) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF by default: the page is static files, and its API routes refuse any request without an editor\'s Cognito access token before the function runs (and the API stage is throttled). Pass webAclId to add one.',
      });
    }
    if (props.allowedCountries === undefined) {
      distribution.acknowledge({
        id: 'AwsSolutions-CFR1',
        reason:
          'Editors read the wire wherever they are posted (foreign desks, travel); access is by sign-in with MFA, not by country. Pass allowedCountries to restrict it.',
      });
    }
  }

  private acknowledgeDeployment(role: Role, stack: Stack): void {
    const defaultPolicy = role.node.tryFindChild('DefaultPolicy');
    if (defaultPolicy) {
      // What BucketDeployment grants its copier, finding by finding (cdk-nag names each wildcard).
      const qualifier = stack.synthesizer.bootstrapQualifier ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
      const pageBucket = `<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>`;
      const findings: Record<string, string> = {
        'Action::s3:GetBucket*': 'read the CDK asset bucket that holds the zipped page, and the page bucket it prunes',
        'Action::s3:GetObject*': 'read the zipped page from the CDK asset bucket, and the objects of the page bucket it compares',
        'Action::s3:List*': 'list the page bucket to prune the files a new build no longer has',
        'Action::s3:Abort*': 'abort its own multipart uploads into the page bucket when a copy fails',
        'Action::s3:DeleteObject*': 'delete the page files a new build no longer has (prune), and empty the bucket when the desk leaves the stack',
        [`Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-<AWS::AccountId>-<AWS::Region>/*`]:
          'read the asset zips, whose keys are content hashes known only at synthesis, from the bootstrap asset bucket',
        [`Resource::${pageBucket}/*`]: 'write, compare and prune any file of the page bucket, which holds the page and nothing else',
        'Resource::*': 'create and follow the invalidation of /desk/* after a deploy; BucketDeployment grants cloudfront:CreateInvalidation and GetInvalidation on every distribution',
      };
      for (const [finding, why] of Object.entries(findings)) {
        Validations.of(defaultPolicy).acknowledge({
          id: `AwsSolutions-IAM5[${finding}]`,
          reason: `The BucketDeployment copier, run by CloudFormation at deploy time only, must ${why}.`,
        });
      }
    }
    // The copier is a function aws-cdk-lib ships and configures (runtime, code), invoked by CloudFormation
    // at deploy time only; these findings are about code this stack does not own.
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (handler === undefined) return;
    const v = Validations.of(handler);
    const runtime =
      'The BucketDeployment copier runtime (Python, running the AWS CLI from a layer) is chosen by aws-cdk-lib; it runs only during deployments, with no input from users.';
    v.acknowledge({ id: 'AwsSolutions-L1', reason: runtime });
    v.acknowledge({ id: 'Serverless-LambdaLatestVersion', reason: `${runtime} (Serverless pack)` });
    v.acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'CloudFormation invokes the BucketDeployment copier as a custom resource and waits for its answer; a failure fails and rolls back the deployment, and a dead-letter queue would hold nothing anyone acts on.',
    });
    v.acknowledge({
      id: 'Serverless-LambdaTracing',
      reason: 'The BucketDeployment copier runs once per deployment, started by CloudFormation; its log group records every run, and a trace would show one S3 copy and one invalidation.',
    });
  }
}

/**
 * The viewer-request function of the page's behavior (cloudfront-js-2.0). Query string values arrive as
 * they were sent, so they are passed on unchanged.
 */
const PAGE_PATHS_FUNCTION = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '${DESK_PATH.slice(0, -1)}') {
    var q = request.querystring;
    var parts = [];
    Object.keys(q).forEach(function (name) {
      var values = q[name].multiValue ? q[name].multiValue : [q[name]];
      values.forEach(function (v) { parts.push(v.value === '' ? name : name + '=' + v.value); });
    });
    var location = '${DESK_PATH}' + (parts.length > 0 ? '?' + parts.join('&') : '');
    return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: location }, 'cache-control': { value: 'no-store' } } };
  }
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  return request;
}
`;

/** Deployed instead of the page when it was not built: says what to do, and needs no script or style. */
const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Newswire desk</title></head>
<body>
<h1>The desk was not built</h1>
<p>This deployment was made from a checkout without the desk's build (<code>${DESK_BUILD_DIR}/</code>).
Run <code>npm ci</code> (it builds the page) and deploy again. The API and sign-in are in place.</p>
</body>
</html>
`;
