import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { INCOMING_PREFIX, MAX_RECEIVES } from '../../lambdas/store/constants.ts';
import { BLOCK_CACHE_ENV } from '../../lambdas/store/block-cache.ts';
import { ENV } from '../../lambdas/store/env.ts';
import { TABLE } from '../../lambdas/store/table.ts';
import type { NewswireStack } from '../../lib/newswire-stack.ts';
import { allowedActions, allowStatements, covers, logicalId, synthNewswire } from './helpers.ts';

let stack: NewswireStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthNewswire());
});

const sslDeny = Match.objectLike({
  Effect: 'Deny',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

describe('uploads bucket', () => {
  it('is versioned, SSE-S3 encrypted, fully blocked from the public, retained and logs access to the log bucket', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack.uploads.accessLogBucket) }, LogFilePrefix: Match.anyValue() },
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('moves noncurrent versions on by lifecycle and never expires current ones', () => {
    const bucket = template.toJSON().Resources[logicalId(stack.uploads.bucket)];
    const rules = bucket.Properties.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules.some((r) => Array.isArray(r.NoncurrentVersionTransitions) && r.Status === 'Enabled')).toBe(true);
    expect(rules.every((r) => r.ExpirationInDays === undefined)).toBe(true);
  });

  it('refuses plain HTTP, on both buckets', () => {
    for (const bucket of [stack.uploads.bucket, stack.uploads.accessLogBucket]) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalId(bucket) },
        PolicyDocument: { Statement: Match.arrayWith([sslDeny]) },
      });
    }
  });

  it('has an encrypted, blocked, retained log bucket', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LoggingConfiguration: Match.absent(),
      }),
      DeletionPolicy: 'Retain',
    });
    // the uploads bucket and its log bucket; the desk's page bucket and its distribution's log bucket
    template.resourceCountIs('AWS::S3::Bucket', 4);
  });

  it('notifies the ingest queue of objects created under incoming/ only', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalId(stack.uploads.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: INCOMING_PREFIX }] } },
            QueueArn: { 'Fn::GetAtt': [logicalId(stack.uploads.queue), 'Arn'] },
          },
        ],
      },
    });
  });
});

describe('ingest queue and dead-letter queue', () => {
  it('hands a message to the dead-letter queue after MAX_RECEIVES (5) receives', () => {
    expect(MAX_RECEIVES).toBe(5);
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack.uploads.deadLetterQueue), 'Arn'] }, maxReceiveCount: 5 },
    });
  });

  it('encrypts both queues and refuses plain HTTP on both', () => {
    for (const queue of [stack.uploads.queue, stack.uploads.deadLetterQueue]) {
      const props = template.toJSON().Resources[logicalId(queue)].Properties;
      expect(props.SqsManagedSseEnabled).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: logicalId(queue) }],
        PolicyDocument: { Statement: Match.arrayWith([sslDeny]) },
      });
    }
  });

  it('keeps dead letters longer than the ingest queue keeps messages', () => {
    const resources = template.toJSON().Resources;
    const queue = resources[logicalId(stack.uploads.queue)].Properties;
    const dlq = resources[logicalId(stack.uploads.deadLetterQueue)].Properties;
    expect(dlq.MessageRetentionPeriod).toBeGreaterThan(queue.MessageRetentionPeriod);
  });

  it('lets only the uploads bucket send to the ingest queue', () => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalId(stack.uploads.queue) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack.uploads.bucket), 'Arn'] } } },
          }),
        ]),
      },
    });
  });

  it('has a visibility timeout of at least six times the ingest timeout plus the batching window', () => {
    const resources = template.toJSON().Resources;
    const queue = resources[logicalId(stack.uploads.queue)].Properties;
    const fn = resources[logicalId(stack.uploads.ingestFunction)].Properties;
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * fn.Timeout + (mapping.MaximumBatchingWindowInSeconds ?? 0));
  });

  it('raises an alarm as soon as the dead-letter queue holds a message', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stack.uploads.deadLetterQueue), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 1,
    });
  });
});

