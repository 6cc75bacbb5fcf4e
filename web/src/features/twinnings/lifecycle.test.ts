import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../../shared/accounts';
import { actionsFor, awaitsAnswer, sideOf, waitingSide } from './lifecycle';

const sides = { a: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', countryName: null }, b: { code: 'DE_05315000', name: 'Köln', country: 'DE', countryName: null } };
const officer = (code: string | null, role: SessionUser['role'] = 'officer') =>
  ({ id: 'u', email: 'x@y.z', name: 'X', role, locale: 'en', authorityCode: code, officerRequest: null }) as unknown as SessionUser;

describe('twinning lifecycle in the browser', () => {
  it('gives the proposer (side A) no button to take its own proposal on; the other side answers it', () => {
    const proposed = { status: 'proposed' as const, pending: null };
    expect(actionsFor(proposed, 'a').moves).toEqual(['ended']);
    expect(actionsFor(proposed, 'b').moves).toEqual(['exploring', 'ended']);
    expect(awaitsAnswer(proposed, 'a')).toBe(true);
    expect(awaitsAnswer(proposed, 'b')).toBe(false);
  });

  it('lets either side say how a loaded twinning of unknown state stands', () => {
    expect(actionsFor({ status: 'unknown', pending: null }, 'a').moves).toEqual(['active', 'dormant', 'ended']);
  });

  it('finds the side of an officer, and none for others', () => {
    expect(sideOf(officer('TR-BSB-34'), sides)).toBe('a');
    expect(sideOf(officer('DE_05315000'), sides)).toBe('b');
    expect(sideOf(officer('FR_75056'), sides)).toBeNull();
    expect(sideOf(officer('TR-BSB-34', 'admin'), sides)).toBeNull();
    expect(sideOf(null, sides)).toBeNull();
  });

  it('offers moves without a pending step, approve or withdraw with one', () => {
    expect(actionsFor({ status: 'exploring', pending: null }, 'a')).toEqual({ moves: ['agreed', 'ended'], approve: null, withdraw: null });
    const pending = { status: 'exploring' as const, pending: { target: 'agreed' as const, approvals: ['a' as const] } };
    expect(actionsFor(pending, 'a')).toEqual({ moves: [], approve: null, withdraw: 'agreed' });
    expect(actionsFor(pending, 'b')).toEqual({ moves: [], approve: 'agreed', withdraw: null });
    expect(actionsFor(pending, null)).toEqual({ moves: [], approve: null, withdraw: null });
    expect(actionsFor({ status: 'ended', pending: null }, 'b').moves).toEqual([]);
  });

  it('says whose approval a step waits for', () => {
    expect(waitingSide({ pending: { target: 'signed', approvals: ['b'] } })).toBe('a');
    expect(waitingSide({ pending: null })).toBeNull();
  });
});
