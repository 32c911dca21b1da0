import { Duration } from 'aws-cdk-lib';
import {
  Alarm, AlarmStatusWidget, ComparisonOperator, Dashboard, GraphWidget, type IAlarmAction, type IMetric, MathExpression, Metric,
  SingleValueWidget, Stats, TextWidget, TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Operation } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { INGEST_METRICS, INGEST_SERVICE, METRICS_NAMESPACE } from '../lambdas/ingest/metric-names.ts';
import { PropsCheck } from './props-check.ts';
import type { StoryApi } from './story-api.ts';
import type { StoryTable } from './story-table.ts';
import type { UploadIngest } from './upload-ingest.ts';

export interface OperationsProps {
  readonly uploads: UploadIngest;
  readonly storyApi: StoryApi;
  readonly stories: StoryTable;
  /**
   * What every alarm does when it fires (and the dead-letter alarm too), e.g. an `SnsAction` to the on-call topic.
   * @default no action: alarms show in the CloudWatch console and on the dashboard only
   */
  readonly alarmActions?: readonly IAlarmAction[];
  /**
   * Share of uploads rejected over 15 minutes above which someone should look (a feed sending a new format, say).
   * @default 0.2
   */
  readonly rejectionRateThreshold?: number;
  /**
   * Age of the oldest message in the ingest queue above which ingestion is falling behind.
   * @default 5 minutes
   */
  readonly maxQueueAge?: Duration;
}

/** The table operations the handlers use; an alarm's math takes at most ten metrics. */
const TABLE_OPERATIONS = [Operation.PUT_ITEM, Operation.DELETE_ITEM, Operation.GET_ITEM, Operation.BATCH_GET_ITEM, Operation.QUERY];

const ingestMetric = (metricName: string, statistic: string = Stats.SUM, period = Duration.minutes(5)) =>
  new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: INGEST_SERVICE }, statistic, period });

/**
 * The on-call view of the pipeline: alarms for what needs a person (dead letters, ingest errors,
 * a rising rejection rate, API 5xx, throttling, a queue falling behind) and one dashboard that reads
 * left to right as the flow does, upload → queue → ingest → table → API.
 */
export class Operations extends Construct {
  public readonly ingestErrorsAlarm: Alarm;
  public readonly rejectionRateAlarm: Alarm;
  public readonly api5xxAlarm: Alarm;
  public readonly throttlesAlarm: Alarm;
  public readonly queueAgeAlarm: Alarm;
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    new PropsCheck('Operations')
      .require(props.rejectionRateThreshold === undefined || (props.rejectionRateThreshold > 0 && props.rejectionRateThreshold < 1), 'rejectionRateThreshold must be between 0 and 1')
      .seconds('maxQueueAge', props.maxQueueAge, 60, 14 * 24 * 3600)
      .throwIfAny();
    const { uploads, storyApi, stories } = props;
    const ingestFn = uploads.ingestFunction;
    const apiFn = storyApi.apiFunction;
    const five = Duration.minutes(5);

    this.ingestErrorsAlarm = this.alarm('IngestErrors', {
      description: 'Newswire: ingest invocations fail or messages fail repeatedly. Read the ingest function\'s ERROR/WARN log lines (upload key, story id, request id on each).',
      metric: new MathExpression({
        expression: 'errors + failed',
        usingMetrics: { errors: ingestFn.metricErrors({ period: five }), failed: ingestMetric(INGEST_METRICS.failures) },
        period: five, label: 'ingest errors and failed messages',
      }),
      threshold: 5,
    });

    const rejected = ingestMetric(INGEST_METRICS.rejected, Stats.SUM, Duration.minutes(15));
    const all = new MathExpression({
      expression: 'stored + duplicate + rejected',
      usingMetrics: { stored: ingestMetric(INGEST_METRICS.stored, Stats.SUM, Duration.minutes(15)), duplicate: ingestMetric(INGEST_METRICS.duplicate, Stats.SUM, Duration.minutes(15)), rejected },
      period: Duration.minutes(15),
    });
    this.rejectionRateAlarm = this.alarm('RejectionRate', {
      description: 'Newswire: a large share of uploads is rejected. GET /uploads?status=rejected gives each code and reason.',
      // at least 20 uploads in the window, so that one bad file in a quiet hour does not page anyone
      metric: new MathExpression({ expression: 'IF(total >= 20, rejected / total, 0)', usingMetrics: { rejected, total: all }, period: Duration.minutes(15), label: 'rejected share' }),
      threshold: props.rejectionRateThreshold ?? 0.2,
    });

