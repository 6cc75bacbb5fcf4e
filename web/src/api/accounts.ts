import { z } from 'zod';
import {
  adminUser,
  adminUserList,
  authResponse,
  consentRecord,
  meResponse,
  officerRequest,
  type officerRequestBody,
  officerRequestList,
  outboxList,
  resetRequestAnswer,
  sessionUser,
  type signInBody,
  type updateMeBody,
  type OfficerStatus,
  type Role,
  type SignUpBody,
} from '../../../shared/accounts';
import { mailPreferences, type MailPreferences } from '../../../shared/notifications';
import { request, send } from './client';

export type MeResponse = z.infer<typeof meResponse>;
export type AuthResponse = z.infer<typeof authResponse>;
export type OutboxMail = z.infer<typeof outboxList>['items'][number];

/** The signed-in user (or null) and the CSRF token for writes. */
export const getMe = () => request('/auth/me', {}, meResponse);

export const signIn = (body: z.input<typeof signInBody>) =>
  request('/auth/signin', { method: 'POST', body }, authResponse);

export const signUp = (body: SignUpBody) =>
  request('/auth/signup', { method: 'POST', body }, authResponse);

/** Accept the current terms of use and privacy notice (after they changed). */
export const acceptNotices = () =>
  request('/auth/me/consent', { method: 'POST', body: { acceptTerms: true, acceptPrivacy: true } }, consentRecord);

export const signOut = () => send('/auth/signout', { method: 'POST' });

export const updateMe = (body: z.input<typeof updateMeBody>) =>
  request('/auth/me', { method: 'PATCH', body }, sessionUser);

/** Which groups of notification mail the signed-in user gets. */
export const getMailPreferences = (signal?: AbortSignal) => request('/auth/me/mail-preferences', { signal }, mailPreferences);

export const saveMailPreferences = (body: MailPreferences) =>
  request('/auth/me/mail-preferences', { method: 'PUT', body }, mailPreferences);

export const requestPasswordReset = (email: string) =>
  request('/auth/password-reset/request', { method: 'POST', body: { email } }, resetRequestAnswer);

export const confirmPasswordReset = (token: string, password: string) =>
  send('/auth/password-reset/confirm', { method: 'POST', body: { token, password } });

export const fileOfficerRequest = (body: z.input<typeof officerRequestBody>) =>
  request('/officer-requests', { method: 'POST', body }, officerRequest);

/** The signed-in user ends their own officer link (or withdraws a pending request). */
export const endOwnOfficerLink = () => request('/officer-requests/mine', { method: 'DELETE' }, sessionUser);

/** An admin ends a user's officer link; an officer becomes a public user. */
export const revokeOfficerLink = (id: string) => request(`/admin/users/${id}/officer-link`, { method: 'DELETE' }, adminUser);

/** An admin disables an account (signed out everywhere, no sign-in, no mail) or enables it again. */
export const setUserDisabled = (id: string, disabled: boolean) =>
  request(`/admin/users/${id}/disabled`, { method: 'PATCH', body: { disabled } }, adminUser);

export const listOfficerRequests = (status?: OfficerStatus) =>
  request('/admin/officer-requests', { query: { status, limit: 200 } }, officerRequestList);

export const decideOfficerRequest = (id: string, decision: 'approved' | 'rejected') =>
  request(`/admin/officer-requests/${id}/decision`, { method: 'POST', body: { decision } }, officerRequest);

export const listUsers = (query: { q?: string; role?: Role; offset?: number }) =>
  request('/admin/users', { query: { ...query, limit: 50 } }, adminUserList);

export const changeRole = (id: string, role: Role) =>
  request(`/admin/users/${id}/role`, { method: 'PATCH', body: { role } }, adminUser);

export const changeCountry = (id: string, country: string | null) =>
  request(`/admin/users/${id}/country`, { method: 'PATCH', body: { country } }, adminUser);

export const listOutbox = (offset = 0) => request('/admin/outbox', { query: { limit: 50, offset } }, outboxList);
