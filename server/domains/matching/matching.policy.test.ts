import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/accounts';
import { cast } from '../../test/users';
import {
  actsFor,
  canAnswerInterest,
  canEditRequest,
  canManageHiddenCandidates,
  canReadConversation,
  canSeeInterest,
  canWithdrawInterest,
  canWriteConversation,
  ownAuthority,
  seesEveryExchange,
} from './matching.policy';

const user = (role: SessionUser['role'], authorityCode: string | null = null): SessionUser => ({
  id: 'u', email: 'u@example.org', name: 'U', role, locale: 'en', authorityCode, officerRequest: null,
});

describe('who edits a partner request', () => {
  it('its authority officers edit anything; admins only close or reopen; nobody else', () => {
    expect(canEditRequest(user('officer', 'TR-BSB-34'), 'TR-BSB-34', ['title', 'themes'])).toBe(true);
    expect(canEditRequest(user('admin'), 'TR-BSB-34', ['status'])).toBe(true);
    expect(canEditRequest(user('admin'), 'TR-BSB-34', ['status', 'title'])).toBe(false);
    expect(canEditRequest(user('officer', 'DE_05315000'), 'TR-BSB-34', ['status'])).toBe(false);
    expect(canEditRequest(user('public'), 'TR-BSB-34', ['status'])).toBe(false);
    expect(canEditRequest(null, 'TR-BSB-34')).toBe(false);
  });
});

const { istanbul, koln, other, unlinked, admin, manager, assessor, citizen } = cast;
const staff = [admin, manager, assessor];
const eoi = { fromCode: 'TR-BSB-34', toCode: 'DE_05315000' };

describe('who acts for an authority', () => {
  it('its officers only; admins, managers, assessors and citizens act for none', () => {
    expect(actsFor(istanbul, 'TR-BSB-34')).toBe(true);
    for (const u of [koln, unlinked, ...staff, citizen, null]) expect(actsFor(u, 'TR-BSB-34')).toBe(false);
  });
  it('publishes requests and sends approaches for the officer’s own authority only', () => {
    expect(ownAuthority(istanbul)).toBe('TR-BSB-34');
    for (const u of [unlinked, ...staff, citizen, null]) expect(ownAuthority(u)).toBeNull();
  });
  it("hides candidates from the authority's own recommendations: its officers only", () => {
    expect(canManageHiddenCandidates(istanbul, 'TR-BSB-34')).toBe(true);
    for (const u of [koln, unlinked, ...staff, citizen, null]) expect(canManageHiddenCandidates(u, 'TR-BSB-34')).toBe(false);
  });
});

describe('who sees and decides an expression of interest', () => {
  it('the two sides see it; anyone else, admins included, gets a 404', () => {
    for (const u of [istanbul, koln]) expect(canSeeInterest(u, eoi)).toBe(true);
    for (const u of [other, unlinked, ...staff, citizen, null]) expect(canSeeInterest(u, eoi)).toBe(false);
  });
  it('only the approached side answers; only the approaching side withdraws', () => {
    expect(canAnswerInterest(koln, eoi)).toBe(true);
    expect(canAnswerInterest(istanbul, eoi)).toBe(false);
    expect(canWithdrawInterest(istanbul, eoi)).toBe(true);
    expect(canWithdrawInterest(koln, eoi)).toBe(false);
    for (const u of [other, ...staff, citizen, null]) {
      expect(canAnswerInterest(u, eoi)).toBe(false);
      expect(canWithdrawInterest(u, eoi)).toBe(false);
    }
  });
});

describe('who reads and writes conversations', () => {
  it('the two sides read and write; admins read every one but do not write; nobody else', () => {
    for (const u of [istanbul, koln]) {
      expect(canReadConversation(u, 'TR-BSB-34', 'DE_05315000')).toBe(true);
      expect(canWriteConversation(u, 'TR-BSB-34', 'DE_05315000')).toBe(true);
    }
    expect(canReadConversation(admin, 'TR-BSB-34', 'DE_05315000')).toBe(true);
    expect(canWriteConversation(admin, 'TR-BSB-34', 'DE_05315000')).toBe(false);
    for (const u of [other, unlinked, manager, assessor, citizen, null]) {
      expect(canReadConversation(u, 'TR-BSB-34', 'DE_05315000')).toBe(false);
      expect(canWriteConversation(u, 'TR-BSB-34', 'DE_05315000')).toBe(false);
    }
  });
  it('admins list every approach and conversation; everyone else only their authority’s', () => {
    expect(seesEveryExchange(admin)).toBe(true);
    for (const u of [istanbul, unlinked, manager, assessor, citizen, null]) expect(seesEveryExchange(u)).toBe(false);
  });
});
