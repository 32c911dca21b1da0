import { type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/store/env.ts';
import { INCOMING_PREFIX, MAX_RECEIVES, RECORDS_PREFIX, REJECTED_PREFIX } from '../lambdas/store/constants.ts';
import { terminalDeadLetterQueue } from './dead-letters.ts';
import { HANDLER_ENTRIES, newswireFunction } from './functions.ts';
import { PropsCheck } from './props-check.ts';
import type { StoryTable } from './story-table.ts';

export interface UploadIngestProps {
  /** The story table the ingest function writes to. */
  readonly stories: StoryTable;
  /**
   * Timeout of one ingest invocation (one batch of up to `batchSize` uploads). The queue's
   * visibility timeout is derived from it.
   * @default one minute
   */
  readonly ingestTimeout?: Duration;
  /**
   * Memory of the ingest function, in MB; parsing is CPU-bound and Lambda's CPU share grows with it.
   * @default 1024 MB
   */
  readonly ingestMemorySize?: number;
  /**
   * Messages per ingest invocation, 1 to 10.
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * How long Lambda gathers messages before invoking with a batch that is not full, 0 to 300 s.
   * @default one second
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Most concurrent ingest invocations the queue mapping starts, 2 to 1000. This, not reserved
   * concurrency, caps pressure on the table: throttled SQS batches would burn receive counts and
   * end in the dead-letter queue (research/serverless-anchors.md §2).
   * @default 5
   */
  readonly maxConcurrency?: number;
  /**
   * After how long noncurrent versions of an upload move to S3 Glacier Flexible Retrieval. S3
   * transitions only objects of 128 KB and more by default, so small wire files stay where they are.
   * @default 90 days
   */
  readonly noncurrentVersionTransition?: Duration;
  /**
   * How long the server access logs are kept.
   * @default 365 days
   */
  readonly accessLogExpiration?: Duration;
  /**
   * Retention of the ingest function's log events.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
  /**
   * What to do when the dead-letter alarm fires, e.g. an `SnsAction` to the on-call topic.
   * @default no action: the alarm shows in the CloudWatch console only
   */
  readonly deadLetterAlarmActions?: readonly IAlarmAction[];
  /**
   * What CloudFormation does with the two buckets when they leave the stack.
   * @default retained: the uploads are the source of every record
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The way in: the private uploads bucket, its server access log bucket, the ingest queue fed by
 * ObjectCreated notifications under `incoming/`, the dead-letter queue and its alarm, and the ingest
 * function consuming the queue with partial batch responses.
 */
export class UploadIngest extends Construct {
  /** The uploads bucket: wire files under `incoming/`, large records under `records/`, rejection reports under `rejected/`. */
  public readonly bucket: Bucket;
  /** Receives the uploads bucket's server access logs. */
  public readonly accessLogBucket: Bucket;
  /** The ingest queue: S3 event notifications for `incoming/`. */
  public readonly queue: Queue;
  /** Messages received `MAX_RECEIVES` times without success. */
  public readonly deadLetterQueue: Queue;
  /** In alarm while the dead-letter queue holds any message; add actions to it to be told. */
  public readonly deadLetterAlarm: Alarm;
  /** The ingest function. */
  public readonly ingestFunction: NodejsFunction;
  /** The mapping from the ingest queue to the ingest function. */
  public readonly eventSource: SqsEventSource;

  constructor(scope: Construct, id: string, props: UploadIngestProps) {
    super(scope, id);
    new PropsCheck('UploadIngest')
      .seconds('ingestTimeout', props.ingestTimeout, 1, 900)
      // 128 MB to 10,240 MB is Lambda's range.
      .integer('ingestMemorySize', props.ingestMemorySize, 128, 10_240)
      .integer('batchSize', props.batchSize, 1, 10)
      .seconds('maxBatchingWindow', props.maxBatchingWindow, 0, 300)
      .integer('maxConcurrency', props.maxConcurrency, 2, 1000)
      .days('noncurrentVersionTransition', props.noncurrentVersionTransition, 1, 36_500)
      .days('accessLogExpiration', props.accessLogExpiration, 1, 36_500)
      .throwIfAny();

    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const ingestTimeout = props.ingestTimeout ?? Duration.minutes(1);
    const batchingWindow = props.maxBatchingWindow ?? Duration.seconds(1);

    this.accessLogBucket = new Bucket(this, 'AccessLogs', {
      // S3 server access logging delivers only to SSE-S3 buckets, not SSE-KMS.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: props.accessLogExpiration ?? Duration.days(365) }],
      removalPolicy,
    });
    // No access logs of its own (they would log the log deliveries); cdk-nag's AwsSolutions-S1
    // recognises a log destination bucket and needs no acknowledgement here.

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Every upload is kept as it arrived (ARCHITECTURE.md "Reliability"): a second upload to the
      // same key makes a new version, never a replacement.
      versioned: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        {
          id: 'noncurrent-versions-to-glacier',
          noncurrentVersionTransitions: [
            { storageClass: StorageClass.GLACIER, transitionAfter: props.noncurrentVersionTransition ?? Duration.days(90) },
          ],
        },
        { id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy,
    });

    this.deadLetterQueue = terminalDeadLetterQueue(this, 'DeadLetterQueue',
      'This is the terminal dead-letter queue of the ingest queue: its messages wait here for a person to fix the cause and redrive them (newswire redrive), with an alarm on any message.');

    // Lambda's SQS guidance: visibility timeout at least six times the function timeout plus the
    // batching window, so that a batch retried after throttling is not delivered twice meanwhile
    // (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html).
    const visibilityTimeout = Duration.seconds(6 * ingestTimeout.toSeconds() + batchingWindow.toSeconds());
    this.queue = new Queue(this, 'IngestQueue', {
      // SSE-SQS: S3 can publish to it. The AWS-managed aws/sqs KMS key would refuse S3's messages.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVES },
    });

    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription:
        'Newswire: uploads failed ingestion after every retry and wait in the dead-letter queue. Fix the cause, then redrive the queue.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: Stats.MAXIMUM }),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: 0,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.deadLetterAlarm.addAlarmAction(...(props.deadLetterAlarmActions ?? []));

    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue), { prefix: INCOMING_PREFIX });
    this.acknowledgeNotificationsHandler();

    const ingest = newswireFunction(this, 'IngestFunction', {
      entry: HANDLER_ENTRIES.ingest,
      description: 'Newswire ingest: S3 upload events from SQS to story records',
      memorySize: props.ingestMemorySize ?? 1024,
      timeout: ingestTimeout,
      environment: { [ENV.tableName]: props.stories.table.tableName, [ENV.bucketName]: this.bucket.bucketName },
      // Every story is read from S3 first: the client's load is part of every cold start.
      bundleS3Client: true,
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
    });
    this.ingestFunction = ingest.fn;

    // Least privilege, spelled out rather than grantRead/grantReadWriteData, which add s3:List*,
    // s3:GetObject* on the whole bucket, dynamodb:Scan and `index/*`.
    ingest.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.bucket.arnForObjects(`${INCOMING_PREFIX}*`)],
      }),
    );
    ingest.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${RECORDS_PREFIX}*`), this.bucket.arnForObjects(`${REJECTED_PREFIX}*`)],
      }),
    );
    ingest.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:Query',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
          'dynamodb:BatchWriteItem',
        ],
        resources: [props.stories.table.tableArn],
      }),
    );
    ingest.role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:Query'], resources: props.stories.indexArns() }),
    );
    const policy = ingest.role.node.tryFindChild('DefaultPolicy');
    if (policy) {
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.logicalIdOf(this.bucket)}.Arn>/${INCOMING_PREFIX}*]`,
        reason: `The ingest function reads whichever upload arrives; object keys under ${INCOMING_PREFIX} are chosen by the uploader and not known in advance.`,
      });
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.logicalIdOf(this.bucket)}.Arn>/${RECORDS_PREFIX}*]`,
        reason: `The ingest function writes one record object per story version under ${RECORDS_PREFIX}; keys derive from story ids, so only the prefix is fixed.`,
      });
      Validations.of(policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.logicalIdOf(this.bucket)}.Arn>/${REJECTED_PREFIX}*]`,
        reason: `The ingest function writes one rejection report per refused upload under ${REJECTED_PREFIX}, keyed after the upload.`,
      });
    }

    this.eventSource = new SqsEventSource(this.queue, {
      batchSize: props.batchSize ?? 10,
      maxBatchingWindow: batchingWindow,
      // The handler answers with batchItemFailures: one bad upload is retried alone, not its batch.
      reportBatchItemFailures: true,
      maxConcurrency: props.maxConcurrency ?? 5,
    });
    Validations.of(ingest.fn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason: 'On-failure destinations apply to stream and Kafka sources; an SQS source keeps failed messages in the queue and hands them to its redrive policy (dead-letter queue after five receives).',
    });
    this.ingestFunction.addEventSource(this.eventSource);
  }

  /** The logical id cdk-nag uses to name a resource's ARN in IAM5 findings. */
  private logicalIdOf(bucket: Bucket): string {
    return Stack.of(this).getLogicalId(bucket.node.defaultChild as CfnElement);
  }

  /**
   * `addEventNotification` deploys aws-cdk-lib's BucketNotificationsHandler, a singleton Lambda of
   * the stack that writes the notification configuration at deploy time. Its role and code belong to
   * aws-cdk-lib; these findings are acknowledged on it, where they arise.
   */
  private acknowledgeNotificationsHandler(): void {
    const handler = Stack.of(this).node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (!handler) return;
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "aws-cdk-lib's BucketNotificationsHandler attaches AWSLambdaBasicExecutionRole to its role itself (no option removes it); the function runs only while CloudFormation changes the bucket's notifications.",
    });
  }
}