describe('functions', () => {
  it('runs both functions on arm64 with Node.js 22 or 24, explicit memory and timeout, JSON logs, tracing', () => {
    for (const fn of [stack.uploads.ingestFunction, stack.storyApi.apiFunction]) {
      const props = template.toJSON().Resources[logicalId(fn)].Properties;
      expect(props.Architectures).toEqual(['arm64']);
      expect(['nodejs22.x', 'nodejs24.x']).toContain(props.Runtime);
      expect(props.MemorySize).toBeGreaterThanOrEqual(128);
      expect(props.Timeout).toBeGreaterThan(0);
      expect(props.Handler).toBe('index.handler');
      expect(props.LoggingConfig).toMatchObject({ LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } });
      expect(props.TracingConfig).toEqual({ Mode: 'Active' });
      const names = fn === stack.storyApi.apiFunction ? [ENV.bucketName, ENV.tableName, ENV.cursorSecret, BLOCK_CACHE_ENV] : [ENV.bucketName, ENV.tableName];
      expect(Object.keys(props.Environment.Variables).sort()).toEqual(names.sort());
      expect(props.Environment.Variables[ENV.tableName]).toEqual({ Ref: logicalId(stack.stories.table) });
      expect(props.Environment.Variables[ENV.bucketName]).toEqual({ Ref: logicalId(stack.uploads.bucket) });
    }
  });

  it('bounds the API\'s posting-block cache by the memory the function is given', () => {
    const props = template.toJSON().Resources[logicalId(stack.storyApi.apiFunction)].Properties;
    expect(props.Environment.Variables[BLOCK_CACHE_ENV]).toBe(String(Math.floor((props.MemorySize / 1024) * 1_000_000)));
  });

  it('gives the API the ARN of its cursor-signing secret, never the secret, and lets it read that secret only', () => {
    const props = template.toJSON().Resources[logicalId(stack.storyApi.apiFunction)].Properties;
    expect(props.Environment.Variables[ENV.cursorSecret]).toEqual({ Ref: logicalId(stack.storyApi.cursorSecret) });
    const reads = allowStatements(template, logicalId(stack.storyApi.apiFunction.role!))
      .filter((st) => [st.Action].flat().some((a) => a.startsWith('secretsmanager:')));
    expect(reads.map((st) => st.Resource)).toEqual([{ Ref: logicalId(stack.storyApi.cursorSecret) }]);
    expect(allowStatements(template, logicalId(stack.uploads.ingestFunction.role!)).some((st) => [st.Action].flat().some((a) => a.startsWith('secretsmanager:')))).toBe(false);
  });

  it('gives every function log group a retention', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const group of groups) expect(group.Properties.RetentionInDays).toEqual(expect.any(Number));
  });

  it('attaches no AWS-managed policy to the function roles', () => {
    for (const fn of [stack.uploads.ingestFunction, stack.storyApi.apiFunction]) {
      const role = template.toJSON().Resources[logicalId(fn.role!)];
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('maps the queue in batches of 10 with a short window, partial batch failures and capped concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.uploads.queue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.uploads.ingestFunction) },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: Match.anyValue(),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: Match.anyValue() },
    });
    const mapping = Object.values(template.findResources('AWS::Lambda::EventSourceMapping'))[0]!.Properties;
    expect(mapping.MaximumBatchingWindowInSeconds).toBeLessThanOrEqual(5);
  });
});

