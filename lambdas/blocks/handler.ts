import { configFromEnv, createStore } from '../store/index.ts';

/**
 * The posting-block builder in the cloud (issue 13): a schedule invokes it every five minutes, and the common
 * terms queued for posting blocks get them (store/posting-blocks.ts). The local stack runs the same build on a
 * timer (lib/local/schedules.ts).
 */
const store = createStore(configFromEnv());

export const handler = async (): Promise<{ terms: number; postings: number }> => store.buildPostingBlocks(new Date().toISOString());
