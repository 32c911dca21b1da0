import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DeskAuth, type DeskAuthProps } from './desk-auth.ts';
import { DeskSite, type DeskSiteProps } from './desk-site.ts';
import { Operations, type OperationsProps } from './operations.ts';
import { PropsCheck } from './props-check.ts';
import { SearchExport, type SearchExportProps } from './search-export.ts';
import { StoryApi, type StoryApiProps } from './story-api.ts';
import { SearchBlocks } from './search-blocks.ts';
import { StoryFeed } from './story-feed.ts';
import { StoryTable, type StoryTableProps } from './story-table.ts';
import { UploadIngest, type UploadIngestProps } from './upload-ingest.ts';

export interface NewswireStackProps extends StackProps {
  /**
   * Settings of the story table.
   * @default the defaults of StoryTable
   */
  readonly table?: StoryTableProps;
  /**
   * Settings of the upload bucket, queues and ingest function (the table is wired in here).
   * @default the defaults of UploadIngest
   */
  readonly ingest?: Omit<UploadIngestProps, 'stories'>;
  /**
   * Settings of the API (table and bucket are wired in here).
   * @default the defaults of StoryApi
   */
  readonly api?: Omit<StoryApiProps, 'stories' | 'bucket' | 'desk'>;
  /**
   * Alarm actions and thresholds of the on-call alarms and dashboard.
   * @default the defaults of Operations
   */
  readonly operations?: Omit<OperationsProps, 'uploads' | 'storyApi' | 'stories'>;
  /**
   * The desk in the cloud (issue 15): the page through CloudFront, editors' sign-in with Cognito, and the
   * API's routes under `/api` for their tokens. `false` leaves all of it out (an API-only deployment).
   * @default the desk, with the defaults of DeskAuth and DeskSite
   */
  readonly desk?: false | DeskOptions;
  /**
   * Feed the stories to an OpenSearch Service domain the newsroom runs (issue 13 point 5; README "Feeding a
   * search engine"): its endpoint, and optionally its ARN and the index. The API is not changed.
   * @default no export
   */
  readonly searchExport?: Omit<SearchExportProps, 'stories' | 'bucket' | 'alarmActions'>;
}

/** Settings of the desk's sign-in and site (the API, buckets and each other are wired in here). */
export interface DeskOptions {
  /**
   * Settings of the editors' user pool and sign-in domain.
   * @default the defaults of DeskAuth
   */
  readonly auth?: DeskAuthProps;
  /**
   * Settings of the page's distribution.
   * @default the defaults of DeskSite
   */
  readonly site?: Omit<DeskSiteProps, 'auth' | 'storyApi' | 'uploadBucket' | 'accessLogBucket'>;
}

/**
 * The Newswire stack: uploads bucket → ingest queue → ingest function → story table ← API function
 * ← REST API; the table's stream → publisher → event bus, the embargo clock and the posting-block builder; the desk (page through
 * CloudFront, editors' Cognito sign-in). It only composes the constructs and names the outputs the command
 * line reads (`newswire --stack NAME`, CONTRACT.md §2).
 */
export class NewswireStack extends Stack {
  public readonly stories: StoryTable;
  public readonly uploads: UploadIngest;
  public readonly storyApi: StoryApi;
  public readonly feed: StoryFeed;
  public readonly searchBlocks: SearchBlocks;
  public readonly operations: Operations;
  /** The editors' sign-in, unless the desk is off. */
  public readonly deskAuth?: DeskAuth;
  /** The page's distribution, unless the desk is off. */
  public readonly desk?: DeskSite;
  /** The search export, when `searchExport` is given. */
  public readonly searchExport?: SearchExport;

  constructor(scope: Construct, id: string, props: NewswireStackProps = {}) {
    super(scope, id, props);
    const desk = props.desk ?? {};
    new PropsCheck('NewswireStack')
      .require(desk === false || (typeof desk === 'object' && desk !== null), `desk must be false or an object of settings, got ${JSON.stringify(props.desk)}`)
      .require(props.searchExport === undefined || (typeof props.searchExport === 'object' && props.searchExport !== null && typeof props.searchExport.endpoint === 'string'),
        `searchExport must be an object with the domain's endpoint, got ${JSON.stringify(props.searchExport)}`)
      .throwIfAny();

    this.stories = new StoryTable(this, 'Stories', props.table);
    this.uploads = new UploadIngest(this, 'Uploads', { ...props.ingest, stories: this.stories });
    if (desk !== false) this.deskAuth = new DeskAuth(this, 'DeskAuth', desk.auth);
    this.storyApi = new StoryApi(this, 'StoryApi', {
      ...props.api,
      stories: this.stories,
      bucket: this.uploads.bucket,
      ...(this.deskAuth ? { desk: { userPool: this.deskAuth.userPool, scopes: [this.deskAuth.apiScope] } } : {}),
    });
    this.feed = new StoryFeed(this, 'Feed', { stories: this.stories });
    this.searchBlocks = new SearchBlocks(this, 'SearchBlocks', { stories: this.stories });
    this.operations = new Operations(this, 'Operations', { ...props.operations, uploads: this.uploads, storyApi: this.storyApi, stories: this.stories });

    new CfnOutput(this, 'UploadBucketName', {
      description: 'Bucket that takes wire files; upload them under incoming/',
      value: this.uploads.bucket.bucketName,
    });
    new CfnOutput(this, 'ApiUrl', { description: 'Base URL of the story API (SigV4, service execute-api)', value: this.storyApi.url });
    new CfnOutput(this, 'TableName', { description: 'The story table', value: this.stories.table.tableName });
    new CfnOutput(this, 'IngestQueueUrl', { description: 'Queue of S3 events for the ingest function', value: this.uploads.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      description: 'Uploads that failed ingestion after every retry; redrive after fixing the cause',
      value: this.uploads.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'EventBusName', { description: 'Event bus with one event per change of the feed (source newswire)', value: this.feed.bus.eventBusName });
    new CfnOutput(this, 'DashboardName', { description: 'CloudWatch dashboard of the pipeline', value: this.operations.dashboard.dashboardName });

    if (props.searchExport) {
      const alarmActions = props.operations?.alarmActions;
      this.searchExport = new SearchExport(this, 'SearchExport', {
        ...props.searchExport, stories: this.stories, bucket: this.uploads.bucket, ...(alarmActions ? { alarmActions } : {}),
      });
      new CfnOutput(this, 'SearchExportRoleArn', { description: 'Role of the search export: let it POST to the index\'s _bulk in the domain\'s access policy', value: this.searchExport.role.roleArn });
      new CfnOutput(this, 'SearchExportDeadLetterQueueUrl', {
        description: 'Stories the search engine refused or that failed every retry; run newswire export-search after fixing the cause',
        value: this.searchExport.deadLetterQueue.queueUrl,
      });
    }

    if (desk !== false && this.deskAuth) {
      this.desk = new DeskSite(this, 'Desk', {
        ...desk.site,
        auth: this.deskAuth,
        storyApi: this.storyApi,
        uploadBucket: this.uploads.bucket,
        accessLogBucket: this.uploads.accessLogBucket,
      });
      new CfnOutput(this, 'DeskUrl', { description: 'The desk page (editors sign in with the user pool)', value: this.desk.url });
      new CfnOutput(this, 'UserPoolId', { description: "The editors' user pool: add editors here (no self sign-up)", value: this.deskAuth.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { description: "The desk page's app client", value: this.desk.client.userPoolClientId });
    }
  }
}
