import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { NewswireError } from '../story/errors.ts';

/**
 * An error the client may see, answered as `application/problem+json` (RFC 9457). Anything else is
 * logged and answered with a bare 500 that names nothing internal.
 */
export abstract class HttpProblem extends NewswireError {
  abstract readonly status: number;
  abstract readonly title: string;
  toJSON(): { type: string; title: string; status: number; detail: string } {
    return { type: 'about:blank', title: this.title, status: this.status, detail: this.message };
  }
}

export class BadParameter extends HttpProblem {
  readonly status = 400;
  readonly title = 'Bad parameter';
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
  readonly title = 'Not found';
  constructor(detail: string) {
    super(detail);
    this.name = 'NotFound';
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

export const problemResponse = (body: ReturnType<HttpProblem['toJSON']>): APIGatewayProxyResult => ({
  statusCode: body.status,
  headers: { 'content-type': 'application/problem+json' },
  body: JSON.stringify(body),
});

/** middy error middleware: problems to problem+json, everything else to a generic 500. */
export const problemJson = (opts: { log: (error: unknown, event: APIGatewayProxyEvent) => void }): MiddlewareObj<APIGatewayProxyEvent, APIGatewayProxyResult> => ({
  onError: (request) => {
    const error = request.error;
    if (error instanceof HttpProblem) {
      request.response = problemResponse(error.toJSON());
      return;
    }
    // the router's "no such route" is a client error too
    const status = (error as { statusCode?: number } | null)?.statusCode;
    if (status === 404) {
      request.response = problemResponse({ type: 'about:blank', title: 'Not found', status: 404, detail: `no route for ${request.event.httpMethod} ${request.event.path}` });
      return;
    }
    opts.log(error, request.event);
    request.response = problemResponse({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'the request could not be answered; try again' });
  },
});
