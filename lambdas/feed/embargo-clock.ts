import { configFromEnv, createStore } from '../store/index.ts';

/**
 * The embargo clock in the cloud (issue 14): a schedule invokes it every minute, and stories whose embargo ended
 * go into the feed (store/embargoes.ts). The local stack runs the same release on a timer (lib/local/feed-followers.ts).
 */
const store = createStore(configFromEnv());

export const handler = async (): Promise<{ released: number }> => ({ released: await store.releaseEmbargoes(new Date().toISOString()) });
