import { describe, expect, it } from 'vitest';
import {
  canDecideOfficerRequest,
  canFileOfficerRequest,
  containsPattern,
  keyDecision,
  needsMailedLink,
  pairDecision,
  requestKeys,
  resetExpiry,
  resetTokenState,
  roleAfterApproval,
  roleChangeRefusal,
  signInKeys,
  SIGN_IN_WINDOW_MS,
} from './accounts.rules';

const now = new Date('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const times = (n: number, spacingMs = 1000) => Array.from({ length: n }, (_, i) => ago(i * spacingMs));

describe('sign-in throttle', () => {
  it('allows up to the limit of failures and refuses the next attempt', () => {
    expect(keyDecision(times(5 - 1), 5, now)).toEqual({ allowed: true });
    expect(keyDecision(times(5), 5, now).allowed).toBe(false);
  });
  it('forgets failures older than the window', () => {
    const old = times(5).map((d) => new Date(d.getTime() - SIGN_IN_WINDOW_MS));
    expect(keyDecision(old, 5, now)).toEqual({ allowed: true });
  });
  it('asks to wait until enough failures age out to fall under the limit', () => {
    // Five failures 10, 9, 8, 7, 6 minutes ago: the one 10 minutes ago frees a slot in 5 minutes.
    const failures = [10, 9, 8, 7, 6].map((m) => ago(m * 60_000));
    expect(keyDecision(failures, 5, now, 15 * 60_000)).toEqual({ allowed: false, retryAfterSeconds: 300 });
    // With seven, three have to age out: the third oldest (8 minutes ago) decides.
    const seven = [10, 9, 8, 7, 6, 5, 4].map((m) => ago(m * 60_000));
    expect(keyDecision(seven, 5, now, 15 * 60_000)).toEqual({ allowed: false, retryAfterSeconds: 420 });
  });
  it('never asks to wait less than a second', () => {
    const edge = times(5).map(() => new Date(now.getTime() - SIGN_IN_WINDOW_MS + 1));
    expect(keyDecision(edge, 5, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe('one address failing for one account', () => {
  it('is free up to the limit, then waits 30 s after the next failure, doubling up to 15 minutes', () => {
    expect(pairDecision(times(4), 5, now)).toEqual({ allowed: true });
    expect(pairDecision(times(5), 5, now)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(pairDecision(times(6), 5, now)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(pairDecision(times(20), 5, now)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });
  it('counts the wait from the newest failure', () => {
    expect(pairDecision([ago(20_000), ...times(4).map((d) => new Date(d.getTime() - 20_000))], 5, now)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(pairDecision(times(5).map((d) => new Date(d.getTime() - 31_000)), 5, now)).toEqual({ allowed: true });
  });
  it('asks for a mailed link once the account reached its limit across addresses', () => {
    expect(needsMailedLink(19, 20)).toBe(false);
    expect(needsMailedLink(20, 20)).toBe(true);
  });
});

describe('throttle keys', () => {
  it('count an email in any case as one account, apart from the address and the pair', () => {
    expect(signInKeys('Ayse@Example.org', '10.0.0.1')).toEqual({ pair: 'signin:ayse@example.org|10.0.0.1', account: 'signin:ayse@example.org', address: 'signin-ip:10.0.0.1' });
    expect(requestKeys('Ayse@Example.org', '10.0.0.1')).toEqual({ address: 'request-ip:10.0.0.1', mail: 'mail:ayse@example.org' });
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
