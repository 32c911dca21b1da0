import { RemovalPolicy } from 'aws-cdk-lib';
import { type Attribute, AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { type KeyDef, LOCAL_TABLE_NAME, TABLE, type TableDef } from '../lambdas/store/table.ts';
import { PropsCheck } from './props-check.ts';

export interface StoryTableProps {
  /**
   * The table layout. Only tests pass another one; the stack and the local stack both build from
   * `TABLE` in `lambdas/store/table.ts`.
   * @default the layout `TABLE` from the store
   */
  readonly definition?: TableDef;
  /**
   * Turn on DynamoDB Streams with new images: the feed's publisher reads the change log from it (StoryFeed),
   * and a later OpenSearch zero-ETL pipeline or any other consumer may too (research/serverless-anchors.md §3).
   * @default a stream of new images
   */
  readonly stream?: boolean;
  /**
   * What CloudFormation does with the table when it leaves the stack.
   * @default retained: stories are the product, and deletion protection is on as well
   */
  readonly removalPolicy?: RemovalPolicy;
}

const attribute = (key: KeyDef): Attribute => ({ name: key.name, type: AttributeType.STRING });

/**
 * The story table: on-demand, point-in-time recovery, deletion protection, retained, with the key
 * schema and global secondary indexes of the store's single table definition.
 */
export class StoryTable extends Construct {
  /** The table; its name reaches the functions as `NEWSWIRE_TABLE`. */
  public readonly table: TableV2;
  /** The layout the table was built from. */
  public readonly definition: TableDef;

  constructor(scope: Construct, id: string, props: StoryTableProps = {}) {
    super(scope, id);
    const definition = props.definition ?? TABLE;
    const check = new PropsCheck('StoryTable');
    const keys = [definition.partitionKey, definition.sortKey, ...definition.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    for (const key of keys) check.require(key.type === 'S', `key attribute ${key.name} must be a string ('S'), got '${key.type}'`);
    const indexNames = definition.indexes.map((i) => i.indexName);
    check.require(new Set(indexNames).size === indexNames.length, `index names must be unique, got ${indexNames.join(', ')}`);
    // DynamoDB's own limit: 20 global secondary indexes per table.
    check.require(indexNames.length <= 20, `a table has at most 20 global secondary indexes, got ${indexNames.length}`);
    for (const name of indexNames) {
      check.require(/^[A-Za-z0-9_.-]{3,255}$/.test(name), `index name '${name}' must be 3–255 characters of A–Z, a–z, 0–9, _ . -`);
    }
    check.throwIfAny();

    this.definition = definition;
    this.table = new TableV2(this, LOCAL_TABLE_NAME, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      globalSecondaryIndexes: definition.indexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        // Listings return summaries straight from the index, without a second read per item.
        projectionType: ProjectionType.ALL,
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      ...(props.stream ?? true ? { dynamoStream: StreamViewType.NEW_IMAGE } : {}),
      // the feed's changes and their keys expire after the retention (lambdas/store/changes.ts)
      timeToLiveAttribute: 'expiresAt',
    });
  }

  /** ARNs of the table's global secondary indexes, one each: grants name them instead of `index/*`. */
  indexArns(): string[] {
    return this.definition.indexes.map((index) => `${this.table.tableArn}/index/${index.indexName}`);
  }
}
