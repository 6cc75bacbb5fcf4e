import { describe, expect, it } from 'vitest';
import { applicationPatch } from '../../../../shared/grants.applications';
import { applicationContent } from '../../../../shared/grants';
import { ADMIN_CHECKS, adminCheckOutcome } from '../../../../shared/grants.eligibility.rules';
import { emptyContent, nextStamp } from './grants.applications.service';
import { statusAfterCheck } from './grants.checks.service';

describe('application workflow helpers', () => {
  it('start a draft from content the schema accepts', () => {
    expect(applicationContent.parse(emptyContent())).toEqual(emptyContent());
  });
  it('take a partial content for autosave, but no unknown fields', () => {
    expect(applicationPatch.safeParse({ content: { titleEn: 'x' } }).success).toBe(true);
    expect(applicationPatch.safeParse({ content: { title: 'x' } }).success).toBe(false);
    expect(applicationPatch.safeParse({ content: {}, expectedUpdatedAt: 'yesterday' }).success).toBe(false);
  });
  it('move a checked application on, out, or leave it in the check', () => {
    const all = Object.fromEntries(ADMIN_CHECKS.map((k) => [k, true]));
    expect(statusAfterCheck(adminCheckOutcome(all))).toBe('evaluation');
    expect(statusAfterCheck(adminCheckOutcome({ ...all, signed_declaration: false }))).toBe('ineligible');
    expect(statusAfterCheck(adminCheckOutcome({ ...all, signed_declaration: null }))).toBe('admin_check');
    expect(statusAfterCheck(adminCheckOutcome({ ...all, signed_declaration: null, lead_eligible: false }))).toBe('admin_check');
  });
  it('stamp every save later than the one before, even within a millisecond', () => {
    const t = new Date('2026-01-01T00:00:00.000Z');
    expect(nextStamp(t, t).getTime()).toBe(t.getTime() + 1);
    expect(nextStamp(t, new Date('2026-01-02T00:00:00.000Z')).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
});
