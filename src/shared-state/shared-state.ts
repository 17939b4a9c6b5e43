/**
 * State shared by several `foramen serve` processes behind a load balancer. Sessions, one-time links
 * and login throttling already live in the database (PostgreSQL via DATABASE_URL); what would otherwise
 * live in one process's memory moves to Redis when REDIS_URL is set: the rate-limit counters
 * (@fastify/rate-limit's Redis store) and the CDS Hooks `jti` replay cache. Without REDIS_URL nothing
 * here is loaded and a single server keeps everything in memory, as before.
 */
import type { Redis } from 'ioredis';
import { connectRedis } from '../batch/index.js';
import { RedisReplayCache } from './replay-cache.js';

/** The shared state of a server process. */
export interface SharedState {
  /** The connection, for @fastify/rate-limit's Redis store (fails fast: one try per command). */
  readonly redis: Redis;
  /** The `jti` replay cache, for the CDS Hooks JWT check (app option `replayCache`). */
  readonly replayCache: RedisReplayCache;
  /** Whether Redis answers now, for a readiness check. */
  readonly isReady: () => Promise<boolean>;
  readonly close: () => Promise<void>;
}

/**
 * Connects to Redis and builds the shared state.
 * @throws InputError naming REDIS_URL when Redis cannot be reached at start
 */
export async function openSharedState(redisUrl: string): Promise<SharedState> {
  // Fail fast per command and keep reconnecting for as long as the server runs: a Redis restart
  // costs a few refused requests, never the server.
  const redis = await connectRedis(redisUrl, { failFast: true, maxReconnects: Infinity });
  return {
    redis,
    replayCache: new RedisReplayCache(redis),
    isReady: async () => {
      try {
        return (await Promise.race([
          redis.ping().then((p) => p === 'PONG'),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
        ])) as boolean;
      } catch {
        return false;
      }
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The shared state when REDIS_URL is set, else undefined (one process, everything in memory). */
export async function sharedStateFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<SharedState | undefined> {
  const url = env.REDIS_URL;
  return url ? openSharedState(url) : undefined;
}
