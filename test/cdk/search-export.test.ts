import { Bucket, BucketEncryption, BlockPublicAccess } from 'aws-cdk-lib/aws-s3';
import { Template } from 'aws-cdk-lib/assertions';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { SecurityGroup, SubnetType, Vpc } from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { SearchExport, type SearchExportTarget } from '../../lib/search-export.ts';
import { StoryTable } from '../../lib/story-table.ts';
import { buildApp, cdkJsonContext } from '../../lib/app.ts';
import { REPO_ROOT } from '../../lib/functions.ts';
import { allowStatements, allowedActions, covers, emptyStack, logicalId, SKIP_BUNDLING, synthNewswire } from './helpers.ts';

const ENDPOINT = 'https://search-news-abcdefghijklmnopqrstuvwxyz.eu-west-1.es.amazonaws.com';

function exportStack(target: SearchExportTarget = { endpoint: ENDPOINT }, extra: { batchSize?: number } = {}): { stack: Stack; exporter: SearchExport; stories: StoryTable; bucket: Bucket } {
  const stack = emptyStack();
  const stories = new StoryTable(stack, 'Stories');
  const bucket = new Bucket(stack, 'Uploads', { encryption: BucketEncryption.S3_MANAGED, enforceSSL: true, blockPublicAccess: BlockPublicAccess.BLOCK_ALL });
  const exporter = new SearchExport(stack, 'SearchExport', { ...target, ...extra, stories, bucket });
  return { stack, exporter, stories, bucket };
}

