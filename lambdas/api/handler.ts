import { configFromEnv } from '../store/env.ts';
import { withoutDeskPrefix } from './desk-prefix.ts';
import { createApiDeps, makeHandler } from './make-handler.ts';

const handle = makeHandler(createApiDeps(configFromEnv()));

/**
 * Lambda entry point: built once per container, from the environment the stack sets. The desk's
 * Cognito-authorized routes (`/api/…`) are answered as the same routes without the prefix.
 */
export const handler: typeof handle = (event, context) => handle(withoutDeskPrefix(event), context);
