import { describe, expect, it } from 'vitest';
import { cast } from '../../test/users';
import {
  canChangeApplication,
  canDeclineAward,
  canListApplications,
  canReportOn,
  isAssessor,
  managesGrants,
  mayDeclineAwards,
  officerAuthority,
  ownPartnerRow,
  viewerRole,
} from './grants.policy';

const { istanbul, koln, other, unlinked, admin, manager, assessor, citizen } = cast;
// İstanbul leads, Köln is a partner; the other officer has nothing to do with it.
const app = { leadCode: 'TR-BSB-34' };
const partners = [{ authorityCode: 'DE_05315000', confirmedAt: null }];

describe('who runs the grant scheme, applies and assesses', () => {
  it('programme managers and admins run programmes, calls, checks, evaluation, awards, payments and exports', () => {
    for (const u of [manager, admin]) expect(managesGrants(u)).toBe(true);
    for (const u of [istanbul, unlinked, assessor, citizen, null]) expect(managesGrants(u)).toBe(false);
  });
  it("an officer applies for their authority; nobody else acts for one", () => {
    expect(officerAuthority(istanbul)).toBe('TR-BSB-34');
    for (const u of [unlinked, admin, manager, assessor, citizen, null]) expect(officerAuthority(u)).toBeNull();
  });
  it('only assessors have assessments', () => {
    expect(isAssessor(assessor)).toBe(true);
    for (const u of [istanbul, admin, manager, citizen, null]) expect(isAssessor(u)).toBe(false);
  });
});

describe('who reads and changes an application', () => {
  it('officers and the secretariat list applications; assessors, citizens and unlinked officers do not', () => {
    for (const u of [istanbul, other, manager, admin]) expect(canListApplications(u)).toBe(true);
    for (const u of [unlinked, assessor, citizen, null]) expect(canListApplications(u)).toBe(false);
  });
  it("reads as lead, partner or manager; another authority's officer, assessors and citizens read nothing", () => {
    expect(viewerRole(istanbul, app, partners)).toBe('lead');
    expect(viewerRole(koln, app, partners)).toBe('partner');
    expect(viewerRole(manager, app, partners)).toBe('manager');
    expect(viewerRole(admin, app, partners)).toBe('manager');
    for (const u of [other, unlinked, assessor, citizen, null]) expect(viewerRole(u, app, partners)).toBeNull();
  });
  it("only the lead's officers change it; partners and managers read only", () => {
    expect(canChangeApplication('lead')).toBe(true);
    for (const r of ['partner', 'manager', null] as const) expect(canChangeApplication(r)).toBe(false);
  });
  it("a partner's officers answer for their own partner row only", () => {
    expect(ownPartnerRow(koln, partners)).toBe(partners[0]);
    for (const u of [istanbul, other, unlinked, admin, manager, assessor, citizen, null]) expect(ownPartnerRow(u, partners)).toBeUndefined();
  });
});

describe('who reports on and declines an award', () => {
  it("the lead's officers report; partners, managers and admins do not", () => {
    expect(canReportOn(istanbul, 'TR-BSB-34')).toBe(true);
    for (const u of [koln, unlinked, admin, manager, assessor, citizen, null]) expect(canReportOn(u, 'TR-BSB-34')).toBe(false);
  });
  it('officers and managers may try to decline; assessors, citizens and unlinked officers are refused before any lookup', () => {
    for (const u of [istanbul, koln, manager, admin]) expect(mayDeclineAwards(u)).toBe(true);
    for (const u of [unlinked, assessor, citizen, null]) expect(mayDeclineAwards(u)).toBe(false);
  });
  it("the lead's officers or a programme manager decline an award; a partner's officer does not", () => {
    for (const u of [istanbul, manager, admin]) expect(canDeclineAward(u, 'TR-BSB-34')).toBe(true);
    for (const u of [koln, unlinked, assessor, citizen, null]) expect(canDeclineAward(u, 'TR-BSB-34')).toBe(false);
  });
});