describe('Construct: SearchExport', { timeout: 120_000 }, () => {
  it('consumes the table stream with a filter on the change log\'s story changes, in order, failures kept', () => {
    // Prepare
    const { stack, exporter, stories } = exportStack();

    // Act
    const template = Template.fromStack(stack);

    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(exporter.exportFunction) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stories.table), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10000,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(exporter.deadLetterQueue), 'Arn'] } } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { pk: { S: ['FEED'] }, kind: { S: ['stored', 'version', 'correction', 'kill', 'embargo-ended'] } } } }) }] },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Newswire search export: story changes from the table stream to OpenSearch _bulk',
      Environment: { Variables: {
        NEWSWIRE_SEARCH_ENDPOINT: ENDPOINT, NEWSWIRE_SEARCH_INDEX: 'newswire-stories', NEWSWIRE_SEARCH_REGION: 'eu-west-1',
        NEWSWIRE_SEARCH_DEAD_LETTERS: { Ref: logicalId(exporter.deadLetterQueue) },
        NEWSWIRE_TABLE: { Ref: logicalId(stories.table) },
      } },
    });
  });

  it('may POST to the one index\'s _bulk of the domain, and nothing else of it', () => {
    // Prepare
    const { stack, exporter } = exportStack({ endpoint: ENDPOINT, index: 'stories-v2' });

    // Act
    const template = Template.fromStack(stack);
    const statements = allowStatements(template, logicalId(exporter.role)).filter((s) => JSON.stringify(s.Action).includes('es:'));

    // Assess
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Action).toBe('es:ESHttpPost');
    expect(statements[0]!.Resource).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':es:eu-west-1:', { Ref: 'AWS::AccountId' }, ':domain/news/stories-v2/_bulk']],
    });
  });

  it('scopes the domain to the ARN it is given', () => {
    // Prepare
    const { stack, exporter } = exportStack({ endpoint: 'https://search.newsroom.example', domainArn: 'arn:aws:es:eu-central-1:123456789012:domain/wires' });

    // Act
    const template = Template.fromStack(stack);

    // Assess
    const es = allowStatements(template, logicalId(exporter.role)).find((s) => s.Action === 'es:ESHttpPost');
    expect(es!.Resource).toBe('arn:aws:es:eu-central-1:123456789012:domain/wires/newswire-stories/_bulk');
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { NEWSWIRE_SEARCH_REGION: 'eu-central-1', NEWSWIRE_SEARCH_ENDPOINT: 'https://search.newsroom.example' } } });
  });

  it('reads only story items, records under records/, and writes nothing but its dead letters', () => {
    // Prepare
    const { stack, exporter, stories } = exportStack();

    // Act
    const template = Template.fromStack(stack);
    const statements = allowStatements(template, logicalId(exporter.role));
    const actions = allowedActions(template, logicalId(exporter.role));

    // Assess
    const reads = statements.find((s) => s.Action === 'dynamodb:GetItem');
    expect(reads!.Resource).toEqual({ 'Fn::GetAtt': [logicalId(stories.table), 'Arn'] });
    expect(reads!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['S#*'] } });
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Scan', 'dynamodb:Query', 's3:PutObject', 's3:ListBucket', 'es:ESHttpDelete', 'es:ESHttpPut', 'es:ESHttpGet']) {
      expect(covers(actions, action), action).toBe(false);
    }
    expect(covers(actions, 'sqs:SendMessage')).toBe(true);
    expect(JSON.stringify(statements.find((s) => s.Action === 's3:GetObject')!.Resource)).toContain('/records/*');
  });

  it('passes cdk-nag\'s AwsSolutions and Serverless packs, every exception acknowledged with a reason', () => {
    // Prepare
    const { stack } = exportStack();

    // Act
    const findings = [new AwsSolutionsChecks(stack), new ServerlessChecks(stack)]
      .flatMap((pack) => pack.validateScope(stack).violations)
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath ?? r.resourceLogicalId}`))
      .filter((finding) => finding.includes('/SearchExport/'));

    // Assess
    expect(findings).toEqual([]);
  });

  it('alarms on dead letters and on the export falling a quarter of an hour behind the table', () => {
    // Prepare
    const { stack, exporter } = exportStack();

    // Act
    const template = Template.fromStack(stack);

    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(exporter.deadLetterQueue), 'QueueName'] } }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge', Namespace: 'AWS/Lambda', Threshold: 900_000, Statistic: 'Maximum',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(exporter.exportFunction) } }],
    });
  });

  it('runs in the VPC of a VPC domain, in its private subnets, with the network interface actions in a policy of their own', () => {
    // Prepare
    const stack = emptyStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'private', subnetType: SubnetType.PRIVATE_ISOLATED }] });
    const exporter = new SearchExport(stack, 'SearchExport', {
      endpoint: 'https://vpc-news-abcdefghijklmnopqrstuvwxyz.eu-west-1.es.amazonaws.com', vpc, stories: new StoryTable(stack, 'Stories'), bucket: new Bucket(stack, 'Uploads'),
    });

    // Act
    const template = Template.fromStack(stack);
    const findings = [new AwsSolutionsChecks(stack), new ServerlessChecks(stack)]
      .flatMap((pack) => pack.validateScope(stack).violations)
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath ?? r.resourceLogicalId}`))
      .filter((finding) => finding.includes('/SearchExport/'));

    // Assess
    const fn = template.toJSON().Resources[logicalId(exporter.exportFunction)].Properties as { VpcConfig: { SubnetIds: unknown[]; SecurityGroupIds: unknown[] } };
    expect(fn.VpcConfig.SubnetIds).toEqual(vpc.isolatedSubnets.map((subnet) => ({ Ref: logicalId(subnet as never) })));
    expect(fn.VpcConfig.SecurityGroupIds).toHaveLength(1);
    const eni = allowStatements(template, logicalId(exporter.role)).find((s) => JSON.stringify(s.Action).includes('ec2:CreateNetworkInterface'));
    expect(eni!.Resource).toBe('*');
    expect(findings).toEqual([]);
  }, 120_000);

  it('refuses a VPC domain without its VPC, and security groups without a VPC', () => {
    expect(() => exportStack({ endpoint: 'https://vpc-news-abcdefghijklmnopqrstuvwxyz.eu-west-1.es.amazonaws.com' })).toThrow(/is a VPC domain's: give vpc/);
    const stack = emptyStack();
    const vpc = new Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
    expect(() => new SearchExport(stack, 'SearchExport', { endpoint: ENDPOINT, securityGroups: [new SecurityGroup(stack, 'Sg', { vpc })], stories: new StoryTable(stack, 'Stories'), bucket: new Bucket(stack, 'Uploads') }))
      .toThrow(/vpcSubnets and securityGroups need vpc/);
  });

  it('refuses a target it cannot scope or reach, naming every problem', () => {
    expect(() => exportStack({ endpoint: 'http://search.newsroom.example/x', index: 'Bad*' }, { batchSize: 0 })).toThrow(
      /SearchExport: invalid props:\n {2}- batchSize must be a whole number from 1 to 1000, got 0\n {2}- endpoint must use https.*\n {2}- endpoint must be the domain's origin alone.*\n {2}- index must be.*\n {2}- endpoint search\.newsroom\.example is not a domain endpoint.*give domainArn/,
    );
  });
});

