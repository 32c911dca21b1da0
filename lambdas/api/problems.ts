import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { isUnavailable } from '../store/unavailable.ts';
import { NewswireError } from '../story/errors.ts';

/**
 * An error the client may see, answered as `application/problem+json` (RFC 9457). Anything else is
 * logged and answered with a bare 500 that names nothing internal. The type is `about:blank`, so the
 * title is the status phrase (RFC 9457 §4.2.1); `detail` says what went wrong.
 */
export abstract class HttpProblem extends NewswireError {
  abstract readonly status: number;
  abstract readonly title: string;
  toJSON(): { type: string; title: string; status: number; detail: string } {
    return { type: 'about:blank', title: this.title, status: this.status, detail: this.message };
  }
  /** Headers the answer carries besides its content type. */
  headers(): Record<string, string> {
    return {};
  }
}

export class BadParameter extends HttpProblem {
  readonly status = 400;
  readonly title = 'Bad Request';
  constructor(readonly parameter: string, detail: string, options?: ErrorOptions) {
    super(`${parameter}: ${detail}`, options);
    this.name = 'BadParameter';
  }
  override toJSON() {
    return { ...super.toJSON(), parameter: this.parameter };
  }
}

export class NotFound extends HttpProblem {
  readonly status = 404;
  readonly title = 'Not Found';
  constructor(detail: string) {
    super(detail);
    this.name = 'NotFound';
  }
}

export class MethodNotAllowed extends HttpProblem {
  readonly status = 405;
  readonly title = 'Method Not Allowed';
  constructor(method: string, path: string, readonly allow: readonly string[]) {
    super(`${path} answers ${allow.join(', ')}, not ${method}`);
    this.name = 'MethodNotAllowed';
  }
  override headers(): Record<string, string> {
    return { allow: this.allow.join(', ') };
  }
}

export class Killed extends HttpProblem {
  readonly status = 410;
  readonly title = 'Gone';
  constructor(detail: string) {
    super(detail);
    this.name = 'Killed';
  }
}

export class UnsupportedMediaType extends HttpProblem {
  readonly status = 415;
  readonly title = 'Unsupported Media Type';
  constructor(expected: string) {
    super(`the body must be ${expected}`);
    this.name = 'UnsupportedMediaType';
  }
}

export class UploadsNotConfigured extends HttpProblem {
  readonly status = 501;
  readonly title = 'Not Implemented';
  constructor() {
    super('this API has no bucket to sign uploads for');
    this.name = 'UploadsNotConfigured';
  }
}

export const problemResponse = (body: ReturnType<HttpProblem['toJSON']>, headers: Record<string, string> = {}): APIGatewayProxyResult => ({
  statusCode: body.status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: JSON.stringify(body),
});

/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 1;

/** middy error middleware: problems to problem+json, a busy store to 503, everything else to a generic 500. */
export const problemJson = (opts: { log: (error: unknown, event: APIGatewayProxyEvent) => void }): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  onError: (request) => {
    const error = request.error;
    if (error instanceof HttpProblem) {
      request.response = problemResponse(error.toJSON(), error.headers());
      return;
    }
    opts.log(error, request.event);
    if (isUnavailable(error)) {
      request.response = problemResponse(
        { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'the store is busy; try again shortly' },
        { 'retry-after': String(RETRY_AFTER_SECONDS) },
      );
      return;
    }
    request.response = problemResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'the request could not be answered; try again' });
  },
});
