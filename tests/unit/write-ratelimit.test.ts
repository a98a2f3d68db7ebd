import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { WriteRateLimiter } from '../../src/modules/write/write.ratelimit.js';

const alice = { via: 'token', name: 'alice', role: 'EDITOR' } as const;
const bob = { via: 'token', name: 'bob', role: 'EDITOR' } as const;
const aliceByJwt = { via: 'jwt', name: 'alice', role: 'EDITOR' } as const;

function refused(take: () => void): GraphQLError['extensions'] | null {
  try {
    take();
    return null;
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
}

describe('the per-credential write rate limit', () => {
  it('allows a burst of the limit, then refuses with RATE_LIMITED and the seconds to wait', () => {
    let now = 0;
    const limiter = new WriteRateLimiter(3, () => now);
    for (let i = 0; i < 3; i += 1) expect(refused(() => limiter.take(alice))).toBeNull();
    expect(refused(() => limiter.take(alice))).toEqual({ code: 'RATE_LIMITED', limit: 3, retryAfterSeconds: 20 });
    now = 19_000;
    expect(refused(() => limiter.take(alice))?.retryAfterSeconds).toBe(1);
    now = 20_000;
    expect(refused(() => limiter.take(alice))).toBeNull();
  });

  it('refills at the limit per minute, never above one burst', () => {
    let now = 0;
    const limiter = new WriteRateLimiter(60, () => now);
    for (let i = 0; i < 60; i += 1) limiter.take(alice);
    expect(refused(() => limiter.take(alice))?.code).toBe('RATE_LIMITED');
    now = 5_000; // five writes' worth
    for (let i = 0; i < 5; i += 1) expect(refused(() => limiter.take(alice))).toBeNull();
    expect(refused(() => limiter.take(alice))?.code).toBe('RATE_LIMITED');
    now = 3_600_000; // an idle hour gives one burst, not sixty
    for (let i = 0; i < 60; i += 1) limiter.take(alice);
    expect(refused(() => limiter.take(alice))?.code).toBe('RATE_LIMITED');
  });

  it('counts each credential apart: another token, or the same name by JWT', () => {
    const limiter = new WriteRateLimiter(1, () => 0);
    limiter.take(alice);
    expect(refused(() => limiter.take(alice))?.code).toBe('RATE_LIMITED');
    expect(refused(() => limiter.take(bob))).toBeNull();
    expect(refused(() => limiter.take(aliceByJwt))).toBeNull();
  });

  it('keeps memory bounded by forgetting credentials whose bucket has filled again', () => {
    let now = 0;
    const limiter = new WriteRateLimiter(2, () => now);
    for (let i = 0; i < 10_001; i += 1) limiter.take({ via: 'token', name: `t${i}`, role: 'EDITOR' });
    now = 60_000;
    limiter.take(alice);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
    // A forgotten credential starts again with a full burst.
    expect(refused(() => limiter.take({ via: 'token', name: 't0', role: 'EDITOR' }))).toBeNull();
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => new WriteRateLimiter(0)).toThrow(/positive integer/);
    expect(() => new WriteRateLimiter(1.5)).toThrow(/positive integer/);
  });
});
