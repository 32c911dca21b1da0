import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { RejectedExport } from './stream.ts';

/** SendMessageBatch takes at most ten messages a call. */
const MESSAGES_PER_CALL = 10;

/**
 * Keeps refused documents in the export's dead-letter queue, one message each: the story, the version the write
 * had, and the engine's reason. The document itself is not in it (a story's text can exceed a message); once the
 * mapping or the story is fixed, `newswire export-search` writes the story again from the store. Throws when a
 * message was not taken, so the stream delivers the batch again rather than dropping one.
 */
export function sqsDeadLetters(sqs: SQSClient, queueUrl: string): (rejected: readonly RejectedExport[]) => Promise<void> {
  return async (rejected) => {
    for (let start = 0; start < rejected.length; start += MESSAGES_PER_CALL) {
      const chunk = rejected.slice(start, start + MESSAGES_PER_CALL);
      const result = await sqs.send(new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: chunk.map((entry, k) => ({ Id: String(k), MessageBody: JSON.stringify({ kind: 'refused-by-search-engine', ...entry }) })),
      }));
      if ((result.Failed ?? []).length > 0) {
        throw new Error(`the dead-letter queue did not take ${result.Failed!.length} refused document(s): ${result.Failed!.map((f) => f.Message ?? f.Code).join('; ')}`);
      }
    }
  };
}
