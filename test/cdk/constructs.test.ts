import { type CfnElement, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { describe, expect, it } from 'vitest';
import { TABLE, type TableDef } from '../../lambdas/store/table.ts';
import { StoryApi } from '../../lib/story-api.ts';
import { StoryTable } from '../../lib/story-table.ts';
import { UploadIngest } from '../../lib/upload-ingest.ts';
import { emptyStack } from './helpers.ts';

/** The message of the error `build` throws. */
function errorOf(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the construct to throw');
}

describe('UploadIngest', () => {
  it('reports every bad prop in one error', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');

    const message = errorOf(
      () =>
        new UploadIngest(stack, 'Uploads', {
          stories,
          batchSize: 11,
          maxConcurrency: 1,
          ingestTimeout: Duration.minutes(16),
          ingestMemorySize: 64,
          maxBatchingWindow: Duration.minutes(6),
          noncurrentVersionTransition: Duration.hours(36),
          accessLogExpiration: Duration.hours(12),
        }),
    );

    expect(message).toMatch(/^UploadIngest: invalid props:/);
    for (const prop of ['batchSize', 'maxConcurrency', 'ingestTimeout', 'ingestMemorySize', 'maxBatchingWindow', 'noncurrentVersionTransition', 'accessLogExpiration']) {
      expect(message).toContain(prop);
    }
  });

  it('rejects a fractional timeout', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');

    expect(() => new UploadIngest(stack, 'Uploads', { stories, ingestTimeout: Duration.millis(1500) })).toThrow(/ingestTimeout must be whole seconds/);
  });

  it('derives the visibility timeout from the ingest timeout and batching window', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');

    new UploadIngest(stack, 'Uploads', { stories, ingestTimeout: Duration.seconds(20), maxBatchingWindow: Duration.seconds(2), batchSize: 5, maxConcurrency: 3 });

    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 6 * 20 + 2 });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: 2,
      ScalingConfig: { MaximumConcurrency: 3 },
    });
  });

  it('sends the dead-letter alarm to the given actions', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');
    const topic = new Topic(stack, 'OnCall');

    new UploadIngest(stack, 'Uploads', { stories, deadLetterAlarmActions: [new SnsAction(topic)] });

    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      AlarmActions: [{ Ref: stack.getLogicalId(topic.node.defaultChild as CfnElement) }],
    });
  });

  it('passes a removal policy to both buckets', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');

    new UploadIngest(stack, 'Uploads', { stories, removalPolicy: RemovalPolicy.DESTROY });

    const buckets = Object.values(Template.fromStack(stack).findResources('AWS::S3::Bucket'));
    expect(buckets.map((b) => b.DeletionPolicy)).toEqual(['Delete', 'Delete']);
  });
});

describe('StoryApi', () => {
  const setup = () => {
    const stack = emptyStack();
    return { stack, stories: new StoryTable(stack, 'Stories'), bucket: new Bucket(stack, 'Bucket') };
  };

  it('reports every bad prop in one error', () => {
    const { stack, stories, bucket } = setup();

    const message = errorOf(
      () =>
        new StoryApi(stack, 'Api', {
          stories,
          bucket,
          apiTimeout: Duration.seconds(30),
          throttlingRateLimit: 0,
          throttlingBurstLimit: -1,
          stageName: 'not a stage',
          webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/y',
          apiMemorySize: 20_000,
        }),
    );

    expect(message).toMatch(/^StoryApi: invalid props:/);
    for (const prop of ['apiTimeout', 'throttlingRateLimit', 'throttlingBurstLimit', 'stageName', 'webAclArn', 'apiMemorySize']) {
      expect(message).toContain(prop);
    }
  });

  it('associates a given web ACL with the stage', () => {
    const { stack, stories, bucket } = setup();
    const webAclArn = 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/newswire/0123';

    new StoryApi(stack, 'Api', { stories, bucket, webAclArn });

    Template.fromStack(stack).hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      WebACLArn: webAclArn,
      ResourceArn: Match.anyValue(),
    });
  });

  it('leaves the account CloudWatch role out when asked', () => {
    const { stack, stories, bucket } = setup();

    new StoryApi(stack, 'Api', { stories, bucket, cloudWatchRole: false, throttlingRateLimit: 5, throttlingBurstLimit: 10, stageName: 'prod' });

    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::ApiGateway::Account', 0);
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      MethodSettings: [Match.objectLike({ ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 })],
    });
  });
});

describe('StoryTable', () => {
  it('reports every problem of a table definition in one error', () => {
    const stack = emptyStack();
    const definition = {
      ...TABLE,
      partitionKey: { name: 'pk', type: 'N' },
      indexes: [TABLE.indexes[0], TABLE.indexes[0], { ...TABLE.indexes[0], indexName: 'x' }],
    } as unknown as TableDef;

    const message = errorOf(() => new StoryTable(stack, 'Stories', { definition }));

    expect(message).toMatch(/^StoryTable: invalid props:/);
    expect(message).toContain("key attribute pk must be a string ('S')");
    expect(message).toContain('index names must be unique');
    expect(message).toContain("index name 'x'");
  });

  it('streams new images when asked', () => {
    const stack = emptyStack();

    new StoryTable(stack, 'Stories', { stream: true });

    Template.fromStack(stack).hasResourceProperties('AWS::DynamoDB::GlobalTable', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
  });

  it('names each index ARN for grants', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');

    const arns = stories.indexArns().map((arn) => stack.resolve(arn));

    expect(JSON.stringify(arns)).toContain('/index/gsi1');
    expect(arns).toHaveLength(TABLE.indexes.length);
  });
});
