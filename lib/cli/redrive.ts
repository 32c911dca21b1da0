import type { Target } from './target.ts';

/**
 * `newswire redrive [--stack NAME]`: sends the dead-lettered messages back to the ingest queue, once
 * the cause of their failure is fixed. Locally through the stack's control route; on a deployed
 * stack as an SQS message move task from the dead-letter queue to the ingest queue.
 */
export async function runRedrive(target: Target): Promise<number> {
  let redriven: number | null;
  try {
    redriven = await target.queue.redrive();
  } catch (error) {
    console.error(`error: cannot redrive through ${target.description}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (redriven === null) console.log('started moving the dead letters back to the ingest queue (SQS moves them in the background; `newswire status` shows the count)');
  else console.log(redriven === 0 ? 'the dead-letter queue is empty: nothing to redrive' : `sent ${redriven} message${redriven === 1 ? '' : 's'} back to the ingest queue`);
  return 0;
}
