import { CONTROL_PREFIX } from '../local/api-server.ts';

export interface RedriveOptions { apiUrl: string }

/**
 * `newswire redrive`: sends the dead-lettered messages back to the ingest queue, once the cause of
 * their failure is fixed. Locally through the stack's own control route.
 */
export async function runRedrive(opts: RedriveOptions): Promise<number> {
  let response: Response;
  try {
    response = await fetch(`${opts.apiUrl}${CONTROL_PREFIX}redrive`, { method: 'POST' });
  } catch {
    console.error(`error: cannot reach the local stack at ${opts.apiUrl}: is \`newswire dev\` running?`);
    return 1;
  }
  if (!response.ok) {
    console.error(`error: the local stack answered ${response.status} to the redrive`);
    return 1;
  }
  const { redriven } = (await response.json()) as { redriven: number };
  console.log(redriven === 0 ? 'the dead-letter queue is empty: nothing to redrive' : `sent ${redriven} message${redriven === 1 ? '' : 's'} back to the ingest queue`);
  return 0;
}
