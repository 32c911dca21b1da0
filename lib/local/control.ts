import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTROL_PREFIX } from './api-server.ts';
import type { LocalQueue } from './queue.ts';

/** What `newswire status` reads of the local queue (in the cloud: SQS queue attributes). */
export interface LocalQueueStatus {
  readonly queued: number;
  readonly deadLetters: number;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

/**
 * The local stand-ins' own controls, served beside the API on `/_local/…`: what SQS's
 * GetQueueAttributes and StartMessageMoveTask do for the deployed stack.
 */
export function localControl(queue: LocalQueue) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    req.resume();
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === `${CONTROL_PREFIX}queue`) {
      json(res, 200, { queued: queue.size, deadLetters: queue.deadLetters().length } satisfies LocalQueueStatus);
    } else if (req.method === 'POST' && path === `${CONTROL_PREFIX}redrive`) {
      json(res, 200, { redriven: await queue.redrive() });
    } else {
      json(res, 404, { message: `no local control ${req.method} ${path}` });
    }
  };
}
