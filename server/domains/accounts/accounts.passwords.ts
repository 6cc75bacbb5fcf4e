import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

// Argon2id with the OWASP baseline (19 MiB, 2 passes); 2 is Algorithm.Argon2id, a const enum that
// isolatedModules cannot import.
const OPTIONS: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hash a password with argon2id for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of nothing anyone knows: verifying against it when the email is unknown makes a wrong
// email cost as long as a wrong password, so timing does not tell which emails have accounts.
let dummy: Promise<string> | null = null;

/** Check a password against a stored hash, or against a dummy when there is no user. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  const target = stored ?? (await dummy);
  try {
    const ok = await verify(target, password);
    return ok && stored !== null;
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false;
  }
}
