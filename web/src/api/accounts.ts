import { z } from 'zod';
import {
  adminUser,
  adminUserList,
  authResponse,
  consentRecord,
  mailedAnswer,
  meResponse,
  officerRequest,
  type officerRequestBody,
  officerRequestList,
  outboxList,
  resetRequestAnswer,
  sessionList,
  sessionUser,
  signInLinkAnswer,
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

/** A session, or (for an account under a guessing attack) word that a one-time sign-in link was mailed. */
export const signIn = (body: z.input<typeof signInBody>) =>
  request('/auth/signin', { method: 'POST', body }, z.union([authResponse, signInLinkAnswer]));

/** Ask for an account: the server mails a link that creates it. */
export const signUp = (body: SignUpBody) =>
  request('/auth/signup', { method: 'POST', body }, mailedAnswer);

/** Open a mailed link: finish a sign-up, or a sign-in that asked for one. */
export const openMailedLink = (kind: 'signup' | 'signin', token: string) =>
  request(kind === 'signup' ? '/auth/signup/confirm' : '/auth/signin/link', { method: 'POST', body: { token } }, authResponse);

/** The signed-in user's sessions. */
export const listMySessions = (signal?: AbortSignal) => request('/auth/me/sessions', { signal }, sessionList);

export const endMySession = (id: string) => send(`/auth/me/sessions/${id}`, { method: 'DELETE' });

export const endMyOtherSessions = () =>
  request('/auth/me/sessions/end-others', { method: 'POST' }, z.object({ ended: z.number() }));

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

/** Close the signed-in account (asks for the password again); the session ends with it. */
export const deleteMyAccount = (password: string) => send('/auth/me/delete', { method: 'POST', body: { password } });
/** Change one's own password; every other session of the user ends. */
export const changeMyPassword = (body: { currentPassword: string; newPassword: string }) =>
  send('/auth/me/password', { method: 'POST', body });
