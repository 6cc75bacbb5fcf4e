import { setTimeout as sleep } from 'node:timers/promises';
import type { AuthLimits } from '../../platform/config';
import type { Db } from '../../platform/db';
import { HttpError } from '../../platform/errors';
import * as rules from './accounts.rules';
import { hitsSince, recordHits } from './accounts.throttle';


/** A 429 the route turns into Retry-After. */
export class RateLimited extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too many requests; try again later');
  }
}

/**
 * Count a sign-up or reset request against its address and its email (every request counts, mailed
 * or not, so the limit is the same for known and unknown emails); 429 once either is at its limit.
 */
export async function throttleRequest(db: Db, limits: AuthLimits, email: string, ip: string, now: Date): Promise<void> {
  const keys = rules.requestKeys(email, ip);
  const since = new Date(now.getTime() - rules.REQUEST_WINDOW_MS);
  const [byAddress, byEmail] = await Promise.all([hitsSince(db, keys.address, since), hitsSince(db, keys.mail, since)]);
  if (byAddress >= limits.requestsPerAddressHour || byEmail >= limits.mailsPerEmailHour) {
    throw new RateLimited(Math.ceil(rules.REQUEST_WINDOW_MS / 1000));
  }
  await recordHits(db, [keys.address, keys.mail], now, since);
}

/**
 * Run `work`, then wait until at least `floorMs` have passed since `started`. The known-email branch
 * writes a token and a mail, the unknown one less, and both do the same argon2 work; the floor hides
 * what difference is left, so timing does not tell which emails have accounts.
 */
export async function atLeastFloor<T>(started: number, floorMs: number, work: () => Promise<T>): Promise<T> {
  const result = await work();
  const left = floorMs - (Date.now() - started);
  if (left > 0) await sleep(left);
  return result;
}
