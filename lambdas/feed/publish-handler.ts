import { createPublishDeps, makePublishHandler } from './publish.ts';

/** The publisher Lambda's entry: the table's stream in, events on the stack's bus out (publish.ts). */
export const handler = makePublishHandler(createPublishDeps());
