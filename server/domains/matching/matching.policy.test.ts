import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../../shared/accounts';
import { canEditRequest } from './matching.policy';

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
