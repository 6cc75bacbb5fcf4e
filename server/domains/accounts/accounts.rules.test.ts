import { describe, expect, it } from 'vitest';
import {
  canDecideOfficerRequest,
  canFileOfficerRequest,
  containsPattern,
  attemptKeys,
  EMAIL_FAILURE_LIMIT,
  IP_FAILURE_LIMIT,
  keyDecision,
  resetExpiry,
  resetTokenState,
  roleAfterApproval,
  roleChangeRefusal,
  signInDecision,
  SIGN_IN_WINDOW_MS,
} from './accounts.rules';

const now = new Date('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const times = (n: number, spacingMs = 1000) => Array.from({ length: n }, (_, i) => ago(i * spacingMs));

describe('sign-in throttle', () => {
  it('allows up to the limit of failures and refuses the next attempt', () => {
    expect(keyDecision(times(EMAIL_FAILURE_LIMIT - 1), EMAIL_FAILURE_LIMIT, now)).toEqual({ allowed: true });
    expect(keyDecision(times(EMAIL_FAILURE_LIMIT), EMAIL_FAILURE_LIMIT, now).allowed).toBe(false);
  });
  it('forgets failures older than the window', () => {
    const old = times(EMAIL_FAILURE_LIMIT).map((d) => new Date(d.getTime() - SIGN_IN_WINDOW_MS));
    expect(keyDecision(old, EMAIL_FAILURE_LIMIT, now)).toEqual({ allowed: true });
  });
  it('asks to wait until enough failures age out to fall under the limit', () => {
    // Five failures 10, 9, 8, 7, 6 minutes ago: the one 10 minutes ago frees a slot in 5 minutes.
    const failures = [10, 9, 8, 7, 6].map((m) => ago(m * 60_000));
    expect(keyDecision(failures, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 300 });
    // With seven, three have to age out: the third oldest (8 minutes ago) decides.
    const seven = [10, 9, 8, 7, 6, 5, 4].map((m) => ago(m * 60_000));
    expect(keyDecision(seven, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 420 });
  });
  it('never asks to wait less than a second', () => {
    const edge = times(5).map(() => new Date(now.getTime() - SIGN_IN_WINDOW_MS + 1));
    expect(keyDecision(edge, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
  it('refuses when either the email or the IP is exhausted, waiting for the later', () => {
    expect(signInDecision({ email: times(4), ip: times(19) }, now)).toEqual({ allowed: true });
    expect(signInDecision({ email: times(EMAIL_FAILURE_LIMIT), ip: [] }, now).allowed).toBe(false);
    expect(signInDecision({ email: [], ip: times(IP_FAILURE_LIMIT) }, now).allowed).toBe(false);
    // The IP frees a slot in 5 minutes, the email in 14: the answer is 14.
    const oldIp = times(IP_FAILURE_LIMIT).map((d) => new Date(d.getTime() - 10 * 60_000 + (IP_FAILURE_LIMIT - 1) * 1000));
    const both = signInDecision({ email: [ago(60_000), ...times(4)], ip: oldIp }, now);
    expect(both).toEqual({ allowed: false, retryAfterSeconds: 840 });
    expect(signInDecision({ email: [], ip: oldIp }, now)).toEqual({ allowed: false, retryAfterSeconds: 300 });
  });
});

describe('attempt keys', () => {
  it('count an email in any case as one key, apart from the address key', () => {
    expect(attemptKeys('Ayse@Example.org', '10.0.0.1')).toEqual({ email: 'email:ayse@example.org', ip: 'ip:10.0.0.1' });
  });
});

describe('password reset tokens', () => {
  it('expire one hour after issue', () => {
    expect(resetExpiry(now).getTime() - now.getTime()).toBe(3_600_000);
  });
  it('work once, before expiry', () => {
    const expiresAt = resetExpiry(now);
    expect(resetTokenState({ expiresAt, usedAt: null }, now)).toBe('ok');
    expect(resetTokenState({ expiresAt, usedAt: now }, now)).toBe('used');
    expect(resetTokenState({ expiresAt, usedAt: null }, expiresAt)).toBe('expired');
    expect(resetTokenState({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe('ok');
    expect(resetTokenState(undefined, now)).toBe('unknown');
  });
});

describe('role transitions', () => {
  it('approval makes a public user an officer and leaves staff roles alone', () => {
    expect(roleAfterApproval('public')).toBe('officer');
    expect(roleAfterApproval('officer')).toBe('officer');
    expect(roleAfterApproval('admin')).toBe('admin');
    expect(roleAfterApproval('assessor')).toBe('assessor');
  });
  it('a request may be filed when none exists or the last was rejected', () => {
    expect(canFileOfficerRequest(null)).toBe(true);
    expect(canFileOfficerRequest('rejected')).toBe(true);
    expect(canFileOfficerRequest('pending')).toBe(false);
    expect(canFileOfficerRequest('approved')).toBe(false);
  });
  it('only pending requests can be decided', () => {
    expect(canDecideOfficerRequest('pending')).toBe(true);
    expect(canDecideOfficerRequest('approved')).toBe(false);
    expect(canDecideOfficerRequest('rejected')).toBe(false);
  });
  it('an admin cannot drop their own admin role but can change others', () => {
    expect(roleChangeRefusal('a', 'a', 'admin', 'public')?.code).toBe('own_admin_role');
    expect(roleChangeRefusal('a', 'a', 'admin', 'admin')).toBeNull();
    expect(roleChangeRefusal('a', 'b', 'admin', 'public')).toBeNull();
    expect(roleChangeRefusal('a', 'b', 'public', 'assessor')).toBeNull();
  });
});

describe('containsPattern', () => {
  it('matches LIKE wildcards literally', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
