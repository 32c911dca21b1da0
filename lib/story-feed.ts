import { Duration, Validations } from 'aws-cdk-lib';
import { EventBus } from 'aws-cdk-lib/aws-events';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/store/env.ts';
import { CHANGES_PARTITION, CHANGE_KEY_PREFIX, EMBARGOES_PARTITION } from '../lambdas/store/keys.ts';
import { EVENT_BUS_ENV } from '../lambdas/feed/publish.ts';
import { terminalDeadLetterQueue } from './dead-letters.ts';
import { HANDLER_ENTRIES, newswireFunction, onSchedule } from './functions.ts';
import type { StoryTable } from './story-table.ts';

export interface StoryFeedProps {
  /** The story table: its stream carries the change log's items to the publisher. Its stream must be on. */
  readonly stories: StoryTable;
  /**
   * How long the function logs are kept.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
}

/**
 * The feed in the cloud (issue 14): the change log lives in the story table (lambdas/store/changes.ts, written by
 * ingest, read by `GET /feed`); the table's stream carries each change item to a publisher function, which puts it
 * on the stack's event bus, and a schedule runs the embargo clock every minute.
 *
 * - Events: `source` `newswire`, one `detail-type` per kind, the change as `detail`. The stream is read from its
 *   oldest record, in order, a failed batch retried from the failing change until the record ages out of the
 *   stream (24 h), and what still fails is kept in a dead-letter queue: at least once, never lost in silence.
 * - Least privilege: the publisher may `events:PutEvents` on this bus only; the embargo clock reads the table and
 *   writes only the feed's partitions (`dynamodb:LeadingKeys`).
 */
export class StoryFeed extends Construct {
  public readonly bus: EventBus;
  public readonly publisher: NodejsFunction;
  public readonly embargoClock: NodejsFunction;
  /** Stream batches the bus would not take after every retry: kept here, with their stream positions. */
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: StoryFeedProps) {
    super(scope, id);
    const table = props.stories.table;
    const logs = props.logRetention === undefined ? {} : { logRetention: props.logRetention };

    this.bus = new EventBus(this, 'Events', { description: 'Newswire: one event per change of the feed (stored, version, correction, kill, embargo ended, rejected)' });

    const publisher = newswireFunction(this, 'PublisherFunction', {
      entry: HANDLER_ENTRIES.publish,
      description: 'Newswire feed: the change log from the table stream to EventBridge',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { [EVENT_BUS_ENV]: this.bus.eventBusName },
      ...logs,
    });
    this.publisher = publisher.fn;
    this.bus.grantPutEventsTo(publisher.role);

    this.deadLetterQueue = terminalDeadLetterQueue(this, 'PublishDeadLetters',
      'This is where stream batches land that EventBridge would not take after every retry (with their stream positions); it is the end of the line, read by a person.');
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the publisher\'s stream mapping; a queue behind it would only move the same records once more.',
    });
    this.publisher.addEventSource(new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(1),
      reportBatchItemFailures: true,
      retryAttempts: 10_000,
      onFailure: new SqsDlq(this.deadLetterQueue),
      // only what the change log writes: its change items, not the counter, the voids or any story item
      filters: [FilterCriteria.filter({ eventName: FilterRule.isEqual('INSERT'), dynamodb: { NewImage: { pk: { S: FilterRule.isEqual(CHANGES_PARTITION) }, kind: { S: FilterRule.exists() } } } })],
    }));

    const clock = newswireFunction(this, 'EmbargoClockFunction', {
      entry: HANDLER_ENTRIES.embargoClock,
      description: 'Newswire feed: stories whose embargo ended into the feed, every minute',
      memorySize: 256,
      timeout: Duration.seconds(60),
      environment: { [ENV.tableName]: table.tableName, [ENV.bucketName]: 'unused' },
      noDeadLetterQueue: 'The embargo clock is invoked by a schedule every minute; a failed run leaves the embargoes it did not release in the table, and the next run releases them, so a dead-letter queue would hold only empty schedule events.',
      ...logs,
    });
    this.embargoClock = clock.fn;
    clock.role.addToPrincipalPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: [table.tableArn] }));
    clock.role.addToPrincipalPolicy(new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [CHANGES_PARTITION, EMBARGOES_PARTITION, `${CHANGE_KEY_PREFIX}*`] } },
    }));
    onSchedule(this, 'EmbargoSchedule', {
      fn: this.embargoClock, every: Duration.minutes(1), description: 'Newswire: release ended embargoes into the feed',
      nextRunCatchesUp: 'The schedule rule needs no dead-letter queue for its target: an embargo the clock did not release stays pending in the table and is released by the run a minute later.',
    });
  }
}
