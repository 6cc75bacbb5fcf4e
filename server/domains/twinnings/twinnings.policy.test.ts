import { describe, expect, it } from 'vitest';
import { cast } from '../../test/users';
import { canLogActivity, canManageFile, canUploadFile, proposingAuthority, seesPrivateFiles, sideOf } from './twinnings.policy';

const { istanbul, koln, other, unlinked, admin, manager, assessor, citizen } = cast;
const twinning = { aCode: 'TR-BSB-34', bCode: 'DE_05315000' };
// A twinning loaded from a public list whose EU side is not in the directory.
const loaded = { aCode: 'TR-BSB-34', bCode: null };
const staff = [admin, manager, assessor];

describe('who proposes a twinning', () => {
  it('an officer, for their own authority; nobody else', () => {
    expect(proposingAuthority(istanbul)).toBe('TR-BSB-34');
    expect(proposingAuthority(koln)).toBe('DE_05315000');
    for (const u of [unlinked, ...staff, citizen, null]) expect(proposingAuthority(u)).toBeNull();
  });
});

describe('who moves, approves or withdraws (the side they act for)', () => {
  it("each side's officers act for their side", () => {
    expect(sideOf(istanbul, twinning)).toBe('a');
    expect(sideOf(koln, twinning)).toBe('b');
    expect(sideOf(istanbul, loaded)).toBe('a');
  });
  it('officers of another authority, admins, managers, assessors and citizens act for no side', () => {
    for (const u of [other, unlinked, ...staff, citizen, null]) expect(sideOf(u, twinning)).toBeNull();
    expect(sideOf(koln, loaded)).toBeNull();
    expect(sideOf(unlinked, { aCode: null, bCode: null })).toBeNull();
  });
});

describe('who logs activities and uploads files', () => {
  it("the two sides' officers only", () => {
    for (const rule of [canLogActivity, canUploadFile]) {
      expect(rule(istanbul, twinning)).toBe(true);
      expect(rule(koln, twinning)).toBe(true);
      for (const u of [other, unlinked, ...staff, citizen, null]) expect(rule(u, twinning)).toBe(false);
    }
  });
});

describe('who sees private files and manages files', () => {
  it("the two sides' officers and admins; not another authority, managers, assessors or citizens", () => {
    for (const rule of [seesPrivateFiles, canManageFile]) {
      for (const u of [istanbul, koln, admin]) expect(rule(u, twinning)).toBe(true);
      for (const u of [other, unlinked, manager, assessor, citizen, null]) expect(rule(u, twinning)).toBe(false);
    }
  });
});
