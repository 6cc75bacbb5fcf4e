import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../../shared/accounts';
import { TWINNING_STATUSES } from '../../../../shared/twinnings';
import { BINDING as SERVER_BINDING, nextStatuses } from '../../../../server/domains/twinnings/twinnings.rules';
import { actionsFor, BINDING, NEXT, sideOf, waitingSide } from './lifecycle';

const sides = { a: { code: 'TR-BSB-34', name: 'İstanbul', country: 'TR', countryName: null }, b: { code: 'DE_05315000', name: 'Köln', country: 'DE', countryName: null } };
const officer = (code: string | null, role: SessionUser['role'] = 'officer') =>
  ({ id: 'u', email: 'x@y.z', name: 'X', role, locale: 'en', authorityCode: code, officerRequest: null }) as unknown as SessionUser;

describe('twinning lifecycle in the browser', () => {
  it('offers the same next steps and binding states as the server rules', () => {
    for (const s of TWINNING_STATUSES) expect(NEXT[s]).toEqual(nextStatuses(s));
    expect([...BINDING].sort()).toEqual([...SERVER_BINDING].sort());
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
