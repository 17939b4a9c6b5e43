/**
 * Connecting to Redis: ioredis is loaded only when a batch or the shared server state asks for it, so
 * the single-machine paths (`npm start`, `parse-report --batch`) never load it and never need Redis.
 */
import type { Redis } from 'ioredis';
import { InputError } from '../errors.js';
import { redactPassword } from '../redact.js';

/** The default Redis server (CONTRACTS.md: `REDIS_URL`). */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  return redactPassword(url, 'redis');
}

/** Options of {@link connectRedis}. */
export interface ConnectRedisOptions {
  /**
   * Reconnection attempts before commands fail for good (default 20, about half a minute). A worker
   * rides out a short Redis restart; a dead URL still ends in one clear error.
   */
  readonly maxReconnects?: number;
  /** Fail a command after one failed attempt instead of queueing it (the HTTP path: fail fast). */
  readonly failFast?: boolean;
}

/**
 * Opens a connection and waits until Redis answers.
 * @throws InputError naming REDIS_URL when the server cannot be reached
 */
export async function connectRedis(url: string, options: ConnectRedisOptions = {}): Promise<Redis> {
  const { Redis: RedisClient } = await import('ioredis');
  const maxReconnects = options.maxReconnects ?? 20;
  let redis: Redis;
  try {
    redis = new RedisClient(url, {
      lazyConnect: true,
      connectTimeout: 5000,
      // BullMQ's blocking worker connection requires null here; the HTTP path fails fast instead.
      maxRetriesPerRequest: options.failFast ? 1 : null,
      retryStrategy: (times) => (times > maxReconnects ? null : Math.min(times * 200, 2000)),
    });
  } catch (error) {
    throw new InputError('invalid-input', 'REDIS_URL', `not a Redis URL: ${redactRedisUrl(url)}`, {
      cause: error,
    });
  }
  redis.on('error', () => undefined); // reported through the failing command instead
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const why = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'invalid-input',
      'REDIS_URL',
      `cannot reach Redis at ${redactRedisUrl(url)} (${why})`,
      { cause: error },
    );
  }
  return redis;
}
