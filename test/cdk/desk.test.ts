import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_API_PREFIX, withoutDeskPrefix } from '../../lambdas/api/desk-prefix.ts';
import { INCOMING_PREFIX } from '../../lambdas/store/constants.ts';
import { buildApp, DESK_CONTEXT } from '../../lib/app.ts';
import { DeskAuth } from '../../lib/desk-auth.ts';
import { DESK_BUILD_DIR, DeskSite } from '../../lib/desk-site.ts';
import { repoPath } from '../../lib/functions.ts';
import type { NewswireStack, NewswireStackProps } from '../../lib/newswire-stack.ts';
import { StoryApi } from '../../lib/story-api.ts';
import { StoryTable } from '../../lib/story-table.ts';
import { UploadIngest } from '../../lib/upload-ingest.ts';
import { allowStatements, emptyStack, logicalId, SKIP_BUNDLING, synthNewswire } from './helpers.ts';

/** CloudFront's managed policies (developer guide, "Use managed cache policies" / "managed origin request policies"). */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>;

function only(template: Template, type: string): { id: string; props: Record<string, any> } {
  const found = Object.entries(template.findResources(type));
  expect(found, type).toHaveLength(1);
  return { id: found[0]![0], props: found[0]![1].Properties };
}

function synthWith(stackProps: Omit<NewswireStackProps, 'env' | 'stackName'>): { stack: NewswireStack; template: Template } {
  const { stack } = buildApp({ nag: false, context: SKIP_BUNDLING, stack: stackProps });
  return { stack, template: Template.fromStack(stack) };
}

