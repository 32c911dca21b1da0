import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * A terminal dead-letter queue: SSE-SQS, TLS only, messages kept 14 days (a standard queue keeps a message's
 * first enqueue time when it moves, so a dead-letter queue must keep messages longer than its source does, or
 * they expire on arrival). It has no dead-letter queue of its own: `why` says who reads it, for cdk-nag.
 */
export function terminalDeadLetterQueue(scope: Construct, id: string, why: string): Queue {
  const queue = new Queue(scope, id, { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
  Validations.of(queue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason: why });
  return queue;
}
