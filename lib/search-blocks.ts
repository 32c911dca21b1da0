import { Duration } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/store/env.ts';
import { HANDLER_ENTRIES, newswireFunction, onSchedule } from './functions.ts';
import type { StoryTable } from './story-table.ts';

export interface SearchBlocksProps {
  readonly stories: StoryTable;
  /**
   * How long the function's logs are kept.
   * @default one month
   */
  readonly logRetention?: RetentionDays;
}

/**
 * The posting-block builder (issue 13, lambdas/store/posting-blocks.ts): every five minutes it builds the blocks of
 * the common terms queued for them, so that a search reads a common term's postings a thousand to an item.
 *
 * - Least privilege: it reads the table and its indexes, and writes only counters (`D#`) and blocks (`B#`)
 *   (`dynamodb:LeadingKeys`).
 * - A failed or late run loses nothing: the terms stay queued, and until their blocks are built again a search
 *   reads the postings written since the last build beside the blocks, or the term's posting items.
 */
export class SearchBlocks extends Construct {
  public readonly builder: NodejsFunction;

  constructor(scope: Construct, id: string, props: SearchBlocksProps) {
    super(scope, id);
    const table = props.stories.table;
    const built = newswireFunction(this, 'BuilderFunction', {
      entry: HANDLER_ENTRIES.blocks,
      description: 'Newswire search: posting blocks of the common terms queued for them, every five minutes',
      memorySize: 1024,
      timeout: Duration.minutes(5),
      environment: { [ENV.tableName]: table.tableName, [ENV.bucketName]: 'unused' },
      noDeadLetterQueue: 'The builder is invoked by a schedule; a failed run leaves its terms queued in the table and the next run builds them, so a dead-letter queue would hold only empty schedule events.',
      ...(props.logRetention === undefined ? {} : { logRetention: props.logRetention }),
    });
    this.builder = built.fn;
    built.role.addToPrincipalPolicy(new PolicyStatement({
      effect: Effect.ALLOW, actions: ['dynamodb:GetItem', 'dynamodb:Query'], resources: [table.tableArn, `${table.tableArn}/index/gsi1`, `${table.tableArn}/index/gsi2`],
    }));
    built.role.addToPrincipalPolicy(new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['D#*', 'B#*'] } },
    }));
    onSchedule(this, 'Schedule', {
      fn: this.builder, every: Duration.minutes(5), description: 'Newswire: build the posting blocks of common terms',
      nextRunCatchesUp: 'The schedule rule needs no dead-letter queue for its target: a term whose blocks a failed run did not build stays queued in the table and is built by the run five minutes later.',
    });
  }
}