describe('least privilege', () => {
  it('lets the API function only read, but for the feed\'s void places and presigned uploads: no other DynamoDB writes, no S3 deletes', () => {
    const statements = allowStatements(template, logicalId(stack.storyApi.apiFunction.role!));
    const puts = statements.filter((s) => JSON.stringify(s.Action).includes('dynamodb:PutItem'));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.Action).toBe('dynamodb:PutItem');
    expect(puts[0]!.Condition).toEqual({ 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['FEED'] } });
    const actions = allowedActions(template, logicalId(stack.storyApi.apiFunction.role!));
    for (const forbidden of [
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:Scan',
      's3:DeleteObject',
      's3:ListBucket',
      'sqs:SendMessage',
    ]) {
      expect(covers(actions, forbidden), forbidden).toBe(false);
    }
    for (const needed of ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem', 's3:GetObject']) expect(covers(actions, needed), needed).toBe(true);
  });

  it('lets the API function read objects under records/ and put objects under incoming/ (presigned uploads), nothing else', () => {
    const s3 = allowStatements(template, logicalId(stack.storyApi.apiFunction.role!)).filter((s) => JSON.stringify(s.Action).includes('s3:'));
    expect(s3.map((s) => [s.Action, JSON.stringify(s.Resource)]).sort()).toEqual([
      ['s3:GetObject', expect.stringContaining('"/records/*"')],
      ['s3:PutObject', expect.stringContaining(`"/${INCOMING_PREFIX}*"`)],
    ]);
    expect(JSON.stringify(s3.map((s) => s.Resource))).toContain(logicalId(stack.uploads.bucket));
  });

  it('never lets the ingest function delete objects, and reads only incoming/ and writes only records/ and rejected/', () => {
    const statements = allowStatements(template, logicalId(stack.uploads.ingestFunction.role!));
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(covers(actions, 's3:DeleteObject')).toBe(false);
    expect(covers(actions, 's3:DeleteObjectVersion')).toBe(false);
    expect(covers(actions, 'dynamodb:Scan')).toBe(false);
    const resourcesOf = (action: string) =>
      JSON.stringify(statements.filter((s) => covers(Array.isArray(s.Action) ? s.Action : [s.Action], action)).map((s) => s.Resource));
    expect(resourcesOf('s3:GetObject')).toContain('"/incoming/*"');
    expect(resourcesOf('s3:GetObject')).not.toMatch(/records|rejected/);
    expect(resourcesOf('s3:PutObject')).toContain('"/records/*"');
    expect(resourcesOf('s3:PutObject')).toContain('"/rejected/*"');
    expect(resourcesOf('s3:PutObject')).not.toContain('incoming');
  });

  it('names each index in DynamoDB grants instead of index/*', () => {
    for (const fn of [stack.uploads.ingestFunction, stack.storyApi.apiFunction]) {
      const resources = JSON.stringify(allowStatements(template, logicalId(fn.role!)).map((s) => s.Resource));
      expect(resources).not.toContain('/index/*');
      for (const index of TABLE.indexes) expect(resources).toContain(`"/index/${index.indexName}"`);
    }
  });

  it('keeps the only Resource "*" grants to the X-Ray actions', () => {
    for (const fn of [stack.uploads.ingestFunction, stack.storyApi.apiFunction]) {
      const star = allowStatements(template, logicalId(fn.role!)).filter((s) => s.Resource === '*');
      expect(star.flatMap((s) => s.Action).sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });
});

describe('API', () => {
  it('requires IAM authorization on every method but OPTIONS and the desk\'s, the root and proxy ANY included', () => {
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties);
    expect(methods.map((m) => m.HttpMethod)).toEqual(expect.arrayContaining(['ANY']));
    expect(methods.length).toBeGreaterThanOrEqual(2);
    const desk = methods.filter((m) => m.AuthorizerId !== undefined);
    expect(desk).toHaveLength(1);
    for (const method of methods.filter((m) => m.HttpMethod !== 'OPTIONS' && !desk.includes(m))) expect(method.AuthorizationType).toBe('AWS_IAM');
    // the root method sits on the API's root resource, the other on {proxy+}
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'ANY',
      ResourceId: { 'Fn::GetAtt': [logicalId(stack.storyApi.api), 'RootResourceId'] },
      AuthorizationType: 'AWS_IAM',
    });
    template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' });
  });

  it('proxies every method to the API function and validates requests', () => {
    const validator = logicalId(stack.storyApi.requestValidator);
    for (const method of Object.values(template.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties)) {
      expect(method.Integration.Type).toBe('AWS_PROXY');
      expect(JSON.stringify(method.Integration.Uri)).toContain(logicalId(stack.storyApi.apiFunction));
      expect(method.RequestValidatorId).toEqual({ Ref: validator });
    }
    template.hasResourceProperties('AWS::ApiGateway::RequestValidator', { ValidateRequestBody: true, ValidateRequestParameters: true });
  });

  it('is regional', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
  });

  it('throttles the stage, writes JSON access logs, logs errors and traces', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      TracingEnabled: true,
      MethodSettings: [
        Match.objectLike({ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100, LoggingLevel: 'ERROR', DataTraceEnabled: false }),
      ],
      AccessLogSetting: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('^\\{.*"requestId":"\\$context.requestId".*"status":"\\$context.status".*\\}$'),
      },
    });
    const stage = Object.values(template.findResources('AWS::ApiGateway::Stage'))[0]!.Properties;
    expect(() => JSON.parse(stage.AccessLogSetting.Format as string)).not.toThrow();
    expect(JSON.stringify(stage.AccessLogSetting.DestinationArn)).toContain(logicalId(stack.storyApi.accessLogGroup));
  });

  it('keeps the access logs for a year', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
    const group = template.toJSON().Resources[logicalId(stack.storyApi.accessLogGroup)];
    expect(group.Properties.RetentionInDays).toBe(365);
  });

  it('sets the account CloudWatch role that execution logs need, and keeps it', () => {
    template.hasResource('AWS::ApiGateway::Account', { DeletionPolicy: 'Retain' });
  });
});

