import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { Operations } from '../../lib/operations.ts';
import { StoryApi } from '../../lib/story-api.ts';
import { StoryTable } from '../../lib/story-table.ts';
import { UploadIngest } from '../../lib/upload-ingest.ts';
import { emptyStack, synthNewswire } from './helpers.ts';

describe('Construct: Operations', () => {
  let template: Template;
  beforeAll(() => ({ template } = synthNewswire()));

  it.each([
    ['IngestErrors', 'ingest function'],
    ['RejectionRate', '/uploads?status=rejected'],
    ['Api5xx', 'API answers 5xx'],
    ['Throttles', 'throttles'],
    ['QueueAge', 'ingest queue'],
  ])('has a %s alarm that tells the on-call engineer where to look', (_id, words) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmDescription: Match.stringLikeRegexp(words.replace(/[?/]/g, '.')),
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('keeps the dead-letter alarm, six alarms in all', () => {
    expect(Object.keys(template.findResources('AWS::CloudWatch::Alarm'))).toHaveLength(6);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmDescription: Match.stringLikeRegexp('dead-letter queue'), Threshold: 0 });
  });

  it('computes the rejection rate from the ingest metrics, with a floor on volume', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 0.2,
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: 'IF(total >= 20, rejected / total, 0)' }),
        Match.objectLike({ MetricStat: Match.objectLike({ Metric: { Namespace: 'Newswire', MetricName: 'UploadsRejected', Dimensions: [{ Name: 'service', Value: 'newswire-ingest' }] } }) }),
      ]),
    });
  });

  it('has a dashboard that follows the flow from upload to query', () => {
    const dashboards = template.findResources('AWS::CloudWatch::Dashboard');
    expect(Object.keys(dashboards)).toHaveLength(1);
    const body = JSON.stringify(Object.values(dashboards)[0]);
    for (const title of ['1 Uploads', '2 Queue', '3 Ingest', '4 Table', '5 API', 'Alarms']) expect(body).toContain(title);
    template.hasOutput('DashboardName', {});
  });

  it('refuses a rejection-rate threshold outside (0, 1) and a too-short queue age, in one error', () => {
    const stack = emptyStack();
    const stories = new StoryTable(stack, 'Stories');
    const uploads = new UploadIngest(stack, 'Uploads', { stories });
    const storyApi = new StoryApi(stack, 'Api', { stories, bucket: uploads.bucket });
    expect(() => new Operations(stack, 'Ops', { uploads, storyApi, stories, rejectionRateThreshold: 2, maxQueueAge: Duration.seconds(5) }))
      .toThrow(/rejectionRateThreshold[\s\S]*maxQueueAge/);
  });
});
