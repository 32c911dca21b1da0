import { Duration, Stack, Validations, ArnFormat } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IAlarmAction, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ISecurityGroup, IVpc, SubnetSelection } from 'aws-cdk-lib/aws-ec2';
import { Effect, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_INDEX, endpointProblems, EXPORT_ENV, parseDomainArn, parseDomainEndpoint, STORY_CHANGE_KINDS } from '../lambdas/export/index.ts';
import { ENV, RECORDS_PREFIX } from '../lambdas/store/index.ts';
import { CHANGES_PARTITION } from '../lambdas/store/keys.ts';
import { terminalDeadLetterQueue } from './dead-letters.ts';
import { HANDLER_ENTRIES, newswireFunction } from './functions.ts';
import { PropsCheck } from './props-check.ts';
import type { StoryTable } from './story-table.ts';

/** Where the stories go: an Amazon OpenSearch Service domain the newsroom runs, and an index in it. */
export interface SearchExportTarget {
  /** The domain's endpoint, an `https://` origin: `https://search-news-abc123.eu-west-1.es.amazonaws.com`. */
  readonly endpoint: string;
  /**
   * The domain's ARN, which the function's IAM policy is scoped to.
   * @default read from the endpoint (`search-<name>-<id>.<region>.es.amazonaws.com`), in this stack's account;
   * a custom endpoint needs it
   */
  readonly domainArn?: string;
  /**
   * The index documents go to; create it with the body of `INDEX_BODY` (lambdas/export/document.ts) first.
   * @default 'newswire-stories'
   */
  readonly index?: string;
  /**
   * The VPC of a VPC domain (`vpc-…` endpoint): the function runs in it, and reaches DynamoDB, S3 and SQS from
   * there (gateway endpoints for DynamoDB and S3, an interface endpoint for SQS, or a NAT gateway).
   * @default outside any VPC, for a domain with a public endpoint
   */
  readonly vpc?: IVpc;
  /**
   * The subnets the function runs in.
   * @default the VPC's private subnets
   */
  readonly vpcSubnets?: SubnetSelection;
  /**
   * Security groups of the function; the domain's must let them in on 443.
   * @default a security group of its own, all outbound allowed, no inbound
   */
  readonly securityGroups?: readonly ISecurityGroup[];
}

export interface SearchExportProps extends SearchExportTarget {
  /** The story table: its stream carries the change log's story changes to the export. Its stream must be on. */
  readonly stories: StoryTable;
  /** The uploads bucket, from which the export reads records stored under `records/`. */
  readonly bucket: IBucket;
  /**
   * Story changes handed to one invocation (one `_bulk` request, or a few for long stories).
   * @default 100
   */
  readonly batchSize?: number;
  /**
   * How long the function's logs are kept.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
  /**
   * What the export's alarms do (dead letters, a stream falling behind): the on-call alarms' actions.
   * @default none: the alarms show on the console only
   */
  readonly alarmActions?: readonly IAlarmAction[];
}

/** The export may lag the table this long before someone should look: the stream keeps a record 24 hours. */
const ITERATOR_AGE_ALARM_MINUTES = 15;

/**
 * Feeds the stories to a search engine the newsroom already runs (issue 13 point 5; README "Feeding a search
 * engine"): a function on the table's stream takes the change log's story changes (stored, version, correction,
 * kill, embargo ended), reads each story's current state through the store, and writes one document per story to
 * an OpenSearch Service domain with `_bulk`, versioned by the change's place in the feed, so that the index ends
 * with the newest state whatever the order of delivery (lambdas/export/export.ts). The API is not changed: it
 * still answers from the table.
 *
 * - Failures: a batch the engine does not take is retried from the failing change (halved on repeated errors)
 *   until its records age out of the stream (24 h); what still fails is kept in the dead-letter queue with its
 *   stream positions, as is every document the engine refuses as invalid, with the engine's reason.
 * - Least privilege: `es:ESHttpPost` on this one index's `_bulk` (no other path, method or index of the domain),
 *   reads of the story partitions only (`dynamodb:LeadingKeys` `S#*`), and records under `records/`.
 */
export class SearchExport extends Construct {
  public readonly exportFunction: NodejsFunction;
  /** The function's role: the domain's access policy (or fine-grained access control's backend roles) must let it in. */
  public readonly role: Role;
  /** Stream batches that failed every retry (their positions), and documents the engine refused. */
  public readonly deadLetterQueue: Queue;
  public readonly eventSource: DynamoEventSource;
  public readonly domainArn: string;
  public readonly index: string;
  /** Anything in the dead-letter queue: stories the index does not hold as the table does. */
  public readonly deadLetterAlarm: Alarm;
  /** The export falling behind the table (the domain refusing or failing for a while). */
  public readonly iteratorAgeAlarm: Alarm;

