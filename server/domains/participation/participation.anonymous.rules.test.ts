import { describe, expect, it } from 'vitest';
import { addressHash, confirmationExpiry, confirmationState, forgetSettledBefore, mayMailLink, normaliseAddress, OPEN_LINKS_PER_ADDRESS } from './participation.anonymous.rules';

const now = new Date('2026-12-06T12:00:00Z');

describe('the one-time link', () => {
  it('expires 48 hours after it is mailed', () => {
    expect(confirmationExpiry(now).toISOString()).toBe('2026-12-08T12:00:00.000Z');
  });

  it('is pending until then, expired from the moment it expires, unknown when there is none', () => {
    const expiresAt = confirmationExpiry(now);
    expect(confirmationState({ expiresAt, settled: null }, now)).toBe('pending');
    expect(confirmationState({ expiresAt, settled: null }, new Date(expiresAt.getTime() - 1))).toBe('pending');
    expect(confirmationState({ expiresAt, settled: null }, expiresAt)).toBe('confirmation_expired');
    expect(confirmationState(undefined, now)).toBe('unknown');
  });

  it('answers what it was settled as, even before its expiry', () => {
    const expiresAt = confirmationExpiry(now);
    expect(confirmationState({ expiresAt, settled: 'confirmation_used' }, now)).toBe('confirmation_used');
    expect(confirmationState({ expiresAt, settled: 'already_responded' }, now)).toBe('already_responded');
  });

  it('is forgotten 30 days after it settled', () => {
    expect(forgetSettledBefore(now).toISOString()).toBe('2026-11-06T12:00:00.000Z');
  });

  it('is mailed at most three times at once to one address', () => {
    expect([0, 1, 2, 3, 4].map(mayMailLink)).toEqual([true, true, true, false, false]);
    expect(OPEN_LINKS_PER_ADDRESS).toBe(3);
  });
});

describe('one mailbox, one form', () => {
  it('ignores case, spaces around and a trailing dot of the domain', () => {
    expect(normaliseAddress('  Ayse.Yilmaz@Example.ORG ')).toBe('ayse.yilmaz@example.org');
    expect(normaliseAddress('ayse@example.org.')).toBe('ayse@example.org');
  });

  it('drops a +tag, and dots where the provider ignores them', () => {
    expect(normaliseAddress('ayse+park@example.org')).toBe('ayse@example.org');
    expect(normaliseAddress('Ayse.Yilmaz+x@googlemail.com')).toBe('ayseyilmaz@gmail.com');
    expect(normaliseAddress('ayse.yilmaz@example.org')).not.toBe(normaliseAddress('ayseyilmaz@example.org'));
  });

  it('keeps a leading + and an address without @ as they are (lower-cased)', () => {
    expect(normaliseAddress('+ayse@example.org')).toBe('+ayse@example.org');
    expect(normaliseAddress('Nobody')).toBe('nobody');
  });
});

describe('the keyed hash', () => {
  it('is the same for two spellings of one mailbox and differs by key and by mailbox', () => {
    expect(addressHash('k1', 'Ayse@Example.org')).toBe(addressHash('k1', 'ayse+x@example.org'));
    expect(addressHash('k1', 'ayse@example.org')).not.toBe(addressHash('k2', 'ayse@example.org'));
    expect(addressHash('k1', 'ayse@example.org')).not.toBe(addressHash('k1', 'mert@example.org'));
  });

  it('never contains the address', () => {
    const hash = addressHash('k1', 'ayse@example.org');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('ayse');
  });
});