describe('Construct: SearchExport, bundled', { timeout: 120_000 }, () => {
  it('bundles its handler at synthesis with the local esbuild, no Docker', () => {
    // Prepare: bundling on (no SKIP_BUNDLING), in a folder of the repository, as cdk synth does
    mkdirSync(join(REPO_ROOT, '.newswire'), { recursive: true });
    const outdir = mkdtempSync(join(REPO_ROOT, '.newswire', 'cdk-test-export-'));
    try {
      const app = new App({ outdir, context: { ...cdkJsonContext(), 'aws:cdk:enable-asset-metadata': true } });
      const stack = new Stack(app, 'Bundled');
      const exporter = new SearchExport(stack, 'SearchExport', { endpoint: ENDPOINT, stories: new StoryTable(stack, 'Stories'), bucket: new Bucket(stack, 'Uploads') });

      // Act
      const assembly = app.synth();

      // Assess
      const resource = (assembly.getStackByName('Bundled').template as { Resources: Record<string, { Metadata?: Record<string, string> }> }).Resources[logicalId(exporter.exportFunction)]!;
      const entry = join(assembly.directory, resource.Metadata!['aws:asset:path']!, 'index.mjs');
      expect(existsSync(entry)).toBe(true);
      expect(readFileSync(entry, 'utf8')).toContain('_bulk');
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('Stack: Newswire without searchExport', { timeout: 120_000 }, () => {
  it('has no export: no function, no second stream consumer, no grant on any search domain', () => {
    // Act
    const { template } = synthNewswire();

    // Assess
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as { Properties: { Description?: string } }[];
    expect(functions.filter((fn) => fn.Properties.Description?.includes('search export'))).toEqual([]);
    expect(JSON.stringify(template.toJSON())).not.toMatch(/"es:ESHttp|NEWSWIRE_SEARCH_/);
    expect(Object.values(template.findResources('AWS::Lambda::EventSourceMapping')).filter((m) => JSON.stringify(m).includes('StreamArn'))).toHaveLength(1);
  });
});

describe('Stack: Newswire with searchExport', { timeout: 120_000 }, () => {
  it('adds the export on the stack\'s table and bucket, with its role and dead-letter queue as outputs', () => {
    // Act
    const { stack } = buildApp({ nag: false, context: SKIP_BUNDLING, stack: { searchExport: { endpoint: ENDPOINT, index: 'wires' } } });
    const template = Template.fromStack(stack);

    // Assess
    const exporter = stack.searchExport!;
    expect(exporter.index).toBe('wires');
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.SearchExportRoleArn!.Value).toEqual({ 'Fn::GetAtt': [logicalId(exporter.role), 'Arn'] });
    expect(outputs.SearchExportDeadLetterQueueUrl!.Value).toEqual({ Ref: logicalId(exporter.deadLetterQueue) });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(exporter.exportFunction) }, EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.stories.table), 'StreamArn'] },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { NEWSWIRE_TABLE: { Ref: logicalId(stack.stories.table) }, NEWSWIRE_BUCKET: { Ref: logicalId(stack.uploads.bucket) }, NEWSWIRE_SEARCH_INDEX: 'wires' } },
    });
  });

  it('turns on from the CDK context (cdk deploy -c searchExportEndpoint=…)', () => {
    // Act
    const { stack } = buildApp({ nag: false, context: { ...SKIP_BUNDLING, searchExportEndpoint: ENDPOINT, searchExportIndex: 'from-context' } });
    const { stack: off } = buildApp({ nag: false, context: { ...SKIP_BUNDLING, searchExportEndpoint: '' } });

    // Assess
    expect(stack.searchExport?.index).toBe('from-context');
    expect(off.searchExport).toBeUndefined();
  });

  it('passes cdk-nag with the export on, nothing unacknowledged', () => {
    // Prepare
    const { app } = buildApp({ nag: false, context: SKIP_BUNDLING, stack: { searchExport: { endpoint: ENDPOINT } } });

    // Act
    const findings = [new AwsSolutionsChecks(app), new ServerlessChecks(app)]
      .flatMap((pack) => pack.validateScope(app).violations)
      .flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath ?? r.resourceLogicalId}`));

    // Assess
    expect(findings).toEqual([]);
  });

  it('refuses a searchExport that is not an object with an endpoint, and one its construct cannot use', () => {
    expect(() => buildApp({ nag: false, context: SKIP_BUNDLING, stack: { searchExport: 'https://x' as never } })).toThrow(/searchExport must be an object with the domain's endpoint/);
    expect(() => buildApp({ nag: false, context: SKIP_BUNDLING, stack: { searchExport: { endpoint: 'https://search.newsroom.example' } } })).toThrow(/SearchExport: invalid props:\n.*give domainArn/);
  });
});