describe('story table', () => {
  it('is on-demand with point-in-time recovery, deletion protection, and retained', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: true, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('has the keys and global secondary indexes of TABLE, all string keys, projection ALL', () => {
    const props = template.toJSON().Resources[logicalId(stack.stories.table)].Properties;
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(props.GlobalSecondaryIndexes).toEqual(
      TABLE.indexes.map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: i.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const names = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])].map((k) => k.name);
    expect(props.AttributeDefinitions).toEqual(expect.arrayContaining(names.map((n) => ({ AttributeName: n, AttributeType: 'S' }))));
    expect(props.AttributeDefinitions).toHaveLength(names.length);
  });

  it('streams new images (the feed\'s publisher reads them) and expires items by `expiresAt`', () => {
    const props = template.toJSON().Resources[logicalId(stack.stories.table)].Properties;
    expect(props.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(props.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });
});

describe('feed', () => {
  it('has a bus of its own, which only the publisher may put events on', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    const puts = allowStatements(template, logicalId(stack.feed.publisher.role!)).filter((s) => JSON.stringify(s.Action).includes('events:'));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.Action).toBe('events:PutEvents');
    expect(puts[0]!.Resource).toEqual({ 'Fn::GetAtt': [logicalId(stack.feed.bus), 'Arn'] });
    for (const role of [stack.uploads.ingestFunction.role!, stack.storyApi.apiFunction.role!, stack.feed.embargoClock.role!]) {
      expect(covers(allowedActions(template, logicalId(role)), 'events:PutEvents')).toBe(false);
    }
  });

  it('carries the change log from the table\'s stream to the publisher: change items only, in order, failures kept', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(stack.feed.publisher) },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.stories.table), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack.feed.deadLetterQueue), 'Arn'] } } },
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { pk: { S: ['FEED'] }, kind: { S: [{ exists: true }] } } } }) }] },
    });
  });

  it('runs the embargo clock every minute, which writes only the feed\'s partitions', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 minute)', Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(stack.feed.embargoClock), 'Arn'] } })] });
    const writes = allowStatements(template, logicalId(stack.feed.embargoClock.role!)).filter((s) => /PutItem|UpdateItem|DeleteItem/.test(JSON.stringify(s.Action)));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['FEED', 'EMBARGO', 'FK#*'] } });
  });

  it('builds the posting blocks of common terms every five minutes, writing only counters and blocks', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)', Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(stack.searchBlocks.builder), 'Arn'] } })] });
    const writes = allowStatements(template, logicalId(stack.searchBlocks.builder.role!)).filter((s) => /PutItem|UpdateItem|DeleteItem|BatchWriteItem/.test(JSON.stringify(s.Action)));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['D#*', 'B#*'] } });
  });
});

describe('outputs', () => {
  it('names the bucket, API URL, table, queue, dead-letter queue, event bus, dashboard, and the desk\'s URL, user pool and client', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(Object.keys(outputs).sort()).toEqual([
      'ApiUrl', 'DashboardName', 'DeadLetterQueueUrl', 'DeskUrl', 'EventBusName', 'IngestQueueUrl', 'TableName', 'UploadBucketName', 'UserPoolClientId', 'UserPoolId',
    ]);
    expect(outputs.EventBusName!.Value).toEqual({ Ref: logicalId(stack.feed.bus) });
    expect(outputs.UploadBucketName!.Value).toEqual({ Ref: logicalId(stack.uploads.bucket) });
    expect(outputs.TableName!.Value).toEqual({ Ref: logicalId(stack.stories.table) });
    expect(outputs.IngestQueueUrl!.Value).toEqual({ Ref: logicalId(stack.uploads.queue) });
    expect(outputs.DeadLetterQueueUrl!.Value).toEqual({ Ref: logicalId(stack.uploads.deadLetterQueue) });
    expect(JSON.stringify(outputs.ApiUrl!.Value)).toContain('.execute-api.');
  });

  it('is the stack named Newswire', () => {
    expect(stack.stackName).toBe('Newswire');
  });
});
