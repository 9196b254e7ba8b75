import type { Database } from "@roundup/db";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDatabase } from "./db";

/** How many failed sign-ins lock an account (from anywhere) or an address (for any account), and for how long. */
const signInLimits = {
  account: { failures: 10, withinSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { failures: 50, withinSeconds: 60 * 60, lockSeconds: 60 * 60 },
} as const;

type Limits = { [Key in keyof typeof signInLimits]: { failures: number; withinSeconds: number; lockSeconds: number } };

export interface SignInThrottle {
  /** Seconds until this account may try again from this address; 0 when it may now. */
  check(account: string, address: string): Promise<number>;
  /** Counts a failed sign-in; the seconds of the lock when this failure reached a limit, else 0. */
  fail(account: string, address: string): Promise<number>;
  /** Clears the account's failures (a successful sign-in, an admin's password reset); the address keeps its count. */
  reset(account: string): Promise<void>;
}

/**
 * Throttles sign-in per account and per client address with rate-limiter-flexible. The counters live
 * in the database (its RateLimit table), not in memory: the web server runs one process per core and
 * teams run several servers, and every one of them must count the same failures.
 */
export function createSignInThrottle(db: Database, limits: Limits = signInLimits): SignInThrottle {
  const limiter = (name: keyof Limits) =>
    new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: `sign-in-${name}`,
      points: limits[name].failures,
      duration: limits[name].withinSeconds,
    });
  const byAccount = limiter("account");
  const byAddress = limiter("address");
  const pairs = (account: string, address: string) =>
    [
      [byAccount, account, limits.account],
      [byAddress, address, limits.address],
    ] as const;

  return {
    async check(account, address) {
      const waits = await Promise.all(
        pairs(account, address).map(async ([counter, key]) => {
          const state = await counter.get(key);
          return state && state.remainingPoints === 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
        }),
      );
      return Math.max(...waits);
    },
    async fail(account, address) {
      const locks = await Promise.all(
        pairs(account, address).map(async ([counter, key, limit]) => {
          try {
            if ((await counter.consume(key)).remainingPoints > 0) return 0;
          } catch (rejection) {
            // Already over the limit (attempts racing each other): lock again from now.
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
          }
          await counter.block(key, limit.lockSeconds);
          return limit.lockSeconds;
        }),
      );
      return Math.max(...locks);
    },
    async reset(account) {
      await byAccount.delete(account);
    },
  };
}

let throttle: SignInThrottle | undefined;

/** The server process's sign-in throttle, created on first use. */
export function getSignInThrottle(): SignInThrottle {
  throttle ??= createSignInThrottle(getDatabase());
  return throttle;
}
