import { randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { badRequest } from '../../platform/errors';

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

/** Why a new password is refused, as the field code the web translates (accounts.passwordProblems.*). */
export type PasswordProblem = 'password_common' | 'password_personal' | 'password_weak';

const PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  password_common: 'This password is one of the most common passwords; choose another',
  password_personal: 'This password contains your name or email; choose another',
  password_weak: 'This password is too easy to guess; add words or characters',
};

// Built once on first use: the common-password dictionary takes ~100 ms to load.
let estimator: ZxcvbnFactory | null = null;

/** Scores below this zxcvbn score (0–4) are refused: 3 is "safely unguessable" against online and slow offline attacks. */
const MIN_SCORE = 3;

/**
 * Why a password is too weak, or null. The schema has already checked its length; zxcvbn checks it
 * against the shipped list of common passwords and words, keyboard patterns, dates, and the user's
 * own name and email (a password built from them is the first thing an attacker tries).
 */
export function passwordProblem(password: string, userInputs: readonly string[]): PasswordProblem | null {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  // The name's parts and the email's local part count on their own too ("deniz", "kaya").
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[\s@._+-]+/).filter((w) => w.length >= 3)]);
  const result = estimator.check(password, inputs);
  const from = (dictionary: string) => result.sequence.filter((m) => 'dictionaryName' in m && String(m.dictionaryName).startsWith(dictionary));
  // Half or more of it being the user's name or email is refused even when zxcvbn scores it well:
  // such a password is the first guess of anyone who knows whose account it is.
  const personal = from('userInputs').reduce((n, m) => n + m.j - m.i + 1, 0);
  if (personal * 2 >= password.length) return 'password_personal';
  if (result.score >= MIN_SCORE) return null;
  if (personal > 0) return 'password_personal';
  if (from('passwords').length) return 'password_common';
  return 'password_weak';
}

/** 400 with a translated field code when `password` (at `path`) is too weak for this user. */
export function assertStrongPassword(password: string, userInputs: readonly string[], path = 'password'): void {
  const problem = passwordProblem(password, userInputs);
  if (problem) throw badRequest(PROBLEM_MESSAGES[problem], [{ path, message: PROBLEM_MESSAGES[problem], code: problem }]);
}