/** Every finding of both rule packs, as `rule @ path`. */
function nagFindings(stackProps: Omit<NewswireStackProps, 'env' | 'stackName'>): string[] {
  const { app } = buildApp({ nag: false, context: SKIP_BUNDLING, stack: stackProps });
  return [new AwsSolutionsChecks(app), new ServerlessChecks(app)].flatMap((pack) =>
    pack.validateScope(app).violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`)));
}

/** The message of the error `build` throws. */
function errorOf(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the construct to throw');
}

let stack: NewswireStack;
let template: Template;
let resources: Resources;

beforeAll(() => {
  ({ stack, template } = synthNewswire());
  resources = template.toJSON().Resources as Resources;
});

describe('page bucket', () => {
  it('is encrypted, blocked from the public, SSL only, and logs access to the stack\'s log bucket', () => {
    const props = resources[logicalId(stack.desk!.bucket)]!.Properties;
    expect(props.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(props.BucketEncryption).toEqual({ ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] });
    expect(props.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(props.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logicalId(stack.uploads.accessLogBucket) }, LogFilePrefix: 'desk/' });
    expect(props.WebsiteConfiguration).toBeUndefined();
  });

  it('lets only the distribution read it, through origin access control, and refuses plain HTTP', () => {
    const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === logicalId(stack.desk!.bucket))!;
    const statements = policy.Properties.PolicyDocument.Statement as Record<string, any>[];
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId(stack.desk!.bucket), 'Arn'] }, '/*']] },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      },
    ]);
    expect(JSON.stringify(allows[0]!.Condition)).toContain(logicalId(stack.desk!.distribution));
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
  });
});

describe('distribution', () => {
  let config: Record<string, any>;
  beforeAll(() => {
    config = resources[logicalId(stack.desk!.distribution)]!.Properties.DistributionConfig;
  });

  it('serves the page from S3 through OAC over HTTPS (HTTP redirected), with the security headers and the path function', () => {
    const s3Origin = (config.Origins as Record<string, any>[]).find((o) => o.S3OriginConfig !== undefined)!;
    expect(s3Origin.OriginAccessControlId).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Id'] });
    expect(s3Origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(config.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: s3Origin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      ResponseHeadersPolicyId: { Ref: logicalId(stack.desk!.responseHeadersPolicy) },
      FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() }],
    });
    expect(config.DefaultCacheBehavior.FunctionAssociations[0].FunctionARN).toEqual({ 'Fn::GetAtt': [expect.any(String), 'FunctionARN'] });
  });

  it('sends /api/* to the API stage unchanged: HTTPS only, nothing cached, every header but Host and every query string', () => {
    const api = (config.CacheBehaviors as Record<string, any>[]).find((b) => b.PathPattern === `${DESK_API_PREFIX}/*`)!;
    expect(api).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: expect.arrayContaining(['GET', 'HEAD', 'POST']),
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
      ResponseHeadersPolicyId: { Ref: logicalId(stack.desk!.responseHeadersPolicy) },
    });
    const origin = (config.Origins as Record<string, any>[]).find((o) => o.Id === api.TargetOriginId)!;
    expect(JSON.stringify(origin.DomainName)).toContain(logicalId(stack.storyApi.api));
    expect(JSON.stringify(origin.DomainName)).toContain('.execute-api.');
    // `/<stage>`: the page's `/api/stories` reaches the stage as `/v1/api/stories`
    expect(JSON.stringify(origin.OriginPath)).toContain(logicalId(stack.storyApi.api.deploymentStage));
    expect(origin.OriginPath['Fn::Join'][1][0]).toBe('/');
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(config.CacheBehaviors).toHaveLength(1);
  });

  it('logs every request to a bucket of its own, which is private, SSL only and itself logged', () => {
    expect(config.Logging).toEqual({ Bucket: { 'Fn::GetAtt': [logicalId(stack.desk!.logBucket), 'RegionalDomainName'] }, Prefix: 'distribution/' });
    const props = resources[logicalId(stack.desk!.logBucket)]!.Properties;
    expect(props.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(props.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(stack.uploads.accessLogBucket) });
    expect(props.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ ExpirationInDays: 365, Status: 'Enabled' }));
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(stack.desk!.logBucket) },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('sets a strict CSP, HSTS, no framing, no sniffing and no referrer on every answer', () => {
    const { SecurityHeadersConfig: headers, CustomHeadersConfig: custom } = only(template, 'AWS::CloudFront::ResponseHeadersPolicy').props.ResponseHeadersPolicyConfig;
    expect(headers.StrictTransportSecurity).toEqual({ AccessControlMaxAgeSec: 730 * 86_400, IncludeSubdomains: true, Override: true });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'no-referrer', Override: true });
    expect(custom.Items).toContainEqual(expect.objectContaining({ Header: 'Permissions-Policy' }));
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "connect-src 'self' "]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // connect-src: the sign-in domain and the uploads bucket's POST endpoint, nothing else
    expect(csp).toContain(logicalId(stack.deskAuth!.domain));
    expect(csp).toContain(JSON.stringify({ 'Fn::GetAtt': [logicalId(stack.uploads.bucket), 'RegionalDomainName'] }));
  });

  it('does not cache the page past a deploy, and answers without a public bucket', () => {
    const deployment = only(template, 'Custom::CDKBucketDeployment').props;
    expect(deployment).toMatchObject({
      DestinationBucketName: { Ref: logicalId(stack.desk!.bucket) },
      DestinationBucketKeyPrefix: 'desk/',
      DistributionPaths: ['/desk/*'],
      Prune: true,
      RetainOnDelete: false,
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
  });
});

describe('path function', () => {
  const code = (): string => only(template, 'AWS::CloudFront::Function').props.FunctionCode as string;
  const run = (uri: string, querystring: Record<string, unknown> = {}) =>
    runInNewContext(`${code()}; handler(event)`, { event: { request: { uri, querystring, headers: {} } } }) as Record<string, any>;

  it('runs on the cloudfront-js-2.0 runtime', () => {
    expect(only(template, 'AWS::CloudFront::Function').props.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
  });

  it('redirects / and /desk to /desk/, keeping a deep link\'s query string', () => {
    expect(run('/')).toMatchObject({ statusCode: 302, headers: { location: { value: '/desk/' } } });
    expect(run('/desk', { story: { value: 'abc' }, q: { value: 'port%20strike' } })).toMatchObject({
      statusCode: 302,
      headers: { location: { value: '/desk/?story=abc&q=port%20strike' } },
    });
  });

  it('serves a folder\'s index.html and leaves files alone', () => {
    expect(run('/desk/', { q: { value: 'x' } }).uri).toBe('/desk/index.html');
    expect(run('/desk/app.js').uri).toBe('/desk/app.js');
    expect(run('/desk/config.json').uri).toBe('/desk/config.json');
  });
});

describe('sign-in', () => {
  it('lets only administrators create editors, with a strong password policy', () => {
    const pool = only(template, 'AWS::Cognito::UserPool').props;
    expect(pool.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
    expect(pool.Policies.PasswordPolicy).toMatchObject({ MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true });
  });

  it('requires TOTP multi-factor authentication (no SMS) and enforces threat protection on the Plus plan', () => {
    const pool = only(template, 'AWS::Cognito::UserPool').props;
    expect(pool.MfaConfiguration).toBe('ON');
    expect(pool.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(pool.UserPoolTier).toBe('PLUS');
    expect(pool.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
  });

  it('keeps the editors\' accounts when the pool leaves the stack', () => {
    const pool = resources[only(template, 'AWS::Cognito::UserPool').id] as unknown as { DeletionPolicy: string; Properties: Record<string, unknown> };
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it('has a hosted sign-in domain named after the stack and account', () => {
    const domain = only(template, 'AWS::Cognito::UserPoolDomain').props;
    expect(domain.Domain).toEqual({ 'Fn::Join': ['-', ['newswire-desk', { Ref: 'AWS::AccountId' }]] });
  });

  it('gives the page a public client: authorization code only, no secret, back to the desk URL, with the desk scope', () => {
    const client = only(template, 'AWS::Cognito::UserPoolClient').props;
    expect(client.GenerateSecret).toBe(false);
    expect(client.AllowedOAuthFlows).toEqual(['code']);
    expect(client.AllowedOAuthFlowsUserPoolClient).toBe(true);
    expect(client.AllowedOAuthScopes).toEqual(['openid', 'email', { 'Fn::Join': ['', [{ Ref: logicalId(stack.deskAuth!.resourceServer) }, '/desk']] }]);
    expect(client.SupportedIdentityProviders).toEqual(['COGNITO']);
    expect(client.PreventUserExistenceErrors).toBe('ENABLED');
    const callback = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.desk!.distribution), 'DomainName'] }, '/desk/']] };
    expect(client.CallbackURLs).toEqual([callback]);
    expect(client.LogoutURLs).toEqual([callback]);
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', { Identifier: 'newswire', Scopes: [Match.objectLike({ ScopeName: 'desk' })] });
  });
});

describe('API for the desk', () => {
  it('serves the routes under /api/{proxy+} to access tokens of the editors\' pool with the desk scope, and keeps IAM on the others', () => {
    const authorizer = only(template, 'AWS::ApiGateway::Authorizer');
    expect(authorizer.props).toMatchObject({
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [logicalId(stack.deskAuth!.userPool), 'Arn'] }],
    });
    const apiResources = Object.entries(template.findResources('AWS::ApiGateway::Resource'));
    const prefix = apiResources.find(([, r]) => r.Properties.PathPart === DESK_API_PREFIX.slice(1))!;
    const proxy = apiResources.find(([, r]) => r.Properties.PathPart === '{proxy+}' && r.Properties.ParentId.Ref === prefix[0])!;
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties);
    const desk = methods.filter((m) => m.AuthorizationType === 'COGNITO_USER_POOLS');
    expect(desk).toEqual([
      expect.objectContaining({
        HttpMethod: 'ANY',
        ResourceId: { Ref: proxy[0] },
        AuthorizerId: { Ref: authorizer.id },
        AuthorizationScopes: ['newswire/desk'],
        Integration: expect.objectContaining({ Type: 'AWS_PROXY' }),
      }),
    ]);
    expect(JSON.stringify(desk[0]!.Integration.Uri)).toContain(logicalId(stack.storyApi.apiFunction));
    const iam = methods.filter((m) => m.AuthorizationType === 'AWS_IAM');
    expect(iam.map((m) => JSON.stringify(m.ResourceId)).sort()).toEqual(
      [{ 'Fn::GetAtt': [logicalId(stack.storyApi.api), 'RootResourceId'] }, { Ref: apiResources.find(([, r]) => r.Properties.PathPart === '{proxy+}' && r.Properties.ParentId.Ref !== prefix[0])![0] }]
        .map((r) => JSON.stringify(r)).sort(),
    );
  });

  it('logs the editor of each request through the desk, beside the standard fields', () => {
    const stage = only(template, 'AWS::ApiGateway::Stage').props;
    const format = JSON.parse(stage.AccessLogSetting.Format as string) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', caller: '$context.identity.caller', status: '$context.status', editor: '$context.authorizer.claims.username' });
    const off = only(synthWith({ desk: false }).template, 'AWS::ApiGateway::Stage').props;
    expect(JSON.parse(off.AccessLogSetting.Format as string)).not.toHaveProperty('editor');
  });

  it('lets the API function put objects under incoming/ only (presigned uploads), never delete', () => {
    const puts = allowStatements(template, logicalId(stack.storyApi.apiFunction.role!)).filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:Put')));
    expect(puts).toEqual([expect.objectContaining({ Action: 's3:PutObject' })]);
    expect(puts[0]!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId(stack.uploads.bucket), 'Arn'] }, `/${INCOMING_PREFIX}*`]] });
    expect(puts[0]!.Condition).toBeUndefined();
  });

  it('lets pages read the answer to a presigned POST, and allows no other cross-origin method on the uploads bucket', () => {
    expect(resources[logicalId(stack.uploads.bucket)]!.Properties.CorsConfiguration).toEqual({
      CorsRules: [{ AllowedMethods: ['POST'], AllowedOrigins: ['https://*.cloudfront.net'], AllowedHeaders: ['*'], MaxAge: 3600 }],
    });
  });

  it('routes /api/x as /x in the function, and leaves the IAM routes\' events alone', () => {
    const event = (resource: string, path: string) => ({ resource, path, httpMethod: 'GET' }) as APIGatewayProxyEvent;

    expect(withoutDeskPrefix(event('/api/{proxy+}', '/api/stories/abc/versions')).path).toBe('/stories/abc/versions');
    expect(withoutDeskPrefix(event('/api/{proxy+}', '/api/uploads/presigned')).path).toBe('/uploads/presigned');
    const iam = event('/{proxy+}', '/api/stories');
    expect(withoutDeskPrefix(iam)).toBe(iam);
    const root = event('/', '/');
    expect(withoutDeskPrefix(root)).toBe(root);
  });
});

describe('config.json', () => {
  it('tells the page the API base, the sign-in domain, its client, where to return and the scopes, resolved at deploy time', () => {
    const config = stack.resolve(stack.desk!.config) as Record<string, any>;
    expect(config.apiBase).toBe('/api');
    expect(config.auth.clientId).toEqual({ Ref: logicalId(stack.desk!.client) });
    expect(JSON.stringify(config.auth.domain)).toContain(logicalId(stack.deskAuth!.domain));
    expect(JSON.stringify(config.auth.domain)).toContain('amazoncognito.com');
    expect(config.auth.redirectUri).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack.desk!.distribution), 'DomainName'] }, '/desk/']] });
    expect(config.auth.scopes).toEqual(['openid', 'email', 'newswire/desk']);
    // the tokens travel as markers the deployment replaces
    const markers = JSON.stringify(only(template, 'Custom::CDKBucketDeployment').props.SourceMarkers);
    expect(markers).toContain(logicalId(stack.desk!.client));
    expect(markers).toContain(logicalId(stack.desk!.distribution));
  });
});

describe('the page\'s build', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newswire-desk-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('looks for the build where bin/build-desk.mjs writes it', async () => {
    const { DESK_OUT } = (await import(pathToFileURL(repoPath('bin/build-desk.mjs')).href)) as { DESK_OUT: string };

    expect(repoPath(DESK_BUILD_DIR).replace(/\/$/, '')).toBe(DESK_OUT.replace(/\/$/, ''));
  });

  it('deploys a placeholder page when the folder holds no build, and synthesizes all the same', () => {
    const { stack: built } = synthWith({ desk: { site: { pageDirectory: join(dir, 'missing') } } });

    expect(built.desk!.pageBuilt).toBe(false);
    expect(Template.fromStack(built).findResources('Custom::CDKBucketDeployment')).not.toEqual({});
  });

  it('deploys the built folder when it holds index.html', () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>desk</title>');
    const { stack: built, template: t } = synthWith({ desk: { site: { pageDirectory: dir } } });

    expect(built.desk!.pageBuilt).toBe(true);
    expect(only(t, 'Custom::CDKBucketDeployment').props.SourceObjectKeys).toHaveLength(2);
  });
});

describe('desk: false', () => {
  let off: Template;
  beforeAll(() => ({ template: off } = synthWith({ desk: false })));

  it('leaves out CloudFront, Cognito and the /api tree, and the desk outputs', () => {
    for (const type of ['AWS::CloudFront::Distribution', 'AWS::Cognito::UserPool', 'AWS::ApiGateway::Authorizer', 'Custom::CDKBucketDeployment']) off.resourceCountIs(type, 0);
    for (const method of Object.values(off.findResources('AWS::ApiGateway::Method'))) expect(method.Properties.AuthorizationType).toBe('AWS_IAM');
    expect(Object.keys(off.toJSON().Outputs)).not.toEqual(expect.arrayContaining(['DeskUrl']));
    expect(Object.keys(off.toJSON().Outputs).filter((o) => /Desk|UserPool/.test(o))).toEqual([]);
    expect(off.toJSON().Resources).not.toHaveProperty([logicalId(stack.uploads.bucket), 'Properties', 'CorsConfiguration']);
  });

  it('stays clean under both cdk-nag packs', () => {
    expect(nagFindings({ desk: false })).toEqual([]);
  });

  it('is also what `cdk deploy -c desk=false` asks for', () => {
    const fromCli = Template.fromStack(buildApp({ nag: false, context: { ...SKIP_BUNDLING, [DESK_CONTEXT]: 'false' } }).stack);

    fromCli.resourceCountIs('AWS::CloudFront::Distribution', 0);
    fromCli.resourceCountIs('AWS::Cognito::UserPool', 0);
    expect(() => buildApp({ nag: false, context: { ...SKIP_BUNDLING, [DESK_CONTEXT]: 'no' } })).toThrow(/context desk must be true or false/);
  });
});

describe('options', () => {
  it('stays clean under both cdk-nag packs with a web ACL and a country list (their acknowledgements drop out)', () => {
    const webAclId = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/desk/0123abcd';
    expect(nagFindings({ desk: { site: { webAclId, allowedCountries: ['DE', 'FI'] } } })).toEqual([]);
    const { template: t } = synthWith({ desk: { site: { webAclId, allowedCountries: ['DE', 'FI'] } } });
    const config = only(t, 'AWS::CloudFront::Distribution').props.DistributionConfig;
    expect(config.WebACLId).toBe(webAclId);
    expect(config.Restrictions).toEqual({ GeoRestriction: { RestrictionType: 'whitelist', Locations: ['DE', 'FI'] } });
  });

  it('takes a domain prefix and a session length', () => {
    const { template: t } = synthWith({ desk: { auth: { domainPrefix: 'example-newsroom-desk', sessionLength: Duration.hours(8), removalPolicy: RemovalPolicy.DESTROY } } });
    expect(only(t, 'AWS::Cognito::UserPoolDomain').props.Domain).toBe('example-newsroom-desk');
    expect(only(t, 'AWS::Cognito::UserPoolClient').props).toMatchObject({ RefreshTokenValidity: 480, TokenValidityUnits: expect.objectContaining({ RefreshToken: 'minutes' }) });
    t.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete', Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }) });
  });

  it('reports every bad desk prop in one error', () => {
    const s = emptyStack();
    const stories = new StoryTable(s, 'Stories');
    const uploads = new UploadIngest(s, 'Uploads', { stories });
    const storyApi = new StoryApi(s, 'Api', { stories, bucket: uploads.bucket });

    const authError = errorOf(() => new DeskAuth(s, 'BadAuth', { domainPrefix: 'My_AWS_Desk', sessionLength: Duration.minutes(5) }));
    expect(authError).toMatch(/^DeskAuth: invalid props:/);
    for (const prop of ['domainPrefix', 'sessionLength']) expect(authError).toContain(prop);

    const auth = new DeskAuth(s, 'Auth');
    const siteError = errorOf(() => new DeskSite(s, 'BadSite', {
      auth, storyApi, uploadBucket: uploads.bucket, accessLogBucket: uploads.accessLogBucket,
      webAclId: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/1', allowedCountries: ['Germany'], logExpiration: Duration.hours(3),
    }));
    expect(siteError).toMatch(/^DeskSite: invalid props:/);
    for (const prop of ['webAclId', 'allowedCountries', 'logExpiration']) expect(siteError).toContain(prop);
  });

  it('refuses desk: true (the desk is on by default; false turns it off)', () => {
    expect(() => buildApp({ nag: false, context: SKIP_BUNDLING, stack: { desk: true as unknown as false } })).toThrow(/desk must be false or an object/);
  });

  it('adds one page client per sign-in', () => {
    const auth = new DeskAuth(emptyStack(), 'Auth');
    auth.addPageClient('https://example.cloudfront.net/desk/');

    expect(() => auth.addPageClient('https://other.cloudfront.net/desk/')).toThrow(/client exists already/);
  });
});
