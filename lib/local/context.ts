import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './defaults.ts';

export interface LocalContextOptions {
  readonly functionName: string;
  /** The function's timeout; `getRemainingTimeInMillis()` counts down from it. */
  readonly timeoutMs: number;
  /** @default 1024 */
  readonly memoryMB?: number;
  /** @default a random UUID, as Lambda gives each invocation */
  readonly awsRequestId?: string;
}

/**
 * A Lambda `Context` for one local invocation. The timeout is reported, not enforced: the handler
 * sees the time it has left, exactly as it would in Lambda, and decides itself what to do with it.
 */
export function createLambdaContext(opts: LocalContextOptions): Context {
  const deadline = Date.now() + opts.timeoutMs;
  const awsRequestId = opts.awsRequestId ?? randomUUID();
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
  const unsupported = (name: string) => () => {
    throw new Error(`context.${name}() is not supported; return a promise from the handler instead`);
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: opts.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${opts.functionName}`,
    memoryLimitInMB: String(opts.memoryMB ?? 1024),
    awsRequestId,
    logGroupName: `/aws/lambda/${opts.functionName}`,
    logStreamName: `${day}/[$LATEST]local`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported('done'),
    fail: unsupported('fail'),
    succeed: unsupported('succeed'),
  };
}
