// Public surface of src/shared-state: what several servers behind a load balancer share through Redis.
export { RedisReplayCache, REPLAY_PREFIX } from './replay-cache.js';
export { openSharedState, sharedStateFromEnv } from './shared-state.js';
export type { SharedState } from './shared-state.js';
