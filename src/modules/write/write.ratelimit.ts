import type { ApolloServerPlugin } from '@apollo/server';
import { codedError } from '../../errors.js';
import type { Context } from '../../context.js';
import type { Viewer } from '../auth/roles.js';

/** Writes per minute one credential may make, unless configured (WRITE_RATE_LIMIT). */
export const DEFAULT_WRITES_PER_MINUTE = 120;
/** Idle buckets are dropped once this many credentials are tracked, so memory stays bounded. */
const MAX_TRACKED = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per credential (token name or JWT subject): `perMinute` writes in a burst,
 * refilled at `perMinute` a minute. It lives in one API process, as Apollo Router's and
 * nginx's limits do, so behind N replicas a credential may write up to N times the rate.
 * Every mutation field counts once, whatever it then does: a rejected write costs too.
 */
export class WriteRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new Error(`writes per minute must be a positive integer, not ${perMinute}`);
  }

  /** Takes one write for the viewer, or throws RATE_LIMITED with the seconds until the next one. */
  take(viewer: Extract<Viewer, { via: 'token' | 'jwt' }>): void {
    const key = `${viewer.via}:${viewer.name}`;
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil(Math.round(((1 - bucket.tokens) * 60_000) / this.perMinute) / 1000));
      this.buckets.set(key, bucket);
      throw codedError('RATE_LIMITED', `${viewer.name} has made ${this.perMinute} writes in the last minute, the most one credential may; try again in ${retryAfterSeconds} s.`, {
        limit: this.perMinute,
        retryAfterSeconds,
      });
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > MAX_TRACKED) this.forgetIdle(now);
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    return { tokens, at: now };
  }

  /** Drops the buckets that have filled up again: forgetting them changes nothing. */
  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/** `Retry-After` on a response any of whose writes was refused for the rate. */
export function retryAfterPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const waits = (response.body.singleResult.errors ?? [])
            .filter((error) => error.extensions?.code === 'RATE_LIMITED')
            .map((error) => Number(error.extensions?.retryAfterSeconds));
          if (waits.length) response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}
