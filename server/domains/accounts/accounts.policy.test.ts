import { describe, expect, it } from 'vitest';
import { cast } from '../../test/users';
import { canAdministerAccounts, canAskToBeOfficer } from './accounts.policy';

const { istanbul, unlinked, admin, manager, assessor, citizen } = cast;

describe('who administers accounts, officer requests, the outbox and the audit log', () => {
  it('admins only', () => {
    expect(canAdministerAccounts(admin)).toBe(true);
    for (const u of [istanbul, unlinked, manager, assessor, citizen, null]) expect(canAdministerAccounts(u)).toBe(false);
  });
});

describe('who asks to act for an authority', () => {
  it('any signed-in user; not anonymous', () => {
    for (const u of [citizen, unlinked, istanbul, assessor, manager, admin]) expect(canAskToBeOfficer(u)).toBe(true);
    expect(canAskToBeOfficer(null)).toBe(false);
  });
});
