/**
 * The CDS Hooks `jti` replay cache shared by every server: a token id is remembered in Redis with
 * `SET key 1 NX PX ttl` until the token expires, so a request replayed to any other process behind the
 * load balancer is refused there too. Same shape as the in-process cache (`firstSeen` is true the first
 * time an id is offered, false on every later offer before it expires).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Key prefix of replay-cache entries. */
export const REPLAY_PREFIX = 'foramen:jti:';

/** A `jti` replay cache on Redis. */
export class RedisReplayCache {
  constructor(
    private readonly redis: Redis,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records `jti` until `expiresAtMs`; true when it was not seen before. An id already expired is
   * still recorded for a second, so a replay in the same instant is refused.
   */
  async firstSeen(jti: string, expiresAtMs: number): Promise<boolean> {
    // Hashed: the key length is fixed whatever the issuer sends, and ids never appear in clear.
    const key = REPLAY_PREFIX + createHash('sha256').update(jti).digest('base64url');
    const ttl = Math.max(1000, Math.ceil(expiresAtMs - this.now()));
    const set = await this.redis.set(key, '1', 'PX', ttl, 'NX');
    return set === 'OK';
  }
}
