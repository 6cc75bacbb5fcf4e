import { describe, expect, it } from 'vitest';
import { cast } from '../../test/users';
import { canEditProfile } from './authorities.policy';

const { istanbul, koln, unlinked, admin, manager, assessor, citizen } = cast;

describe("who edits an authority's profile", () => {
  it('its own officers and admins', () => {
    expect(canEditProfile(istanbul, 'TR-BSB-34')).toBe(true);
    expect(canEditProfile(admin, 'TR-BSB-34')).toBe(true);
  });
  it('not an officer of another authority, an unlinked officer, a manager, an assessor, a citizen or anonymous', () => {
    for (const u of [koln, unlinked, manager, assessor, citizen, null]) expect(canEditProfile(u, 'TR-BSB-34')).toBe(false);
  });
});