    this.api5xxAlarm = this.alarm('Api5xx', {
      description: 'Newswire: the API answers 5xx. Read the API function\'s ERROR log lines.',
      metric: storyApi.api.metricServerError({ period: five, statistic: Stats.SUM }),
      threshold: 5,
    });

    this.throttlesAlarm = this.alarm('Throttles', {
      description: 'Newswire: Lambda or DynamoDB throttles requests. Check concurrency limits and hot partitions.',
      metric: new MathExpression({
        expression: 'ingest + api + table',
        usingMetrics: {
          ingest: ingestFn.metricThrottles({ period: five }),
          api: apiFn.metricThrottles({ period: five }),
          table: stories.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: five }),
        },
        period: five, label: 'throttled requests',
      }),
      threshold: 10,
    });

    this.queueAgeAlarm = this.alarm('QueueAge', {
      description: 'Newswire: uploads wait too long in the ingest queue; ingestion is falling behind or stopped.',
      metric: uploads.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: Stats.MAXIMUM }),
      threshold: (props.maxQueueAge ?? Duration.minutes(5)).toSeconds(),
      evaluationPeriods: 3,
    });
    uploads.deadLetterAlarm.addAlarmAction(...(props.alarmActions ?? []));
    for (const alarm of [this.ingestErrorsAlarm, this.rejectionRateAlarm, this.api5xxAlarm, this.throttlesAlarm, this.queueAgeAlarm]) {
      alarm.addAlarmAction(...(props.alarmActions ?? []));
    }

    this.dashboard = this.buildDashboard(props, rejected);
  }

  private alarm(id: string, spec: { description: string; metric: IMetric; threshold: number; evaluationPeriods?: number }): Alarm {
    return new Alarm(this, `${id}Alarm`, {
      alarmDescription: spec.description,
      metric: spec.metric,
      threshold: spec.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: spec.evaluationPeriods ?? 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  private buildDashboard({ uploads, storyApi, stories }: OperationsProps, rejected: IMetric): Dashboard {
    const five = Duration.minutes(5);
    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(6) });
    dashboard.addWidgets(
      new TextWidget({ markdown: '# Newswire\nUpload → queue → ingest → table → API. Alarms first; then each stage, left to right.', width: 24, height: 2 }),
    );
    dashboard.addWidgets(new AlarmStatusWidget({
      title: 'Alarms', width: 24, height: 3,
      alarms: [uploads.deadLetterAlarm, this.ingestErrorsAlarm, this.rejectionRateAlarm, this.queueAgeAlarm, this.throttlesAlarm, this.api5xxAlarm],
    }));
    dashboard.addWidgets(
      new GraphWidget({
        title: '1 Uploads: what became of them', width: 6,
        left: [ingestMetric(INGEST_METRICS.stored), ingestMetric(INGEST_METRICS.duplicate), ingestMetric(INGEST_METRICS.rejected)],
      }),
      new GraphWidget({
        title: '2 Queue: waiting, oldest, dead letters', width: 6,
        left: [uploads.queue.metricApproximateNumberOfMessagesVisible({ period: five }), uploads.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: five })],
        right: [uploads.queue.metricApproximateAgeOfOldestMessage({ period: five })],
      }),
      new GraphWidget({
        title: '3 Ingest: invocations, errors, duration p99, parse time p99', width: 6,
        left: [uploads.ingestFunction.metricInvocations({ period: five }), uploads.ingestFunction.metricErrors({ period: five }), ingestMetric(INGEST_METRICS.failures)],
        right: [uploads.ingestFunction.metricDuration({ period: five, statistic: 'p99' }), ingestMetric(INGEST_METRICS.parseTime, 'p99')],
      }),
      new GraphWidget({
        title: '4 Table: writes, reads, throttles', width: 6,
        left: [stories.table.metricConsumedWriteCapacityUnits({ period: five }), stories.table.metricConsumedReadCapacityUnits({ period: five })],
        right: [stories.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: five })],
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: '5 API: requests, 4xx, 5xx', width: 8,
        left: [storyApi.api.metricCount({ period: five }), storyApi.api.metricClientError({ period: five }), storyApi.api.metricServerError({ period: five })],
      }),
      new GraphWidget({
        title: '5 API: latency p50 / p99', width: 8,
        left: [storyApi.api.metricLatency({ period: five, statistic: 'p50' }), storyApi.api.metricLatency({ period: five, statistic: 'p99' })],
      }),
      new SingleValueWidget({
        title: 'Rejections, kills, late versions (last 5 min)', width: 8,
        metrics: [rejected, ingestMetric(INGEST_METRICS.kills), ingestMetric(INGEST_METRICS.late)],
      }),
    );
    return dashboard;
  }
}
