import { configFromEnv } from '../store/env.ts';
import { createIngestDeps, makeHandler } from './make-handler.ts';

/** Lambda entry point: built once per container, from the environment the stack sets. */
export const handler = makeHandler(createIngestDeps(configFromEnv()));