  constructor(scope: Construct, id: string, props: SearchExportProps) {
    super(scope, id);
    const check = new PropsCheck('SearchExport').integer('batchSize', props.batchSize, 1, 1000);
    for (const problem of endpointProblems(props)) check.require(false, problem);
    check.require(props.vpc !== undefined || (props.vpcSubnets === undefined && props.securityGroups === undefined), 'vpcSubnets and securityGroups need vpc');
    check.require(props.vpc !== undefined || !/^https:\/\/vpc-/.test(props.endpoint), `endpoint ${props.endpoint} is a VPC domain's: give vpc, so that the function runs where it can reach it`);
    check.throwIfAny();

    const stack = Stack.of(this);
    const fromEndpoint = parseDomainEndpoint(props.endpoint);
    const arn = props.domainArn === undefined ? undefined : parseDomainArn(props.domainArn);
    const region = arn?.region ?? fromEndpoint!.region;
    this.index = props.index ?? DEFAULT_INDEX;
    this.domainArn = props.domainArn ?? stack.formatArn({
      service: 'es', region, resource: 'domain', resourceName: fromEndpoint!.domainName, arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const table = props.stories.table;

    this.deadLetterQueue = terminalDeadLetterQueue(this, 'DeadLetters',
      'This is where the search export keeps stream batches that failed every retry (with their stream positions) and documents the engine refused; it is the end of the line, read by a person, who exports the stories again with newswire export-search.');
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the search export (its stream mapping and the documents the engine refuses); a queue behind it would only move the same messages once more.',
    });

    const fn = newswireFunction(this, 'ExportFunction', {
      entry: HANDLER_ENTRIES.searchExport,
      description: 'Newswire search export: story changes from the table stream to OpenSearch _bulk',
      memorySize: 512,
      // below the stream's own patience; each bulk request gives up after 20 s (lambdas/export/opensearch.ts)
      timeout: Duration.seconds(60),
      environment: {
        [ENV.tableName]: table.tableName,
        [ENV.bucketName]: props.bucket.bucketName,
        [EXPORT_ENV.endpoint]: new URL(props.endpoint).origin,
        [EXPORT_ENV.index]: this.index,
        [EXPORT_ENV.region]: region,
        [EXPORT_ENV.deadLetters]: this.deadLetterQueue.queueUrl,
      },
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
      ...(props.vpc ? {
        vpc: { vpc: props.vpc, ...(props.vpcSubnets ? { subnets: props.vpcSubnets } : {}), ...(props.securityGroups ? { securityGroups: props.securityGroups } : {}) },
      } : {}),
    });
    this.exportFunction = fn.fn;
    this.role = fn.role;

    // `_bulk` is a POST whose lines index and delete; the index is in the path, never in the lines (opensearch.ts)
    fn.role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['es:ESHttpPost'], resources: [`${this.domainArn}/${this.index}/_bulk`] }));
    // getStory reads a story's CURRENT item and its version item; nothing else of the table
    fn.role.addToPrincipalPolicy(new PolicyStatement({
      effect: Effect.ALLOW, actions: ['dynamodb:GetItem'], resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['S#*'] } },
    }));
    fn.role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [props.bucket.arnForObjects(`${RECORDS_PREFIX}*`)] }));
    this.deadLetterQueue.grantSendMessages(fn.role);

    this.eventSource = new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: props.batchSize ?? 100,
      maxBatchingWindow: Duration.seconds(1),
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: 10_000,
      onFailure: new SqsDlq(this.deadLetterQueue),
      // the change log's story changes only: not the counter, the voids, the rejected uploads, or any story item
      filters: [FilterCriteria.filter({
        eventName: FilterRule.isEqual('INSERT'),
        dynamodb: { NewImage: { pk: { S: FilterRule.isEqual(CHANGES_PARTITION) }, kind: { S: FilterRule.or(...STORY_CHANGE_KINDS) } } },
      })],
    });
    this.exportFunction.addEventSource(this.eventSource);

    this.deadLetterAlarm = new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'Newswire search export: stories the search engine refused or that failed every retry; fix the cause, then run newswire export-search',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.iteratorAgeAlarm = new Alarm(this, 'IteratorAgeAlarm', {
      alarmDescription: `Newswire search export: more than ${ITERATOR_AGE_ALARM_MINUTES} minutes behind the table; the search engine is refusing or failing (records leave the stream after 24 hours)`,
      metric: this.exportFunction.metric('IteratorAge', { period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: ITERATOR_AGE_ALARM_MINUTES * 60_000,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const alarm of [this.deadLetterAlarm, this.iteratorAgeAlarm]) alarm.addAlarmAction(...(props.alarmActions ?? []));

    const defaultPolicy = fn.role.node.tryFindChild('DefaultPolicy');
    const bucketResource = props.bucket.node.defaultChild;
    if (defaultPolicy && bucketResource) {
      Validations.of(defaultPolicy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucketResource as never)}.Arn>/${RECORDS_PREFIX}*]`,
        reason: `The search export reads the stored record of whichever story changed; record keys under ${RECORDS_PREFIX} derive from story ids and versions, so only the prefix is fixed.`,
      });
    }
  }
}
