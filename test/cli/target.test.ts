import { describe, expect, it } from 'vitest';
import { stackTarget, type SqsApi } from '../../lib/cli/target.ts';

const OUTPUTS = {
  ApiUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/v1/',
  IngestQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/ingest',
  DeadLetterQueueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/dead',
};

/** SQS as the queue side sees it: attributes by queue URL, and the move tasks started. */
function recordingSqs(attributes: Record<string, Record<string, string>>) {
  const moves: [string, string][] = [];
  const sqs: SqsApi = {
    attributes: async (url, names) => Object.fromEntries(names.map((n) => [n, attributes[url]?.[n] ?? '0'])),
    startMove: async (source, destination) => void moves.push([source, destination]),
  };
  return { sqs, moves };
}

describe('--stack NAME: a deployed stack as the target', () => {
  it('takes the API URL from the outputs, without its trailing slash', async () => {
    const target = await stackTarget('Newswire', { outputs: async () => OUTPUTS, sqs: recordingSqs({}).sqs });
    expect(target.apiUrl).toBe('https://abc123.execute-api.eu-west-1.amazonaws.com/v1');
  });

  it('counts waiting, in-flight and delayed messages as queued, and the dead-letter queue apart', async () => {
    const { sqs } = recordingSqs({
      [OUTPUTS.IngestQueueUrl]: { ApproximateNumberOfMessages: '7', ApproximateNumberOfMessagesNotVisible: '3', ApproximateNumberOfMessagesDelayed: '1' },
      [OUTPUTS.DeadLetterQueueUrl]: { ApproximateNumberOfMessages: '2' },
    });
    const target = await stackTarget('Newswire', { outputs: async () => OUTPUTS, sqs });
    expect(await target.queue.status()).toEqual({ queued: 11, deadLetters: 2 });
  });

  it('redrives by moving messages from the dead-letter queue to the ingest queue', async () => {
    const { sqs, moves } = recordingSqs({
      [OUTPUTS.IngestQueueUrl]: { QueueArn: 'arn:aws:sqs:eu-west-1:111122223333:ingest' },
      [OUTPUTS.DeadLetterQueueUrl]: { QueueArn: 'arn:aws:sqs:eu-west-1:111122223333:dead' },
    });
    const target = await stackTarget('Newswire', { outputs: async () => OUTPUTS, sqs });
    expect(await target.queue.redrive()).toBeNull();
    expect(moves).toEqual([['arn:aws:sqs:eu-west-1:111122223333:dead', 'arn:aws:sqs:eu-west-1:111122223333:ingest']]);
  });

  it('names the outputs a stack lacks', async () => {
    await expect(stackTarget('Other', { outputs: async () => ({ ApiUrl: OUTPUTS.ApiUrl }) })).rejects.toThrow(/IngestQueueUrl, DeadLetterQueueUrl/);
  });
});
