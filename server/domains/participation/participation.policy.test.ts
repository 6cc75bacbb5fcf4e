import { describe, expect, it } from 'vitest';
import { asUser, cast } from '../../test/users';
import { canAnswer, canModerateStatements, canOrganise, canPublishDecision, canRead, type ConsultationAccess } from './participation.policy';

const organiser = cast.istanbul;
const of = (audience: ConsultationAccess['audience'], invited: string[] = []): ConsultationAccess => ({ audience, invitedAuthorities: invited, organiserId: organiser.id });

describe('who may organise a consultation', () => {
  it('lets programme managers and admins organise anything, calls included', () => {
    for (const u of [cast.manager, cast.admin]) {
      expect(canOrganise(u, null)).toBe(true);
      expect(canOrganise(u, { kind: 'call', authorities: [] })).toBe(true);
      expect(canOrganise(u, { kind: 'twinning', authorities: ['X', 'Y'] })).toBe(true);
    }
  });

  it('lets an officer organise for their own authority: with no link, or on its twinning, project or request', () => {
    expect(canOrganise(cast.istanbul, null)).toBe(true);
    for (const kind of ['twinning', 'project', 'request'] as const) {
      expect(canOrganise(cast.istanbul, { kind, authorities: ['DE_05315000', 'TR-BSB-34'] })).toBe(true);
      expect(canOrganise(cast.other, { kind, authorities: ['DE_05315000', 'TR-BSB-34'] })).toBe(false);
    }
  });

  it('refuses an officer a call, and refuses citizens, assessors and unlinked officers everything', () => {
    expect(canOrganise(cast.istanbul, { kind: 'call', authorities: ['TR-BSB-34'] })).toBe(false);
    for (const u of [cast.citizen, cast.assessor, cast.unlinked, null]) {
      expect(canOrganise(u, null)).toBe(false);
      expect(canOrganise(u, { kind: 'request', authorities: ['TR-BSB-34'] })).toBe(false);
    }
  });
});

describe('who may read and answer a consultation', () => {
  it('public: anyone reads, any signed-in account answers', () => {
    expect(canRead(null, of('public'))).toBe(true);
    expect(canAnswer(null, of('public'))).toBe(false);
    for (const u of Object.values(cast)) expect(canAnswer(u, of('public'))).toBe(true);
  });

  it('signed-in: accounts only', () => {
    expect(canRead(null, of('signed_in'))).toBe(false);
    expect(canRead(cast.citizen, of('signed_in'))).toBe(true);
    expect(canAnswer(cast.assessor, of('signed_in'))).toBe(true);
  });

  it('invited: officers of the invited authorities, the organiser and staff; not citizens or other officers', () => {
    const c = of('invited', ['DE_05315000']);
    expect(canRead(cast.koln, c)).toBe(true);
    expect(canRead(organiser, c)).toBe(true);
    expect(canRead(cast.manager, c)).toBe(true);
    expect(canRead(cast.admin, c)).toBe(true);
    for (const u of [cast.other, cast.citizen, cast.assessor, cast.unlinked, null]) {
      expect(canRead(u, c)).toBe(false);
      expect(canAnswer(u, c)).toBe(false);
    }
    expect(canAnswer(cast.koln, c)).toBe(true);
  });
});

describe('who may publish the decision and moderate statements', () => {
  it('the organiser, managers and admins; nobody else, not even another officer of the same authority', () => {
    const c = of('public');
    const colleague = { ...asUser('officer', 'TR-BSB-34'), id: 'colleague' };
    for (const u of [organiser, cast.manager, cast.admin]) {
      expect(canPublishDecision(u, c)).toBe(true);
      expect(canModerateStatements(u, c)).toBe(true);
    }
    for (const u of [colleague, cast.koln, cast.citizen, cast.assessor, null]) {
      expect(canPublishDecision(u, c)).toBe(false);
      expect(canModerateStatements(u, c)).toBe(false);
    }
  });
});
